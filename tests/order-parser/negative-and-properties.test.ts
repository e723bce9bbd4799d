// Prose that must yield nothing, and properties: random or mutated text never throws, never yields from > to or a 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import type { CitedRange, ParsedOrder } from '../../src/lib/model/directive.ts';
import { sortedAtoms as atoms } from './atoms.ts';

const fixtures = join(import.meta.dirname, '../fixtures/orders');
const negatives = readFileSync(join(fixtures, 'negative-cases.txt'), 'utf8')
  .split(/^---$/m)
  .map((block) =>
    block
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .trim(),
  )
  .filter((block) => block !== '');
const seed = readFileSync(join(fixtures, 'd-nev-2011-joint-motion-to-seal.txt'), 'utf8');

describe('negative cases', () => {
  it('has cases to check', () => expect(negatives.length).toBeGreaterThanOrEqual(10));
  it.each(negatives.map((text) => [text.slice(0, 60), text]))('yields nothing: %s…', (_label, text) => {
    expect(parseOrder(text).directives).toEqual([]);
  });
});

function saneRange(range: CitedRange): boolean {
  const pos = (n: number) => Number.isInteger(n) && n >= 1;
  switch (range.kind) {
    case 'whole':
      return true;
    case 'lines':
      return (
        [range.from.page, range.from.line, range.to.page, range.to.line].every(pos) &&
        (range.from.page < range.to.page || (range.from.page === range.to.page && range.from.line <= range.to.line))
      );
    case 'paragraphs':
    case 'pages':
    case 'ecfPages':
      return pos(range.from) && pos(range.to) && range.from <= range.to;
    case 'footnote':
      return pos(range.page) && pos(range.note);
    case 'exhibits':
      return range.from.length > 0 && range.to.length > 0;
  }
}

function assertSane(text: string, parsed: ParsedOrder): void {
  for (const d of parsed.directives) {
    expect(d.ranges.length).toBeGreaterThan(0);
    expect(d.dockets.length).toBeGreaterThan(0);
    for (const r of d.ranges) expect(saneRange(r), JSON.stringify(r)).toBe(true);
    expect(d.source.text).toBe(text.slice(d.source.start, d.source.end));
    expect(['redact', 'deny']).toContain(d.disposition);
  }
}

const tokens = [
  '(#62)',
  '(#129-3)',
  '(#33-34)',
  '(#135 at 4-32)',
  'ECF No. 62',
  'ECF Nos. 122, 129',
  'Dkt. 92',
  'D.I. 12',
  'D.E. #164',
  '[Doc. No. 4]',
  'pp.',
  'p.',
  '4:2-23',
  '5:17-6:14',
  '0:0-0',
  '9:30-9:2',
  '¶¶',
  '¶',
  '6-44',
  '0',
  '44-6',
  'n.4',
  'fn. 0',
  'footnote',
  'Exhibit',
  'Exs.',
  'C-E',
  'AA',
  'at',
  'and',
  ',',
  ';',
  '.',
  ':',
  '(',
  ')',
  '\n',
  '\n\n',
  '1.',
  '2.',
  'GRANTED',
  'DENIED',
  'shall be sealed',
  'the Court will seal',
  'good cause to redact the following:',
  'is granted',
  'The parties request',
  'Complaint',
  'Declaration of Jane Roe',
  'In',
  'ln',
  '28',
  '**',
  '“',
  '–',
  '¹',
];

describe('properties', () => {
  it('random text never throws and yields only sane directives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        assertSane(text, parseOrder(text));
      }),
      { numRuns: 300 },
    );
  });

  it('random order-like token soup never throws and yields only sane directives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 80 }), (parts) => {
        const text = parts.join(' ');
        assertSane(text, parseOrder(text));
      }),
      { numRuns: 400 },
    );
  });

  it('the seed order, mutated (cut, spliced, characters dropped), never throws and stays sane', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seed.length }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: seed.length }),
        fc.string({ maxLength: 20 }),
        (start, length, at, insert) => {
          const piece = seed.slice(start, start + length);
          const cut = Math.min(at, piece.length);
          const text = piece.slice(0, cut) + insert + piece.slice(cut + 1);
          assertSane(text, parseOrder(text));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('what the Court read before ruling', () => {
  it('gives nothing for "Having reviewed the motions, Salish\'s response (Dkt. # 108), … the Court GRANTS in part …"', () => {
    expect(
      atoms(
        "Having reviewed the motions, Salish's response (Dkt. # 108), the documents at issue, and the balance of the record, the Court GRANTS in part and DENIES in part both motions.",
      ),
    ).toEqual([]);
  });

  it('reads no whole-motion grant into "the motion is GRANTED-IN-PART and DENIED-IN-PART, as set forth below"', () => {
    expect(
      atoms(
        "Pending before the Court is the parties' Joint Motion to Seal (D.I. 301), which asks the Court to approve the redaction or sealing of portions of the briefs and exhibits filed in connection with Defendants' Motion to Exclude the Testimony of Dr. Harriet Vance (D.I. 275). Having reviewed the motion and the sealed materials, IT IS HEREBY ORDERED that the motion is GRANTED-IN-PART and DENIED-IN-PART, as set forth below.",
      ),
    ).toEqual([]);
  });
});

describe('the protective order, described before its cite', () => {
  it('gives nothing for "a protective order, like the one entered here, (Docket Entry No. 30), does not mean that it may be sealed"', () => {
    expect(
      atoms(
        'That a document was produced under a protective order, like the one entered here, (Docket Entry No. 30), does not mean that it may be sealed once it is filed in support of a dispositive motion.',
      ),
    ).toEqual([]);
  });
});
