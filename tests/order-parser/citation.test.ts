// parseCitation and formatRange: one document's citation as users and the CLI write it, and back again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRange, parseCitation } from '../../src/lib/order-parser/index.ts';
import type { CitedRange } from '../../src/lib/model/directive.ts';
import { CitationSyntaxError } from '../../src/lib/util/errors.ts';

const lines = (p: number, l: number, q: number, m: number): CitedRange => ({
  kind: 'lines',
  from: { page: p, line: l },
  to: { page: q, line: m },
});

describe('parseCitation', () => {
  it.each<[string, CitedRange[]]>([
    ['pp. 4:2-23; 4:26', [lines(4, 2, 4, 23), lines(4, 26, 4, 26)]],
    ['5:17-6:14', [lines(5, 17, 6, 14)]],
    ['at 5:3-9', [lines(5, 3, 5, 9)]],
    ['page 5, lines 3-9', [lines(5, 3, 5, 9)]],
    ['p. 5 ln 16', [lines(5, 16, 5, 16)]],
    ['p. 5 In 16', [lines(5, 16, 5, 16)]],
    ['21:19– 23', [lines(21, 19, 21, 23)]],
    ['¶¶ 25-26', [{ kind: 'paragraphs', from: 25, to: 26 }]],
    ['¶ 12', [{ kind: 'paragraphs', from: 12, to: 12 }]],
    ['JX 47 through JX 52', [{ kind: 'exhibits', from: '47', to: '52' }]],
    ['APP 0112 through APP 0130', [{ kind: 'pages', from: 112, to: 130 }]],
    ['page 63, line 9, through page 64, line 2', [lines(63, 9, 64, 2)]],
    [
      'paragraphs 3 and 9',
      [
        { kind: 'paragraphs', from: 3, to: 3 },
        { kind: 'paragraphs', from: 9, to: 9 },
      ],
    ],
    ['paras. 5-7', [{ kind: 'paragraphs', from: 5, to: 7 }]],
    ['p. 4 n.4', [{ kind: 'footnote', page: 4, note: 4 }]],
    ['p. 4, footnote 4', [{ kind: 'footnote', page: 4, note: 4 }]],
    ['12 n.8', [{ kind: 'footnote', page: 12, note: 8 }]],
    // (Notes listed before the page they share: round 212's D. Mont. order.)
    [
      'footnotes 3 and 4 on page 9',
      [
        { kind: 'footnote', page: 9, note: 3 },
        { kind: 'footnote', page: 9, note: 4 },
      ],
    ],
    ['at 4-32', [{ kind: 'ecfPages', from: 4, to: 32 }]],
    ['ECF pp. 4-32', [{ kind: 'ecfPages', from: 4, to: 32 }]],
    ['pages 2-3', [{ kind: 'pages', from: 2, to: 3 }]],
    [
      'pages 2, 6-7, 10-12',
      [
        { kind: 'pages', from: 2, to: 2 },
        { kind: 'pages', from: 6, to: 7 },
        { kind: 'pages', from: 10, to: 12 },
      ],
    ],
    ['Ex. A', [{ kind: 'exhibits', from: 'A', to: 'A' }]],
    [
      'Exs. C-E, N-Q, AA',
      [
        { kind: 'exhibits', from: 'C', to: 'E' },
        { kind: 'exhibits', from: 'N', to: 'Q' },
        { kind: 'exhibits', from: 'AA', to: 'AA' },
      ],
    ],
    [
      'Exhibits 7-12 and 14-15',
      [
        { kind: 'exhibits', from: '7', to: '12' },
        { kind: 'exhibits', from: '14', to: '15' },
      ],
    ],
    ['whole', [{ kind: 'whole' }]],
    ['entire document', [{ kind: 'whole' }]],
    ['pp. 4 n.4 and 5:17-6:14', [{ kind: 'footnote', page: 4, note: 4 }, lines(5, 17, 6, 14)]],
  ])('reads %s', (text, want) => {
    expect(parseCitation(text)).toEqual(want);
  });

  it.each(['', 'hello', 'pp. 4:2-23; and then some', '5:9-3', 'p. 0', '¶¶ 9-2', 'fn. 4'])(
    'throws CitationSyntaxError naming "%s" and a valid form',
    (text) => {
      expect(() => parseCitation(text)).toThrow(CitationSyntaxError);
      try {
        parseCitation(text);
      } catch (error) {
        expect((error as Error).message).toContain(`"${text}"`);
        expect((error as Error).message).toContain('pp. 4:2-23');
      }
    },
  );
});

describe('formatRange', () => {
  it.each<[CitedRange, string]>([
    [lines(5, 17, 6, 14), '5:17-6:14'],
    [lines(4, 2, 4, 23), '4:2-23'],
    [lines(4, 26, 4, 26), '4:26'],
    [{ kind: 'paragraphs', from: 25, to: 26 }, '¶¶ 25-26'],
    [{ kind: 'paragraphs', from: 7, to: 7 }, '¶ 7'],
    [{ kind: 'footnote', page: 4, note: 4 }, 'p. 4 n.4'],
    [{ kind: 'ecfPages', from: 4, to: 32 }, 'ECF pp. 4-32'],
    [{ kind: 'pages', from: 2, to: 3 }, 'pp. 2-3'],
    [{ kind: 'exhibits', from: 'C', to: 'E' }, 'Exs. C-E'],
    [{ kind: 'whole' }, 'whole'],
  ])('writes %j as %s', (range, text) => {
    expect(formatRange(range)).toBe(text);
  });

  it('round-trips through parseCitation for any valid range', () => {
    const n = fc.integer({ min: 1, max: 400 });
    const range: fc.Arbitrary<CitedRange> = fc.oneof(
      fc.tuple(n, n, n, n).map(([a, b, c, d]): CitedRange => {
        const [p, q] = [Math.min(a, c), Math.max(a, c)];
        const [l, m] = p === q ? [Math.min(b, d) % 99 || 1, Math.max(b, d) % 99 || 1] : [(b % 99) + 1, (d % 99) + 1];
        return lines(p, Math.min(l, p === q ? m : l), q, Math.max(m, p === q ? l : m));
      }),
      fc.tuple(n, n).map(([a, b]): CitedRange => ({ kind: 'paragraphs', from: Math.min(a, b), to: Math.max(a, b) })),
      fc.tuple(n, n).map(([a, b]): CitedRange => ({ kind: 'pages', from: Math.min(a, b), to: Math.max(a, b) })),
      fc.tuple(n, n).map(([a, b]): CitedRange => ({ kind: 'ecfPages', from: Math.min(a, b), to: Math.max(a, b) })),
      fc
        .tuple(n, fc.integer({ min: 1, max: 99 }))
        .map(([page, note]): CitedRange => ({ kind: 'footnote', page, note })),
      fc.constantFrom<CitedRange>(
        { kind: 'whole' },
        { kind: 'exhibits', from: 'A', to: 'A' },
        { kind: 'exhibits', from: '7', to: '12' },
      ),
    );
    fc.assert(
      fc.property(range, (r) => {
        expect(parseCitation(formatRange(r))).toEqual([r]);
      }),
      { numRuns: 300 },
    );
  });
});
