// The main flow: create a case, add two filings, reload, open one, jump to page 3 and see it painted.
import { expect, test } from '@playwright/test';
import { addFilings, createCase, darkPixels, goToPage, pdfFile, storedRecords } from './helpers.ts';

test('create a case, add two PDFs, reload, open one and render page 3', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await createCase(page, 'Halyard Optics v. Bristlecone');

  await addFilings(page, [
    pdfFile('chromium-pleading.pdf', 'ECF 129-3.pdf'),
    pdfFile('transcript-fullpage.pdf', '62.pdf'),
  ]);
  const rows = page.getByTestId('filing-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByLabel('Docket number of ECF 129-3.pdf')).toHaveValue('129-3');
  await expect(page.getByLabel('Docket number of 62.pdf')).toHaveValue('62');

  // The docket and title are editable and stored.
  await page.getByLabel('Title of 62.pdf').fill('Transcript of Proceedings');
  await page.getByLabel('Title of 62.pdf').press('Tab');
  // The edit is saved asynchronously: wait until IndexedDB holds it before reloading.
  await expect
    .poll(async () =>
      (await storedRecords<{ fileName: string; title: string }>(page, 'documents')).some(
        (d) => d.fileName === '62.pdf' && d.title === 'Transcript of Proceedings',
      ),
    )
    .toBe(true);

  await page.reload();
  await expect(page.getByTestId('case-title')).toHaveText('Halyard Optics v. Bristlecone');
  await expect(rows).toHaveCount(2);
  await expect(page.getByLabel('Title of 62.pdf')).toHaveValue('Transcript of Proceedings');
  await expect(rows.filter({ hasText: 'ECF 129-3.pdf' })).toContainText('9');

  await rows.filter({ hasText: 'ECF 129-3.pdf' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.locator('[data-page-number]')).toHaveCount(9);
  // Pages far from view are not rendered up front.
  await expect(page.locator('[data-page-number="9"]')).toHaveAttribute('data-rendered', 'false');

  await goToPage(page, 3);
  expect(await darkPixels(page, 3)).toBeGreaterThan(2000);
  // The text layer holds page 3's words for selection.
  await expect(page.locator('[data-page-number="3"] .textLayer')).toContainText('MEMORANDUM');

  // Zoom changes the page size, and the page is painted again at the new size.
  const before = await page.locator('[data-page-number="3"]').boundingBox();
  await page.getByTestId('zoom-in').click();
  await page.getByTestId('zoom-in').click();
  await expect
    .poll(async () => (await page.locator('[data-page-number="3"]').boundingBox())?.width ?? 0)
    .toBeGreaterThan((before?.width ?? 0) * 1.1);
  await expect(page.locator('[data-page-number="3"]')).toHaveAttribute('data-rendered', 'true');
  expect(await darkPixels(page, 3)).toBeGreaterThan(2000);
});

test('rename a case, and delete it only after confirming', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Old title');
  await page.getByTestId('rename-case').click();
  await page.getByRole('dialog').getByLabel('Case title').fill('New title');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('New title');

  await page.getByTestId('delete-case').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('case-title')).toHaveText('New title');

  await page.getByTestId('delete-case').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete case' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('the order is stored with the case, pasted or as a PDF', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Order case');
  await page.getByTestId('order-text').fill('IT IS ORDERED that ECF 62 at 5:17-6:14 be sealed.');
  await page.getByTestId('save-order').click();
  await page.getByTestId('order-file-input').setInputFiles(pdfFile('ghostscript-pleading.pdf', 'order.pdf'));
  await expect(page.getByTestId('order-file')).toHaveText('PDF: order.pdf');
  await page.reload();
  await expect(page.getByTestId('order-file')).toHaveText('PDF: order.pdf');
  // Attaching the PDF replaced the text with the text read from it.
  await expect(page.getByTestId('order-text')).not.toHaveValue('');
});
