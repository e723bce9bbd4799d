// Presets on the fixture filings: every SSN-like and account number of the answer keys is found where it is printed,
// and nothing else fires (case numbers, filing dates, Bates and docket numbers, telephone and routing numbers).
import { describe, expect, it } from 'vitest';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { buildSearchIndex, searchIndex, type SearchHit } from '../../src/lib/search/index.ts';
import type { PresetName } from '../../src/lib/search/index.ts';
import { FIXTURE_NAMES, loadPages, loadTruth, overlaps, type SensitiveToken, type TruthLine } from './helpers.ts';

/** Which answer-key kinds each preset must find (tin includes SSN/ITIN-shaped numbers: an individual's TIN is one). */
const EXPECTED_KINDS: Record<Exclude<PresetName, 'minor-name'>, string[]> = {
  ssn: ['ssn-like'],
  tin: ['ssn-like'],
  'account-number': ['account-number'],
  'birth-date': [],
};

/** Hits we accept beyond the answer keys' tokens, as "file|preset|text". None on these fixtures. */
const ACCEPTED_EXTRA = new Set<string>([]);

function truthLine(name: string, t: SensitiveToken): TruthLine {
  const page = loadTruth(name).pages.find((p) => p.pdfPage === t.pdfPage)!;
  return page.lines.find((l) => l.page === t.page && l.line === t.line && l.quadrant === t.quadrant)!;
}

describe.each(FIXTURE_NAMES)('presets on %s', (name) => {
  for (const preset of Object.keys(EXPECTED_KINDS) as (keyof typeof EXPECTED_KINDS)[]) {
    it(`${preset}: finds every key token on its line and nothing else`, async () => {
      const pages = await loadPages(name);
      const grid = detectDocumentGrid(pages);
      const index = buildSearchIndex(pages);
      const tokens = (loadTruth(name).sensitiveTokens ?? []).filter((t) => EXPECTED_KINDS[preset].includes(t.kind));
      const partial = searchIndex(index, { kind: 'preset', preset }, { grid }).hits;
      const whole = searchIndex(index, { kind: 'preset', preset, whole: true }, { grid }).hits;
      const used = new Set<SearchHit>();
      for (const t of tokens) {
        const where = `${t.token} at ${t.page}:${t.line} (PDF page ${t.pdfPage})`;
        const line = truthLine(name, t);
        const words = line.words.filter((w) => w.text.includes(t.token));
        expect(words.length, where).toBeGreaterThan(0);
        for (const [hits, mode] of [
          [partial, 'partial'],
          [whole, 'whole'],
        ] as const) {
          const hit = hits.find((h) => h.pageIndex === t.pdfPage - 1 && h.text === t.token && !used.has(h));
          expect(hit, `${mode} ${where}`).toBeDefined();
          used.add(hit!);
          expect(hit!.citation, where).toBe(`${t.page}:${t.line}`);
          expect(hit!.rects).toHaveLength(1);
          const r = hit!.rects[0]!;
          // Inside the line's band, overlapping the printed word.
          expect(r[1], where).toBeGreaterThanOrEqual(line.band[0] - 0.5);
          expect(r[3], where).toBeLessThanOrEqual(line.band[1] + 0.5);
          expect(
            words.some((w) => overlaps(r, w.bbox)),
            where,
          ).toBe(true);
          const w = words[0]!.bbox;
          const charW = (w[2] - w[0]) / words[0]!.text.length;
          // Starts at the word's first character (within a third of a character).
          expect(Math.abs(r[0] - w[0]), where).toBeLessThan(charW / 3 + 0.5);
          if (mode === 'whole') {
            // Ends where the token ends inside the printed word (its trailing punctuation taken as 0.3 em a character).
            const size = (w[3] - w[1]) / 1.15;
            const trailing = words[0]!.text.length - words[0]!.text.indexOf(t.token) - t.token.length;
            const tokenEnd = w[2] - trailing * 0.3 * size;
            expect(Math.abs(r[2] - tokenEnd), where).toBeLessThan(charW * 0.5 + 0.5);
            expect(hit!.markedText).toBe(t.token);
          } else {
            // The last four digits stay readable: the mark ends before them.
            expect(hit!.markedText).toBe(t.token.slice(0, -4));
            const keepStart = w[0] + charW * (words[0]!.text.indexOf(t.token) + t.token.length - 4);
            expect(r[2], where).toBeLessThan(keepStart + charW * 0.5);
          }
        }
      }
      const extra = [...partial, ...whole]
        .filter((h) => !used.has(h))
        .map((h) => `${name}|${preset}|${h.text}`)
        .filter((k) => !ACCEPTED_EXTRA.has(k));
      expect(extra).toEqual([]);
    });
  }
});
