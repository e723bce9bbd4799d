// Synthetic pages for what the fixtures lack: rotation, missing/extra numbers, numbers off the baselines, 26-line paper,
// footer forms, ECF stamps, printed-page inference and calibration.
import { describe, expect, it } from 'vitest';
import type { PageText, TextRun } from '../../src/lib/model/text-run.ts';
import {
  detectDocumentGrid,
  detectPageGrid,
  gridFromCalibration,
  replacePageGrid,
} from '../../src/lib/pleading/index.ts';
import { buildFilingLayout, resolveRanges } from '../../src/lib/resolve/index.ts';

interface PageSpec {
  pageIndex?: number;
  lines?: number;
  pitch?: number;
  /** Centre of line 1's band (display coordinates, y up). */
  top?: number;
  /** Moves every number up by this much relative to its text row (numbers not on the baselines). */
  numberShift?: number;
  missing?: number[];
  extras?: { str: string; y: number; x?: number }[];
  noNumbers?: boolean;
  footer?: string;
  header?: string;
  /** Text of line n (default "line n text"); null leaves the line blank. */
  text?: (n: number) => string | null;
  /** 1: stored landscape with /Rotate 90, text running up the MediaBox; 2: upside down; 3: /Rotate 270, text running down. */
  quarter?: 0 | 1 | 2 | 3;
}

const W = 612;
const H = 792;

/** Builds a PageText of numbered pleading paper, optionally stored rotated. */
function page(spec: PageSpec): PageText {
  const lines = spec.lines ?? 28;
  const pitch = spec.pitch ?? 24;
  const top = spec.top ?? 717.4;
  const runs: TextRun[] = [];
  const put = (str: string, x: number, y: number, size = 12) => {
    const width = str.length * size * 0.5;
    if (spec.quarter === 1) runs.push({ str, x: H - y, y: x, width, height: size, angle: 90 });
    else if (spec.quarter === 2) runs.push({ str, x: W - x, y: H - y, width, height: size, angle: 180 });
    else if (spec.quarter === 3) runs.push({ str, x: y, y: W - x, width, height: size, angle: -90 });
    else runs.push({ str, x, y, width, height: size, angle: 0 });
  };
  for (let n = 1; n <= lines; n++) {
    const centre = top - (n - 1) * pitch;
    const baseline = centre - 0.35 * 12;
    if (!spec.noNumbers && !spec.missing?.includes(n)) {
      const s = String(n);
      put(s, 72 - s.length * 6, baseline + (spec.numberShift ?? 0));
    }
    const text = spec.text ? spec.text(n) : `line ${n} text`;
    if (text !== null) put(text, 100, baseline);
  }
  for (const e of spec.extras ?? []) put(e.str, e.x ?? 60, e.y);
  if (spec.footer) put(spec.footer, 290, 40, 10);
  if (spec.header) put(spec.header, 150, 770, 9);
  const odd = spec.quarter === 1 || spec.quarter === 3;
  const view: [number, number, number, number] = odd ? [0, 0, H, W] : [0, 0, W, H];
  return { pageIndex: spec.pageIndex ?? 0, view, rotate: (spec.quarter ?? 0) * 90, runs };
}

function texts(p: ReturnType<typeof detectPageGrid>) {
  return p.lines.map((l) => l.text);
}

const DEFAULT_TEXTS = Array.from({ length: 28 }, (_, i) => `line ${i + 1} text`);

describe('synthetic pleading pages', () => {
  it('a form whose numbered lines start at 10, with boxes 1-3 above off the grid, is not pleading paper', () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const form = page({
      missing: nine,
      text: (n) => (n < 10 ? null : `Field ${n} label`),
      extras: [
        { str: '1', x: 66, y: 728 },
        { str: '2', x: 66, y: 718 },
        { str: '3', x: 66, y: 708 },
      ],
    });
    expect(detectPageGrid(form).layout).toBe('none');
    // The same page with its numbers 1-9 unread (a scan's OCR garbles single digits) is still pleading paper.
    const scan = page({ missing: nine, extras: [{ str: 'oOo', x: 62, y: 689.2 }] });
    const g = detectPageGrid(scan);
    expect(g.layout).toBe('pleading');
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
  });

  it('reads an ordinary 28-line page', () => {
    const g = detectPageGrid(page({ footer: '1' }));
    expect(g.layout).toBe('pleading');
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
    expect(g.printedPage).toBe(1);
    expect(g.lines[0]!.rect[1]).toBeCloseTo(717.4 - 12, 1);
    expect(g.lines[0]!.rect[3]).toBeCloseTo(717.4 + 12, 1);
  });

  it('reads a rotated page (stored landscape, /Rotate 90, text running up the MediaBox)', () => {
    const g = detectPageGrid(page({ quarter: 1, footer: '7' }));
    expect(g.layout).toBe('pleading');
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
    expect(g.printedPage).toBe(7);
    // Line 1's band is at display y 705.4-729.4, which is user x 792-729.4 … 792-705.4; the column runs along user y.
    const [x0, y0, x1, y1] = g.lines[0]!.rect;
    expect(x0).toBeCloseTo(H - 729.4, 1);
    expect(x1).toBeCloseTo(H - 705.4, 1);
    expect(y0).toBeGreaterThanOrEqual(72);
    expect(y1).toBeGreaterThan(400);
    // Lines progress toward larger user x (down the displayed page).
    expect(g.lines[1]!.rect[0]).toBeGreaterThan(x0);
  });

  it('reads pages stored upside down (/Rotate 180) and turned the other way (/Rotate 270)', () => {
    const down = detectPageGrid(page({ quarter: 2, footer: '8' }));
    expect(texts(down)).toEqual(DEFAULT_TEXTS);
    expect(down.printedPage).toBe(8);
    // Display band 705.4-729.4 of line 1 is user y 792-729.4 … 792-705.4.
    expect(down.lines[0]!.rect[1]).toBeCloseTo(H - 729.4, 1);
    expect(down.lines[0]!.rect[3]).toBeCloseTo(H - 705.4, 1);
    const turned = detectPageGrid(page({ quarter: 3, footer: '9' }));
    expect(texts(turned)).toEqual(DEFAULT_TEXTS);
    expect(turned.printedPage).toBe(9);
    // Display up is user +x: line 1's band is user x 705.4-729.4, the column runs along user y below 612-72.
    expect(turned.lines[0]!.rect[0]).toBeCloseTo(705.4, 1);
    expect(turned.lines[0]!.rect[2]).toBeCloseTo(729.4, 1);
    expect(turned.lines[0]!.rect[3]).toBeLessThanOrEqual(W - 72);
  });

  it('interpolates missing numbers (top, middle) and ignores extra number items', () => {
    const g = detectPageGrid(
      page({
        missing: [1, 2, 14],
        extras: [
          { str: '5', y: 500 },
          { str: '12', y: 455 },
          { str: '40', y: 300 },
        ],
      }),
    );
    expect(g.lines).toHaveLength(28);
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
  });

  it('ignores a second column of numbers in the right margin', () => {
    const both = page({});
    for (let n = 1; n <= 28; n++)
      both.runs.push({ str: String(n), x: 560, y: 717.4 - (n - 1) * 24 - 4.2, width: 12, height: 12, angle: 0 });
    const g = detectPageGrid(both);
    expect(g.layout).toBe('pleading');
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
    expect(g.lines[0]!.rect[0]).toBeLessThan(100);
    expect(g.lines[0]!.rect[2]).toBeLessThanOrEqual(560);
  });

  it('uses the number column, not the text, when numbers do not sit on the baselines', () => {
    const g = detectPageGrid(page({ numberShift: 8 }));
    // Bands follow the numbers (centre 8 pt above the text rows); each row still lands in its own line.
    expect(g.lines[0]!.rect[3]).toBeCloseTo(717.4 + 8 + 12, 1);
    expect(texts(g)).toEqual(DEFAULT_TEXTS);
  });

  it('reads single-spaced material between numbers as two rows of one line, top row first', () => {
    const runs = page({ text: (n) => (n === 5 ? null : `line ${n} text`) });
    const centre = 717.4 - 4 * 24;
    runs.runs.push({ str: 'upper row', x: 100, y: centre + 6 - 4.2, width: 50, height: 10, angle: 0 });
    runs.runs.push({ str: 'lower row', x: 100, y: centre - 6 - 4.2, width: 50, height: 10, angle: 0 });
    const g = detectPageGrid(runs);
    expect(g.lines[4]!.text).toBe('upper row lower row');
    expect(g.lines[3]!.text).toBe('line 4 text');
    expect(g.lines[5]!.text).toBe('line 6 text');
  });

  it('reads 26-line paper', () => {
    const g = detectPageGrid(page({ lines: 26, pitch: 26, top: 710 }));
    expect(g.lines).toHaveLength(26);
    expect(g.layout).toBe('pleading');
    expect(g.lines[25]!.text).toBe('line 26 text');
    expect(g.lines[0]!.rect[3] - g.lines[0]!.rect[1]).toBeCloseTo(26, 1);
  });

  it.each([
    ['Page 2 of 35', 2],
    ['- 3 -', 3],
    ['— 14 —', 14],
    ['4', 4],
    ['Page 5', 5],
  ])('reads the footer %j as printed page %i', (footer, want) => {
    expect(detectPageGrid(page({ footer })).printedPage).toBe(want);
  });

  it('reads the ECF stamp and does not take its "Page 6 of 35" for the printed page', () => {
    const g = detectPageGrid(
      page({ header: 'Case 2:10-cv-01951-JCM-GWF Document 62 Filed 05/07/10 Page 6 of 35', footer: '- 5 -' }),
    );
    expect(g.ecfPage).toBe(6);
    expect(g.printedPage).toBe(5);
    // A stamp laid over line 1's band stays out of the line's text.
    const over = page({});
    over.runs.push({
      str: 'Case 2:10-cv-01951-JCM-GWF Document 62 Filed 05/07/10 Page 6 of 35',
      x: 150,
      y: 722,
      width: 300,
      height: 9,
      angle: 0,
    });
    const stamped = detectPageGrid(over);
    expect(stamped.ecfPage).toBe(6);
    expect(stamped.lines[0]!.text).toBe('line 1 text');
    const doc = detectDocumentGrid([
      page({ header: 'Case 2:10-cv-01951-JCM-GWF Document 129-3 Filed 05/07/10 Page 1 of 35 PageID #: 881' }),
    ]);
    expect(doc.ecf).toEqual({ document: '129-3', total: 35 });
    expect(doc.pages[0]!.printedPage).toBeNull();
  });

  it('reports layout "none" without numbers, and the calibration builds the grid from line 1 and the last line', () => {
    const bare = page({ noNumbers: true });
    const g = detectPageGrid(bare);
    expect(g.layout).toBe('none');
    expect(g.lines).toEqual([]);
    const cal = gridFromCalibration(bare, { firstLine: [300, 717.4], lastLine: [300, 717.4 - 27 * 24], lineCount: 28 });
    expect(cal.layout).toBe('pleading');
    expect(texts(cal)).toEqual(DEFAULT_TEXTS);
    expect(new Set(cal.lines.map((l) => `${l.rect[0]},${l.rect[2]}`)).size).toBe(1);
    const rotated = gridFromCalibration(page({ noNumbers: true, quarter: 1 }), {
      firstLine: [H - 717.4, 300],
      lastLine: [H - (717.4 - 27 * 24), 300],
      lineCount: 28,
      printedPage: 3,
    });
    expect(texts(rotated)).toEqual(DEFAULT_TEXTS);
    expect(rotated.lines[0]!.page).toBe(3);
  });
});

describe('synthetic transcripts', () => {
  it('reads a full-page transcript whose numbers share one monospaced run with the testimony', () => {
    const runs: TextRun[] = [];
    for (let n = 1; n <= 25; n++) {
      const str = `${String(n).padStart(2, ' ')}      ${n % 2 ? 'Q.' : 'A.'}  Testimony on line ${n}.`;
      runs.push({ str, x: 61.6, y: 706 - (n - 1) * 25.5, width: str.length * 7.2, height: 12, angle: 0 });
    }
    runs.push({ str: '12', x: 534, y: 742, width: 14.4, height: 12, angle: 0 });
    const g = detectPageGrid({ pageIndex: 0, view: [0, 0, W, H], rotate: 0, runs });
    expect(g.layout).toBe('transcript');
    expect(g.printedPage).toBe(12);
    expect(g.lines).toHaveLength(25);
    expect(g.lines[0]).toMatchObject({ page: 12, line: 1, text: 'Q. Testimony on line 1.' });
    expect(g.lines[24]!.text).toBe('Q. Testimony on line 25.');
    // The column starts right of the numbers (their right edge is x = 61.6 + 2 × 7.2).
    expect(g.lines[0]!.rect[0]).toBeGreaterThanOrEqual(61.6 + 14.4);
    expect(g.lines[0]!.rect[0]).toBeLessThan(61.6 + 8 * 7.2);
  });
});

describe('synthetic documents', () => {
  it('infers printed pages from neighbours, leaves an unnumbered cover alone, and completes missing last numbers', () => {
    const cover: PageText = {
      pageIndex: 0,
      view: [0, 0, W, H],
      rotate: 0,
      runs: [{ str: 'FILING COVER SHEET', x: 220, y: 500, width: 150, height: 14, angle: 0 }],
    };
    const pages = [
      cover,
      page({ pageIndex: 1 }),
      page({ pageIndex: 2, footer: '2' }),
      page({ pageIndex: 3, missing: [27, 28] }),
      page({ pageIndex: 4, footer: '4' }),
      page({ pageIndex: 5, footer: 'Page 5 of 5' }),
    ];
    const doc = detectDocumentGrid(pages);
    expect(doc.pages.map((p) => p.printedPage)).toEqual([null, 1, 2, 3, 4, 5]);
    expect(doc.pages.map((p) => p.layout)).toEqual([
      'none',
      'pleading',
      'pleading',
      'pleading',
      'pleading',
      'pleading',
    ]);
    expect(doc.pages[3]!.lines).toHaveLength(28);
    expect(doc.pages[3]!.lines[27]!.text).toBe('line 28 text');
    expect(doc.pages[3]!.lines.every((l) => l.page === 3)).toBe(true);
    expect(doc.linesPerPage).toBe(28);
    const fixed = detectDocumentGrid(pages, { printedPageOverrides: { pages: { 0: 1 }, pageIndexOfPageOne: 0 } });
    expect(fixed.pages.map((p) => p.printedPage)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('takes a calibrated page into the document so its lines resolve', () => {
    const pages = [page({ pageIndex: 0, footer: '1' }), page({ pageIndex: 1, noNumbers: true, footer: '2' })];
    const layout = buildFilingLayout(pages);
    // The bare page has no numbers and its text sits where the template would put it, so it borrows the grid;
    // the user may still calibrate it by hand.
    expect(layout.grid.details[1]!.source).toBe('template');
    expect(layout.grid.pages[1]!.lines[2]!.text).toBe('line 3 text');
    const cal = gridFromCalibration(pages[1]!, {
      firstLine: [300, 717.4],
      lastLine: [300, 717.4 - 27 * 24],
      lineCount: 28,
      printedPage: 2,
    });
    const grid = replacePageGrid(layout.grid, cal);
    expect(grid.details[1]!.source).toBe('calibration');
    expect(grid.details[1]!.pitch).toBeCloseTo(24, 5);
    const { regions, unresolved } = resolveRanges({ ...layout, grid }, [
      { kind: 'lines', from: { page: 2, line: 3 }, to: { page: 2, line: 4 } },
    ]);
    expect(unresolved).toEqual([]);
    expect(regions).toHaveLength(1);
    expect(regions[0]!.pageIndex).toBe(1);
    expect(regions[0]!.rect[3]).toBeCloseTo(717.4 - 2 * 24 + 12, 1);
    expect(() => replacePageGrid(layout.grid, { ...cal, pageIndex: 5 })).toThrow(RangeError);
  });

  it('corrects a misread footer number that breaks the sequence', () => {
    const pages = [1, 2, 8, 4, 5].map((n, i) => page({ pageIndex: i, footer: String(n) }));
    expect(detectDocumentGrid(pages).pages.map((p) => p.printedPage)).toEqual([1, 2, 3, 4, 5]);
  });
});
