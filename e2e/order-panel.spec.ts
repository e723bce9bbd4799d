// The order panel: the sample order is read into directives, linked by docket, confirmed and kept with the case.
import { expect, test } from '@playwright/test';

test('read the sample order, review a directive, and keep the review across a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('read-order').click();
  await expect(page.getByTestId('directive-count')).toHaveText('44 directives · 0 confirmed');
  // Every directive's citation is highlighted in the order text.
  await expect(page.locator('[data-testid="order-panel"] mark').first()).toBeVisible();

  // ECF 140 is in the sample case: linked, so not listed as still needed; ECF 62 is not in it.
  const needed = page.getByTestId('filings-needed');
  await expect(needed).toContainText('ECF 62');
  await expect(needed).not.toContainText(/ECF 140(?!-)/);
  const reply = page
    .getByTestId('directive')
    .filter({ has: page.getByRole('button', { name: 'I.A.15', exact: true }) })
    .first();
  const id = await reply.getAttribute('data-directive-id');
  const card = page.locator(`[data-directive-id="${id}"]`);
  await expect(card.getByRole('combobox')).toHaveValue(/.+/);
  await expect(reply).toContainText('9:3-23');
  await reply.getByTestId('confirm-directive').click();
  await expect(page.getByTestId('directive-count')).toHaveText('44 directives · 1 confirmed');

  // Edit a directive's portions with a citation the user types.
  await card.getByRole('button', { name: 'Edit' }).click();
  await card.getByLabel('Portions').fill('9:3-23; 9:25-26');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card).toContainText('9:25-26');

  await page.reload();
  await expect(page.getByTestId('directive-count')).toHaveText('44 directives · 1 confirmed');
  await expect(
    page
      .getByTestId('directive')
      .filter({ has: page.getByRole('button', { name: 'I.A.15', exact: true }) })
      .first(),
  ).toContainText('9:25-26');
});
