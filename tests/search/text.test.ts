// Text search reads pages as a person does: reading order, words broken at line ends, quotes, ligatures, odd spaces.
import { describe, expect, it } from 'vitest';
import type { PageText, TextRun } from '../../src/lib/model/text-run.ts';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { buildSearchIndex, normalizeText, searchIndex, searchText } from '../../src/lib/search/index.ts';
import type { Rect } from '../../src/lib/model/region.ts';
import { FIXTURE_NAMES, loadPages, loadTruth, overlaps } from './helpers.ts';

function run(str: string, x: number, y: number, width: number, extra: Partial<TextRun> = {}): TextRun {
  return { str, x, y, width, height: 12, angle: 0, ...extra };
}
function page(runs: TextRun[], extra: Partial<PageText> = {}): PageText {
  return { pageIndex: 0, view: [0, 0, 612, 792], rotate: 0, runs, ...extra };
}

describe('every numbered line of the fixtures is found on its own line', () => {
  // Lines whose text the answer key joins across visual rows (captions, single-spaced blocks) are skipped. A caption row
  // split by a wide gutter is read cell by cell (left cell down, then right cell), so each piece is searched on its own.
  it.each(FIXTURE_NAMES.filter((n) => n !== 'scanned-ocr-pleading'))('%s', async (name) => {
    const pages = await loadPages(name);
    const grid = detectDocumentGrid(pages);
    const index = buildSearchIndex(pages);
    const truth = loadTruth(name);
    let checked = 0;
    const missing: string[] = [];
    for (const p of truth.pages)
      for (const line of p.lines) {
        if (line.text.length < 12 || 'rows' in line) continue;
        const pieces: string[][] = [[]];
        line.words.forEach((w, i) => {
          const prev = line.words[i - 1];
          if (prev && w.bbox[0] - prev.bbox[2] > 3 * (w.bbox[3] - w.bbox[1])) pieces.push([]);
          pieces[pieces.length - 1]!.push(w.text);
        });
        for (const piece of pieces.map((ws) => ws.join(' ')).filter((t) => t.length >= 6)) {
          checked++;
          const hits = searchIndex(
            index,
            { kind: 'text', text: piece, caseSensitive: true },
            { grid, maxHitsPerPage: 20 },
          ).hits.filter((h) => h.pageIndex === p.pdfPage - 1);
          if (!hits.some((h) => h.citation === `${line.page}:${line.line}`))
            missing.push(`${line.page}:${line.line} ${piece} → ${hits.map((h) => h.citation).join(',') || 'none'}`);
        }
      }
    expect(checked).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});

describe('reading the fixtures', () => {
  it('joins a word hyphenated at a line end and cites both lines (latex 4:5-6 "Ironwood Ce-/ramics")', async () => {
    const pages = await loadPages('latex-pleading');
    const hits = searchText(pages, { kind: 'text', text: 'Ironwood Ceramics' }, { grid: detectDocumentGrid(pages) });
    const broken = hits.find((h) => h.citation === '4:5-6');
    expect(broken?.text).toBe('Ironwood Ceramics');
    expect(broken?.rects).toHaveLength(2);
    // Each piece sits on its own printed line, over the printed words.
    const lines = loadTruth('latex-pleading').pages[3]!.lines;
    const [first, second] = broken!.rects as [Rect, Rect];
    const l5 = lines.find((l) => l.line === 5)!;
    const l6 = lines.find((l) => l.line === 6)!;
    expect(first[1]).toBeGreaterThanOrEqual(l5.band[0]);
    expect(first[3]).toBeLessThanOrEqual(l5.band[1]);
    expect(second[1]).toBeGreaterThanOrEqual(l6.band[0]);
    expect(second[3]).toBeLessThanOrEqual(l6.band[1]);
    for (const t of ['Ironwood', 'Ce-'])
      expect(overlaps(first, l5.words.find((w) => w.text === t)!.bbox), t).toBe(true);
    expect(overlaps(second, l6.words.find((w) => w.text.startsWith('ramics'))!.bbox)).toBe(true);
    // …and does not reach back into the word before "Ironwood".
    const before = l5.words[l5.words.findIndex((w) => w.text === 'Ironwood') - 1]!;
    expect(first[0]).toBeGreaterThan(before.bbox[2] - 0.5);
    const r = searchText(pages, { kind: 'text', text: 'those restrictions' }, { grid: detectDocumentGrid(pages) });
    expect(r.map((h) => h.citation)).toEqual(['3:4-5']);
  });

  it('keeps a real hyphen at a line end ("Bates-" / "numbered") findable with the hyphen', async () => {
    const pages = await loadPages('chromium-pleading');
    const grid = detectDocumentGrid(pages);
    const hits = searchText(pages, { kind: 'text', text: 'Bates-numbered IWC-000044' }, { grid });
    expect(hits.map((h) => [h.citation, h.text])).toEqual([['9:13-14', 'Bates-numbered IWC-000044']]);
  });

  it('matches straight quotes to curly ones, and words pdf.js splits at a ligature ("con" "fi" "rmation")', async () => {
    const pages = await loadPages('chromium-pleading');
    const grid = detectDocumentGrid(pages);
    const truthCount = loadTruth('chromium-pleading')
      .pages.flatMap((p) => p.lines)
      .reduce((n, l) => n + (l.text.match(/Halyard’s/g)?.length ?? 0), 0);
    const quotes = searchText(pages, { kind: 'text', text: "Halyard's" }, { grid });
    expect(quotes.length).toBeGreaterThanOrEqual(truthCount);
    expect(quotes.length).toBeGreaterThan(3);
    const lig = searchText(pages, { kind: 'text', text: 'wire confirmation' }, { grid });
    expect(lig.map((h) => h.citation)).toEqual(['9:5']);
    expect(lig[0]!.rects).toHaveLength(1);
  });

  it('leaves the margin line numbers out of the text and reads 4-up transcript quadrants one after another', async () => {
    const pages = await loadPages('transcript-condensed');
    const index = buildSearchIndex(pages);
    const text = index.pages[2]!.text;
    expect(text).not.toMatch(/\b1 2 3 4 5\b/);
    expect(text).toContain('Is that your number? MR. TREMBLAY: Counsel, that needs to come out of any public filing.');
    const grid = detectDocumentGrid(pages);
    const hit = searchText(pages, { kind: 'regex', source: 'Saltmarsh!\\d+' }, { grid });
    expect(hit.map((h) => [h.pageIndex, h.citation, h.text])).toEqual([[1, '47:13', 'Saltmarsh!2016']]);
  });
});

describe('normalisation on hand-made pages', () => {
  it('ligature characters, non-breaking and thin spaces, curly quotes, soft hyphens', () => {
    const p = page([
      run('the \uFB01rst\u00A0o\uFB03ce', 72, 700, 80),
      run('\u201Cquoted\u201D it\u2019s co\u00ADoperate', 72, 680, 120),
    ]);
    expect(buildSearchIndex([p]).pages[0]!.text).toBe('the first office "quoted" it\'s cooperate');
    expect(searchText([p], { kind: 'text', text: 'first office' })).toHaveLength(1);
    expect(searchText([p], { kind: 'text', text: '“quoted” it’s' })).toHaveLength(1);
    expect(searchText([p], { kind: 'text', text: 'cooperate' })).toHaveLength(1);
    expect(normalizeText('a\u2009\u2009b \uFB02y')).toBe('a b fly');
  });

  it('a soft hyphen printed at a line end joins the word like a hyphen does', () => {
    const p = page([run('these restric\u00AD', 72, 700, 84), run('tions apply', 72, 676, 66)]);
    expect(searchText([p], { kind: 'text', text: 'restrictions apply' }).map((h) => h.rects.length)).toEqual([2]);
    expect(searchText([p], { kind: 'text', text: 'restric tions' })).toEqual([]);
  });

  it('joins pieces of one word split into runs, spaces words apart, and orders runs by position', () => {
    const p = page([
      run('world', 120, 700, 30),
      run('Plainti', 72, 680, 36),
      run('ff', 108, 680, 10),
      run('hello', 72, 700, 30),
    ]);
    expect(buildSearchIndex([p]).pages[0]!.text).toBe('hello world Plaintiff');
    const [hit] = searchText([p], { kind: 'text', text: 'plaintiff' });
    expect(hit!.rects).toHaveLength(1);
    expect(hit!.rects[0]![0]).toBeCloseTo(72 - 0.36, 1);
    expect(hit!.rects[0]![2]).toBeCloseTo(118 + 0.36, 1);
  });

  it('whole-word and case-sensitive options', () => {
    const p = page([run('Seal the seal; sealed SEAL', 72, 700, 150)]);
    expect(searchText([p], { kind: 'text', text: 'seal' })).toHaveLength(4);
    expect(searchText([p], { kind: 'text', text: 'seal', wholeWord: true })).toHaveLength(3);
    expect(searchText([p], { kind: 'text', text: 'seal', wholeWord: true, caseSensitive: true })).toHaveLength(1);
  });

  it('rotated text: rects follow the run direction (a run going up the page)', () => {
    const p = page([run('ACCOUNT 12345678 END', 300, 100, 120, { angle: 90 })]);
    const [hit] = searchText([p], { kind: 'text', text: '12345678' });
    const r = hit!.rects[0]!;
    // Vertical strip: narrow in x around the baseline, tall in y from about 100 + 8 characters.
    expect(r[2] - r[0]).toBeCloseTo(12 * 1.04, 0);
    expect(r[0]).toBeCloseTo(300 - 0.82 * 12, 0);
    expect(r[1]).toBeGreaterThan(140);
    expect(r[3]).toBeLessThan(200);
    expect(r[3] - r[1]).toBeGreaterThan(40);
  });

  it('rects never leave the page', () => {
    const p = page([run('edge text here', 560, 785, 70)], { view: [0, 0, 612, 792] });
    const [hit] = searchText([p], { kind: 'text', text: 'here' });
    for (const r of hit!.rects) {
      expect(r[0]).toBeGreaterThanOrEqual(0);
      expect(r[2]).toBeLessThanOrEqual(612);
      expect(r[3]).toBeLessThanOrEqual(792);
    }
  });
});
