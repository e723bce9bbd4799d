// Bad input: each bad file gets a message naming it and what to do; nothing half-stored; the rest still go in.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createCase, PDFS, storedRecords } from './helpers.ts';

test('a drop of good and bad files adds the good ones and explains each bad one', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Bad input');

  const good = readFileSync(`${PDFS}/ghostscript-pleading.pdf`);
  const other = readFileSync(`${PDFS}/latex-pleading.pdf`);
  const files = [
    { name: 'ECF 10.pdf', bytes: good },
    { name: 'notes.pdf', bytes: Buffer.from('These are my notes, not a PDF.\n') },
    { name: 'empty.pdf', bytes: Buffer.alloc(0) },
    { name: 'truncated.pdf', bytes: other.subarray(0, Math.floor(other.length / 2)) },
    { name: 'locked.pdf', bytes: readFileSync('e2e/fixtures/encrypted.pdf') },
    { name: 'copy of 10.pdf', bytes: good },
    { name: 'ECF 11.pdf', bytes: other },
  ].map((f) => ({ name: f.name, data: Array.from(f.bytes) }));

  // Drop them all at once on the filings drop zone.
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.data)], f.name, { type: 'application/pdf' }));
    const zone = document.querySelector('[aria-label="Add filings (PDF)"]');
    zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);

  // The encrypted one asks for its password; skipping it leaves it out like the others.
  await expect(page.getByTestId('password-file')).toHaveText('locked.pdf');
  await page.getByTestId('password-skip').click();

  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('5 files were not added');
  await expect(errors).toContainText('notes.pdf is not a PDF file');
  await expect(errors).toContainText('empty.pdf is empty (0 bytes); download the filing again');
  await expect(errors).toContainText('truncated.pdf is damaged');
  await expect(errors).toContainText('locked.pdf was not added: it needs its password to open');
  await expect(errors).toContainText('copy of 10.pdf is already in this case (same contents as ECF 10.pdf)');

  const rows = page.getByTestId('filing-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByLabel('Docket number of ECF 10.pdf')).toHaveValue('10');
  await expect(page.getByLabel('Docket number of ECF 11.pdf')).toHaveValue('11');

  // Nothing half-stored: exactly the two good filings' bytes are in IndexedDB.
  const blobs = (await storedRecords(page, 'blobs')).length;
  expect(blobs).toBe(2);
  await page.reload();
  await expect(rows).toHaveCount(2);
});
