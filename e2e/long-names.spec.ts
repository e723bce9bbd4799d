// Long file names (RECAP-style, no spaces) wrap inside the notices and error list instead of pushing them off-screen.
import { expect, test } from '@playwright/test';
import { addFilings, createCase, pdfFile } from './helpers.ts';

const LONG = 'gov.uscourts.nvd.123456.129.6_Declaration_of_Somebody_In_Support_of_Motion_For_Order_To_Show_Cause.pdf';

test.use({ viewport: { width: 800, height: 900 } });

test('a long file name stays on screen in the "Added" notice and in the list of files not added', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Long names');
  await addFilings(page, [
    pdfFile('latex-pleading.pdf', LONG),
    { name: `empty_${LONG}`, mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
  ]);

  const notice = page.getByTestId('notice').filter({ hasText: 'Added' });
  await expect(notice).toBeVisible();
  const box = await notice.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(800);
  // The dismiss button must be reachable on screen.
  await expect(notice.getByRole('button', { name: 'Dismiss' })).toBeInViewport({ ratio: 1 });

  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('is empty (0 bytes)');
  const errorsBox = await errors.boundingBox();
  expect(errorsBox!.x + errorsBox!.width).toBeLessThanOrEqual(800);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});
