// pdf.js in Node (CLI, tests, benchmarks): the legacy build, its fake worker, and the bundled standard fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPageText } from './text.ts';
import type { PageText } from '../../lib/model/text-run.ts';
import { CorruptPdfError, EncryptedPdfError, NotAPdfError, EmptyFileError } from '../../lib/util/errors.ts';

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Opens PDF bytes with pdf.js in Node; failures become LineSeal errors naming the file. */
export async function openPdfjsDocument(
  bytes: Uint8Array,
  fileName: string,
  password?: string,
): Promise<PDFDocumentProxy> {
  if (bytes.length === 0) throw new EmptyFileError(fileName);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (!head.includes('%PDF-')) throw new NotAPdfError(fileName);
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
      cMapUrl: join(pdfjsDir, 'cmaps') + '/',
      cMapPacked: true,
      isEvalSupported: false,
      verbosity: 0,
      ...(password !== undefined ? { password } : {}),
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new EncryptedPdfError(fileName);
    throw new CorruptPdfError(fileName, error instanceof Error ? error.message : String(error));
  }
}

/** Text runs of every page, in PDF user space. */
export async function readDocumentText(doc: PDFDocumentProxy): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
    const page = await doc.getPage(pageNumber);
    pages.push(await readPageText(page));
    page.cleanup();
  }
  return pages;
}
