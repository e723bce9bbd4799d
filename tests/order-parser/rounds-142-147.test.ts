// Forms found by held-out rounds 142-147 (orders keyed to KEYING.md): each case quotes the order that showed it.
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';
import { findDocketRefs } from '../../src/lib/order-parser/parsers/dockets.ts';

describe('docket forms', () => {
  it('reads "DE [152]" and "DE 152" after a comma as entries, but not a Delaware ZIP code', () => {
    expect(
      atoms(
        'The motion is GRANTED as to paragraphs 14-19 and 37 of the Rule 56.1 Statement, DE [152], which set out the prices.',
      ),
    ).toEqual([
      '152 redact {"kind":"paragraphs","from":14,"to":19}',
      '152 redact {"kind":"paragraphs","from":37,"to":37}',
    ]);
    expect(atoms('The motion is DENIED as to Exhibit G, DE [153-7], a sales summary.')).toEqual([
      '153-7 deny {"kind":"whole"}',
    ]);
    expect(findDocketRefs('Counsel for Plaintiff, 1201 N. Market St., Wilmington, DE 19801.')).toEqual([]);
  });
});

describe('whole and parts of one entry', () => {
  it('does not seal whole an entry a later ruling redacts in part', () => {
    expect(
      atoms(
        '3. Deposition of Garrett Pruitt (Dkt. 57-5)\n\nThe motion is GRANTED as to 62:8-64:20 of the Pruitt deposition and DENIED as to 101:3-104:25.',
      ),
    ).toEqual([
      '57-5 deny {"kind":"lines","from":{"page":101,"line":3},"to":{"page":104,"line":25}}',
      '57-5 redact {"kind":"lines","from":{"page":62,"line":8},"to":{"page":64,"line":20}}',
    ]);
  });
});

describe('public copies that name new portions', () => {
  it('reads "a copy of … from which page 12, footnote 9 on page 17, and pages 23-24 have been redacted"', () => {
    expect(
      atoms(
        'It is ORDERED that the Clerk shall file on the public docket a copy of the Memorandum Opinion and Order (Dkt. No. 447) from which page 12, footnote 9 on page 17, and pages 23-24 have been redacted.',
      ),
    ).toEqual([
      '447 redact {"kind":"footnote","page":17,"note":9}',
      '447 redact {"kind":"pages","from":12,"to":12}',
      '447 redact {"kind":"pages","from":23,"to":24}',
    ]);
  });

  it('takes "Those three pages may be redacted" back to the pages just located', () => {
    expect(
      atoms(
        'Second, Exhibit 5 (ECF No. 52-6) is a chain of e-mails. Most of it is unremarkable, but pages 4-6 of the chain repeat the carrier rates. Those three pages may be redacted.',
      ),
    ).toEqual(['52-6 redact {"kind":"pages","from":4,"to":6}']);
  });
});

describe("S.D. Ind.'s cites set after the sentence", () => {
  it('gives "… Gerald Kessler. [Filing No. 80-5.]" to the sentence before, so "the Kessler deposition" is 80-5', () => {
    expect(
      atoms(
        "When Plaintiff filed its Motion to Exclude, [Filing No. 78], it filed its brief.\n\nExhibit 5 contains excerpts of the deposition of Tri-State's plant manager, Gerald Kessler. [Filing No. 80-5.] Tri-State asks to redact three passages: 33:4-35:12, 44:1-21, and 61:15-62:3. The Motion is GRANTED as to 33:4-35:12 and 61:15-62:3 of the Kessler deposition and DENIED as to 44:1-21.",
      ),
    ).toEqual([
      '80-5 deny {"kind":"lines","from":{"page":44,"line":1},"to":{"page":44,"line":21}}',
      '80-5 redact {"kind":"lines","from":{"page":33,"line":4},"to":{"page":35,"line":12}}',
      '80-5 redact {"kind":"lines","from":{"page":61,"line":15},"to":{"page":62,"line":3}}',
    ]);
  });
});

describe('pointing back at a pin cite', () => {
  it('takes "granted as to those redactions" to the pages of "ECF No. 89 at 4-7 and 12" in the sentence before', () => {
    expect(
      atoms(
        "Avenmore asks to redact portions of its Motion to Compel. The proposed redactions to the Motion to Compel, at ECF No. 89 at 4-7 and 12, describe the composition of Avenmore's antibody, which are trade secrets. The motion is granted as to those redactions.",
      ),
    ).toEqual(['89 redact {"kind":"ecfPages","from":12,"to":12}', '89 redact {"kind":"ecfPages","from":4,"to":7}']);
  });

  it('takes "Those three pages" to ECF pages of a pin cite', () => {
    expect(
      atoms(
        'Second, Exhibit 5 (ECF No. 52-6) is a chain of e-mails. Most of it is unremarkable, but the rate summary pasted into the chain at ECF No. 52-6 at 4-6 repeats the carrier rates. Those three pages may be redacted.',
      ),
    ).toEqual(['52-6 redact {"kind":"ecfPages","from":4,"to":6}']);
  });
});

describe('an order that resolved motions is not a motion', () => {
  it('keeps "its Memorandum Opinion and Order resolving the parties\' post-trial motions under seal (Dkt. No. 447)" a document', () => {
    expect(
      atoms(
        "The Court issued its Memorandum Opinion and Order resolving the parties' post-trial motions under seal (Dkt. No. 447) and directed the parties to propose redactions. It is ORDERED that the Clerk shall file on the public docket a copy of the Memorandum Opinion and Order (Dkt. No. 447) from which pages 23-24 have been redacted.",
      ),
    ).toEqual(['447 redact {"kind":"pages","from":23,"to":24}']);
  });
});
