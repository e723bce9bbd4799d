// pdf.js in the browser: its own worker, CMaps/fonts/wasm served by the app itself, and PDF validation at import.
import * as pdfjs from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { CorruptPdfError, EncryptedPdfError } from '../../lib/util/errors.ts';
import { sniffPdf } from '../files.ts';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export type { PDFDocumentProxy, PDFPageProxy, PageViewport, RenderTask };
export const TextLayer = pdfjs.TextLayer;
export const RenderingCancelledException = pdfjs.RenderingCancelledException;

const base = import.meta.env.BASE_URL;

/** Where the app serves pdf.js's data files (copied from node_modules by the `pdfjsAssets` Vite plugin). */
export const PDFJS_ASSETS = {
  cMapUrl: `${base}pdfjs/cmaps/`,
  standardFontDataUrl: `${base}pdfjs/standard_fonts/`,
  wasmUrl: `${base}pdfjs/wasm/`,
  iccUrl: `${base}pdfjs/iccs/`,
} as const;

/** Opens PDF bytes with pdf.js. The bytes are copied first: pdf.js detaches the buffer it is given. */
export function openPdf(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  return pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    cMapPacked: true,
    ...PDFJS_ASSETS,
    ...(password !== undefined ? { password } : {}),
  }).promise;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Checks that bytes are a readable PDF and returns its page count; throws NotAPdfError, EmptyFileError,
 * CorruptPdfError naming the file otherwise, or EncryptedPdfError when it needs a user password that was not given
 * or was wrong. Owner-password-only files (an empty user password) open without one.
 */
export async function inspectPdf(
  fileName: string,
  bytes: Uint8Array,
  password?: string,
): Promise<{ pageCount: number }> {
  sniffPdf(fileName, bytes);
  let doc: PDFDocumentProxy;
  try {
    doc = await openPdf(bytes, password);
  } catch (error) {
    if (errorName(error) === 'PasswordException') throw new EncryptedPdfError(fileName);
    const detail = error instanceof Error ? error.message : String(error);
    throw new CorruptPdfError(fileName, detail.replace(/\.$/, ''));
  }
  try {
    const pageCount = doc.numPages;
    if (!Number.isInteger(pageCount) || pageCount < 1) throw new CorruptPdfError(fileName, 'it has no pages');
    // Reaching the first and the last page proves the page tree holds together.
    await doc.getPage(1);
    await doc.getPage(pageCount);
    return { pageCount };
  } catch (error) {
    if (error instanceof CorruptPdfError) throw error;
    throw new CorruptPdfError(fileName, error instanceof Error ? error.message : String(error));
  } finally {
    void doc.destroy();
  }
}
