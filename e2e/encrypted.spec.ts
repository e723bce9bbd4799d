// Encrypted filings: a user-password filing asks for its password on import and again after a reload (never stored);
// an owner-password-only filing imports with no prompt; the burned copy is not encrypted and lacks the marked line.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { openPdfjsDocument, readDocumentText } from '../src/platform/pdfjs/node.ts';
import { createCase, pdfFile, storedRecords } from './helpers.ts';

const LOCKED = 'ECF 12 locked.pdf';
const OWNER = 'ECF 13 owner only.pdf';

/** Every record of an IndexedDB store, as JSON text for searching. */
async function storedJson(page: Page, store: 'documents' | 'cases' | 'marks'): Promise<string> {
  return JSON.stringify(await storedRecords(page, store));
}

/** SHA-256 of the stored bytes of blob `blobId`. */
async function storedBlobSha(page: Page, blobId: string): Promise<string> {
  const bytes = await page.evaluate(
    (id) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('lineseal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('blobs').objectStore('blobs').get(id);
          get.onsuccess = () => {
            db.close();
            resolve(Array.from(new Uint8Array((get.result as { bytes: ArrayBuffer }).bytes)));
          };
          get.onerror = () => reject(get.error);
        };
      }),
    blobId,
  );
  return createHash('sha256').update(Uint8Array.from(bytes)).digest('hex');
}

test('a user-password filing: asked on import, wrong password said so, burned copy unencrypted, asked again after reload', async ({
  page,
}) => {
  await page.goto('/');
  await createCase(page, 'Encrypted filings');
  await page
    .getByTestId('file-input')
    .setInputFiles([pdfFile('encrypted-user-password.pdf', LOCKED), pdfFile('encrypted-owner-only.pdf', OWNER)]);

  // The dialog names the file and says the password is not stored.
  const dialog = page.getByTestId('password-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('password-file')).toHaveText(LOCKED);
  await expect(dialog).toContainText('never saved');
  await expect(page.getByTestId('password-wrong')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/encrypted-password-dialog.png' });

  await page.getByTestId('password-input').fill('not-it');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('password-wrong')).toContainText('That password is not right for this file');
  await expect(page.getByTestId('password-file')).toHaveText(LOCKED);
  await page.screenshot({ path: 'test-results/encrypted-password-wrong.png' });

  await page.getByTestId('password-input').fill('secret');
  await page.getByTestId('password-submit').click();
  // The owner-password-only file follows with no prompt.
  const rows = page.getByTestId('filing-row');
  await expect(rows).toHaveCount(2);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('import-errors')).toHaveCount(0);

  // Stored: the original bytes untouched, a needsPassword flag on the locked one only, the password nowhere.
  const documents = JSON.parse(await storedJson(page, 'documents')) as {
    fileName: string;
    blobId: string;
    needsPassword?: boolean;
  }[];
  const locked = documents.find((d) => d.fileName === LOCKED);
  const owner = documents.find((d) => d.fileName === OWNER);
  expect(locked?.needsPassword).toBe(true);
  expect(owner?.needsPassword).toBeUndefined();
  const original = readFileSync('tests/fixtures/pdfs/encrypted-user-password.pdf');
  expect(await storedBlobSha(page, locked!.blobId)).toBe(createHash('sha256').update(original).digest('hex'));
  for (const store of ['documents', 'cases', 'marks'] as const) {
    expect(await storedJson(page, store)).not.toContain('secret');
  }

  // Opened in the same session: no second prompt. Mark 2:10 (a bank account line) and burn.
  await rows.filter({ hasText: LOCKED }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 5 of 5 pages');
  await expect(dialog).toHaveCount(0);
  await page.locator('[data-page-number="2"] [data-line="2:10"]').click();
  await expect(page.getByTestId('mark-counts')).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-panel')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('burn-save').click()]);
  expect(download.suggestedFilename()).toBe('ECF 12 locked-redacted.pdf');
  const bytes = new Uint8Array(await readFile((await download.path()) as string));

  // The saved copy opens with no password, is not encrypted, and the marked line's text is gone.
  expect((await PDFDocument.load(bytes)).isEncrypted).toBe(false);
  const doc = await openPdfjsDocument(bytes, 'saved.pdf');
  const pages = await readDocumentText(doc);
  await doc.destroy();
  const page2 = (pages[1]?.runs ?? []).map((r) => r.str).join(' ');
  for (const gone of ['Redwood', '4410-2297-0183', '321174856']) expect(page2).not.toContain(gone);
  expect(page2).toContain('4410-2297-0216');
  expect(page2).toContain('Bristlecone');
  await page.getByTestId('burn-close').click();

  // After a reload the viewer asks again before rendering; skipping leaves it closed.
  await page.reload();
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('password-file')).toHaveText(LOCKED);
  await expect(page.locator('[data-page-number="1"][data-rendered="true"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/encrypted-password-reload.png' });
  await page.getByTestId('password-skip').click();
  await expect(page.getByRole('alert').filter({ hasText: `${LOCKED} needs its password to open` })).toBeVisible();
  await expect(page.locator('[data-page-number="1"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/encrypted-password-skipped.png' });

  await page.reload();
  await page.getByTestId('password-input').fill('secret');
  await page.getByTestId('password-submit').click();
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('mark-counts')).toHaveText('1 confirmed · 0 proposed · 0 excluded');
});

test('after a reload, searching the case asks for the password once, then reads the text with it', async ({ page }) => {
  await page.goto('/');
  await createCase(page, 'Encrypted search');
  await page.getByTestId('file-input').setInputFiles([pdfFile('encrypted-user-password.pdf', LOCKED)]);
  await page.getByTestId('password-input').fill('secret');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId('filing-row')).toHaveCount(1);
  await page.getByTestId('search-text').fill('Redwood Coast Bank');
  await page.getByTestId('search-run').click();
  // The text is not readable without the password: the search asks for it, and a wrong one is said so.
  await expect(page.getByTestId('password-file')).toHaveText(LOCKED);
  await page.getByTestId('password-input').fill('nope');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('password-wrong')).toBeVisible();
  await page.getByTestId('password-input').fill('secret');
  await page.getByTestId('password-submit').click();
  const results = page.getByTestId('search-results');
  await expect(results).toContainText('1 hit for');
  await expect(results).toContainText('2:10');

  // The same session does not ask again: the viewer opens the filing straight away.
  await page.getByTestId('filing-row').getByRole('link', { name: 'Open' }).click();
  await expect(page.locator('[data-page-number="1"]')).toHaveAttribute('data-rendered', 'true');
  await expect(page.getByTestId('password-dialog')).toHaveCount(0);
});
