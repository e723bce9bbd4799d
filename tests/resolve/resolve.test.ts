// Citation resolution against the fixtures: regions must cover exactly the cited lines' words (poppler boxes) and nothing else.
import { describe, expect, it } from 'vitest';
import type { CitedRange } from '../../src/lib/model/directive.ts';
import type { LabelledRegion, Rect } from '../../src/lib/model/region.ts';
import { buildFilingLayout, resolveRanges, type FilingLayout } from '../../src/lib/resolve/index.ts';
import { fixtureText, fixtureTruth, type Truth } from '../pleading/fixture-helpers.ts';

async function layoutOf(name: string): Promise<FilingLayout> {
  return buildFilingLayout(await fixtureText(name));
}

function parseLines(range: string): CitedRange {
  const m = /^(\d+):(\d+)-(?:(\d+):)?(\d+)$/.exec(range)!;
  const page = Number(m[1]);
  return {
    kind: 'lines',
    from: { page, line: Number(m[2]) },
    to: { page: m[3] ? Number(m[3]) : page, line: Number(m[4]) },
  };
}

/** Fraction of a box's area inside the union of the page's regions (regions of one range never overlap). */
function insideFraction(box: Rect, regions: LabelledRegion[], pageIndex: number): number {
  const area = (box[2] - box[0]) * (box[3] - box[1]);
  let inside = 0;
  for (const r of regions) {
    if (r.pageIndex !== pageIndex) continue;
    const w = Math.min(box[2], r.rect[2]) - Math.max(box[0], r.rect[0]);
    const h = Math.min(box[3], r.rect[3]) - Math.max(box[1], r.rect[1]);
    if (w > 0 && h > 0) inside += w * h;
  }
  return area > 0 ? inside / area : 0;
}

/** Asserts the regions cover the words of exactly the listed truth lines (page:line keys). */
function expectCoversExactly(truth: Truth, regions: LabelledRegion[], wanted: Set<string>) {
  let checkedWords = 0;
  for (const tp of truth.pages) {
    for (const tl of tp.lines) {
      const key = `${tl.page}:${tl.line}`;
      for (const w of tl.words) {
        const f = insideFraction(w.bbox, regions, tp.pdfPage - 1);
        checkedWords++;
        if (wanted.has(key)) expect(f, `"${w.text}" of ${key} covered`).toBeGreaterThan(0.8);
        else expect(f, `"${w.text}" of ${key} left alone`).toBeLessThan(0.2);
      }
    }
    for (const u of tp.unnumberedText) expect(insideFraction(u.bbox, regions, tp.pdfPage - 1)).toBeLessThan(0.2);
  }
  expect(checkedWords).toBeGreaterThan(100);
}

describe('lines', () => {
  it('covers exactly the lines of every sample range of ECF document 118, across page breaks and footnotes', async () => {
    const truth = fixtureTruth('ecf-stamped');
    const layout = await layoutOf('ecf-stamped');
    const samples = truth.sampleOrderRangesForDocument118 as {
      range: string;
      lines: { page: number; line: number }[];
    }[];
    expect(samples.length).toBeGreaterThan(3);
    for (const sample of samples) {
      const { regions, unresolved } = resolveRanges(layout, [parseLines(sample.range)], { source: 'II.A.9' });
      expect(unresolved).toEqual([]);
      expect(regions.every((r) => r.citation === sample.range && r.source === 'II.A.9')).toBe(true);
      expectCoversExactly(truth, regions, new Set(sample.lines.map((l) => `${l.page}:${l.line}`)));
    }
  });

  it('merges a cross-page range into one full-width rect per page', async () => {
    const layout = await layoutOf('ecf-stamped');
    const { regions } = resolveRanges(layout, [parseLines('4:27-5:2')]);
    expect(regions.map((r) => r.pageIndex)).toEqual([4, 5]);
    const line = layout.grid.pages[4]!.lines[0]!;
    for (const r of regions) {
      expect(r.rect[0]).toBe(line.rect[0]);
      expect(r.rect[2]).toBe(line.rect[2]);
    }
    expect(regions[0]!.rect[3] - regions[0]!.rect[1]).toBeCloseTo(48, 0);
  });

  it('redacts 2:9-12 of tricky-extras (the redaction order) and nothing else', async () => {
    const truth = fixtureTruth('tricky-extras');
    const order = truth.redactionOrder as { ranges: string[]; lines: { page: number; line: number }[] };
    const layout = await layoutOf('tricky-extras');
    const { regions, unresolved } = resolveRanges(layout, order.ranges.map(parseLines));
    expect(unresolved).toEqual([]);
    expect(regions).toHaveLength(1);
    expectCoversExactly(truth, regions, new Set(order.lines.map((l) => `${l.page}:${l.line}`)));
  });

  it('resolves transcript page:line citations inside the right quadrant of a condensed transcript', async () => {
    const truth = fixtureTruth('transcript-condensed');
    const layout = await layoutOf('transcript-condensed');
    const { regions, unresolved } = resolveRanges(layout, [parseLines('42:12-16'), parseLines('43:24-44:2')]);
    expect(unresolved).toEqual([]);
    expect(regions.map((r) => r.pageIndex)).toEqual([0, 0, 1]);
    const wanted = new Set(['42:12', '42:13', '42:14', '42:15', '42:16', '43:24', '43:25', '44:1', '44:2']);
    expectCoversExactly(truth, regions, wanted);
  });

  it("on the tilted OCR scan, each line's region covers the printed ink of that line and not its neighbours", async () => {
    const truth = fixtureTruth('scanned-ocr-pleading');
    const layout = await layoutOf('scanned-ocr-pleading');
    let checked = 0;
    for (const tp of truth.pages) {
      for (const tl of tp.lines) {
        const ink = (tl as unknown as { inkBbox: Rect | null }).inkBbox;
        if (!ink) continue;
        const { regions } = resolveRanges(layout, [{ kind: 'lines', from: tl, to: tl }]);
        expect(regions).toHaveLength(1);
        expect(insideFraction(ink, regions, tp.pdfPage - 1), `ink of ${tl.page}:${tl.line}`).toBeGreaterThan(0.97);
        for (const w of tl.words) expect(insideFraction(w.bbox, regions, tp.pdfPage - 1)).toBeGreaterThan(0.8);
        for (const other of tp.lines) {
          if (other === tl) continue;
          const otherInk = (other as unknown as { inkBbox: Rect | null }).inkBbox;
          if (otherInk)
            expect(insideFraction(otherInk, regions, tp.pdfPage - 1), `${other.line} under ${tl.line}`).toBeLessThan(
              0.3,
            );
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('reports what it cannot resolve, with the reason', async () => {
    const layout = await layoutOf('ecf-stamped');
    const { regions, unresolved } = resolveRanges(layout, [
      parseLines('40:1-3'),
      parseLines('4:27-30'),
      parseLines('5:4-2'),
      parseLines('2:1-2'),
    ]);
    expect(regions.map((r) => r.citation)).toEqual(['2:1-2']);
    expect(unresolved).toEqual([
      { citation: '40:1-3', reason: expect.stringMatching(/no page 40 .*1-9/) },
      { citation: '4:27-30', reason: 'page 4 has 28 numbered lines, so line 30 does not exist' },
      { citation: '5:4-2', reason: 'the range ends before it starts' },
    ]);
  });
});

describe('paragraphs, footnotes, pages, ECF pages, exhibits, whole', () => {
  it('a numbered paragraph runs to the next one, across pages', async () => {
    const truth = fixtureTruth('libreoffice-pleading');
    const layout = await layoutOf('libreoffice-pleading');
    const { regions, unresolved } = resolveRanges(layout, [{ kind: 'paragraphs', from: 2, to: 3 }]);
    expect(unresolved).toEqual([]);
    // ¶ 2 starts at 1:26, ¶ 4 at 2:5.
    expectCoversExactly(truth, regions, new Set(['1:26', '1:27', '1:28', '2:1', '2:2', '2:3', '2:4']));
  });

  it('picks the declaration paragraphs over earlier numbered lists, and reports a missing paragraph', async () => {
    const truth = fixtureTruth('chromium-pleading');
    const layout = await layoutOf('chromium-pleading');
    const { regions, unresolved } = resolveRanges(layout, [
      { kind: 'paragraphs', from: 3, to: 4 },
      { kind: 'paragraphs', from: 71, to: 71 },
    ]);
    expect(unresolved).toEqual([{ citation: '¶ 71', reason: expect.stringContaining('paragraph 71 was not found') }]);
    const wanted = new Set(['8:12', '8:13', '8:14', '8:15', '8:16', '8:17', '8:18', '8:19']);
    expectCoversExactly(truth, regions, wanted);
  });

  it('finds a footnote at the foot of its page by its number', async () => {
    const truth = fixtureTruth('chromium-pleading');
    const layout = await layoutOf('chromium-pleading');
    const { regions, unresolved } = resolveRanges(layout, [
      { kind: 'footnote', page: 3, note: 1 },
      { kind: 'footnote', page: 3, note: 7 },
    ]);
    expect(regions.map((r) => [r.pageIndex, r.citation])).toEqual([[2, 'p. 3 n.1']]);
    expect(unresolved).toEqual([{ citation: 'p. 3 n.7', reason: 'footnote 7 was not found at the foot of page 3' }]);
    // The footnote's words, and no body text: the raised reference "1" in 3:8 stays.
    const onPage = fixtureTruth('chromium-pleading');
    expectCoversExactly(onPage, regions, new Set(['3:27', '3:28']));
    expect(truth.pages[2]!.lines[26]!.text.startsWith('1 The proposals')).toBe(true);
  });

  it('maps printed pages and ECF pages to PDF pages, past the unnumbered cover sheet', async () => {
    const layout = await layoutOf('ecf-stamped');
    const { regions, unresolved } = resolveRanges(layout, [
      { kind: 'pages', from: 1, to: 2 },
      { kind: 'ecfPages', from: 1, to: 1 },
      { kind: 'pages', from: 9, to: 11 },
      { kind: 'ecfPages', from: 10, to: 12 },
    ]);
    expect(regions.map((r) => [r.citation, r.pageIndex])).toEqual([
      ['pp. 1-2', 1],
      ['pp. 1-2', 2],
      ['ECF p. 1', 0],
      ['pp. 9-11', 9],
      ['ECF pp. 10-12', 9],
    ]);
    expect(regions[0]!.rect).toEqual([0, 0, 612, 792]);
    expect(unresolved.map((u) => u.citation)).toEqual(['pp. 9-11', 'ECF pp. 10-12']);
    expect(unresolved[1]!.reason).toContain('10 ECF pages');
  });

  it('an exhibit runs from its label page to the next label or the end', async () => {
    const lo = resolveRanges(await layoutOf('libreoffice-pleading'), [{ kind: 'exhibits', from: 'A', to: 'A' }]);
    expect(lo.regions.map((r) => r.pageIndex)).toEqual([3, 4]);
    const gs = resolveRanges(await layoutOf('ghostscript-pleading'), [
      { kind: 'exhibits', from: '1', to: '1' },
      { kind: 'exhibits', from: 'B', to: 'B' },
    ]);
    expect(gs.regions.map((r) => r.pageIndex)).toEqual([2]);
    expect(gs.unresolved).toEqual([{ citation: 'Ex. B', reason: expect.stringContaining('EXHIBIT B') }]);
  });

  it('whole covers every page', async () => {
    const { regions, unresolved } = resolveRanges(await layoutOf('ghostscript-pleading'), [{ kind: 'whole' }]);
    expect(unresolved).toEqual([]);
    expect(regions.map((r) => r.pageIndex)).toEqual([0, 1, 2]);
    expect(regions.every((r) => r.citation === 'whole')).toBe(true);
  });
});
