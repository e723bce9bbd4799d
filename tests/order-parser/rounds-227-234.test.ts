// Forms found by held-out rounds 227-234 (orders keyed to KEYING.md): each case quotes the order that showed it.
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

// D. Mass. (round 227): a declaration, then an exhibit "to the Solberg Declaration" with its own entry.
const SOLBERG = [
  "Nordvik filed a memorandum of law [ECF No. 84], the Declaration of Ingrid Solberg, its Director of Channel Sales, with eleven exhibits [ECF No. 85], and a Response to Bayside's Statement of Undisputed Material Facts [ECF No. 86], all provisionally under seal.",
  "     Exhibit 3 to the Solberg Declaration [ECF No. 85-3] is Nordvik's current tiered rebate schedule. Exhibit 3 shall be impounded in its entirety.",
  '     Paragraphs 14 through 19 and paragraph 23 of the Solberg Declaration recite the same tiers. Those paragraphs may be redacted.',
].join('\n\n');

describe('a declaration named after an exhibit attached to it', () => {
  it('gives "paragraphs … of the Solberg Declaration" to the declaration, not to "Exhibit 3 to the Solberg Declaration"', () => {
    expect(atoms(SOLBERG)).toEqual([
      '85 redact {"kind":"paragraphs","from":14,"to":19}',
      '85 redact {"kind":"paragraphs","from":23,"to":23}',
      '85-3 redact {"kind":"whole"}',
    ]);
  });
});

describe('a document named only as the comparison for a ruling', () => {
  it('gives "Those passages may be redacted for the same reasons as Exhibit 3" the passages the sentence before named', () => {
    expect(
      atoms(
        SOLBERG +
          '\n\n     The opposition memorandum quotes the rebate tiers at pages 7-8 and in footnote 6 on page 12. Those passages may be redacted for the same reasons as Exhibit 3.',
      ).filter((a) => a.startsWith('84 ')),
    ).toEqual(['84 redact {"kind":"footnote","page":12,"note":6}', '84 redact {"kind":"pages","from":7,"to":8}']);
  });

  it('gives "at ¶¶ 88-121, however, may be redacted for the reasons given as to Exhibits 2 and 3." to the report', () => {
    // W.D. Tex. (a round 100-101 order): the exhibits are the reason, the report's paragraphs the ruling.
    expect(
      atoms(
        "1. Third-party license agreements (Exhibits 2 and 3). Exhibits 2 and 3, ECF Nos. 139-3 and 139-4, are Longhorn's license agreements with two non-party semiconductor manufacturers. The Court finds that the interests of the non-party licensees outweigh the public's interest in access to the full agreements. Exhibits 2 and 3 will remain sealed.\n\n2. The Keaton Report (Exhibit 1, ECF No. 139-2). Pedernales asks that the entire report be sealed. The report's methodology is discussed throughout. The request to seal the report in full is denied. The report's discussion of the third-party license rates at ¶¶ 88-121, however, may be redacted for the reasons given as to Exhibits 2 and 3.",
      ),
    ).toEqual([
      '139-2 deny {"kind":"whole"}',
      '139-2 redact {"kind":"paragraphs","from":88,"to":121}',
      '139-3 redact {"kind":"whole"}',
      '139-4 redact {"kind":"whole"}',
    ]);
  });
});
