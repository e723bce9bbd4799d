// Benchmark: line-grid detection speed on a 300-page pleading filing (pages of the fixtures repeated with pdf-lib).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { detectDocumentGrid, detectPageGrid } from '../src/lib/pleading/index.ts';
import { resolveRanges, buildFilingLayout } from '../src/lib/resolve/index.ts';
import { openPdfjsDocument, readDocumentText } from '../src/platform/pdfjs/node.ts';

const PAGES = 300;
const SOURCES = ['chromium-pleading', 'libreoffice-pleading', 'latex-pleading', 'ghostscript-pleading'];
const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pdfs');

async function buildFiling(): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  const sources = await Promise.all(SOURCES.map((n) => PDFDocument.load(readFileSync(join(fixtures, `${n}.pdf`)))));
  let s = 0;
  while (out.getPageCount() < PAGES) {
    const src = sources[s % sources.length]!;
    const indices = src.getPageIndices().slice(0, PAGES - out.getPageCount());
    for (const page of await out.copyPages(src, indices)) out.addPage(page);
    s++;
  }
  return out.save();
}

function emit(record: Record<string, unknown>): void {
  console.log(JSON.stringify({ bench: 'line-grid', ...record }));
}

const bytes = await buildFiling();
let t = performance.now();
const doc = await openPdfjsDocument(bytes, 'bench-300.pdf');
const texts = await readDocumentText(doc);
await doc.destroy();
const extractMs = performance.now() - t;
emit({
  step: 'extract-text (pdf.js, once)',
  pages: texts.length,
  ms: Math.round(extractMs),
  pagesPerSecond: Math.round((texts.length / extractMs) * 1000),
});

// Warm up, then measure the document-level detector (per-page detection + template + printed-page mapping).
detectDocumentGrid(texts);
const runs = 5;
t = performance.now();
let grid = detectDocumentGrid(texts);
for (let i = 1; i < runs; i++) grid = detectDocumentGrid(texts);
const docMs = (performance.now() - t) / runs;
const lines = grid.pages.reduce((n, p) => n + p.lines.length, 0);
const docRate = Math.round((texts.length / docMs) * 1000);
emit({
  step: 'detectDocumentGrid',
  pages: texts.length,
  lines,
  msPerRun: Math.round(docMs * 10) / 10,
  pagesPerSecond: docRate,
  target: 300,
  ok: docRate >= 300,
});

t = performance.now();
for (let i = 0; i < runs; i++) for (const p of texts) detectPageGrid(p);
const pageMs = (performance.now() - t) / runs;
emit({
  step: 'detectPageGrid (each page alone)',
  pages: texts.length,
  pagesPerSecond: Math.round((texts.length / pageMs) * 1000),
});

// Resolution of a typical order's citations against the whole filing (paragraph search walks every page once).
const layout = buildFilingLayout(texts);
t = performance.now();
const res = resolveRanges(layout, [
  { kind: 'lines', from: { page: 4, line: 2 }, to: { page: 4, line: 23 } },
  { kind: 'lines', from: { page: 7, line: 27 }, to: { page: 8, line: 3 } },
  { kind: 'paragraphs', from: 5, to: 6 },
  { kind: 'footnote', page: 3, note: 1 },
  { kind: 'ecfPages', from: 10, to: 40 },
]);
emit({
  step: 'resolveRanges (5 citations)',
  ms: Math.round((performance.now() - t) * 10) / 10,
  regions: res.regions.length,
  unresolved: res.unresolved.length,
});
