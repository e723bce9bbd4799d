// Shared fixture loading for the search tests: pdf.js text of each fixture PDF and its answer key, read once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageText } from '../../src/lib/model/text-run.ts';
import type { Rect } from '../../src/lib/model/region.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pdfs');

export const FIXTURE_NAMES = [
  'chromium-pleading',
  'ecf-stamped',
  'ghostscript-pleading',
  'latex-pleading',
  'libreoffice-pleading',
  'scanned-ocr-pleading',
  'transcript-condensed',
  'transcript-fullpage',
  'tricky-extras',
] as const;

export interface TruthWord {
  text: string;
  bbox: Rect;
}
export interface TruthLine {
  page: number;
  line: number;
  pdfPage: number;
  quadrant?: string;
  text: string;
  band: [number, number];
  words: TruthWord[];
}
export interface SensitiveToken {
  kind: string;
  token: string;
  page: number;
  line: number;
  pdfPage: number;
  quadrant?: string;
}
export interface Truth {
  pages: { pdfPage: number; lines: TruthLine[] }[];
  sensitiveTokens?: SensitiveToken[];
}

const cache = new Map<string, Promise<PageText[]>>();

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, `${name}.pdf`)));
}

export function loadPages(name: string): Promise<PageText[]> {
  let p = cache.get(name);
  if (!p) {
    p = openPdfjsDocument(fixtureBytes(name), `${name}.pdf`).then((doc) => readDocumentText(doc));
    cache.set(name, p);
  }
  return p;
}

export function loadTruth(name: string): Truth {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.truth.json`), 'utf8')) as Truth;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}
