// Forms found by held-out rounds 195-206 (orders keyed to KEYING.md): each case quotes the order that showed it.
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

describe('the Court of Federal Claims accepting and declining proposed redactions', () => {
  it('reads "accepts the jointly proposed redactions" and "declines intervenor\'s proposed redactions"', () => {
    expect(
      atoms(
        "1. The opinion (ECF No. 58). The court accepts the jointly proposed redactions on pages 7, 12-13, and 15 n.9. Page 7 recites each offeror's price. The court declines intervenor's proposed redactions on pages 20-21 and 24. Those pages report the ratings.",
      ),
    ).toEqual([
      '58 deny {"kind":"pages","from":20,"to":21}',
      '58 deny {"kind":"pages","from":24,"to":24}',
      '58 redact {"kind":"footnote","page":15,"note":9}',
      '58 redact {"kind":"pages","from":12,"to":13}',
      '58 redact {"kind":"pages","from":7,"to":7}',
    ]);
  });

  it('reads "declines intervenor\'s request to redact Tr. 51:10-52:3", not the pages its reasons point to', () => {
    expect(
      atoms(
        "2. The oral argument transcript (ECF No. 55). At Tr. 34:7-36:2, counsel discussed production rates; that passage shall be redacted. The court declines intervenor's request to redact Tr. 51:10-52:3, in which counsel summarized the reasons, for the reasons stated above with respect to pages 20-21 of the opinion.",
      ),
    ).toEqual([
      '55 deny {"kind":"lines","from":{"page":51,"line":10},"to":{"page":52,"line":3}}',
      '55 redact {"kind":"lines","from":{"page":34,"line":7},"to":{"page":36,"line":2}}',
    ]);
  });
});

describe('one exhibit written right before its own entry (KEYING.md rule 3)', () => {
  it('reads "Exhibit 6 (Docket No. 121) is SEALED" as the whole of entry 121', () => {
    expect(atoms('IT IS FURTHER ORDERED that Exhibit 6 (Docket No. 121) is SEALED.')).toEqual([
      '121 redact {"kind":"whole"}',
    ]);
  });
  it('keeps exhibits as parts when the order cites the same entry for another exhibit', () => {
    expect(
      atoms('Exhibit 4 (Envelope 24518790) may remain sealed. Exhibit 7 (Envelope 24518790) shall be filed publicly.'),
    ).toEqual([
      '24518790 deny {"kind":"exhibits","from":"7","to":"7"}',
      '24518790 redact {"kind":"exhibits","from":"4","to":"4"}',
    ]);
  });
});

describe('a grid table ruled between its rows, its cells wrapped', () => {
  const table = [
    "The Court's rulings on each document are set out in the following table:",
    '',
    '+--------+---------------------------------+--------------------------+-------------------------------------+',
    '| ECF No.| Document                        | Portion sought to be     | Ruling                              |',
    '|        |                                 | sealed                   |                                     |',
    '+--------+---------------------------------+--------------------------+-------------------------------------+',
    "| 55     | Kestrel's Brief in Support of   | pp. 6-7, 12              | GRANTED as to pp. 6-7;              |",
    '|        | Motion for Preliminary          |                          | DENIED as to p. 12                  |',
    '|        | Injunction                      |                          |                                     |',
    '+--------+---------------------------------+--------------------------+-------------------------------------+',
    '| 55-3   | Ex. B, Bentonite Supply         | Entire exhibit           | DENIED, except that the price       |',
    '|        | Agreement (Mar. 1, 2019)        |                          | schedule at pp. 14-15 may be        |',
    '|        |                                 |                          | redacted                            |',
    '+--------+---------------------------------+--------------------------+-------------------------------------+',
    '| 60-1   | Ex. 1, Deposition of Wade       | 22:4-24:18; 61:9-62:2    | GRANTED as to 22:4-24:18;           |',
    '|        | Lindgren                        |                          | DENIED as to 61:9-62:2              |',
    '+--------+---------------------------------+--------------------------+-------------------------------------+',
  ].join('\n');
  it('reads each row with the lines under it, and "DENIED, except that … may be redacted" as the whole refused, the parts granted', () => {
    expect(atoms(table)).toEqual([
      '55 deny {"kind":"pages","from":12,"to":12}',
      '55 redact {"kind":"pages","from":6,"to":7}',
      '55-3 deny {"kind":"whole"}',
      '55-3 redact {"kind":"pages","from":14,"to":15}',
      '60-1 deny {"kind":"lines","from":{"page":61,"line":9},"to":{"page":62,"line":2}}',
      '60-1 redact {"kind":"lines","from":{"page":22,"line":4},"to":{"page":24,"line":18}}',
    ]);
  });
});

describe('documents named again by the words of a long description', () => {
  it('finds "the sales reports" from "the gross sales reports Tchoupitoulas submitted for 2022 and 2023 (R. Doc. 49-5)"', () => {
    expect(
      atoms(
        "Bayou Boil filed the parties' Franchise Agreement (R. Doc. 49-3), the gross sales reports Tchoupitoulas submitted for 2022 and 2023 (R. Doc. 49-5), and excerpts from the deposition of Mr. Thibodeaux (R. Doc. 49-6).\n\nThe Court will permit Bayou Boil to redact the itemized sales schedules at pages 4-9 and 14-19 of the sales reports, and the motion is otherwise denied as to those reports.",
      ),
    ).toEqual([
      '49-5 deny {"kind":"whole"}',
      '49-5 redact {"kind":"pages","from":14,"to":19}',
      '49-5 redact {"kind":"pages","from":4,"to":9}',
    ]);
  });

  it('reads "The first passage has nothing to do with this case and may be redacted" as the first of the two asked', () => {
    expect(
      atoms(
        "Bayou Boil filed excerpts from the deposition of Mr. Thibodeaux (R. Doc. 49-6).\n\nTchoupitoulas also seeks to redact the deposition at 15:22-16:9, where Mr. Thibodeaux discusses a family member's medical condition, and at 44:1-47:25, where he describes the new restaurants' menu. The first passage has nothing to do with this case and may be redacted.",
      ),
    ).toEqual(['49-6 redact {"kind":"lines","from":{"page":15,"line":22},"to":{"page":16,"line":9}}']);
  });
});

describe("D. Haw.'s cites set in brackets after the sentence that says what an exhibit is", () => {
  it('reads "Exhibit 6 is … Protocol. [Dkt. no. 115-7.] … the Motion is denied as to Exhibit 6"', () => {
    expect(
      atoms(
        "Exhibit 6 is the School's Concussion Management Protocol. [Dkt. no. 115-7.] The School argues that it paid a consultant to develop the Protocol. The School has not shown a compelling reason to seal the Protocol, and the Motion is denied as to Exhibit 6.",
      ),
    ).toEqual(['115-7 deny {"kind":"whole"}']);
  });

  it('reads "Exhibit 7 is the incident report …. [Dkt. no. 115-8.] … pages 2 and 5 of Exhibit 7. The remainder of Exhibit 7 … shall be filed publicly"', () => {
    expect(
      atoms(
        'Exhibit 7 is the incident report Ferreira prepared after the game. [Dkt. no. 115-8.] The report identifies two other student-athletes, and the School may redact their names, which appear on pages 2 and 5 of Exhibit 7. The remainder of Exhibit 7 shall be filed publicly.',
      ),
    ).toEqual([
      '115-8 deny {"kind":"whole"}',
      '115-8 redact {"kind":"pages","from":2,"to":2}',
      '115-8 redact {"kind":"pages","from":5,"to":5}',
    ]);
  });

  it('reads "Exhibit 6 is the School\'s Protocol (Dkt. No. 115-7). The Motion is denied as to Exhibit 6."', () => {
    expect(atoms("Exhibit 6 is the School's Protocol (Dkt. No. 115-7). The Motion is denied as to Exhibit 6.")).toEqual(
      ['115-7 deny {"kind":"whole"}'],
    );
  });
});

describe("D. Haw.'s short cites in brackets that name exhibits by label", () => {
  it('reads "[CSOF, Decl. of Counsel, Exhs. 3, 4 (dkt. nos. 115-4, 115-5).] … Exhibits 3 and 4 shall remain under seal"', () => {
    expect(
      atoms(
        "Exhibit 3 to the CSOF consists of the records of K.A.'s treating neurologist, and Exhibit 4 consists of K.A.'s academic records. [CSOF, Decl. of Counsel, Exhs. 3, 4 (dkt. nos. 115-4, 115-5).] K.A. is a minor. Exhibits 3 and 4 shall remain under seal.",
      ),
    ).toEqual(['115-4 redact {"kind":"whole"}', '115-5 redact {"kind":"whole"}']);
  });

  it('reads the passages of "[CSOF, Decl. of Counsel, Exh. 8 (dkt. no. 115-9).]" ruled on after it', () => {
    expect(
      atoms(
        "The School seeks to redact two passages of Ferreira's deposition. [CSOF, Decl. of Counsel, Exh. 8 (dkt. no. 115-9).] The first passage, which appears at 41:22-42:3, concerns a medical condition of Ferreira's own; it may be redacted. The second, at 63:4-66:18, is Ferreira's account of his sideline evaluation. The Motion is denied as to 63:4-66:18.",
      ),
    ).toEqual([
      '115-9 deny {"kind":"lines","from":{"page":63,"line":4},"to":{"page":66,"line":18}}',
      '115-9 redact {"kind":"lines","from":{"page":41,"line":22},"to":{"page":42,"line":3}}',
    ]);
  });
});

describe('sealed copies kept only until the public ones are filed (KEYING.md rule 4)', () => {
  it('gives nothing for "The provisionally sealed versions [Doc. No. 53] shall remain under seal pending those filings"', () => {
    expect(
      atoms('The provisionally sealed versions [Doc. No. 53] shall remain under seal pending those filings.'),
    ).toEqual([]);
  });
  it('still reads "… provisionally restricted pending the filing by Sandhills … of a motion" as refused for now', () => {
    expect(
      atoms(
        '5. Filing No. 58-6 shall remain provisionally restricted pending the filing by Sandhills, within fourteen days, of a motion to restrict supported by evidence.',
      ),
    ).toEqual(['58-6 deny {"kind":"whole"}']);
  });
});

describe('D. Minn. "Unseal, except …" cells whose exception cites pages with an abbreviation', () => {
  it('reads "Unseal, except the rate tables at pp. 17-20 remain sealed" as the whole refused, those pages kept', () => {
    expect(
      atoms(
        [
          'The Court rules as follows:',
          '',
          " ECF No.  | Document                              | Parties' Positions         | Ruling",
          '----------|---------------------------------------|----------------------------|-------------------------------------',
          ' 202      | Rail Transportation Contract          | Disagree                   | Unseal, except the rate tables at pp. 17-20 remain sealed',
          ' 214      | Expert Report of Dr. Marcus Tollefsrud | Disagree                  | Unseal, except ECF No. 214 at 4-9 and 22 remain sealed',
        ].join('\n'),
      ),
    ).toEqual([
      '202 deny {"kind":"whole"}',
      '202 redact {"kind":"pages","from":17,"to":20}',
      '214 deny {"kind":"whole"}',
      '214 redact {"kind":"ecfPages","from":22,"to":22}',
      '214 redact {"kind":"ecfPages","from":4,"to":9}',
    ]);
  });
});

describe('a chart row naming exhibits before the docket of the document they are attached to', () => {
  it('reads "Exhibits C-E to the Declaration of Dr. Renata Solis [Doc. No. 90-3] | Exhibits in their entirety | GRANTED." as those exhibits of 90-3', () => {
    expect(
      atoms(
        [
          'The Court rules as follows:',
          '',
          '| Document | Portion | Ruling |',
          '|---|---|---|',
          '| Exhibits C-E to the Declaration of Dr. Renata Solis [Doc. No. 90-3] (formulation sheets) | Exhibits in their entirety | GRANTED. |',
          '| Exhibit F to the Declaration of Dr. Renata Solis [Doc. No. 90-4] | Entire exhibit | DENIED. |',
        ].join('\n'),
      ),
    ).toEqual(['90-3 redact {"kind":"exhibits","from":"C","to":"E"}', '90-4 deny {"kind":"whole"}']);
  });
});

describe('a lettered item whose later sentence grants some parts and denies others', () => {
  it('reads "(c) Exhibit 6 (Dkt. No. 242-7). … GRANTED as to 45:12-46:3 and 88:1-19, …, and DENIED as to 112:4-113:20"', () => {
    expect(
      atoms(
        "(c)  Exhibit 6 (Dkt. No. 242-7). Exhibit 6 contains excerpts of the deposition of Lionel Hargrove. The motion is GRANTED as to 45:12-46:3 and 88:1-19, where Mr. Hargrove discusses Corvane's unit volumes by customer, and DENIED as to 112:4-113:20, which concerns only the features of the accused products.",
      ),
    ).toEqual([
      '242-7 deny {"kind":"lines","from":{"page":112,"line":4},"to":{"page":113,"line":20}}',
      '242-7 redact {"kind":"lines","from":{"page":45,"line":12},"to":{"page":46,"line":3}}',
      '242-7 redact {"kind":"lines","from":{"page":88,"line":1},"to":{"page":88,"line":19}}',
    ]);
  });
});

describe('an objection is a document', () => {
  it('reads "… asks to redact page 4 and footnote 3 on page 5 of the objection. That request is GRANTED."', () => {
    expect(
      atoms(
        'The Debtor filed its objection (ECF Doc. # 501).\n\nThe Debtor asks to redact page 4 and footnote 3 on page 5 of the objection. That request is GRANTED.',
      ),
    ).toEqual(['501 redact {"kind":"footnote","page":5,"note":3}', '501 redact {"kind":"pages","from":4,"to":4}']);
  });
});

describe('Missouri overrules a motion it denies, capital M and all', () => {
  it('reads "The Motion is OVERRULED as to paragraphs 3 through 13 of the Declaration" as a denial', () => {
    expect(
      atoms(
        '2. Paragraphs 14 through 27 of the Oduya Declaration (Doc. 109) shall be redacted from the public file. The Motion is OVERRULED as to paragraphs 3 through 13 of the Declaration.',
      ),
    ).toEqual([
      '109 deny {"kind":"paragraphs","from":3,"to":13}',
      '109 redact {"kind":"paragraphs","from":14,"to":27}',
    ]);
  });
});

describe('a simple table whose rows, set apart by blank lines, run over several lines', () => {
  it('reads each row with the lines under it, its docket on the second line', () => {
    const table = [
      'The Court rules on each item as follows:',
      '',
      'Document                                    Portion sought               Ruling',
      '------------------------------------------  ---------------------------  ----------------------------------------------',
      'Memorandum in Support of Motion for         page 12 n.6; pages 2, 6-7    RESTRICTED as to footnote 6 on page 12.',
      'Summary Judgment (Docket Entry No. 83)                                   DENIED as to pages 2, 6-7.',
      '',
      'Affidavit of Dana Whitcombe                 entire affidavit             RESTRICTED as to \u00b6\u00b6 9-15 and \u00b6 19.',
      '(Docket Entry No. 84)                                                    DENIED as to the remainder.',
      '',
      'Exhibit C to Whitcombe Affidavit, account   entire exhibit               RESTRICTED in its entirety.',
      'depletion reports (Docket Entry No. 84-3)',
      '',
      'Exhibit D to Whitcombe Affidavit, 2023      entire exhibit               DENIED.',
      'price posting (Docket Entry No. 84-4)',
      '',
      'Deposition of Rafael Ortiz                  14:3-16:9; 41:22-42:5;       RESTRICTED as to 14:3-16:9 and 41:22-42:5.',
      '(Docket Entry No. 86)                       pages 58-60                  DENIED as to pages 58-60.',
      '',
      'Report of Louis Brenneman, Ph.D.            pages 21-24; Appendix C      RESTRICTED as to pages 21-24. The Court will',
      '(Docket Entry No. 87)                                                    take up Appendix C at the July 9, 2024 status',
      '                                                                         conference.',
    ].join('\n');
    expect(atoms(table)).toEqual([
      '83 deny {"kind":"pages","from":2,"to":2}',
      '83 deny {"kind":"pages","from":6,"to":7}',
      '83 redact {"kind":"footnote","page":12,"note":6}',
      '84 deny {"kind":"whole"}',
      '84 redact {"kind":"paragraphs","from":19,"to":19}',
      '84 redact {"kind":"paragraphs","from":9,"to":15}',
      '84-3 redact {"kind":"whole"}',
      '84-4 deny {"kind":"whole"}',
      '86 deny {"kind":"pages","from":58,"to":60}',
      '86 redact {"kind":"lines","from":{"page":14,"line":3},"to":{"page":16,"line":9}}',
      '86 redact {"kind":"lines","from":{"page":41,"line":22},"to":{"page":42,"line":5}}',
      '87 redact {"kind":"pages","from":21,"to":24}',
    ]);
  });
});

describe('Utah classifications without "as"', () => {
  it('reads "… (Dkt. #198-5), which describes …, is classified PROTECTED"', () => {
    expect(
      atoms(
        "1.   Exhibit 5 to the Declaration of Ingrid Solberg (Dkt. #198-5), which describes the inputs and weighting of Summit's dynamic lift-ticket pricing model, is classified PROTECTED.\n\n2.   Paragraphs 9 through 16 of the Solberg Declaration (Dkt. #198) summarize the same model and are classified PROTECTED.",
      ),
    ).toEqual(['198 redact {"kind":"paragraphs","from":9,"to":16}', '198-5 redact {"kind":"whole"}']);
  });
});

describe('Colorado limits access', () => {
  it('reads "… at 88:14-90:3. The Court agrees as to that passage, and access to it is LIMITED."', () => {
    expect(
      atoms(
        'Front Range filed excerpts of the deposition of Michael Tran (Filing ID E7319C4A0D25B) (the "Tran deposition").\n\nD. The Tran deposition. Front Range asks that the Tran deposition be limited because Mr. Tran discusses the fee terms at 88:14-90:3. The Court agrees as to that passage, and access to it is LIMITED. The Motion is otherwise DENIED as to the Tran deposition.',
      ),
    ).toEqual([
      'E7319C4A0D25B deny {"kind":"whole"}',
      'E7319C4A0D25B redact {"kind":"lines","from":{"page":88,"line":14},"to":{"page":90,"line":3}}',
    ]);
  });
});

describe('a document named before "prepared by …", and the rest of it refused', () => {
  it('reads "a … safety audit … prepared by an outside consultant, (Docket Entry No. 69-9)" … "The motion to seal the audit is otherwise denied"', () => {
    expect(
      atoms(
        'It asks to seal a 2021 process safety audit of the terminal prepared by an outside consultant, (Docket Entry No. 69-9).\n\nThe process safety audit. The only part of the audit that warrants protection is page 41, an emergency call roster. Page 41 may be redacted. The motion to seal the audit is otherwise denied.',
      ),
    ).toEqual(['69-9 deny {"kind":"whole"}', '69-9 redact {"kind":"pages","from":41,"to":41}']);
  });
});

describe('unredacted copies filed under seal (KEYING.md rule 4)', () => {
  it('gives only the parts for "shall file under seal unredacted copies of … [D.E. 87-12] …, and … versions … that redact only …"', () => {
    expect(
      atoms(
        '3. Within five (5) days of the date of this Order, Meridian shall file under seal unredacted copies of the Ibarra Deposition, [D.E. 87-12], and its Motion for Summary Judgment, [D.E. 86], and shall file on the public docket versions of those documents that redact only the following: the Ibarra Deposition at 33:4-35:20 and 88:1-12.',
      ).filter((a) => a.includes('whole')),
    ).toEqual([]);
  });
});
