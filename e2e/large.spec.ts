// A 500-page filing opens at once: only the pages near the view are rendered, and a far page renders on a jump.
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { createCase, darkPixels, goToPage } from './helpers.ts';

async function bigPdf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([612, 792]);
    for (let line = 1; line <= 28; line++) {
      page.drawText(`Page ${n}, line ${line}: the quick brown fox jumps over the lazy dog.`, {
        x: 72,
        y: 740 - line * 24,
        size: 12,
        font,
      });
    }
  }
  return Buffer.from(await pdf.save());
}

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
