// A 500-page filing opens at once: only the pages near the view are rendered, and a far page renders on a jump.
import { expect, test } from '@playwright/test';
import { bigPdf, createCase, darkPixels, goToPage } from './helpers.ts';

test('a 500-page filing opens at once and renders pages only as they come into view', async ({ page }) => {
  const buffer = await bigPdf(500);
  await page.goto('/');
  await createCase(page, 'Big filing');
  await page.getByTestId('file-input').setInputFiles({ name: 'ECF 500.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.getByTestId('filing-row')).toContainText('500');

  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.locator('[data-page-number]')).toHaveCount(500);
  const rendered = await page.locator('[data-rendered="true"]').count();
  expect(rendered).toBeLessThan(10);

  await goToPage(page, 450);
  expect(await darkPixels(page, 450)).toBeGreaterThan(1000);
  await expect(page.locator('[data-page-number="450"] .textLayer')).toContainText('Page 450, line 1');
  // Pages left far behind give their canvases back.
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'false');
});
