// Queries: regex errors and unsafe patterns are a named SearchSyntaxError up front; hit caps and cancellation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageText, TextRun } from '../../src/lib/model/text-run.ts';
import {
  buildSearchIndex,
  searchIndex,
  searchText,
  validateQuery,
  type SearchQuery,
} from '../../src/lib/search/index.ts';
import { LineSealError, SearchSyntaxError } from '../../src/lib/util/errors.ts';

const PAGE: PageText[] = [
  {
    pageIndex: 0,
    view: [0, 0, 612, 792],
    rotate: 0,
    runs: [{ str: 'Account No. 4410-2297-0216 was closed', x: 72, y: 700, width: 200, height: 12, angle: 0 }],
  },
];

describe('regex queries', () => {
  it('run with the flags given (case-insensitive by default)', () => {
    expect(searchText(PAGE, { kind: 'regex', source: '\\d{4}-\\d{4}-\\d{4}' }).map((h) => h.text)).toEqual([
      '4410-2297-0216',
    ]);
    expect(searchText(PAGE, { kind: 'regex', source: 'account no\\.' })).toHaveLength(1);
    expect(searchText(PAGE, { kind: 'regex', source: 'account no\\.', flags: '' })).toHaveLength(0);
    expect(searchText(PAGE, { kind: 'regex', source: '(?<n>\\d+)-(?:\\d+)', flags: 'u' })).toHaveLength(1);
    expect(searchText(PAGE, { kind: 'regex', source: 'x*' })).toHaveLength(0);
  });

  it('steps over astral characters after an empty match of a unicode regex (this looped for ever once)', () => {
    const page: PageText = { ...PAGE[0]!, runs: [{ ...PAGE[0]!.runs[0]!, str: '\u{1D538}\u{1D538} M' }] };
    expect(searchText([page], { kind: 'regex', source: 'M|', flags: 'u' }).map((h) => h.text)).toEqual(['M']);
  });

  it.each([
    ['(unclosed', ''],
    ['a', 'xz'],
    ['a', 'ii'],
    ['', 'i'],
    ['(a+)+b', 'i'],
    ['(\\w*\\s?)*$', 'i'],
    ['(?:[a-z]+\\d{2,})*x', 'i'],
    ['.*.*x', 'i'],
    ['[^a]+b[\\s\\S]*c', 'i'],
    ['a'.repeat(501), 'i'],
  ])('/%s/%s is refused with a SearchSyntaxError', (source, flags) => {
    const q: SearchQuery = { kind: 'regex', source, flags };
    const err = validateQuery(q);
    expect(err).toBeInstanceOf(SearchSyntaxError);
    expect(err).toBeInstanceOf(LineSealError);
    expect(err!.name).toBe('SearchSyntaxError');
    expect(() => searchText(PAGE, q)).toThrow(SearchSyntaxError);
  });

  it.each(['\\d{3}-\\d{2}-\\d{4}', '(foo|bar)+', '(ab)?c*', '.*closed', '[^ ]+ was', '(?<=No\\. )\\d+', '\\bA\\w+'])(
    '/%s/ is accepted',
    (source) => {
      expect(validateQuery({ kind: 'regex', source })).toBeNull();
    },
  );

  it('text queries that are blank or too long are refused too', () => {
    expect(validateQuery({ kind: 'text', text: '   ' })).toBeInstanceOf(SearchSyntaxError);
    expect(validateQuery({ kind: 'text', text: 'x'.repeat(600) })).toBeInstanceOf(SearchSyntaxError);
    expect(validateQuery({ kind: 'preset', preset: 'nope' as 'ssn' })).toBeInstanceOf(SearchSyntaxError);
  });
});

describe('limits', () => {
  it('stops at maxHitsPerPage and says which pages were cut short', () => {
    const page: PageText = { ...PAGE[0]!, runs: [{ ...PAGE[0]!.runs[0]!, str: 'a '.repeat(50) }] };
    const r = searchIndex(buildSearchIndex([page]), { kind: 'text', text: 'a' }, { maxHitsPerPage: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.truncatedPages).toEqual([0]);
  });
  it('returns what it has when the signal is aborted', () => {
    const r = searchIndex(buildSearchIndex(PAGE), { kind: 'text', text: 'closed' }, { signal: { aborted: true } });
    expect(r).toEqual({ hits: [], truncatedPages: [], aborted: true });
  });
});

describe('properties', () => {
  const runArb: fc.Arbitrary<TextRun> = fc.record({
    str: fc.string({
      maxLength: 40,
      unit: fc.constantFrom('a', 'B', '1', '9', '-', ' ', '.', '’', 'ﬁ', '\u00A0', '/', '$', 'é', '𝔸'),
    }),
    x: fc.double({ min: -50, max: 660, noNaN: true }),
    y: fc.double({ min: -50, max: 840, noNaN: true }),
    width: fc.double({ min: 0, max: 400, noNaN: true }),
    height: fc.double({ min: 0, max: 30, noNaN: true }),
    angle: fc.constantFrom(0, 0, 0, 90, -90, 180, 0.4, 33),
  });
  const pageArb: fc.Arbitrary<PageText> = fc.record({
    pageIndex: fc.constant(0),
    view: fc.constant<[number, number, number, number]>([0, 0, 612, 792]),
    rotate: fc.constantFrom(0, 90),
    runs: fc.array(runArb, { maxLength: 25 }),
  });
  const queryArb: fc.Arbitrary<SearchQuery> = fc.oneof(
    fc.record({
      kind: fc.constant('text' as const),
      text: fc.string({ maxLength: 8 }),
      caseSensitive: fc.boolean(),
      wholeWord: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('regex' as const),
      source: fc.string({ maxLength: 12 }),
      flags: fc.constantFrom('', 'i', 'u', 'x', 'gim'),
    }),
    fc.record({
      kind: fc.constant('preset' as const),
      preset: fc.constantFrom('ssn', 'tin', 'birth-date', 'account-number', 'minor-name') as fc.Arbitrary<'ssn'>,
      names: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      whole: fc.boolean(),
    }),
  );

  it('any query on any page: hits with rects inside the page, or a SearchSyntaxError, nothing else', () => {
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 1, maxLength: 2 }), queryArb, (pages, query) => {
        const ps = pages.map((p, i) => ({ ...p, pageIndex: i }));
        let hits;
        try {
          hits = searchText(ps, query);
        } catch (error) {
          expect(error).toBeInstanceOf(SearchSyntaxError);
          return;
        }
        for (const h of hits) {
          expect(h.rects.length).toBeGreaterThan(0);
          expect(h.text.length).toBeGreaterThan(0);
          for (const r of h.rects) {
            expect(r[0]).toBeGreaterThanOrEqual(0);
            expect(r[1]).toBeGreaterThanOrEqual(0);
            expect(r[2]).toBeLessThanOrEqual(612);
            expect(r[3]).toBeLessThanOrEqual(792);
            expect(r[2]).toBeGreaterThan(r[0]);
            expect(r[3]).toBeGreaterThan(r[1]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a text query for any stretch of a line of plain words finds it', () => {
    const word = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'b', 'Q', '7', '’', 'ﬁ') });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (words, i, j) => {
        const str = words.join(' ');
        const page: PageText = {
          pageIndex: 0,
          view: [0, 0, 612, 792],
          rotate: 0,
          runs: [{ str, x: 72, y: 400, width: 6 * str.length, height: 12, angle: 0 }],
        };
        const a = i % words.length;
        const b = a + (j % (words.length - a));
        const text = words.slice(a, b + 1).join(' ');
        const hits = searchText([page], { kind: 'text', text, caseSensitive: true });
        expect(hits.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
