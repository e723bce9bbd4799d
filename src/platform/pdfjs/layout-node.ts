// Node helper for the CLI: PDF bytes → FilingLayout (pdf.js text of every page + the detected line grid).
import type { DetectDocumentOptions } from '../../lib/pleading/index.ts';
import { buildFilingLayout, type FilingLayout } from '../../lib/resolve/layout.ts';
import { openPdfjsDocument, readDocumentText } from './node.ts';

export interface LoadLayoutOptions extends DetectDocumentOptions {
  password?: string;
}

/** Opens a filing with pdf.js and returns the layout resolveRanges takes; throws LineSeal errors naming the file. */
export async function loadFilingLayout(
  bytes: Uint8Array,
  fileName: string,
  opts: LoadLayoutOptions = {},
): Promise<FilingLayout> {
  const doc = await openPdfjsDocument(bytes, fileName, opts.password);
  try {
    const texts = await readDocumentText(doc);
    return buildFilingLayout(texts, opts);
  } finally {
    await doc.destroy();
  }
}
