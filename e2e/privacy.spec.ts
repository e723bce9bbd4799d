// Privacy: every request of a whole visit (cases, filings, viewer, reload) goes to the app's own origin.
import { expect, test } from '@playwright/test';
import { addFilings, goToPage, pdfFile } from './helpers.ts';

test('no request leaves the app origin during a whole visit', async ({ page, context, baseURL }) => {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await addFilings(page, [pdfFile('libreoffice-pleading.pdf', 'ECF 63.pdf')]);
  await expect(page.getByTestId('filing-row')).toHaveCount(5);

  await page.getByTestId('filing-row').filter({ hasText: 'memorandum' }).getByRole('link', { name: 'Open' }).click();
  await goToPage(page, 3);
  await page.reload();
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');
  await page.goBack();
  await expect(page.getByTestId('filing-row')).toHaveCount(5);

  const origin = new URL(baseURL ?? '').origin;
  const checked = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(checked.length).toBeGreaterThan(10);
  const foreign = checked.filter((u) => new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
