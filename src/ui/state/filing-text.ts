// pdf.js text of a filing's pages, read once per session and shared by the viewer, the search and the burn-in.
import type { PageText } from '../../lib/model/text-run.ts';
import { readPageText } from '../../platform/pdfjs/text.ts';
import type { PDFDocumentProxy } from '../../platform/pdfjs/browser.ts';
import { EncryptedPdfError } from '../../lib/util/errors.ts';
import { passwordPrompt } from './password-prompt.svelte.ts';
import { passwordFor, rememberPassword } from './passwords.ts';
import { openWithPassword } from './unlock.ts';
import { getStore } from './store.ts';

const cache = new Map<string, Promise<PageText[]>>();
const MAX_CACHED = 12;

/** Reads every page's text from an open document, reporting progress. */
export async function readAllText(
  doc: PDFDocumentProxy,
  onProgress?: (done: number, total: number) => void,
  isCancelled: () => boolean = () => false,
): Promise<PageText[]> {
  const texts: PageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    if (isCancelled()) throw new DOMException('cancelled', 'AbortError');
    texts.push(await readPageText(await doc.getPage(n)));
    onProgress?.(n, doc.numPages);
  }
  return texts;
}

function remember(blobId: string, texts: Promise<PageText[]>): Promise<PageText[]> {
  if (cache.size >= MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(blobId, texts);
  texts.catch(() => cache.delete(blobId));
  return texts;
}

/**
 * Text of a stored filing (by its bytes' blob id), opening it with pdf.js when not read yet: with this session's
 * password when the filing needs one, else (given its `fileName`) asking the user for it.
 */
export function filingText(blobId: string, fileName?: string): Promise<PageText[]> {
  const known = cache.get(blobId);
  if (known) return known;
  return remember(
    blobId,
    (async () => {
      const [{ openPdf }, bytes] = await Promise.all([
        import('../../platform/pdfjs/browser.ts'),
        (await getStore()).getBytes(blobId),
      ]);
      const unlocked = await openWithPassword(
        fileName ?? 'This filing',
        (password) => openPdf(bytes, password),
        fileName !== undefined ? (name, incorrect) => passwordPrompt.ask(name, incorrect) : undefined,
        passwordFor(blobId),
      );
      if (!unlocked) throw new EncryptedPdfError(fileName ?? 'This filing');
      if (unlocked.password !== undefined) rememberPassword(blobId, unlocked.password);
      const doc = unlocked.value;
      try {
        return await readAllText(doc);
      } finally {
        void doc.destroy();
      }
    })(),
  );
}

/** Shares text the viewer already read, so a later search need not read the filing again. */
export function rememberFilingText(blobId: string, texts: PageText[]): void {
  if (!cache.has(blobId)) remember(blobId, Promise.resolve(texts));
}
