// Forms found by held-out rounds 299 on (orders keyed to KEYING.md): each case quotes the order that showed it.
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

// S.D.N.Y. (round 299): a numbered point whose text wraps to the margin, where a sentence ends at a full-width line.
describe('a numbered point wrapped to the margin, a sentence ending at the end of a full line', () => {
  const point = [
    '     Halversen moves to seal portions of its memorandum of law (ECF No. 142) and portions of the Declaration of Marcus',
    'Whitfield (ECF No. 143). Brightwater takes no position.',
    '',
    '     1. The Whitfield Declaration. Halversen proposes to redact ¶¶ 3-9 and 14-22 of the Whitfield Declaration.',
    'Paragraphs 14 through 22 set out the per-diem hire rates that Halversen negotiated with three non-party shipowners',
    "for the 2021 and 2022 seasons. Disclosure of those rates would hand Halversen's competitors and counterparties its",
    'negotiating position, and the redactions are limited to the figures themselves. The request is GRANTED as to ¶¶ 14-22.',
    "Paragraphs 3 through 9, by contrast, describe Halversen's corporate history and fleet, information that appears on",
    'its own website. The request is DENIED as to ¶¶ 3-9.',
  ];
  it("reads the next line as the same point, so its ruling has the point's document", () => {
    expect(atoms(point.join('\n'))).toEqual([
      '143 deny {"kind":"paragraphs","from":3,"to":9}',
      '143 redact {"kind":"paragraphs","from":14,"to":22}',
    ]);
  });
});
