// A new version is announced ("A new version is ready — Reload") and takes over only when the user asks.
import { expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './helpers.ts';

test('a waiting service worker is offered, not forced, and takes over on Reload', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const firstScript = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

  // A new version of the worker script appears (as after a deploy): same scope, new script.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?next-version', { scope: '/' });
  });

  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version is ready');
  // Not forced: the old worker still controls the page and a waiting one is held back.
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstScript);

  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload' }).click()]);
  // The reload can land before the new worker has finished activating: wait for that state, then check it.
  await page.waitForFunction(
    async () =>
      (navigator.serviceWorker.controller?.scriptURL ?? '').includes('next-version') &&
      !(await navigator.serviceWorker.getRegistration())?.waiting,
  );
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
});
