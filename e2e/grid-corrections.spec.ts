// Correcting the line grid: calibrate by hand a page with no line numbers; say which PDF page is printed page 1.
import { expect, test } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { addFilings, createCase, pdfFile } from './helpers.ts';

async function unnumberedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const page = pdf.addPage([612, 792]);
  for (let i = 1; i <= 28; i++) {
    page.drawText(`Sentence ${i} of a brief typed without pleading-paper line numbers.`, {
      x: 90,
      y: 740 - i * 24,
      size: 12,
      font,
    });
  }
  return Buffer.from(await pdf.save());
}

test('a page without line numbers is calibrated by hand and then marked by line', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Calibration');
  await addFilings(page, [{ name: 'ECF 7.pdf', mimeType: 'application/pdf', buffer: await unnumberedPdf() }]);
  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('grid-status')).toContainText('No line numbers found');
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');

  // Zoom out until the whole page is on screen.
  for (let i = 0; i < 6; i++) await page.getByTestId('zoom-out').click();
  await expect(page.getByTestId('zoom-level')).toHaveText('67%');
  await expect(page.locator('[data-page-number="1"]')).toBeInViewport({ ratio: 1 });
  await page.getByTestId('calibrate').click();
  await expect(page.getByTestId('calibration-hint')).toHaveText('Click the centre of line 1');
  const box = await page.locator('[data-page-number="1"]').boundingBox();
  if (!box) throw new Error('page not laid out');
  const s = box.width / 612;
  const at = (line: number) => ({ x: box.x + 300 * s, y: box.y + (792 - (740 - line * 24 + 4)) * s });
  await page.mouse.click(at(1).x, at(1).y);
  await expect(page.getByTestId('calibration-hint')).toHaveText('Now click the centre of the last numbered line');
  await page.mouse.click(at(28).x, at(28).y);

  await expect(page.getByTestId('grid-status')).toContainText('Line numbers found on 1 of 1 pages');
  await page.locator('[data-page-number="1"] [data-line="1:5"]').click();
  await expect(page.getByTestId('mark-item')).toContainText('1:5');
  // The calibration is kept with the filing.
  await page.reload();
  await expect(page.getByTestId('grid-status')).toContainText('Line numbers found on 1 of 1 pages');
});

test('saying which PDF page carries printed page 1 renumbers the grid', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Printed pages');
  await addFilings(page, [pdfFile('chromium-pleading.pdf', 'ECF 5.pdf')]);
  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('grid-status')).toContainText('Line numbers found on 9 of 9 pages');
  await expect(page.locator('[data-page-number="3"] [data-line="3:1"]')).toHaveCount(1);

  await page.getByText(/^Line grid of page/).click();
  await page.getByTestId('printed-page-one').fill('2');
  await page.getByTestId('printed-page-one').press('Enter');
  await expect(page.locator('[data-page-number="3"] [data-line="2:1"]')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('[data-page-number="3"] [data-line="2:1"]')).toHaveCount(1);
});
