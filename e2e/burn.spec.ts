// Burn-in in the worker: mark lines, burn, see the verification report, save the redacted copy kept beside the original.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('burn in confirmed marks, verify, and save the redacted PDF', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('filing-row').filter({ hasText: '140' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 9 of 9 pages');
  await expect(page.getByTestId('burn')).toBeDisabled();

  await page.locator('[data-page-number="2"] [data-line="2:5"]').click();
  await page.locator('[data-page-number="2"] [data-line="2:8"]').click({ modifiers: ['Shift'] });
  await page.getByTestId('burn').click();

  const verdict = page.getByTestId('burn-verdict');
  await expect(verdict).toContainText('Verified', { timeout: 60_000 });
  await expect(page.getByTestId('burn-dialog')).toContainText('glyphs of text');
  const save = page.getByTestId('burn-save');
  await expect(save).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe('gov.uscourts.nvd.68394.140.0-redacted.pdf');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The redacted copy is kept in the case beside the original.
  await page.getByTestId('burn-dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: '← Case' }).click();
  await expect(
    page.getByTestId('filing-row').filter({ hasText: '140' }).getByTestId('download-redacted'),
  ).toBeVisible();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
});
