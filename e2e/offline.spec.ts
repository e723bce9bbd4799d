// Offline: after one online visit the service worker serves the whole app, and PDFs still open and render.
import { expect, test } from '@playwright/test';
import { addFilings, createCase, darkPixels, goToPage, pdfFile, waitForServiceWorkerControl } from './helpers.ts';

test('after the service worker took control, the app reloads and renders PDFs with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);

  await createCase(page, 'Offline case');
  await addFilings(page, [pdfFile('ecf-stamped.pdf', 'ECF 134.pdf')]);
  await expect(page.getByTestId('filing-row')).toHaveCount(1);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('case-title')).toHaveText('Offline case');

  // pdf.js, its worker and its data files all come from the precache.
  await page.getByRole('link', { name: 'Open' }).click();
  await goToPage(page, 3);
  expect(await darkPixels(page, 3)).toBeGreaterThan(2000);

  // The bundled sample case loads offline too.
  await page.goto('/#/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await context.setOffline(false);
});

test.describe('control: without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the offline switch really cuts the network', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  });
});
