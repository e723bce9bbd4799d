// The line grid against every fixture's independent answer key (poppler): text of every line, bands, printed and ECF pages.
import { describe, expect, it } from 'vitest';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import type { PageGrid } from '../../src/lib/model/page-grid.ts';
import { ALL_FIXTURES, fixtureText, fixtureTruth, squash, type TruthLine } from './fixture-helpers.ts';

const EXPECTED_LAYOUT: Record<string, string> = {
  'transcript-condensed': 'transcript-4up',
  'transcript-fullpage': 'transcript',
};

function lineOf(grid: PageGrid, t: TruthLine) {
  return grid.lines.find((l) => l.page === t.page && l.line === t.line);
}

describe.each(ALL_FIXTURES.filter((n) => n !== 'scanned-ocr-pleading'))('%s', (name) => {
  const truth = fixtureTruth(name);

  it('finds every numbered line with its exact text, and each truth word inside its line band', async () => {
    const grid = detectDocumentGrid(await fixtureText(name));
    expect(grid.pages).toHaveLength(truth.pageCount);
    for (const tp of truth.pages) {
      const page = grid.pages[tp.pdfPage - 1]!;
      expect(page.pageNumber).toBe(tp.pdfPage);
      expect(page.lines.length, `lines on PDF page ${tp.pdfPage}`).toBe(tp.lines.length);
      for (const tl of tp.lines) {
        const gl = lineOf(page, tl);
        expect(gl, `${tl.page}:${tl.line}`).toBeDefined();
        expect(squash(gl!.text), `text of ${tl.page}:${tl.line}`).toBe(squash(tl.text));
        const [x0, y0, x1, y1] = gl!.rect;
        for (const w of tl.words) {
          const cy = (w.bbox[1] + w.bbox[3]) / 2;
          const cx = (w.bbox[0] + w.bbox[2]) / 2;
          expect(cy > y0 && cy < y1, `"${w.text}" of ${tl.page}:${tl.line} vertically in band`).toBe(true);
          expect(cx > x0 && cx < x1, `"${w.text}" of ${tl.page}:${tl.line} inside the column`).toBe(true);
        }
        // The band matches the answer key's (number centre ± half the pitch) within 2 pt (font ascent models differ).
        if (tl.band) {
          expect(Math.abs(y0 - tl.band[0])).toBeLessThan(2);
          expect(Math.abs(y1 - tl.band[1])).toBeLessThan(2);
        }
        // The margin number itself is left of the text column, and so are no text words.
        expect(tl.lineNumberBbox[2]).toBeLessThanOrEqual(x0 + 0.5);
      }
    }
  });

  it('reads printed pages, ECF pages and the layout of every page', async () => {
    const grid = detectDocumentGrid(await fixtureText(name));
    for (const tp of truth.pages) {
      const page = grid.pages[tp.pdfPage - 1]!;
      expect(page.printedPage, `printed page of PDF page ${tp.pdfPage}`).toBe(tp.printedPage);
      const stamp = tp.unnumberedText.find((u) => u.role === 'ecf-header');
      const ecf = stamp ? Number(/Page (\d+) of/.exec(stamp.text)![1]) : null;
      expect(page.ecfPage, `ECF page of PDF page ${tp.pdfPage}`).toBe(ecf);
      const want = tp.lines.length === 0 ? 'none' : (EXPECTED_LAYOUT[name] ?? 'pleading');
      expect(page.layout).toBe(want);
    }
  });

  it('draws contiguous full-width bands: one text column per block, no gaps between lines', async () => {
    const grid = detectDocumentGrid(await fixtureText(name));
    for (const page of grid.pages) {
      const byBlock = new Map<number, typeof page.lines>();
      for (const l of page.lines) byBlock.set(l.page, [...(byBlock.get(l.page) ?? []), l]);
      for (const lines of byBlock.values()) {
        const [first] = lines;
        for (let i = 0; i < lines.length; i++) {
          const l = lines[i]!;
          expect(l.rect[0]).toBe(first!.rect[0]);
          expect(l.rect[2]).toBe(first!.rect[2]);
          expect(l.line).toBe(i + 1);
          const next = lines[i + 1];
          if (next) expect(Math.abs(next.rect[3] - l.rect[1])).toBeLessThan(0.02);
        }
      }
    }
  });
});

describe('scanned-ocr-pleading (OCR text layer, tilted pages, numbers partly misread)', () => {
  const truth = fixtureTruth('scanned-ocr-pleading');

  it('locates at least 99% of numbered lines and none off by one', async () => {
    const grid = detectDocumentGrid(await fixtureText('scanned-ocr-pleading'));
    let total = 0;
    let located = 0;
    let offByOne = 0;
    for (const tp of truth.pages) {
      const page = grid.pages[tp.pdfPage - 1]!;
      for (const tl of tp.lines) {
        total++;
        const cy = (tl.lineNumberBbox[1] + tl.lineNumberBbox[3]) / 2;
        const containing = page.lines.find((l) => cy > l.rect[1] && cy < l.rect[3]);
        if (!containing) continue;
        if (containing.line === tl.line && containing.page === tl.page) located++;
        else offByOne++;
      }
    }
    expect(offByOne).toBe(0);
    expect(located / total).toBeGreaterThanOrEqual(0.99);
  });

  it('reads the OCR text of the lines (whitespace-insensitive) and the printed page numbers', async () => {
    const grid = detectDocumentGrid(await fixtureText('scanned-ocr-pleading'));
    let same = 0;
    let total = 0;
    for (const tp of truth.pages) {
      const page = grid.pages[tp.pdfPage - 1]!;
      expect(page.printedPage).toBe(tp.printedPage);
      expect(page.layout).toBe('pleading');
      for (const tl of tp.lines) {
        total++;
        if (squash(lineOf(page, tl)?.text ?? '?') === squash(tl.text)) same++;
      }
    }
    expect(same / total).toBeGreaterThanOrEqual(0.99);
  });
});

describe('document-level mapping', () => {
  it('gives the ECF cover sheet no printed page and maps printed page p to PDF page p+1', async () => {
    const grid = detectDocumentGrid(await fixtureText('ecf-stamped'));
    expect(grid.pages[0]!.printedPage).toBeNull();
    expect(grid.pages[0]!.lines).toEqual([]);
    expect(grid.ecf).toEqual({ document: '118', total: 10 });
    for (let p = 1; p <= 9; p++) expect(grid.pages[p]!.printedPage).toBe(p);
    expect(grid.linesPerPage).toBe(28);
  });

  it('lets the user override the printed-page mapping per document', async () => {
    const pages = await fixtureText('ecf-stamped');
    const shifted = detectDocumentGrid(pages, { printedPageOverrides: { pageIndexOfPageOne: 0 } });
    expect(shifted.pages.map((p) => p.printedPage)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(shifted.pages[1]!.lines[0]!.page).toBe(2);
    const one = detectDocumentGrid(pages, { printedPageOverrides: { pages: { 3: 30, 4: null } } });
    expect(one.pages[3]!.printedPage).toBe(30);
    expect(one.pages[3]!.lines.every((l) => l.page === 30)).toBe(true);
    expect(one.pages[4]!.printedPage).toBeNull();
    expect(one.pages[2]!.printedPage).toBe(2);
  });

  it('labels the quadrants of the condensed transcript with their transcript pages', async () => {
    const grid = detectDocumentGrid(await fixtureText('transcript-condensed'));
    expect(grid.pages.map((p) => [...new Set(p.lines.map((l) => l.page))])).toEqual([
      [40, 41, 42, 43],
      [44, 45, 46, 47],
      [48, 49, 50, 51],
    ]);
    expect(grid.pages.map((p) => p.printedPage)).toEqual([40, 44, 48]);
  });
});
