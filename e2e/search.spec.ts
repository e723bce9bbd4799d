// Search and mark: a Rule 5.2 preset across all the case's filings proposes marks the viewer then shows.
import { expect, test } from '@playwright/test';

test('search every filing for SSN-like numbers and propose marks for the hits', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);

  // A bad regular expression is explained before anything runs.
  const section = page.getByTestId('search-section');
  await section.getByText('Regular expression').click();
  await page.getByTestId('search-text').fill('(unclosed');
  await expect(page.getByTestId('search-run')).toBeDisabled();

  await section.getByText('Rule 5.2 preset').click();
  await page.getByTestId('search-run').click();
  const results = page.getByTestId('search-results');
  // (Reading four filings' text with pdf.js takes a few seconds on a busy two-core machine: wait for the results, as
  // long as the burn tests wait for a burn.)
  await expect(results).toContainText('hits for Social Security numbers', { timeout: 60_000 });
  await expect(results).toContainText('ECF 140');
  await expect(results).toContainText('666-71-2049');
  await page.getByTestId('search-mark').click();
  await expect(page.getByTestId('notice').filter({ hasText: 'marks proposed' })).toBeVisible();

  await page.getByTestId('filing-row').filter({ hasText: '140' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('mark-counts')).toHaveText(/0 confirmed · [1-9]\d* proposed · 0 excluded/);
  await expect(page.getByTestId('mark-item').first()).toContainText('Social Security numbers');
});
