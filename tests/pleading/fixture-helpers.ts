// Shared helpers of the grid and resolver tests: load a fixture PDF's text with pdf.js and read its answer key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageText } from '../../src/lib/model/text-run.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdfs');

export interface TruthWord {
  text: string;
  bbox: [number, number, number, number];
}
export interface TruthLine {
  page: number;
  line: number;
  pdfPage: number;
  text: string;
  bbox: [number, number, number, number] | null;
  lineNumberBbox: [number, number, number, number];
  band?: [number, number];
  words: TruthWord[];
}
export interface TruthPage {
  pdfPage: number;
  printedPage: number | null;
  lines: TruthLine[];
  unnumberedText: { text: string; bbox: [number, number, number, number]; role: string }[];
}
export interface Truth {
  pageCount: number;
  linesPerPage: number;
  pages: TruthPage[];
  [key: string]: unknown;
}

const cache = new Map<string, Promise<PageText[]>>();

/** The fixture's text runs (pdf.js), loaded once per test file. */
export function fixtureText(name: string): Promise<PageText[]> {
  let p = cache.get(name);
  if (!p) {
    const file = join(FIXTURES, `${name}.pdf`);
    p = openPdfjsDocument(readFileSync(file), `${name}.pdf`).then(async (doc) => {
      const pages = await readDocumentText(doc);
      await doc.destroy();
      return pages;
    });
    cache.set(name, p);
  }
  return p;
}

export function fixtureTruth(name: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), 'utf8')) as Truth;
}

/** Text compared without white space (pdf.js and poppler split words differently at kerning gaps). */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

export const ALL_FIXTURES = [
  'chromium-pleading',
  'libreoffice-pleading',
  'latex-pleading',
  'ghostscript-pleading',
  'scanned-ocr-pleading',
  'transcript-condensed',
  'transcript-fullpage',
  'ecf-stamped',
  'tricky-extras',
] as const;
