// Shared e2e steps: fixture files, creating a case, adding filings, and checking a page really painted.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const PDFS = 'tests/fixtures/pdfs';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function pdfFile(fixture: string, name = fixture): FilePayload {
  return { name, mimeType: 'application/pdf', buffer: readFileSync(`${PDFS}/${fixture}`) };
}

export async function createCase(page: Page, title: string, court = 'N.D. Cal.', caseNumber = '3:19-cv-04417-RS') {
  await page.getByTestId('new-case').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Case title').fill(title);
  await dialog.getByLabel('Court').fill(court);
  await dialog.getByLabel('Case number').fill(caseNumber);
  await dialog.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByTestId('case-title')).toHaveText(title);
}

export async function addFilings(page: Page, files: FilePayload[]): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(files);
}

/** Number of dark pixels painted on page `pageNumber`'s canvas (text is dark; a blank page has none). */
export async function darkPixels(page: Page, pageNumber: number): Promise<number> {
  return page.evaluate((n) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`[data-page-number="${n}"] canvas`);
    const context = canvas?.getContext('2d');
    if (!canvas || !context || canvas.width === 0) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 200) dark++;
    }
    return dark;
  }, pageNumber);
}

/** Jumps to a page with the toolbar and waits until that page has been painted. */
export async function goToPage(page: Page, pageNumber: number): Promise<void> {
  await page.getByTestId('page-input').fill(String(pageNumber));
  await page.getByTestId('page-input').press('Enter');
  await expect(page.locator(`[data-page-number="${pageNumber}"]`)).toHaveAttribute('data-rendered', 'true');
}

/** A plain N-page filing of 28 Helvetica lines a page, made on the fly (no line numbers). */
export async function bigPdf(pages: number): Promise<Buffer> {
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

/** Every record of one of the app's IndexedDB stores, read raw in the page (binary fields do not survive the trip). */
export async function storedRecords<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('lineseal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
    store,
  );
}

/** Waits until the service worker controls the page, after which going offline is safe. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
