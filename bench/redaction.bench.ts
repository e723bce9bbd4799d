// Benchmark: burn ~30% of the lines of a 300-page pleading filing with LineSeal's engine and with mupdf.js
// (Redact annotations on the same rectangles, applyRedactions, full save) in one run. Prints JSON lines.
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';
import { PDFDocument } from 'pdf-lib';
import type { LabelledRegion } from '../src/lib/model/region.ts';
import { redactPdf } from '../src/lib/redaction/redact-document.ts';
import { decodeImageNode, rasterizePageNode } from '../src/platform/pdfjs/node-raster.ts';

const SOURCE = 'tests/fixtures/pdfs/libreoffice-pleading';
const PAGES = Number(process.env.BENCH_PAGES ?? 300);

interface Truth {
  pages: { pdfPage: number; lines: { bbox: number[] | null }[] }[];
}

async function buildFiling(): Promise<{ bytes: Uint8Array; regions: LabelledRegion[] }> {
  const src = await PDFDocument.load(readFileSync(`${SOURCE}.pdf`));
  const truth = JSON.parse(readFileSync(`${SOURCE}.truth.json`, 'utf8')) as Truth;
  const n = src.getPageCount();
  const out = await PDFDocument.create();
  const regions: LabelledRegion[] = [];
  for (let i = 0; i < PAGES; i++) {
    const [page] = await out.copyPages(src, [i % n]);
    if (page) out.addPage(page);
    truth.pages[i % n]?.lines.forEach((line, k) => {
      if (!line.bbox || k % 3 !== 1) return;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = line.bbox;
      regions.push({ pageIndex: i, rect: [x0 - 1, y0 - 1, x1 + 1, y1 + 1] });
    });
  }
  return { bytes: await out.save(), regions };
}

/**
 * Runs fn while sampling memory; returns the wall time, the peak RSS above the starting RSS, and the peak of JS heap
 * plus array buffers above its start (less noisy than RSS, which keeps pages the collector has not returned).
 */
async function measure<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; peakMB: number; peakHeapMB: number; result: T }> {
  (globalThis as { gc?: () => void }).gc?.();
  const heap = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = process.memoryUsage().rss;
  const baseHeap = heap();
  let peak = base;
  let peakHeap = baseHeap;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
    peakHeap = Math.max(peakHeap, heap());
  };
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  sample();
  return { ms, peakMB: (peak - base) / 2 ** 20, peakHeapMB: (peakHeap - baseHeap) / 2 ** 20, result };
}

const { bytes, regions } = await buildFiling();
const inputMB = bytes.length / 2 ** 20;
const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));

const ours = await measure(() =>
  redactPdf(bytes, regions, { fileName: 'bench.pdf', rasterizePage: rasterizePageNode, decodeImage: decodeImageNode }),
);
emit({
  bench: 'redaction',
  engine: 'lineseal',
  pages: PAGES,
  regions: regions.length,
  inputMB: +inputMB.toFixed(2),
  outputMB: +(ours.result.bytes.length / 2 ** 20).toFixed(2),
  ms: Math.round(ours.ms),
  pagesPerSecond: +((PAGES * 1000) / ours.ms).toFixed(1),
  peakRssDeltaMB: Math.round(ours.peakMB),
  peakHeapDeltaMB: Math.round(ours.peakHeapMB),
  memoryBudgetMB: Math.round(4 * inputMB + 150),
  glyphsRemoved: ours.result.report.removed.glyphs,
});

const theirs = await measure(async () => {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf') as mupdf.PDFDocument;
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i) as mupdf.PDFPage;
    const height = page.getBounds()[3] ?? 792;
    for (const r of regions) {
      if (r.pageIndex !== i) continue;
      const annot = page.createAnnotation('Redact');
      annot.setRect([r.rect[0], height - r.rect[3], r.rect[2], height - r.rect[1]]);
    }
    page.applyRedactions(true);
  }
  const out = doc.saveToBuffer('garbage=compact,compress=yes');
  const size = out.getLength();
  doc.destroy();
  return size;
});
emit({
  bench: 'redaction',
  engine: 'mupdf.js',
  pages: PAGES,
  regions: regions.length,
  outputMB: +(theirs.result / 2 ** 20).toFixed(2),
  ms: Math.round(theirs.ms),
  pagesPerSecond: +((PAGES * 1000) / theirs.ms).toFixed(1),
  peakRssDeltaMB: Math.round(theirs.peakMB),
  peakHeapDeltaMB: Math.round(theirs.peakHeapMB),
});
emit({ bench: 'redaction', speedRatioLinesealOverMupdf: +(theirs.ms / ours.ms).toFixed(2) });
