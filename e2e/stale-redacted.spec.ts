// A redacted copy kept in the case is flagged out of date once the filing's confirmed marks change after the burn.
import { expect, test } from '@playwright/test';
import { addFilings, createCase, pdfFile } from './helpers.ts';

test('marking more after a burn-in says the kept redacted copy no longer matches the marks', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Stale copy');
  await addFilings(page, [pdfFile('chromium-pleading.pdf')]);
  await page.getByTestId('filing-row').getByRole('link', { name: 'Open' }).click();

  const counts = page.getByTestId('mark-counts');
  await page.locator('[data-page-number="1"] [data-line="1:22"]').click();
  await expect(counts).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await expect(page.getByTestId('burn')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified', { timeout: 60_000 });
  await expect(page.getByTestId('burn-stored')).toBeVisible();
  await page.getByTestId('burn-close').click();

  await page.getByRole('link', { name: '← Case' }).click();
  const copy = page.getByTestId('filing-row').getByTestId('download-redacted');
  await expect(copy).toHaveText('✓ Redacted PDF');

  // A further line marked after the burn: the kept copy lacks it and must not pass for the current redaction.
  await page.getByTestId('filing-row').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 9 of 9 pages');
  await page.getByTestId('cite-input').fill('2:3-5');
  await page.getByTestId('cite-input').press('Enter');
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  await page.getByRole('link', { name: '← Case' }).click();
  await expect(copy).toContainText('out of date');
  await expect(copy).toHaveAttribute('title', /burn in again/);

  // Burning again with the current marks makes the copy current.
  await page.getByTestId('filing-row').getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('burn')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified', { timeout: 60_000 });
  await expect(page.getByTestId('burn-stored')).toBeVisible();
  await page.getByTestId('burn-close').click();
  await page.getByRole('link', { name: '← Case' }).click();
  await expect(copy).toHaveText('✓ Redacted PDF');
});

test('Ctrl+Z while the burn-in report is open does not undo a mark behind the modal dialog', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Modal undo');
  await addFilings(page, [pdfFile('chromium-pleading.pdf')]);
  await page.getByTestId('filing-row').getByRole('link', { name: 'Open' }).click();

  const counts = page.getByTestId('mark-counts');
  await page.locator('[data-page-number="1"] [data-line="1:22"]').click();
  await page.locator('[data-page-number="1"] [data-line="1:25"]').click();
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  await expect(page.getByTestId('burn')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-verdict')).toContainText('nothing is left under the 2 marked regions', {
    timeout: 60_000,
  });

  await page.keyboard.press('Control+z');
  await page.getByTestId('burn-close').click();
  await expect(page.getByTestId('burn-panel')).toBeHidden();
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');
  // Outside the dialog the shortcut still works.
  await page.keyboard.press('Control+z');
  await expect(counts).toHaveText('1 confirmed · 0 proposed · 0 excluded');
});
