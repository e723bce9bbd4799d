// Forms found by held-out rounds 267 on (orders keyed to KEYING.md): each case quotes the order that showed it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

// D. Or. (round 268): the papers are cited by their short forms inside the parentheses that hold their entries.
const ETCHEGARAY =
  "Now before the Court is the Cooperative's Motion for Leave to File Under Seal (ECF No. 68), which asks the Court to seal portions of the Cooperative's response to Basalt's motion (Pl.'s Resp., ECF No. 70) and of the supporting Declaration of Marisol Etchegaray (Etchegaray Decl., ECF No. 71).";

describe('a short form and its entry in the parentheses after a document', () => {
  it('reads "(Etchegaray Decl., ECF No. 71)" as the declaration\'s cite', () => {
    expect(
      atoms(
        `${ETCHEGARAY}\n\nThe Court finds compelling reasons. The Cooperative may redact paragraphs 9 through 14 of the Etchegaray Declaration.`,
      ),
    ).toEqual(['71 redact {"kind":"paragraphs","from":9,"to":14}']);
  });

  it('still reads a citation sentence of its own and a pin cite as no document ruled on', () => {
    expect(
      atoms(
        "Basalt has moved for summary judgment. (Def.'s Mot. Summ. J., ECF No. 62.) The Cooperative relies on its manager's account (Etchegaray Decl. ¶ 4, ECF No. 71). The motion to seal is GRANTED.",
      ),
    ).toEqual([]);
  });
});

describe('several exhibits and, in a clause of its own, the parts of the declaration that holds them', () => {
  it('gives "Exhibits C through E to the Etchegaray Declaration shall be sealed, and … may redact paragraphs 9 through 14" both', () => {
    expect(
      atoms(
        `${ETCHEGARAY}\n\nThe Court finds that these are compelling reasons. Exhibits C through E to the Etchegaray Declaration shall be sealed, and the Cooperative may redact paragraphs 9 through 14.`,
      ),
    ).toEqual([
      '71 redact {"kind":"exhibits","from":"C","to":"E"}',
      '71 redact {"kind":"paragraphs","from":9,"to":14}',
    ]);
  });

  it('keeps the parts of one exhibit named alone as that exhibit\'s ("… Exhibit 9 … DENIED, but Plaintiff may redact 22:4-17")', () => {
    // S.D. Cal. (a round 200 order): the lines are the exhibit's, not the joint motion's.
    const found = atoms(
      'Plaintiff moves to seal Exhibit 9 to the Joint Motion (ECF No. 55) in its entirety.\n\nThe request to seal Exhibit 9 in its entirety is therefore DENIED, but Plaintiff may redact 22:4-17 and 61:12-62:3.',
    );
    expect(found.some((a) => a.startsWith('55 ') && a.includes('"from":{"page":22,"line":4}'))).toBe(true);
    expect(found).not.toContain('55 redact {"kind":"exhibits","from":"9","to":"9"}');
  });
});

// D. Minn. (round 269): numbered decretal paragraphs that name a declaration's parts, then its exhibits by pointing back.
const NYBERG = [
  'IT IS HEREBY ORDERED that:',
  '     1. The motion is GRANTED IN PART.',
  '     2. Paragraphs 3 through 7 and 12 of the Nyberg Declaration and Exhibits 9 and 10 to that declaration (ECF No. 118) shall remain SEALED.',
  '     3. Within fourteen (14) days of this Order, Iron Range shall file a public version of ECF No. 118 that redacts only the material described in paragraph 2, above.',
].join('\n\n');

describe('a declaration\'s parts, then "and Exhibits … to that declaration", before one cite', () => {
  it('gives the paragraphs as well as the exhibits', () => {
    expect(atoms(NYBERG)).toEqual([
      '118 redact {"kind":"exhibits","from":"10","to":"10"}',
      '118 redact {"kind":"exhibits","from":"9","to":"9"}',
      '118 redact {"kind":"paragraphs","from":12,"to":12}',
      '118 redact {"kind":"paragraphs","from":3,"to":7}',
    ]);
  });
});

describe('"the material described in paragraph 2, above"', () => {
  it("reads the order's own paragraph, not paragraph 2 of the filing", () => {
    expect(atoms(NYBERG)).not.toContain('118 redact {"kind":"paragraphs","from":2,"to":2}');
  });
});

// Court of International Trade (round 274): numbered rulings on business proprietary treatment.
describe("the Court of International Trade's treatment, kept or refused item by item", () => {
  const CIT = [
    "     ORDERED that Hanseong's Motion to Maintain Business Proprietary Treatment, ECF No. 66, is GRANTED IN PART and DENIED IN PART, as follows:",
    "     1.   The bracketed information on pages 7-9 and 14 of Plaintiff's Comments, ECF No. 62, shall retain business proprietary treatment.",
    "     6.   Hanseong's request to maintain business proprietary treatment of Tab 9 of the Confidential Joint Appendix, ECF No. 70-9, is DENIED.",
  ].join('\n\n');

  it('reads "shall retain business proprietary treatment" (no article) as kept', () => {
    expect(atoms(CIT)).toContain('62 redact {"kind":"pages","from":7,"to":9}');
  });

  it('reads "request to maintain business proprietary treatment of Tab 9 …, ECF No. 70-9" as a document asked about, not a motion', () => {
    expect(atoms(CIT)).toContain('70-9 deny {"kind":"whole"}');
  });
});

// Federal Circuit (round 274): joint appendix pages written "Appx2201-2236", and a confidentiality marking "maintained".
describe('Federal Circuit confidentiality rulings', () => {
  const KESTREL = [
    "     Kestrel moves under Federal Circuit Rule 25.1(d) to maintain the confidentiality of material marked confidential in the joint appendix, ECF No. 36, and in Lumenspire Semiconductor, Inc.'s opening brief, ECF No. 19. ECF No. 41.",
    '     IT IS ORDERED THAT:',
    '     (1) The motion is granted to the extent that Appx2201-2236 and Appx2410-2415 shall remain confidential.',
    '     (3) The confidentiality marking of footnote 8 on page 31 of the opening brief, ECF No. 19, shall be maintained. The motion is denied as to the marked material on pages 44-45 of the opening brief.',
  ].join('\n\n');

  it('gives "Appx2201-2236" (no period) to the joint appendix the order cited', () => {
    expect(atoms(KESTREL)).toContain('36 redact {"kind":"pages","from":2201,"to":2236}');
  });

  it('reads "The confidentiality marking of footnote 8 … shall be maintained" as kept', () => {
    expect(atoms(KESTREL)).toContain('19 redact {"kind":"footnote","page":31,"note":8}');
  });
});

// W.D. Tex. (a round 211 order, showing what round 269's W.D. Mich. order did): "the motion is GRANTED as to that
// passage" under a heading that cites the deposition, after a section on the party's own motion to exclude.
describe('the motion ruled on names no document', () => {
  it('keeps "the motion is GRANTED as to that passage" on the deposition the heading cites, not on a "Motion to Exclude"', () => {
    const found = atoms(
      [
        'A.   VoltSpan’s Motion to Exclude (Dkt. No. 128)',
        '     VoltSpan asks to redact pages 4 through 6 of its motion. Pages 4-6 quote the per-unit royalty rates in its licenses with third parties. The motion to seal is GRANTED as to pages 4-6.',
        'D.   The Okonkwo Deposition (Dkt. No. 128-10)',
        '     Exhibit 9 contains excerpts from the deposition of VoltSpan’s chief financial officer, Daniel Okonkwo. VoltSpan seeks to seal his testimony at 23:4-25:17 and 71:1-72:8. The testimony at 71:1-72:8 walks through the bill-of-materials cost of its power module, and the motion is GRANTED as to that passage. The testimony at 23:4-25:17 concerns when VoltSpan first learned of the patents, and the motion is DENIED as to 23:4-25:17.',
      ].join('\n\n'),
    );
    expect(found).toContain('128-10 redact {"kind":"lines","from":{"page":71,"line":1},"to":{"page":72,"line":8}}');
    expect(found).toContain('128-10 deny {"kind":"lines","from":{"page":23,"line":4},"to":{"page":25,"line":17}}');
    expect(found.filter((a) => a.startsWith('128 ') && a.includes('"page":71'))).toEqual([]);
  });
});

// S.D. Tex. (round 277): a list that ends its sentence is no locator of the title that opens the next.
describe('locators at the end of one sentence and a title at the start of the next', () => {
  it('gives "Exhibits C-E to the Ramírez Declaration (Dkt. 104-1) … shall remain SEALED" its exhibits', () => {
    expect(
      atoms(
        "     2. The Ramírez Declaration (Dkt. 104-1). Castellan may redact ¶¶ 6-14, 17 of the declaration. Exhibits C-E to the Ramírez Declaration (Dkt. 104-1), which are Castellan's supply contracts with three non-party ethane producers, shall remain SEALED in their entirety.",
      ),
    ).toContain('104-1 redact {"kind":"exhibits","from":"C","to":"E"}');
  });
});

describe('a run-in heading that names its document with accented letters', () => {
  it('reads "2. The Ramírez declaration. …" as about the Declaration of Inés Ramírez', () => {
    expect(
      atoms(
        "Castellan's response is supported by the Declaration of Inés Ramírez (Dkt. 104-1).\n\n     2. The Ramírez declaration. Castellan may redact ¶¶ 6-14 of the declaration. The motion is otherwise denied as to the declaration.",
      ),
    ).toEqual(['104-1 deny {"kind":"whole"}', '104-1 redact {"kind":"paragraphs","from":6,"to":14}']);
  });
});

// N.Y. Sup. Ct., New York County (round 282): a ruling table laid out with spaces, its docket column headed "NYSCEF"
// over "Doc. No.", a rule broken under each column, and the portions in a "Proposed" column that a bare "Granted" rules on.
describe('a NYSCEF ruling table laid out with spaces', () => {
  it('reads its rows, and a bare "Granted" grants the portions proposed', () => {
    expect(
      atoms(
        [
          '     The court rules on each document as follows:',
          '',
          'NYSCEF   Document                                    Proposed            Ruling',
          'Doc. No.',
          '-------  ------------------------------------------  ------------------  ---------------------------',
          '88       Exhibit 4 to the Affirmation of Dana         Seal                Granted',
          '         Whitfield: Study Budget',
          '89       Exhibit 5 to the Whitfield Affirmation:      Seal                Denied',
          '         Steering Committee Minutes, March 2024',
          '90       Exhibit 6 to the Whitfield Affirmation:      Redact pp. 3-4      Granted',
          '         Site Activation Tracker',
          '',
          '     Accordingly, it is hereby ORDERED that the motion is granted in part and denied in part.',
        ].join('\n'),
      ),
    ).toEqual(['88 redact {"kind":"whole"}', '89 deny {"kind":"whole"}', '90 redact {"kind":"pages","from":3,"to":4}']);
  });
});

// Philadelphia Commerce Program (a round 214 order) and King County (round 274): decretal paragraphs that point to the
// order's own paragraphs.
describe("a decretal paragraph that points to the order's own paragraphs", () => {
  it('reads "for the exhibits sealed in paragraph 1" as no part of a filing', () => {
    const found = atoms(
      [
        "     1.   Exhibits K and L to Plaintiff's Motion for Partial Summary Judgment (Control No. 24052217), which are Plaintiff's rate schedules, shall be filed under SEAL.",
        "     4.   Defendant's Answer to the Motion for Partial Summary Judgment (filed under the same Control No. 24052217) shall be redacted at paragraphs 14 through 19, which recite the same rates.",
        '     7.   Within ten (10) days, the parties shall file redacted versions of the documents addressed in paragraphs 3 through 5 of this Order and shall complete the Confidential Document Form for the exhibits sealed in paragraph 1.',
      ].join('\n\n'),
    );
    expect(found).not.toContain('24052217 redact {"kind":"paragraphs","from":1,"to":1}');
    expect(found).toContain('24052217 redact {"kind":"paragraphs","from":14,"to":19}');
  });

  it('keeps "the target award amounts set forth in paragraph 17" as the motion\'s own paragraph', () => {
    expect(
      atoms(
        '3. The Debtors are authorized to redact from the KEIP Motion [Docket No. 198] the individual target award amounts set forth in paragraph 17 and the participant titles set forth in paragraph 19.',
      ),
    ).toEqual([
      '198 redact {"kind":"paragraphs","from":17,"to":17}',
      '198 redact {"kind":"paragraphs","from":19,"to":19}',
    ]);
  });
});

describe('"the Joint Motion is GRANTED as to that passage" under a heading that cites a deposition', () => {
  it('keeps the passage on the deposition, not on "Defendant\'s Motion for Summary Judgment"', () => {
    // M.D. Ga. (a round 252 order).
    expect(
      atoms(
        [
          "     Before the Court is the Parties' Joint Motion to Seal (Doc. 58), filed in connection with Defendant's Motion for Summary Judgment (Doc. 51) and Plaintiff's Response (Doc. 55). For the reasons below, the Joint Motion is GRANTED in part and DENIED in part.",
          'B.   The Pruett Deposition (Doc. 55-2)',
          "     The Parties identify two passages of Plaintiff's deposition. The first, at 61:3-63:25, sets out the balances of Plaintiff's operating loans and the terms his lender extended after the storm; the Joint Motion is GRANTED as to that passage.",
        ].join('\n\n'),
      ),
    ).toEqual(['55-2 redact {"kind":"lines","from":{"page":61,"line":3},"to":{"page":63,"line":25}}']);
  });
});

// D. Colo. (round 284): "permit the redactions at ECF No. 84 at 8 and 11-12" across a page break with the court's running
// header ("Case No. … Document 97 … pg 3 of 4"), after a request that named the entry as where the redactions are.
describe('"will permit the redactions at …", and "but not the redaction at …"', () => {
  it('grants the pages, across a D. Colo. running header', () => {
    expect(
      atoms(
        [
          '      A.    The Motion for Summary Judgment (ECF No. 84)',
          '      Longs Peak asks the Court to restrict its entire Motion for Summary Judgment or, in the alternative, to permit redactions at ECF No. 84 at 8, 11-12, and 19. Both parties agree that those figures are competitively sensitive. The Court',
          '                                        2\nCase No. 1:23-cv-02290-RTB-KLW   Document 97   filed 06/03/24   USDC Colorado   pg 3 of 4',
          'will permit the redactions at ECF No. 84 at 8 and 11-12. The Motion is DENIED as to ECF No. 84 at 19.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '84 deny {"kind":"ecfPages","from":19,"to":19}',
      '84 redact {"kind":"ecfPages","from":11,"to":12}',
      '84 redact {"kind":"ecfPages","from":8,"to":8}',
    ]);
  });

  it('refuses what follows "but not the redaction at" (M.D.N.C., a round 180 order)', () => {
    expect(
      atoms(
        'The Court thus will permit the redactions at Docket Entry 48 at 5-6, but not the redaction at Docket Entry 48 at 11.',
      ),
    ).toEqual(['48 deny {"kind":"ecfPages","from":11,"to":11}', '48 redact {"kind":"ecfPages","from":5,"to":6}']);
  });
});

// Third Circuit (round 286): "The redactions at … may remain", and the rest of a volume refused by its number.
describe('Third Circuit rulings on an appendix volume and a brief', () => {
  const ORDER = [
    'Volume III of the Joint Appendix (Doc. No. 30) spans JA 0512-JA 0784. Appellee’s brief (Doc. No. 42) is filed in redacted form.',
    '     Accordingly, it is hereby ORDERED:',
    '     (1) The motion at No. 1 is granted in part and denied in part. JA 0544-0581 and JA 0702-0715 of Volume III of the Joint Appendix shall remain under seal. The motion is denied as to the remainder of Volume III.',
    '     (2) The motion at No. 2 is granted in part and denied in part. The redactions at pages 23-24 and in footnote 7 on page 25 of Appellee’s brief may remain.',
  ].join('\n\n');

  it('reads "The redactions at pages 23-24 … may remain" as kept', () => {
    expect(atoms(ORDER)).toContain('42 redact {"kind":"pages","from":23,"to":24}');
  });

  it('refuses the whole of Volume III beside its kept pages', () => {
    expect(atoms(ORDER)).toContain('30 deny {"kind":"whole"}');
  });
});

// N.D. Ga. (round 285): a ruling cell that says the same thing twice across a semicolon.
describe('"GRANTED; to remain under seal" in a ruling cell', () => {
  it('is one ruling, so the row keeps the exhibits and the pages its document cell names', () => {
    expect(
      atoms(
        [
          '| Document                                               | Docket       | Ruling                                      |',
          '|--------------------------------------------------------|--------------|---------------------------------------------|',
          '| Whitfield Declaration, Exhibits C-E, N-Q, T, and AA    | [Doc. 212]   | GRANTED; to remain under seal               |',
          '| Whitfield Declaration, Exhibits F and V                | [Doc. 212]   | DENIED                                      |',
          "| Meridian's brief, pages 9-11 and 17                    | [Doc. 211]   | GRANTED; Meridian may redact these pages    |",
        ].join('\n'),
      ),
    ).toEqual([
      '211 redact {"kind":"pages","from":17,"to":17}',
      '211 redact {"kind":"pages","from":9,"to":11}',
      '212 deny {"kind":"exhibits","from":"F","to":"F"}',
      '212 deny {"kind":"exhibits","from":"V","to":"V"}',
      '212 redact {"kind":"exhibits","from":"AA","to":"AA"}',
      '212 redact {"kind":"exhibits","from":"C","to":"E"}',
      '212 redact {"kind":"exhibits","from":"N","to":"Q"}',
      '212 redact {"kind":"exhibits","from":"T","to":"T"}',
    ]);
  });
});

// S.D.N.Y. (round 287): a document whose name holds a rule's number with a point.
describe('"paragraphs 18 through 24 … of its Rule 56.1 Statement"', () => {
  it('names the Rule 56.1 Statement (the point in "56.1" ends no phrase)', () => {
    expect(
      atoms(
        'Luma seeks to seal portions of its memorandum of law (Dkt. No. 110) and its Rule 56.1 Statement (Dkt. No. 112).\n\nLuma asks to redact paragraphs 18 through 24 of its Rule 56.1 Statement. The redactions to ¶¶ 18-24 are approved.',
      ),
    ).toEqual(['112 redact {"kind":"paragraphs","from":18,"to":24}']);
  });
});

// Delaware Court of Chancery (round 290): rulings under Rule 5.1 on a complaint's paragraphs, after a request that ends
// with a footnote given no page.
describe('a Rule 5.1 letter ruling on paragraphs a request listed', () => {
  const LETTER = [
    "Three filings are at issue: plaintiffs' Verified Second Amended Class Action Complaint (Dkt. 142); the Transmittal Affidavit of Rhea D. Okonjo (Dkt. 143).",
    '     Defendants seek to maintain the redactions in ¶¶ 58-66, ¶ 88, ¶¶ 104-109, and footnote 9 of the Complaint.',
    '     Paragraphs 104-109 must be made public.',
  ].join('\n\n');

  it('names the Complaint past "and footnote 9", so "Paragraphs 104-109 must be made public" refuses its paragraphs', () => {
    expect(atoms(LETTER)).toEqual(['142 deny {"kind":"paragraphs","from":104,"to":109}']);
  });

  it('reads "Confidential treatment of ¶¶ 61-66 and 88 … will continue" as kept', () => {
    expect(atoms('Confidential treatment of ¶¶ 61-66 and 88 of the Complaint (Dkt. 142) will continue.')).toEqual([
      '142 redact {"kind":"paragraphs","from":61,"to":66}',
      '142 redact {"kind":"paragraphs","from":88,"to":88}',
    ]);
  });
});

// D. Neb. (round 289): "The Clerk shall remove the restriction from Filing Nos. 76 and 77-3."
describe('"remove the restriction from" an entry', () => {
  it('refuses it, as "lift the restriction on" does', () => {
    expect(
      atoms(
        '5. On or before April 18, 2025, Plaintiff shall file redacted versions of Filing No. 77-1; the unredacted versions shall remain restricted. The Clerk shall remove the restriction from Filing Nos. 76 and 77-3.',
      ).filter((a) => !a.startsWith('77-1 ')),
    ).toEqual(['76 deny {"kind":"whole"}', '77-3 deny {"kind":"whole"}']);
  });
});

// E.D. Okla. (round 293): an exhibit of an entry written inside the cite's brackets.
describe('"[Docket No. 58, Ex. 4]"', () => {
  it('is exhibit 4 of entry 58, and "[Docket No. 58, Exs. 5-6]" exhibits 5-6', () => {
    expect(
      atoms(
        "     First, she asks to seal her 2020 and 2021 federal income tax returns [Docket No. 58, Ex. 4] and her bank statements for the six months preceding the fire [Docket No. 58, Exs. 5-6]. The court finds that Plaintiff's interest in the privacy of her personal financial records outweighs the public's minimal interest in their contents. This portion of the motion is GRANTED.",
      ).filter((a) => a.startsWith('58 ')),
    ).toEqual([
      '58 redact {"kind":"exhibits","from":"4","to":"4"}',
      '58 redact {"kind":"exhibits","from":"5","to":"6"}',
    ]);
  });
});

// Orange County (Fla.) Business Court (round 294): an order determining confidentiality under Rule 2.420.
describe('"are CONFIDENTIAL" in a Florida order determining confidentiality', () => {
  it('keeps what it names', () => {
    expect(
      atoms(
        [
          '     B.   Exhibits 12 through 15 to the Appendix to Plaintiff’s Motion for Summary Judgment (D.E. 210) are CONFIDENTIAL in their entirety.',
          '     E.   Pages 6, 9-10, and 23 of Plaintiff’s Motion for Summary Judgment (D.E. 209) are CONFIDENTIAL.',
          '     F.   Footnote 12 on page 17 of Defendant’s Response (D.E. 230) is CONFIDENTIAL.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '209 redact {"kind":"pages","from":23,"to":23}',
      '209 redact {"kind":"pages","from":6,"to":6}',
      '209 redact {"kind":"pages","from":9,"to":10}',
      '210 redact {"kind":"exhibits","from":"12","to":"15"}',
      '230 redact {"kind":"footnote","page":17,"note":12}',
    ]);
  });
});

describe('"The remainder of Exhibit 16 is not CONFIDENTIAL"', () => {
  it('refuses the rest of the exhibit whose parts were kept', () => {
    expect(
      atoms(
        '     C.   The testimony at pages 77:14 through 80:9 and 132:1-25 of Exhibit 16 (D.E. 211) is CONFIDENTIAL. The remainder of Exhibit 16 is not confidential.',
      ),
    ).toContain('211 deny {"kind":"whole"}');
  });
});

// Court of Federal Claims (round 294): appendix pages lettered at both ends.
describe('"Pages A41-A88 and A112-A118 of Pl.\'s App."', () => {
  it('reads the appendix pages', () => {
    expect(
      atoms(
        "1. Pages A41-A88 and A112-A118 of Pl.'s App., ECF No. 55, shall remain under seal. The motion is DENIED as to pages A1-A40.",
      ),
    ).toEqual([
      '55 deny {"kind":"pages","from":1,"to":40}',
      '55 redact {"kind":"pages","from":112,"to":118}',
      '55 redact {"kind":"pages","from":41,"to":88}',
    ]);
  });
});

// Fulton County Business Court (round 294): an exhibit whose own entry follows it, of an affidavit cited under another.
describe('"Exhibit 22 to the Oyelaran Affidavit [#63]" after "the Oyelaran Affidavit [#62]": the exhibit\'s own entry', () => {
  it('leaves "Exhibits 14 through 17 and 19 to the Oyelaran Affidavit" to the affidavit, not to Exhibit 22\'s entry', () => {
    // (The whole order: the affidavit is named in its prose before the decretal paragraphs are read.)
    const found = atoms(
      readFileSync(
        join(
          import.meta.dirname,
          '../fixtures/orders/held-out/ga-fulton-bus-ct-2024-order-on-motion-to-limit-access-veterinary-mso-client-ledgers-oyelaran-affidavit-exhibits-deposition-rule-21-bracket-hash-docket.txt',
        ),
        'utf8',
      ),
    );
    expect(found).toContain('62 redact {"kind":"exhibits","from":"14","to":"17"}');
    expect(found).not.toContain('63 redact {"kind":"exhibits","from":"14","to":"17"}');
  });

  it('keeps exhibits of one entry cited for two exhibits as parts of it', () => {
    expect(
      atoms(
        "The Court has reviewed defendant's motion for summary judgment (Docket 85). Exhibit C to defendant's motion for summary judgment (Docket 88) shall be sealed. Exhibit D to the same motion (Docket 88) shall not be sealed.",
      ),
    ).toContain('88 redact {"kind":"exhibits","from":"C","to":"C"}');
  });
});

// M.D.N.C. (a round 283 order): cites excepted from a permission to redact.
describe('"… may redact the portions of Docket Entries 48, 48-3 … identified above, but not Docket Entry 55 at 3"', () => {
  it('refuses the excepted pages', () => {
    const found = atoms(
      'IT IS THEREFORE ORDERED that the Sealing Motion (Docket Entry 52) is GRANTED IN PART and DENIED IN PART, in that the parties may redact the portions of Docket Entries 48 and 48-3 identified above, but not Docket Entry 55 at 3 or Docket Entry 48 at 14.',
    );
    expect(found).toContain('55 deny {"kind":"ecfPages","from":3,"to":3}');
    expect(found).not.toContain('55 redact {"kind":"ecfPages","from":3,"to":3}');
  });
});

// Federal Circuit (round 294): a motion cited bare after the sentence that says a party moved, past "Dr." in a name.
describe('"… has itself moved to file … Dr. Helena Marsh, ECF No. 24-2, under seal. ECF No. 25."', () => {
  it('reads ECF No. 25 as the motion, so "ECF No. 25 is granted" seals nothing of it', () => {
    const found = atoms(
      [
        '     Orvane opposes dismissal, ECF No. 24, and has itself moved to file portions of its response and the accompanying declaration of its expert, Dr. Helena Marsh, ECF No. 24-2, under seal. ECF No. 25.',
        '     (4) ECF No. 25 is granted. The redactions at ECF No. 24 at 6-8 are approved, and ECF No. 24-2 shall remain under seal.',
      ].join('\n\n'),
    );
    expect(found.filter((a) => a.startsWith('25 '))).toEqual([]);
    expect(found).toContain('24-2 redact {"kind":"whole"}');
  });
});

describe('a ruling phrase inside a condition ("whether the Document will be sealed")', () => {
  it('rules on nothing', () => {
    // D. Utah (a real-based order): the rule the court states, not a ruling on the Opposition cited before it.
    expect(
      atoms(
        'Defendants then filed their Opposition (ECF 176), and Plaintiffs filed no reply. Under DUCivR 5-3, the court may decide for itself whether the Document will be sealed, whatever the parties have agreed and even if a party does not oppose a Motion for Leave to File Under Seal.',
      ),
    ).toEqual([]);
  });
});
