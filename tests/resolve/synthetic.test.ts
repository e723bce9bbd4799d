// Resolver cases the fixtures lack: a paragraph ending at a heading, footnotes on an unnumbered page, exhibit slip sheets,
// and the slant allowance on a tilted scan.
import { describe, expect, it } from 'vitest';
import type { PageText, TextRun } from '../../src/lib/model/text-run.ts';
import { buildFilingLayout, resolveRanges } from '../../src/lib/resolve/index.ts';

const W = 612;
const H = 792;

/** A 28-line pleading page; `rows[n]` is the text of line n (absent = blank). */
function pleading(
  pageIndex: number,
  rows: Record<number, string>,
  opts: { numbers?: boolean; tilt?: number } = {},
): PageText {
  const runs: TextRun[] = [];
  const tilt = ((opts.tilt ?? 0) * Math.PI) / 180;
  const put = (str: string, x: number, y: number, size = 12) => {
    // Rotate about the page centre for a tilted scan.
    const dx = x - W / 2;
    const dy = y - H / 2;
    const rx = W / 2 + dx * Math.cos(tilt) - dy * Math.sin(tilt);
    const ry = H / 2 + dx * Math.sin(tilt) + dy * Math.cos(tilt);
    runs.push({ str, x: rx, y: ry, width: str.length * size * 0.5, height: size, angle: opts.tilt ?? 0 });
  };
  for (let n = 1; n <= 28; n++) {
    const baseline = 713 - (n - 1) * 24;
    if (opts.numbers !== false) put(String(n), 72 - String(n).length * 6, baseline);
    const text = rows[n];
    if (text) put(text, 100, baseline);
  }
  put(String(pageIndex + 1), 300, 40, 10);
  return { pageIndex, view: [0, 0, W, H], rotate: 0, runs };
}

function plain(pageIndex: number, lines: { text: string; y: number; size?: number; x?: number }[]): PageText {
  return {
    pageIndex,
    view: [0, 0, W, H],
    rotate: 0,
    runs: lines.map((l) => ({
      str: l.text,
      x: l.x ?? 100,
      y: l.y,
      width: l.text.length * (l.size ?? 12) * 0.5,
      height: l.size ?? 12,
      angle: 0,
    })),
  };
}

describe('paragraphs', () => {
  const pages = [
    pleading(0, {
      1: '1. The first paragraph starts here and',
      2: 'continues on this line.',
      3: '2. The second paragraph is short and',
      4: 'ends here.',
      6: 'II. ARGUMENT',
      7: 'Text under the heading belongs to no paragraph.',
      8: '3. The third paragraph runs on to the',
    }),
    pleading(1, { 1: 'next page and ends there.', 2: '4. The fourth paragraph.' }),
  ];
  const layout = buildFilingLayout(pages);
  const linesOf = (citation: ReturnType<typeof resolveRanges>) =>
    citation.regions.map((r) => {
      const lines = layout.grid.pages[r.pageIndex]!.lines.filter(
        (l) => l.rect[1] >= r.rect[1] - 0.01 && l.rect[3] <= r.rect[3] + 0.01,
      );
      return `${r.pageIndex}:${lines[0]!.line}-${lines[lines.length - 1]!.line}`;
    });

  it('stops a paragraph at a heading', () => {
    expect(linesOf(resolveRanges(layout, [{ kind: 'paragraphs', from: 2, to: 2 }]))).toEqual(['0:3-4']);
  });

  it('runs a paragraph across the page break to the next numbered paragraph', () => {
    expect(linesOf(resolveRanges(layout, [{ kind: 'paragraphs', from: 3, to: 3 }]))).toEqual(['0:8-8', '1:1-1']);
    expect(linesOf(resolveRanges(layout, [{ kind: 'paragraphs', from: 1, to: 2 }]))).toEqual(['0:1-4']);
  });
});

describe('footnotes on a page without line numbers', () => {
  const page = plain(0, [
    { text: 'Body text of the brief with a reference.', y: 700 },
    { text: 'More body text.', y: 676 },
    { text: '1 The first footnote starts here', y: 110, size: 10 },
    { text: 'and continues here.', y: 98, size: 10 },
    { text: '2 The second footnote.', y: 86, size: 10 },
    { text: '7', y: 40, size: 10, x: 300 },
  ]);
  const layout = buildFilingLayout([page]);

  it('covers the rows of the cited note only', () => {
    const { regions, unresolved } = resolveRanges(layout, [
      { kind: 'footnote', page: 7, note: 1 },
      { kind: 'footnote', page: 7, note: 2 },
    ]);
    expect(unresolved).toEqual([]);
    const [n1, n2] = regions;
    expect(n1!.rect[1]).toBeLessThan(98);
    expect(n1!.rect[3]).toBeGreaterThan(110 + 7);
    expect(n1!.rect[1]).toBeGreaterThan(86 + 8);
    expect(n2!.rect[3]).toBeLessThan(98);
    expect(n2!.rect[1]).toBeLessThan(86);
    expect(n1!.rect[3]).toBeLessThan(676);
  });
});

describe('a footnote that runs on to the next page', () => {
  it('covers its continuation at the foot of the next page, up to the next note', () => {
    const layout = buildFilingLayout([
      plain(0, [
        { text: 'Body text of the brief on the first page, long enough to be body.', y: 700 },
        { text: 'More body text on the first page.', y: 676 },
        { text: '3 A long footnote starts at the foot of this page', y: 98, size: 10 },
        { text: 'and reaches its bottom.', y: 86, size: 10 },
        { text: '1', y: 40, size: 10, x: 300 },
      ]),
      plain(1, [
        { text: 'Body text of the brief on the second page, long enough to be body.', y: 700 },
        { text: 'More body text on the second page.', y: 676 },
        { text: 'its continued text on the second page.', y: 110, size: 10 },
        { text: '4 The next footnote.', y: 98, size: 10 },
        { text: '2', y: 40, size: 10, x: 300 },
      ]),
    ]);
    const { regions, unresolved } = resolveRanges(layout, [{ kind: 'footnote', page: 1, note: 3 }]);
    expect(unresolved).toEqual([]);
    expect(regions.map((r) => r.pageIndex)).toEqual([0, 1]);
    const [, cont] = regions;
    expect(cont!.rect[3]).toBeGreaterThan(110 + 7);
    expect(cont!.rect[1]).toBeGreaterThan(98 + 7);
  });
});

describe('exhibits with slip sheets', () => {
  const slip = (i: number, label: string) => plain(i, [{ text: label, y: 400, x: 260 }]);
  const content = (i: number, text: string) =>
    plain(
      i,
      Array.from({ length: 20 }, (_, k) => ({ text: `${text} row ${k} with enough words in it`, y: 700 - k * 24 })),
    );
  const layout = buildFilingLayout([
    pleading(0, { 1: 'DECLARATION' }),
    slip(1, 'EXHIBIT A'),
    content(2, 'contract'),
    content(3, 'contract'),
    slip(4, 'EXHIBIT B'),
    content(5, 'invoice'),
    slip(6, 'Exhibit C'),
  ]);

  it('an exhibit runs to the next slip sheet; the slip sheets themselves stay readable', () => {
    const pages = (from: string, to: string) =>
      resolveRanges(layout, [{ kind: 'exhibits', from, to }]).regions.map((r) => r.pageIndex);
    expect(pages('A', 'A')).toEqual([2, 3]);
    expect(pages('A', 'B')).toEqual([2, 3, 5]);
    expect(pages('b', 'b')).toEqual([5]);
    // An exhibit lodged under seal that is only its slip sheet: the sheet is all there is to cover.
    expect(pages('C', 'C')).toEqual([6]);
  });
});

describe('tilted scans', () => {
  it('widens a block of lines to cover the slant of the rows', () => {
    const rows = Object.fromEntries(
      Array.from({ length: 28 }, (_, i) => [i + 1, `row ${i + 1} of the scanned page text`]),
    );
    const layout = buildFilingLayout([pleading(0, rows, { tilt: 0.6 })]);
    expect(layout.grid.details[0]!.tilt).toBeCloseTo(0.6, 1);
    const page = layout.grid.pages[0]!;
    expect(page.lines.map((l) => l.text)).toEqual(Array.from({ length: 28 }, (_, i) => rows[i + 1]));
    const { regions } = resolveRanges(layout, [
      { kind: 'lines', from: { page: 1, line: 5 }, to: { page: 1, line: 6 } },
    ]);
    const [r] = regions;
    const l5 = page.lines[4]!.rect;
    const l6 = page.lines[5]!.rect;
    const slant = (Math.tan((0.6 * Math.PI) / 180) * (l5[2] - l5[0])) / 2;
    expect(r!.rect[3]).toBeCloseTo(l5[3] + slant, 1);
    expect(r!.rect[1]).toBeCloseTo(l6[1] - slant, 1);
  });
});
