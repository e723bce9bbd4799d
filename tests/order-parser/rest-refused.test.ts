// The rest of a partly granted document refused in so many words gives a whole-document denial beside the parts (KEYING.md rule 2).
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

describe('the rest of a document refused', () => {
  it('reads "otherwise DENIED as to Docket Entry 22-4" after a redaction of that entry', () => {
    expect(
      atoms(
        "(3) Plaintiff shall file a redacted version of Docket Entry 22-4 that redacts the testimony at 45:10-47:3, and Plaintiff's Sealing Motion is otherwise DENIED as to Docket Entry 22-4.",
      ),
    ).toEqual([
      '22-4 deny {"kind":"whole"}',
      '22-4 redact {"kind":"lines","from":{"page":45,"line":10},"to":{"page":47,"line":3}}',
    ]);
  });

  it('reads "DENIES … request to seal the declaration in its entirety" beside the paragraphs granted', () => {
    expect(
      atoms(
        "The Court therefore GRANTS the motion as to paragraphs 9 through 27 of the Tanaka Declaration (ECF No. 63) and DENIES TWS's request to seal the declaration in its entirety.",
      ),
    ).toEqual(['63 deny {"kind":"whole"}', '63 redact {"kind":"paragraphs","from":9,"to":27}']);
  });

  it('reads "the remainder of … shall be made public" after pages to redact', () => {
    expect(
      atoms(
        'Pages 3 and 5 of Dkt. No. 57-4 shall be redacted; the remainder of the counseling notes shall be made public.',
      ),
    ).toEqual([
      '57-4 deny {"kind":"whole"}',
      '57-4 redact {"kind":"pages","from":3,"to":3}',
      '57-4 redact {"kind":"pages","from":5,"to":5}',
    ]);
  });

  it('does not deny the whole when the rest refused is named as parts ("otherwise DENIED as to pages 6 through 8")', () => {
    const got = atoms(
      'The motion (ECF No. 60) is GRANTED as to footnote 3 on page 7 of the Brief (ECF No. 56) and otherwise DENIED as to pages 6 through 8.',
    );
    expect(got).not.toContain('56 deny {"kind":"whole"}');
    expect(got).toContain('56 redact {"kind":"footnote","page":7,"note":3}');
  });

  it('adds nothing when nothing was granted in part', () => {
    expect(
      atoms(
        'The request to seal the Agreement (ECF No. 40-2) in its entirety is DENIED. The Agreement shall be unsealed.',
      ),
    ).toEqual(['40-2 deny {"kind":"whole"}']);
  });
});

describe('the rest refused in more words (rounds 145-147)', () => {
  it('reads "shall otherwise be UNSEALED" after a redaction', () => {
    expect(
      atoms('(3) the Lind transcript [DE 67-2] may be redacted at 112:4-114:20 and shall otherwise be UNSEALED.'),
    ).toEqual([
      '67-2 deny {"kind":"whole"}',
      '67-2 redact {"kind":"lines","from":{"page":112,"line":4},"to":{"page":114,"line":20}}',
    ]);
  });

  it('reads "The request to file the report as confidential in its entirety is DENIED" after the report\'s pages', () => {
    expect(
      atoms(
        'Pages 14 through 19 of the Esterbrook Valuation Report (Index #83) shall be redacted from the publicly accessible version of the report. The request to file the report as confidential in its entirety is DENIED.',
      ),
    ).toEqual(['83 deny {"kind":"whole"}', '83 redact {"kind":"pages","from":14,"to":19}']);
  });
});

describe('the rest refused, round 145-146 forms', () => {
  it('reads "denies the request to seal the remainder of the transcript"', () => {
    expect(
      atoms(
        'The deposition of Ms. Ruiz (Doc. 105-13) discusses crew wages. The Court will permit redaction of 22:5-24:17 and denies the request to seal the remainder of the transcript.',
      ),
    ).toEqual([
      '105-13 deny {"kind":"whole"}',
      '105-13 redact {"kind":"lines","from":{"page":22,"line":5},"to":{"page":24,"line":17}}',
    ]);
  });

  it('reads "the remainder of the lease shall be filed publicly" by the last word of the name', () => {
    expect(
      atoms(
        "Red Mesa's participation lease (ECF No. 90-7) may be redacted at pages 3 and 9. The remainder of the lease goes to the heart of the dispute, and the remainder of the lease shall be filed publicly.",
      ),
    ).toContain('90-7 deny {"kind":"whole"}');
  });
});

describe('a bare "otherwise DENIED" where parts were asked for', () => {
  it('refuses the other parts asked for, not the whole document', () => {
    const got = atoms(
      "| Document | Docket | Portions requested | Ruling |\n| --- | --- | --- | --- |\n| Quarry Point's Opposition | [ECF No. 147] | pages 3 and 11-12; page 9 n.6 | ALLOWED as to page 9 n.6; otherwise DENIED |",
    );
    expect(got).not.toContain('147 deny {"kind":"whole"}');
  });
});

describe('the rest refused, eleventh-session forms', () => {
  it('reads "the request to seal the remainder of that exhibit is DENIED" after the grant', () => {
    expect(
      atoms(
        "IT IS ORDERED: 2. Blue Ridge's feed conversion spreadsheet, ECF No. 72-7, shall be redacted at ECF pages 4-12; the request to seal the remainder of that exhibit is DENIED.",
      ),
    ).toEqual(['72-7 deny {"kind":"whole"}', '72-7 redact {"kind":"ecfPages","from":4,"to":12}']);
  });

  it('reads "denies the motion insofar as Defendant seeks to seal the agreement in its entirety"', () => {
    expect(
      atoms(
        'Accordingly, the Court grants the motion as to paragraphs 2 through 4 of the settlement agreement (ECF No. 1-3), and denies the motion insofar as Defendant seeks to seal the agreement in its entirety.',
      ),
    ).toEqual(['1-3 deny {"kind":"whole"}', '1-3 redact {"kind":"paragraphs","from":2,"to":4}']);
  });

  it('reads "otherwise DENIED as to the brief" after parts named by docket alone', () => {
    expect(
      atoms(
        "Defendant's motion is GRANTED as to [Filing No. 84 at 9] and [Filing No. 84 at 22-23], and is otherwise DENIED as to the brief.",
      ),
    ).toContain('84 deny {"kind":"whole"}');
  });

  it('reads "the Response shall otherwise remain public" by the subject, after the grant in the sentence before', () => {
    expect(
      atoms(
        'The Motion is GRANTED as to page 4 of the Response (ECF No. 74). The motion is GRANTED to that extent, and the Response shall otherwise remain public.',
      ),
    ).toEqual(['74 deny {"kind":"whole"}', '74 redact {"kind":"pages","from":4,"to":4}']);
  });

  it('does not refuse the rest of a document the subject does not name', () => {
    expect(
      atoms(
        'The Motion is GRANTED as to page 4 of the Response (ECF No. 74). The motion is GRANTED to that extent, and the Declaration shall otherwise remain public.',
      ),
    ).not.toContain('74 deny {"kind":"whole"}');
  });

  it('weighs a whole seal beside parts before the refusal of the rest', () => {
    // ("As to the deposition …, ECF No. 71-2," first reads as a whole seal, which gives way to the listed testimony; it
    // must not also stand for "the rest is decided" when the next sentence refuses the rest.)
    expect(
      atoms(
        'IT IS ORDERED:\n\n     4.   As to the deposition of Dr. Hargrove, ECF No. 71-2, the following testimony shall remain under Level 1 restriction: 57:3-59:11 and 84:15-86:2. The Motion is otherwise DENIED as to the deposition.',
      ),
    ).toContain('71-2 deny {"kind":"whole"}');
  });
});

describe('the rest refused in other words', () => {
  it('reads "in full" as "in its entirety": "the request to seal the declaration in full is denied"', () => {
    expect(
      atoms(
        'The Rusk declaration [151-1] may be redacted at paragraphs 8 through 13, which recite the same figures, but the request to seal the declaration in full is denied.',
      ),
    ).toEqual(['151-1 deny {"kind":"whole"}', '151-1 redact {"kind":"paragraphs","from":8,"to":13}']);
  });

  it('reads "otherwise will deny the request as to Docket Entry 62-1"', () => {
    expect(
      atoms(
        'The Court therefore will permit redaction of the testimony at 88:3-90:17 of Docket Entry 62-1 and otherwise will deny the request as to Docket Entry 62-1.',
      ),
    ).toContain('62-1 deny {"kind":"whole"}');
  });

  it('reads "will not seal the rest of the report"', () => {
    expect(
      atoms(
        'Accordingly, the Court will permit redaction of Docket Entry 59-2 at 14-22 and 31, but will not seal the rest of the report.',
      ),
    ).toContain('59-2 deny {"kind":"whole"}');
  });

  it('reads "The request to seal the report is otherwise DENIED" after the grant', () => {
    expect(
      atoms(
        'Sunrise may redact pages 3-4 of the audit report (ECF No. 40-2). The request to seal the report is otherwise DENIED.',
      ),
    ).toEqual(['40-2 deny {"kind":"whole"}', '40-2 redact {"kind":"pages","from":3,"to":4}']);
  });

  it('does not read a grant "sealed in full" as a refusal', () => {
    expect(
      atoms(
        'Sunrise may redact pages 3-4 of the audit report (ECF No. 40-2). The pricing schedule (ECF No. 40-3) shall remain sealed in full.',
      ),
    ).not.toContain('40-2 deny {"kind":"whole"}');
  });
});

describe('documents named by a head noun beyond the usual papers', () => {
  it('ties "the Integrity Management Plan", cited earlier by docket, to its entry', () => {
    expect(
      atoms(
        "Delta seeks leave to file under seal its Memorandum (R. Doc. 116) and five exhibits (R. Docs. 116-2 through 116-6).\n\nExhibit E is Delta's Integrity Management Plan (R. Doc. 116-6). Sections 4.2 and 4.3 of the Plan, which appear on pages 18 through 22, describe the criteria.\n\nIT IS FURTHER ORDERED that the request to seal the Integrity Management Plan in its entirety is DENIED, but Delta may redact pages 18 through 22 of the Plan.",
      ),
    ).toEqual(['116-6 deny {"kind":"whole"}', '116-6 redact {"kind":"pages","from":18,"to":22}']);
  });
});

describe('the rest refused after other rulings in the same sentence', () => {
  it('reads "… as to Exhibit 14 (Dkt. 78-9), and as to the remainder of Exhibit 15" by the exhibit label', () => {
    const got = atoms(
      '1. The following shall be filed under seal: (a) page 5, lines 3-9 of the Opposition (Dkt. 78); (b) Exhibit 15 (Dkt. 78-10) at 31:4-33:17; and (c) Exhibit 16 (Dkt. 78-11) in its entirety.\n\n2. The Application is DENIED as to page 12, lines 1-14 of the Opposition, as to Exhibit 14 (Dkt. 78-9), and as to the remainder of Exhibit 15.',
    );
    expect(got).toContain('78-10 deny {"kind":"whole"}');
    expect(got).not.toContain('78 deny {"kind":"whole"}');
  });
});

describe('the rest refused at the start of a sentence', () => {
  it('reads "The remainder of Doc. 52-2 will not be sealed." (capital T)', () => {
    expect(
      atoms('Defendant may redact pages 4-5 of Doc. 52-2. The remainder of Doc. 52-2 will not be sealed.'),
    ).toEqual(['52-2 deny {"kind":"whole"}', '52-2 redact {"kind":"pages","from":4,"to":5}']);
  });

  // (Every refusal pattern reads its words in any case: one written for the middle of a sentence also reads its start.)
  it.each([
    ['Request to seal the remainder of Exhibit 4 is DENIED.'],
    ['Otherwise DENIED as to Exhibit 4.'],
    ['The Remainder of Exhibit 4 shall be filed publicly.'],
  ])('reads "%s" after pages of the exhibit granted', (refusal) => {
    expect(
      atoms(
        `The motion (ECF No. 30) is GRANTED IN PART. Exhibit 4 (ECF No. 12-4) may be redacted at pages 2-3. ${refusal}`,
      ),
    ).toEqual(['12-4 deny {"kind":"whole"}', '12-4 redact {"kind":"pages","from":2,"to":3}']);
  });
});

describe('the rest refused of an exhibit named by what it is', () => {
  // (The exhibit is cited by its label alone; the refusal names it by what the order said it was.)
  it('reads "otherwise denied as to the Harkins deposition" after "Exhibit 4, Doc. 66-4, is an excerpt from the deposition of … Harkins"', () => {
    expect(
      atoms(
        "Exhibit 4, Doc. 66-4, is an excerpt from the deposition of Delta's president, Wayne Harkins. At 58:3-61:19, Harkins describes the margins Delta earns on other mills' product lines. That passage may be redacted. The motion is otherwise denied as to the Harkins deposition: the rest of the excerpt covers the decision to drop Ozark.",
      ),
    ).toEqual([
      '66-4 deny {"kind":"whole"}',
      '66-4 redact {"kind":"lines","from":{"page":58,"line":3},"to":{"page":61,"line":19}}',
    ]);
  });

  it('reads the same refusal inside a numbered paragraph of discussion', () => {
    expect(
      atoms(
        "5. Exhibit 4, Doc. 66-4, is an excerpt from the deposition of Delta's president, Wayne Harkins. At 58:3-61:19, Harkins describes the margins Delta earns on other mills' product lines. That passage may be redacted. The motion is otherwise denied as to the Harkins deposition: the rest of the excerpt covers the decision to drop Ozark.\n\n6. Exhibit 12, Doc. 66-12, is an internal email. Motion denied as to Exhibit 12.",
      ),
    ).toEqual([
      '66-12 deny {"kind":"whole"}',
      '66-4 deny {"kind":"whole"}',
      '66-4 redact {"kind":"lines","from":{"page":58,"line":3},"to":{"page":61,"line":19}}',
    ]);
  });
});
