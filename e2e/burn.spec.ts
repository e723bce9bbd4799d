// Burn-in in the browser: confirmed marks → worker redaction → pdf.js verification → Save; cancel; nothing leaves the origin.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { PageText } from '../src/lib/model/text-run.ts';
import { openPdfjsDocument, readDocumentText } from '../src/platform/pdfjs/node.ts';
import { rasterizePageNode } from '../src/platform/pdfjs/node-raster.ts';
import { bigPdf, createCase, storedRecords, waitForServiceWorkerControl } from './helpers.ts';

interface TruthLine {
  line: number;
  text: string;
}
const truth = JSON.parse(await readFile('tests/fixtures/pdfs/chromium-pleading.truth.json', 'utf8')) as {
  pages: { pdfPage: number; lines: TruthLine[] }[];
};
const lineText = (pdfPage: number, line: number): string =>
  truth.pages[pdfPage - 1]?.lines.find((l) => l.line === line)?.text ?? '';

/** Whole words of the page's text as pdf.js extracts it. */
function wordsOf(pages: PageText[], pageIndex: number): Set<string> {
  const text = (pages[pageIndex]?.runs ?? []).map((r) => r.str).join(' ');
  return new Set(text.split(/[\s,.;:()"“”]+/).filter(Boolean));
}
const longWords = (s: string): string[] => s.split(/[\s,.;:()"“”]+/).filter((w) => w.length >= 7);

/** The stored document record (IndexedDB, read raw) whose file name matches. */
async function storedDocument(page: Page, fileName: string): Promise<{ id: string; redacted?: unknown } | null> {
  const docs = await storedRecords<{ id: string; fileName: string; redacted?: unknown }>(page, 'documents');
  const found = docs.find((d) => d.fileName === fileName);
  return found ? { id: found.id, ...(found.redacted ? { redacted: found.redacted } : {}) } : null;
}

/** Stores confirmed marks for a filing the way the marking UI does (for setups the pointer would make slow). */
async function putMarks(
  page: Page,
  documentId: string,
  marks: { pageIndex: number; rect: [number, number, number, number] | number[] }[],
): Promise<void> {
  await page.evaluate(
    ({ documentId, marks }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lineseal');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('marks', 'readwrite');
          tx.objectStore('marks').put({
            documentId,
            marks: marks.map((m, i) => ({ id: `m${i}`, ...m, status: 'confirmed', source: 'manual' })),
            updatedAt: Date.now(),
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { documentId, marks },
  );
}

test('confirmed marks are burned in, verified with pdf.js, saved; the text under them is gone and nothing left the origin', async ({
  page,
  context,
  baseURL,
}) => {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('read-order').click();
  await expect(page.getByTestId('directive').first()).toBeVisible();
  await page.getByTestId('filing-row').filter({ hasText: '140' }).getByRole('link', { name: 'Open' }).click();

  // The order's I.A.15 proposes 9:3-23; confirm it, and mark 2:5-8 by hand.
  const counts = page.getByTestId('mark-counts');
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 9 of 9 pages');
  await expect(counts).toHaveText('0 confirmed · 1 proposed · 0 excluded');
  const burnButton = page.getByTestId('burn');
  await expect(burnButton).toBeDisabled();
  // The list names the PDF page apart from the printed citation, so "p. 9" is never read as printed page 9.
  await expect(page.getByTestId('mark-item').filter({ hasText: 'I.A.15' })).toContainText('PDF p. 9');
  await page.getByTestId('mark-item').filter({ hasText: 'I.A.15' }).getByTestId('confirm-mark').click();
  await page.locator('[data-page-number="2"] [data-line="2:5"]').click();
  await page.locator('[data-page-number="2"] [data-line="2:8"]').click({ modifiers: ['Shift'] });
  await expect(counts).toHaveText('2 confirmed · 0 proposed · 0 excluded');

  const requestsBeforeBurn = urls.length;
  await expect(burnButton).toBeEnabled();
  await burnButton.click();
  const panel = page.getByTestId('burn-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified');
  await expect(page.getByTestId('burn-checks')).toContainText('Text left inside the marks');
  await expect(page.getByTestId('burn-removed')).toContainText('Text glyphs');
  await expect(page.getByTestId('burn-stored')).toBeVisible();
  await page.screenshot({ path: 'test-results/burn-report.png' });

  // Saved as NAME-redacted.pdf through a Blob URL.
  const save = page.getByTestId('burn-save');
  await expect(save).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toBe('gov.uscourts.nvd.68394.140.0-redacted.pdf');
  expect(download.url()).toMatch(/^blob:/);
  const bytes = new Uint8Array(await readFile((await download.path()) as string));

  // The file checked independently in Node with pdf.js: marked lines gone, the others kept.
  const doc = await openPdfjsDocument(bytes, 'downloaded.pdf');
  const pages = await readDocumentText(doc);
  await doc.destroy();
  expect(pages).toHaveLength(9);
  const page9 = wordsOf(pages, 8);
  const page2 = wordsOf(pages, 1);
  /** Long words of the marked lines that appear on no other line of the page. */
  const markedOnly = (pdfPage: number, from: number, to: number): string[] => {
    const lines = truth.pages[pdfPage - 1]?.lines ?? [];
    const elsewhere = new Set(lines.filter((l) => l.line < from || l.line > to).flatMap((l) => longWords(l.text)));
    return lines
      .filter((l) => l.line >= from && l.line <= to)
      .flatMap((l) => longWords(l.text))
      .filter((w) => !elsewhere.has(w));
  };
  const gone9 = markedOnly(9, 3, 23);
  expect(gone9.length).toBeGreaterThan(5);
  for (const w of gone9) expect(page9.has(w), `"${w}" should be gone from page 9`).toBe(false);
  for (const w of longWords(lineText(9, 1))) expect(page9.has(w), `"${w}" should stay on page 9`).toBe(true);
  const gone2 = markedOnly(2, 5, 8);
  expect(gone2.length).toBeGreaterThanOrEqual(3);
  for (const w of gone2) expect(page2.has(w), `"${w}" should be gone from page 2`).toBe(false);
  for (const w of longWords(lineText(2, 10))) expect(page2.has(w), `"${w}" should stay on page 2`).toBe(true);

  // The redacted copy and its report are kept beside the untouched original.
  const stored = await storedDocument(page, 'gov.uscourts.nvd.68394.140.0.pdf');
  expect(stored?.redacted).toMatchObject({ report: { verification: { ok: true } } });

  await page.getByTestId('burn-close').click();
  await expect(panel).toBeHidden();
  // …and offered again from the case page.
  await page.getByRole('link', { name: '← Case' }).click();
  await expect(
    page.getByTestId('filing-row').filter({ hasText: '140' }).getByTestId('download-redacted'),
  ).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  const during = urls.slice(requestsBeforeBurn).filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  const foreign = urls.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(during.every((u) => new URL(u).origin === origin)).toBe(true);
  expect(violations).toEqual([]);
});

test('cancelling a burn of a 300-page filing mid-way stores nothing and leaves the page usable', async ({ page }) => {
  const buffer = await bigPdf(300);
  await page.goto('/');
  await createCase(page, 'Big burn');
  await page.getByTestId('file-input').setInputFiles({ name: 'ECF 300.pdf', mimeType: 'application/pdf', buffer });
  await expect(page.getByTestId('filing-row')).toContainText('300');

  // One confirmed mark on every page (lines 3–5), stored as the marking UI stores them.
  const stored = await storedDocument(page, 'ECF 300.pdf');
  if (!stored) throw new Error('the filing was not stored');
  await putMarks(
    page,
    stored.id,
    Array.from({ length: 300 }, (_, pageIndex) => ({
      pageIndex,
      rect: [60, 740 - 5 * 24 - 6, 560, 740 - 3 * 24 + 14],
    })),
  );

  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('mark-counts')).toHaveText('300 confirmed · 0 proposed · 0 excluded');
  const burnButton = page.getByTestId('burn');
  await expect(burnButton).toBeEnabled({ timeout: 60_000 });
  await burnButton.click();

  const panel = page.getByTestId('burn-panel');
  const progress = page.getByTestId('burn-progress');
  await expect(panel).toHaveAttribute('data-phase', 'redacting');
  // The worker reports pages as it goes while the main thread stays free to paint and answer.
  await expect(progress).toHaveAttribute('max', '300');
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  await page.screenshot({ path: 'test-results/burn-progress.png' });
  await page.getByTestId('burn-cancel').click();
  await expect(page.getByTestId('burn-cancelled')).toBeVisible();
  await expect(panel).toHaveAttribute('data-phase', 'cancelled');
  await page.screenshot({ path: 'test-results/burn-cancelled.png' });

  // Nothing stored; the viewer works again (the burn button too).
  expect((await storedDocument(page, 'ECF 300.pdf'))?.redacted).toBeUndefined();
  await page.getByTestId('burn-close').click();
  await expect(panel).toBeHidden();
  await page.getByTestId('zoom-in').click();
  await expect(page.getByTestId('zoom-level')).not.toHaveText('100%');
  await expect(burnButton).toBeEnabled();
});

test('a scanned filing: the JPEG scan is decoded in the worker and blanked under the mark, its OCR words removed', async ({
  page,
}) => {
  const scan = JSON.parse(await readFile('tests/fixtures/pdfs/scanned-ocr-pleading.truth.json', 'utf8')) as {
    pages: { lines: (TruthLine & { bbox: number[] })[] }[];
  };
  const lines = scan.pages[1]?.lines ?? [];
  const marked = lines.filter((l) => l.line >= 4 && l.line <= 6);
  const rect = [
    90,
    Math.min(...marked.map((l) => l.bbox[1] ?? 0)) - 1,
    560,
    Math.max(...marked.map((l) => l.bbox[3] ?? 0)) + 1,
  ];
  await page.goto('/');
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  const stored = await storedDocument(page, 'Doc 129-1 Memorandum.pdf');
  if (!stored) throw new Error('the sample filing was not stored');
  await putMarks(page, stored.id, [{ pageIndex: 1, rect }]);
  await page.getByTestId('filing-row').filter({ hasText: '129-1' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('mark-counts')).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await expect(page.getByTestId('burn')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('burn').click();

  const panel = page.getByTestId('burn-panel');
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified');
  const removed = page.getByTestId('burn-removed');
  await expect(removed.getByRole('row', { name: /Images blanked/ })).toContainText('1');
  await expect(removed.getByRole('row', { name: /Pages rasterised/ })).toContainText('0');
  await page.screenshot({ path: 'test-results/burn-scan-report.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('burn-save').click()]);
  const bytes = new Uint8Array(await readFile((await download.path()) as string));
  const doc = await openPdfjsDocument(bytes, 'scan-redacted.pdf');
  const pages = await readDocumentText(doc);
  await doc.destroy();
  const elsewhere = new Set(lines.filter((l) => l.line < 4 || l.line > 6).flatMap((l) => longWords(l.text)));
  const gone = marked.flatMap((l) => longWords(l.text)).filter((w) => !elsewhere.has(w));
  expect(gone.length).toBeGreaterThan(3);
  const words = wordsOf(pages, 1);
  for (const w of gone) expect(words.has(w), `"${w}" should be gone from page 2`).toBe(false);
  const kept = lines.find((l) => l.line === 10)?.text ?? '';
  for (const w of longWords(kept)) expect(words.has(w), `"${w}" should stay on page 2`).toBe(true);
});

const JBIG2 = '../shared/fixtures/wild/bitmap-p32-eof.pdf';

/** Dark pixels of page 1 at 72 dpi, inside and outside a rect (PDF user space), rendered in Node. */
async function darkCounts(bytes: Uint8Array, rect: number[]): Promise<{ inside: number; outside: number }> {
  const r = await rasterizePageNode(bytes, 0, 72);
  const [vx0, , , vy1] = r.view;
  let inside = 0;
  let outside = 0;
  for (let j = 0; j < r.height; j++) {
    for (let i = 0; i < r.width; i++) {
      const k = (j * r.width + i) * 3;
      if ((r.pixels[k] ?? 255) + (r.pixels[k + 1] ?? 255) + (r.pixels[k + 2] ?? 255) >= 300) continue;
      const x = vx0 + i + 0.5;
      const y = vy1 - j - 0.5;
      const inRect = x > (rect[0] ?? 0) && x < (rect[2] ?? 0) && y > (rect[1] ?? 0) && y < (rect[3] ?? 0);
      if (inRect) inside++;
      else outside++;
    }
  }
  return { inside, outside };
}

test('an image the engine cannot decode (JBIG2) is flattened through the browser rasteriser (pdf.js on an OffscreenCanvas)', async ({
  page,
}) => {
  test.skip(!existsSync(JBIG2), 'the shared wild fixtures are not here');
  const original = new Uint8Array(await readFile(JBIG2));
  const rect = [100, 100, 200, 200];
  await page.goto('/');
  await createCase(page, 'JBIG2 filing');
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'ECF 7.pdf', mimeType: 'application/pdf', buffer: Buffer.from(original) });
  await expect(page.getByTestId('filing-row')).toHaveCount(1);
  const stored = await storedDocument(page, 'ECF 7.pdf');
  if (!stored) throw new Error('the filing was not stored');
  await putMarks(page, stored.id, [{ pageIndex: 0, rect }]);
  await page.getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('burn')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-panel')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified');
  await expect(page.getByTestId('burn-removed').getByRole('row', { name: /Images blanked/ })).toContainText('1');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('burn-save').click()]);
  const bytes = new Uint8Array(await readFile((await download.path()) as string));
  const before = await darkCounts(original, rect);
  const after = await darkCounts(bytes, rect);
  // The flattened copy was really painted by the browser's pdf.js (outside the mark it looks like the original)…
  expect(before.outside).toBeGreaterThan(1000);
  expect(Math.abs(after.outside - before.outside)).toBeLessThan(before.outside * 0.1);
  // …and under the mark it is the box's black, whatever the original had there.
  expect(after.inside).toBeGreaterThan(99 * 99 * 0.95);
});

test('burn-in works offline: the worker, pdf.js and its data come from the service worker precache', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.getByTestId('try-sample').click();
  await expect(page.getByTestId('filing-row')).toHaveCount(4);
  await page.getByTestId('filing-row').filter({ hasText: '140' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 9 of 9 pages');

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId('marks-panel')).toContainText('Line numbers found on 9 of 9 pages');
  await page.locator('[data-page-number="2"] [data-line="2:5"]').click();
  await expect(page.getByTestId('mark-counts')).toHaveText('1 confirmed · 0 proposed · 0 excluded');
  await page.getByTestId('burn').click();
  await expect(page.getByTestId('burn-panel')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(page.getByTestId('burn-verdict')).toContainText('Verified');
  await expect(page.getByTestId('burn-save')).toBeEnabled();
});
