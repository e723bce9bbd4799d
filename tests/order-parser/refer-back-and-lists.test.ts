// Rules found by held-out rounds (17-18 onward): rulings that refer back to documents named earlier, lists, exceptions, tables and layout.
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import { sortedAtoms } from './atoms.ts';

const atoms = (text: string) =>
  parseOrder(text).directives.flatMap((d) =>
    d.dockets.flatMap((k) => d.ranges.map((r) => `${k} ${d.disposition} ${JSON.stringify(r)}`)),
  );

describe('rulings that name earlier documents in words', () => {
  it('gives "the identified paragraphs … may be redacted" the paragraphs a request named', () => {
    expect(
      atoms(
        'Defendant seeks to redact paragraphs 8-15 of the Declaration of Mark Osei (Doc. No. 67-1). The Court agrees that the identified paragraphs disclose margins and may be redacted.',
      ),
    ).toEqual(['67-1 redact {"kind":"paragraphs","from":8,"to":15}']);
  });

  it('resolves "pages 23-24 of the brief" to the brief cited earlier with its docket', () => {
    expect(
      atoms(
        "Halcyon's opening brief (ECF No. 19) marks forty-one words. We agree that the figures at pages 23-24 of the brief may remain marked confidential.",
      ),
    ).toEqual(['19 redact {"kind":"pages","from":23,"to":24}']);
  });

  it('knows a document by the bare cite after the sentence that tells of it ("… its Opinion and Order …. ECF No. 52.")', () => {
    expect(
      atoms(
        "On October 28, 2024, the Court issued under seal its Opinion and Order denying plaintiff's motion for judgment. ECF No. 52. The parties filed a joint status report. ECF No. 55.\n\nThe names on page 4 of the Opinion will be redacted. Plaintiff's request to redact pages 15 through 18 of the Opinion is DENIED.",
      ),
    ).toEqual(['52 redact {"kind":"pages","from":4,"to":4}', '52 deny {"kind":"pages","from":15,"to":18}']);
  });

  it('names "the exhibits to the … Affidavit of Owen Pryce submitted with that brief (D.I. 170)" by the exhibits, not the brief', () => {
    expect(
      atoms(
        "Tidewater seeks confidential treatment of portions of two filings: Defendant's Reply Brief (D.I. 169); and the exhibits to the Transmittal Affidavit of Owen Pryce submitted with that brief (D.I. 170).\n\nExhibits 4 through 6 to the Pryce Affidavit set out the fee schedule, and the motion is GRANTED as to Exhibits 4 through 6.",
      ),
    ).toEqual(['170 redact {"kind":"exhibits","from":"4","to":"6"}']);
  });

  it.each(['That request is GRANTED.', 'That information is not needed. The request is GRANTED.'])(
    'reads "%s" after a request that named its document in words',
    (ruling) => {
      expect(
        atoms(
          `Defendant opposed the motion with a memorandum of law (Doc. 70).\n\nDefendant asks to redact pages 2 and 15 of its memorandum, which quote prices. ${ruling}`,
        ),
      ).toEqual(['70 redact {"kind":"pages","from":2,"to":2}', '70 redact {"kind":"pages","from":15,"to":15}']);
    },
  );

  it('reads Texas appendix pages "APP 0112 through APP 0130" once, as pages 112-130', () => {
    expect(
      atoms(
        'IT IS FURTHER ORDERED that pages APP 0112 through APP 0130 of the Appendix (Envelope No. 87211540), which contain pricing, are SEALED.',
      ),
    ).toEqual(['87211540 redact {"kind":"pages","from":112,"to":130}']);
  });

  it('reads "At 77:9-79:2, … and that passage may be sealed" as those lines of the exhibit the sentence before cited', () => {
    expect(
      atoms(
        'Exhibit 15 (Doc. 128-15) is an excerpt from the deposition of Dr. Anneliese Voss. At 77:9-79:2, Dr. Voss walks through the crosses, and that passage may be sealed.',
      ),
    ).toEqual(['128-15 redact {"kind":"lines","from":{"page":77,"line":9},"to":{"page":79,"line":2}}']);
  });

  it('reads "confidential treatment of pages 22 through 25 will continue" as a grant (Del. Ch. Rule 5.1)', () => {
    expect(
      atoms(
        "Petitioners challenge the confidential treatment of portions of Respondent's Opening Post-Trial Brief (Dkt. 209). Good cause exists, and confidential treatment of pages 22 through 25 of the brief will continue.",
      ),
    ).toEqual(['209 redact {"kind":"pages","from":22,"to":25}']);
  });

  it('does not read "shall file on the public docket, within seven days …, versions of Dkt. 138 that redact only …" as an unsealing', () => {
    expect(
      atoms(
        'Paragraphs 22-31 of the Rule 56.1 Statement (Dkt. 138) shall remain under seal. The parties shall file on the public docket, within seven days of the date of this Memorandum & Order, versions of Dkt. 138 that redact only the material the Court has permitted to remain sealed.',
      ),
    ).toEqual(['138 redact {"kind":"paragraphs","from":22,"to":31}']);
  });

  it('reads "The motion is GRANTED as to Exhibits 4 through 6 and 11" as exhibits of the declaration asked about', () => {
    expect(
      atoms(
        'Vautrin next asks to seal several exhibits to the Declaration of Margaux Ellery, its head of brand protection (ECF No. 215). Exhibits 4 through 6 are tracing reports. The motion is GRANTED as to Exhibits 4 through 6 and 11. Exhibit 9, by contrast, is public, and the request as to Exhibit 9 is DENIED.',
      ),
    ).toEqual([
      '215 redact {"kind":"exhibits","from":"4","to":"6"}',
      '215 redact {"kind":"exhibits","from":"11","to":"11"}',
      '215 deny {"kind":"exhibits","from":"9","to":"9"}',
    ]);
  });

  it('reads "Delta\'s brief quotes the tiers on pages 5 and 11-12. Those pages may be redacted." as pages of the brief', () => {
    expect(
      atoms(
        "Delta moved for summary judgment, with a brief (Doc. 67) and a statement of undisputed facts (Doc. 68).\n\nDelta's brief quotes the tiers on pages 5 and 11-12. Those pages may be redacted.",
      ),
    ).toEqual(['67 redact {"kind":"pages","from":5,"to":5}', '67 redact {"kind":"pages","from":11,"to":12}']);
  });

  it('reads "That testimony is …, and the request to redact it is DENIED" as a denial of the lines the sentence before located', () => {
    expect(
      atoms(
        'Nueces Bay seeks to redact passages of the deposition of Ramiro Ochoa (D.E. 159-8). At 120:3-125:11, he describes the dock outages. That testimony is at the center of the defense, and the request to redact it is DENIED.',
      ),
    ).toEqual(['159-8 deny {"kind":"lines","from":{"page":120,"line":3},"to":{"page":125,"line":11}}']);
  });

  it('reads a listed item "The testimony of Gloria Teague at page 38, line 4 through page 41, line 12 (Envelope No. …)" as those lines', () => {
    expect(
      atoms(
        'IT IS ORDERED that the following are SEALED:\n\n     (d) The testimony of Gloria Teague at page 38, line 4 through page 41, line 12 (Envelope No. 87340246).',
      ),
    ).toEqual(['87340246 redact {"kind":"lines","from":{"page":38,"line":4},"to":{"page":41,"line":12}}']);
  });

  it('does not take "For the reasons given as to page 33 of the Pre-Trial Brief" for parts ruled on', () => {
    expect(
      atoms(
        'The trial transcript (Dkt. 201) has two passages. The second, at 156:8-158:3, is the testimony of the CEO. For the reasons given as to page 33 of the Pre-Trial Brief, the challenge is sustained as to 156:8-158:3.',
      ),
    ).toEqual(['201 deny {"kind":"lines","from":{"page":156,"line":8},"to":{"page":158,"line":3}}']);
  });

  it('takes a sub-heading that cites one document, set apart from its paragraph, for what the paragraph is about', () => {
    expect(
      atoms(
        [
          'II.   DISCUSSION',
          '      A.    The Joint Stipulation (Dkt. 210-2)',
          '      Luminelle asks to seal two passages of the Joint Stipulation: 14:3-22 and',
          '30:10-31:2. The first describes the pigment concentrations of its color line, which',
          'have never been disclosed. That is good cause. The Court GRANTS the application as',
          'to 14:3-22.',
          '      The second passage sets out the parties’ account of their failed negotiations.',
          'The application is DENIED as to 30:10-31:2.',
        ].join('\n'),
      ),
    ).toEqual([
      '210-2 redact {"kind":"lines","from":{"page":14,"line":3},"to":{"page":14,"line":22}}',
      '210-2 deny {"kind":"lines","from":{"page":30,"line":10},"to":{"page":31,"line":2}}',
    ]);
  });

  it('gives nothing for "file under seal the unredacted versions of the documents lodged at Dkt. 96-2 through 96-6"', () => {
    expect(
      atoms(
        '1. Paragraphs 12 through 19 of the Statement (Dkt. 97-2) may be redacted. 2. The Clerk shall file under seal the unredacted versions of the documents lodged at Dkt. 96-2 through 96-6.',
      ),
    ).toEqual(['97-2 redact {"kind":"paragraphs","from":12,"to":19}']);
  });

  it('reads "[160-2] explains … at paragraphs 9 through 21, and those paragraphs may be redacted" as those paragraphs', () => {
    expect(
      atoms(
        "The Declaration of Adaeze Mbeki, Lakeshore's chief technology officer [160-2], explains the strategies in technical detail at paragraphs 9 through 21, and those paragraphs may be redacted.",
      ),
    ).toEqual(['160-2 redact {"kind":"paragraphs","from":9,"to":21}']);
  });

  it('reads "…, Dkt. # 120-2, is Dr. Oduya\'s regression output; pages 4–7 reproduce the coefficients and may be redacted"', () => {
    expect(
      atoms(
        "Exhibit B to the declaration, Dkt. # 120-2, is Dr. Oduya's regression output; pages 4–7 reproduce the coefficients and may be redacted.",
      ),
    ).toEqual(['120-2 redact {"kind":"pages","from":4,"to":7}']);
  });

  it('never seals the protective order a decretal paragraph mentions', () => {
    expect(
      atoms(
        '4. Within fourteen days the parties shall file redacted versions. The remaining sealed documents shall stay under seal, and nothing in this Order alters the Stipulated Protective Order, Dkt. # 41.',
      ),
    ).toEqual([]);
  });

  it('reads "The Court will adopt the redactions at pages … of the Opinion" as a grant', () => {
    expect(
      atoms(
        'Following a trial, the Court issued its Opinion (D.I. 279). The Court will adopt the redactions at pages 14-15 and footnote 9 on page 31 of the Opinion.',
      ),
    ).toEqual(['279 redact {"kind":"pages","from":14,"to":15}', '279 redact {"kind":"footnote","page":31,"note":9}']);
  });

  it('reads other parts of a cited document, named again in words, with their own ruling', () => {
    expect(
      atoms(
        'ORDERED that Potomac may redact footnote 9 on page 21 of its Opposition (ECF No. 139), but its request to redact pages 2, 3, and 17 of the Opposition is DENIED.',
      ),
    ).toEqual([
      '139 redact {"kind":"footnote","page":21,"note":9}',
      '139 deny {"kind":"pages","from":2,"to":2}',
      '139 deny {"kind":"pages","from":3,"to":3}',
      '139 deny {"kind":"pages","from":17,"to":17}',
    ]);
  });

  it('does not take a cite in parentheses after "X opposes the motion in part." for a document', () => {
    expect(
      atoms(
        'Tidewater seeks confidential treatment of three filings. Brandywine opposes the motion in part. (D.I. 187.)\n\nGood cause has been shown, and the motion is GRANTED as to 14:3-16:22.',
      ),
    ).toEqual([]);
  });

  it('reads "…, Ing. Wilfredo Acevedo-Lugo (Docket No. 84-1)" as one sentence, so "the unsworn statement" is known', () => {
    expect(
      atoms(
        'With its opposition, Energía Móvil filed the Unsworn Statement Under Penalty of Perjury of its director of operations, Ing. Wilfredo Acevedo-Lugo (Docket No. 84-1); the Rental Agreement (Docket No. 84-2).\n\nThe Motion is GRANTED as to paragraphs 7 through 12 of the unsworn statement.',
      ),
    ).toEqual(['84-1 redact {"kind":"paragraphs","from":7,"to":12}']);
  });

  it('knows a document by a bare cite that gives its short name (\'Dkt. 88-3 ("Boateng Decl.").\')', () => {
    expect(
      atoms(
        'Dr. Boateng analyzed the delivery data. Dkt. 88-3 ("Boateng Decl."). Counsel attached documents to his declaration. Dkt. 88-4 ("Ortiz Decl.").\n\nThe Application is DENIED as to ¶ 31 of the Boateng Declaration and as to Exhibit G to the Ortiz Declaration.',
      ),
    ).toEqual([
      '88-3 deny {"kind":"paragraphs","from":31,"to":31}',
      '88-4 deny {"kind":"exhibits","from":"G","to":"G"}',
    ]);
  });

  it('does not take a bare cite after a sentence about a party for a document the sentence names', () => {
    expect(
      atoms(
        "Prairie Wind sued Northstar for the fee it says the parties' Program Agreement requires. Docket 1. Genesee Valley opposes the motion in part. Dkt. 79.\n\nThe Agreement's pricing on page 4 may be redacted.",
      ),
    ).toEqual([]);
  });

  it('does not take a pronoun in reasoning for a ruling on an earlier request', () => {
    expect(atoms('Plaintiff seeks to seal Exhibit 2 (ECF No. 30-2). It argues the exhibit is sensitive.')).toEqual([]);
  });
});

describe('lists, exceptions and tables', () => {
  it('carries a colon-introduced ruling into the list paragraph that follows', () => {
    expect(
      atoms(
        'The following shall be impounded until further order:\n\n    Exhibit 4 [ECF No. 89-4]; and\n    paragraphs 14 through 22 of the Raman Declaration [ECF No. 89].\n',
      ),
    ).toEqual(['89-4 redact {"kind":"whole"}', '89 redact {"kind":"paragraphs","from":14,"to":22}']);
  });

  it('splits "under seal, except that the redaction of pages 31-33 … is denied"', () => {
    expect(
      atoms(
        'The Clerk shall maintain the unredacted brief (Docket Entry No. 29) under seal, except that the redaction of pages 31-33 is not supported and is denied.',
      ),
    ).toEqual(['29 redact {"kind":"whole"}', '29 deny {"kind":"pages","from":31,"to":33}']);
  });

  it('reads a space-aligned ruling table', () => {
    const text =
      'Document                          ECF No.    Ruling\nExhibit A to Smith Declaration    55-1       GRANTED\nOpposition brief, pages 3-4       56         DENIED\n';
    expect(atoms(text)).toEqual(['55-1 redact {"kind":"whole"}', '56 deny {"kind":"pages","from":3,"to":4}']);
  });

  it('gives a pin cite after separately marked entries to the last one only', () => {
    expect(atoms('The Court GRANTS the motion as to Dkt. 40-2, Dkt. 40-3, and Dkt. 41 at pages 5-6.')).toEqual([
      '40-2 redact {"kind":"whole"}',
      '40-3 redact {"kind":"whole"}',
      '41 redact {"kind":"pages","from":5,"to":6}',
    ]);
  });

  it('reads "lines 3 through 17 on page 9"', () => {
    expect(atoms('Lines 3 through 17 on page 9 of the transcript (ECF No. 58-2) may be redacted.')).toEqual([
      '58-2 redact {"kind":"lines","from":{"page":9,"line":3},"to":{"page":9,"line":17}}',
    ]);
  });
});

describe('seals kept only for a while', () => {
  it('reads "shall remain under seal for fourteen (14) days" after a denial as no grant', () => {
    expect(
      atoms(
        'The motion to seal is DENIED without prejudice as to Exhibit A (ECF No. 50-1), which shall remain under seal for fourteen (14) days so that Defendant may renew its motion.',
      ),
    ).toEqual(['50-1 deny {"kind":"whole"}']);
  });

  it('reads "shall remain provisionally sealed pending further order" while the court defers as no grant', () => {
    expect(
      atoms(
        'The motion is GRANTED as to Exhibit 4 (ECF No. 76-4). The court defers ruling on Exhibit 12 (ECF No. 76-12), which shall remain provisionally sealed pending further order.',
      ),
    ).toEqual(['76-4 redact {"kind":"whole"}']);
  });

  it('still reads a seal kept "temporarily" as a ruling when the court orders it', () => {
    expect(atoms('The Court will temporarily retain under seal Exhibit E (Doc. No. 50-7).')).toEqual([
      '50-7 redact {"kind":"whole"}',
    ]);
  });
});

describe('parts pointed back at by kind and document', () => {
  it('gives "those pages of the memorandum [D.E. 62] and those paragraphs of the statement [D.E. 63]" the parts located before', () => {
    expect(
      sortedAtoms(
        "The same information appears in Pamlico's memorandum at pages 4 and 12-13 and in its statement of material facts at paragraphs 21 through 26 and paragraph 41. The court grants the motion as to those pages of the memorandum [D.E. 62] and those paragraphs of the statement [D.E. 63].",
      ),
    ).toEqual([
      '62 redact {"kind":"pages","from":12,"to":13}',
      '62 redact {"kind":"pages","from":4,"to":4}',
      '63 redact {"kind":"paragraphs","from":21,"to":26}',
      '63 redact {"kind":"paragraphs","from":41,"to":41}',
    ]);
  });

  it('does not give a document the parts the sentence before located in another', () => {
    expect(
      atoms(
        "The same figures appear in Pamlico's memorandum at pages 4 and 12-13. The court grants the motion as to those pages of the statement [D.E. 63].",
      ),
    ).not.toContain('63 redact {"kind":"pages","from":4,"to":4}');
  });
});

describe('a numbered item with two sentences', () => {
  it('takes each entry\'s ruling from its own sentence, not the "ALLOWED in part and DENIED in part" before it', () => {
    expect(
      sortedAtoms(
        "ORDER\n\n     1.   Capsidyne's motion to impound, D. 112, is ALLOWED in part and DENIED in part. Paragraphs 31-38 and 54 of D. 113, pages 41-44 of D. 114-7, and D. 114-12 shall remain impounded. The motion is DENIED as to the remainder of D. 114-7 and as to D. 114-15.",
      ),
    ).toEqual([
      '113 redact {"kind":"paragraphs","from":31,"to":38}',
      '113 redact {"kind":"paragraphs","from":54,"to":54}',
      '114-12 redact {"kind":"whole"}',
      '114-15 deny {"kind":"whole"}',
      '114-7 deny {"kind":"whole"}',
      '114-7 redact {"kind":"pages","from":41,"to":44}',
    ]);
  });

  it('reads "shall not be restricted" as a refusal and "maintain … as restricted" over a long list as a seal', () => {
    const got = atoms(
      'ORDER\n\n     1. The Motion (ECF No. 78) is GRANTED IN PART and DENIED IN PART. The Clerk shall maintain ECF No. 74-3, ECF No. 74-4, and ECF No. 74-5 at 4-32 as restricted. ECF No. 74-5 at 1-3 shall not be restricted.',
    );
    expect(got).toContain('74-3 redact {"kind":"whole"}');
    expect(got).toContain('74-5 redact {"kind":"ecfPages","from":4,"to":32}');
    expect(got).toContain('74-5 deny {"kind":"ecfPages","from":1,"to":3}');
  });
});

describe('sub-headings on pleading paper', () => {
  it('reads a sub-heading with no blank line around it as the topic of the paragraph under it', () => {
    const lines = [
      'Amite moved for summary judgment [ECF No. 79], filing the Agreement [ECF No. 79-2], the Declaration of',
      'Wendell Pace [ECF No. 79-3], and excerpts of the deposition of Clay Dunaway [ECF No. 79-6].',
      'B. The Pace Declaration',
      '     Paragraphs 22 through 30 of the Pace Declaration recount the prices Amite paid. Those paragraphs',
      'may be redacted. Paragraph 31 describes Amite’s communications with Homochitto. The Motion is DENIED as',
      'to paragraph 31.',
      'D. The Dunaway Deposition',
      '     Amite seeks to redact two passages of Mr. Dunaway’s testimony: 58:11-60:4 and 102:7-104:15. The',
      'Court GRANTS the Motion as to 58:11-60:4 and DENIES it as to 102:7-104:15.',
    ];
    const body = [
      '     BEFORE THE COURT is Plaintiff Amite Renewable Fibers, LLC’s Motion to Seal [ECF No. 88]. For the',
      'reasons below, the Motion is granted in part.',
      ...lines,
    ];
    // (On 28-line pleading paper: the order's own line numbers, blank lines numbered too.)
    while (body.length < 28) body.push('');
    const text = body.map((line, i) => `${String(i + 1).padStart(2)}  ${line}`).join('\n');
    const got = atoms(text);
    expect(got).toContain('79-3 deny {"kind":"paragraphs","from":31,"to":31}');
    expect(got).toContain('79-6 redact {"kind":"lines","from":{"page":58,"line":11},"to":{"page":60,"line":4}}');
    expect(got).toContain('79-6 deny {"kind":"lines","from":{"page":102,"line":7},"to":{"page":104,"line":15}}');
  });
});

describe('a ruling chart whose docket column holds bare entries with pin cites', () => {
  it('reads "135 at 4-32", "134, ¶¶ 18-20, 44" and "GRANTED as to 7-9; DENIED as to 15" under "ECF No."', () => {
    const chart = [
      'IT IS HEREBY ORDERED that the Motion (ECF No. 138) is GRANTED IN PART and DENIED IN PART, as set forth in the following chart:',
      '',
      'Document                                   ECF No.              Ruling',
      '-----------------------------------------  -------------------  -------------------------------------',
      'Brief in Support (entire document)         133                  DENIED',
      'Concise Statement of Material Facts        134, ¶¶ 18-20, 44    GRANTED',
      'Appendix, Volume I (Supply Agreement)      135 at 4-32          GRANTED',
      'Appendix, Volume II (Deposition)           136 at 7-9, 15       GRANTED as to 7-9; DENIED as to 15',
    ].join('\n');
    expect(sortedAtoms(chart)).toEqual([
      '133 deny {"kind":"whole"}',
      '134 redact {"kind":"paragraphs","from":18,"to":20}',
      '134 redact {"kind":"paragraphs","from":44,"to":44}',
      '135 redact {"kind":"ecfPages","from":4,"to":32}',
      '136 deny {"kind":"ecfPages","from":15,"to":15}',
      '136 redact {"kind":"ecfPages","from":7,"to":9}',
    ]);
  });
});

describe('a bracketed cite inside parentheses', () => {
  it('reads "112:4-118:22 of the transcript (Exhibit F, [D.E. 87-6])" as those lines of 87-6', () => {
    expect(
      atoms(
        'Accordingly, it is ORDERED AND ADJUDGED as follows:\n\n     6. Defendant shall redact 112:4-118:22 of the transcript (Exhibit F, [D.E. 87-6]).',
      ),
    ).toEqual(['87-6 redact {"kind":"lines","from":{"page":112,"line":4},"to":{"page":118,"line":22}}']);
  });

  it('reads "([D.E. 87-6])" as the docket it holds', () => {
    expect(
      atoms(
        'Accordingly, it is ORDERED AND ADJUDGED as follows:\n\n     6. Defendant shall redact 112:4-118:22 of the transcript ([D.E. 87-6]).',
      ),
    ).toEqual(['87-6 redact {"kind":"lines","from":{"page":112,"line":4},"to":{"page":118,"line":22}}']);
  });
});

describe('a multiline ruling table (rules between rows, cells wrapped under their columns)', () => {
  it('reads each row between the rules, its entry in a wrapped cell', () => {
    const table = [
      'The Court rules on each document as follows.',
      '',
      ' -----------------------------------------------------------------------------',
      "  Document (Filing ID)                Defendants' Request   Ruling",
      ' -----------------------------------------------------------------------------',
      '  Motion for Appointment of           pages 5 and 8         GRANTED. The',
      '  Receiver (3C81F5A0D92E7)                                  quantities may be',
      '                                                            redacted.',
      ' -----------------------------------------------------------------------------',
      '  Exhibit 6 - Monthly financial       entire document       DENIED.',
      '  statements (0D5C8E7A2B319)',
      ' -----------------------------------------------------------------------------',
      '',
    ].join('\n');
    expect(sortedAtoms(table)).toEqual([
      '0D5C8E7A2B319 deny {"kind":"whole"}',
      '3C81F5A0D92E7 redact {"kind":"pages","from":5,"to":5}',
      '3C81F5A0D92E7 redact {"kind":"pages","from":8,"to":8}',
    ]);
  });

  it('keeps a row going where its first cell opens with the docket and a wrapped line does not', () => {
    const table = [
      'The Court rules on the specific requests as follows:',
      '',
      'Document                      Portion(s) Sought       Ruling',
      'Dkt. No. 141-6, Ex. 7 to the  33:4-35:18; 61:9-22     GRANTED as to 33:4-35:18.',
      'Nakagawa Declaration                                  DENIED as to 61:9-22, which',
      '                                                      quotes the public terms.',
      "Dkt. No. 147-2, Defendant's   5:1-8:27                GRANTED as to 6:15-7:4.",
      'Opposition to Motion for                              DENIED as to the remainder.',
      'Class Certification',
      'Dkt. No. 147-4, Expert        ¶¶ 22-31, 48            GRANTED as to ¶¶ 22-31 and',
      'Report of Dr. Lionel                                  48.',
      '',
    ].join('\n');
    expect(sortedAtoms(table)).toEqual([
      '141-6 deny {"kind":"lines","from":{"page":61,"line":9},"to":{"page":61,"line":22}}',
      '141-6 redact {"kind":"lines","from":{"page":33,"line":4},"to":{"page":35,"line":18}}',
      '147-2 deny {"kind":"whole"}',
      '147-2 redact {"kind":"lines","from":{"page":6,"line":15},"to":{"page":7,"line":4}}',
      '147-4 redact {"kind":"paragraphs","from":22,"to":31}',
      '147-4 redact {"kind":"paragraphs","from":48,"to":48}',
    ]);
  });
});

describe('a list run into one paragraph', () => {
  it('reads each "(n) …;" item that says something of its own as a sentence with its own ruling', () => {
    const got = atoms(
      "The Court has reviewed the transcript (D.I. 230) and the letter brief (D.I. 219). Accordingly, IT IS HEREBY ORDERED that Defendants' request is GRANTED-IN-PART and DENIED-IN-PART, as follows: (1) the proposed redactions to the transcript at 12:4-18 and 31:15-22 are APPROVED; (2) the proposed redaction at 40:1-41:25 is REJECTED, as that passage records counsel's argument; and (3) the proposed redactions to pages 2 and 3 of the letter brief are APPROVED.",
    );
    expect(got).toContain('230 redact {"kind":"lines","from":{"page":12,"line":4},"to":{"page":12,"line":18}}');
    expect(got).toContain('219 redact {"kind":"pages","from":2,"to":2}');
    expect(got.filter((a) => a.includes('"page":40,"line":1'))).toEqual([
      expect.stringMatching(/ deny /) as unknown as string,
    ]);
  });

  it('leaves items that only name documents to the lead-in that rules on them', () => {
    expect(
      sortedAtoms(
        "The following documents shall be filed under seal: (1) the unredacted version of Plaintiff's Motion in Limine No. 3 (Dkt. No. 97); and (2) Exhibits 4, 5, and 11 to the Declaration of Kevin Moore (Dkt. No. 97-2).",
      ),
    ).toEqual([
      '97 redact {"kind":"whole"}',
      '97-2 redact {"kind":"exhibits","from":"11","to":"11"}',
      '97-2 redact {"kind":"exhibits","from":"4","to":"4"}',
      '97-2 redact {"kind":"exhibits","from":"5","to":"5"}',
    ]);
  });
});

describe('a ruling chart in the imperative (D. Minn. LR 5.6)', () => {
  it('reads "Keep redacted at …" as a seal of those parts and "Unseal the remainder." as a refusal of the rest', () => {
    const chart = [
      "| ECF No. | Document | Parties' Position | Court's Ruling |",
      '|---|---|---|---|',
      '| 170 | Memorandum in Support | Agree: keep redacted at pages 6 and 11–13 | Keep redacted at pages 11–13. Unseal page 6. |',
      '| 177 | Declaration of Karin Lindqvist | Polar Rink: keep redacted at ¶¶ 6–44. | Keep redacted at ¶¶ 8–12 and 30. Unseal the remainder. |',
    ].join('\n');
    expect(sortedAtoms(chart)).toEqual([
      '170 deny {"kind":"pages","from":6,"to":6}',
      '170 redact {"kind":"pages","from":11,"to":13}',
      '177 deny {"kind":"whole"}',
      '177 redact {"kind":"paragraphs","from":30,"to":30}',
      '177 redact {"kind":"paragraphs","from":8,"to":12}',
    ]);
  });

  it('reads "CONTINUED SEALING as to …; UNSEAL as to …" cells, and leaves a cross-reference "(… ¶ 19 above)" alone', () => {
    const chart = [
      "ECF No.\tDocument\tPrecise Description of Information\tParties' Positions\tCourt's Ruling",
      '91\tMemorandum\tRedacted text at pages 6-8 and 14\tAgree: keep sealed\tCONTINUED SEALING of redacted text',
      '93-3\tEx. 3: Supply Agreement\tEntire document\tDisputed\tCONTINUED SEALING as to Schedule 1 (pages 14-17); otherwise UNSEAL',
      '96-2\tEx. B: Deposition of Lars Brandt\t55:3-57:21; 112:9-14\tAgree: keep sealed\tCONTINUED SEALING as to 55:3-57:21; UNSEAL as to 112:9-14 (the same data as ¶ 19 above)',
    ].join('\n');
    expect(sortedAtoms(chart)).toEqual([
      '91 redact {"kind":"pages","from":14,"to":14}',
      '91 redact {"kind":"pages","from":6,"to":8}',
      '93-3 deny {"kind":"whole"}',
      '93-3 redact {"kind":"pages","from":14,"to":17}',
      '96-2 deny {"kind":"lines","from":{"page":112,"line":9},"to":{"page":112,"line":14}}',
      '96-2 redact {"kind":"lines","from":{"page":55,"line":3},"to":{"page":57,"line":21}}',
    ]);
  });
});

describe('a section number at the end of a sentence', () => {
  it('ends the sentence at "Part I.A." so the next one rules by itself', () => {
    expect(
      sortedAtoms(
        "Merrimack asks to seal the expert report of Dr. Lucia Ferrante (doc. no. 61-2), or alternatively to redact pages 11-18 and 23. Merrimack's alternative request is narrowly tailored and protects the same interest identified in Part I.A. Merrimack's motion is granted to the extent that it may redact pages 11-18 and 23 of the Ferrante report; its request to seal the report in its entirety is denied.",
      ),
    ).toEqual([
      '61-2 deny {"kind":"whole"}',
      '61-2 redact {"kind":"pages","from":11,"to":18}',
      '61-2 redact {"kind":"pages","from":23,"to":23}',
    ]);
  });
});

describe('parts pointed back at across a sentence of reasons', () => {
  it('gives "Those redactions are approved." the lines the paragraph located in a document named in words', () => {
    expect(
      atoms(
        'Harborview seeks to redact portions of its Counterstatement (ECF No. 152) and of the excerpts of the deposition of its chief operating officer, Terrence Adeyemi, that it submitted with its opposition (ECF No. 153-2).\n\nThe proposed redactions to the Adeyemi deposition at 88:4-90:17 and 132:10-21 concern the prices Harborview has charged. Harborview has shown that this information is competitively sensitive. Those redactions are approved.',
      ),
    ).toEqual([
      '153-2 redact {"kind":"lines","from":{"page":88,"line":4},"to":{"page":90,"line":17}}',
      '153-2 redact {"kind":"lines","from":{"page":132,"line":10},"to":{"page":132,"line":21}}',
    ]);
  });
});

describe('a document filed "at Dkt. N"', () => {
  it('titles "the declaration of its kiln engineer, Ruth Haldane, with Exhibits A through F attached, at Dkt. 86-2" by the declaration', () => {
    expect(
      sortedAtoms(
        'Selway filed its memorandum at Dkt. 86-1 and the declaration of its kiln engineer, Ruth Haldane, with Exhibits A through F attached, at Dkt. 86-2.\n\nThe Haldane Declaration sets out the schedules. The motion is GRANTED as to paragraphs 6-44 and 46 of the Declaration.',
      ),
    ).toEqual([
      '86-2 redact {"kind":"paragraphs","from":46,"to":46}',
      '86-2 redact {"kind":"paragraphs","from":6,"to":44}',
    ]);
  });
});

describe('state courts’ ruling words', () => {
  it('reads "access to … is LIMITED to the Court, counsel …" as a seal (Ga. Unif. Super. Ct. R. 21)', () => {
    expect(
      atoms(
        'IT IS FURTHER ORDERED that access to the Baptiste Affidavit (Docket Entry 9) is LIMITED to the Court, counsel of record, and the parties.',
      ),
    ).toEqual(['9 redact {"kind":"whole"}']);
  });

  it('does not read "unless access is limited by law" as a seal', () => {
    expect(
      atoms(
        'Under Uniform Superior Court Rule 21, all court records are public unless access is limited by law. Plaintiff filed its affidavit (Docket Entry 9).',
      ),
    ).toEqual([]);
  });

  it('reads "The motion is OVERRULED as to Exhibit 19 (Doc. 91-19)" as a denial (Missouri)', () => {
    expect(atoms('The motion is OVERRULED as to Exhibit 19 (Doc. 91-19).')).toEqual(['91-19 deny {"kind":"whole"}']);
  });
});

describe('parts after the cite, opened by "from"', () => {
  it('reads "(Envelope No. 87224540), from page 44, line 3 through page 46, line 10, is SEALED" as those lines', () => {
    expect(
      atoms(
        'The deposition of Hargrove (Envelope No. 87224540), from page 44, line 3 through page 46, line 10, is SEALED.',
      ),
    ).toEqual(['87224540 redact {"kind":"lines","from":{"page":44,"line":3},"to":{"page":46,"line":10}}']);
  });

  it('reads "page 63, line 9, through page 64, line 2" (a comma before "through") as one span of lines', () => {
    expect(
      atoms(
        'The Court GRANTS the motion as to page 63, line 9, through page 64, line 2 of the Wooten deposition [D.E. 107-2].',
      ),
    ).toEqual(['107-2 redact {"kind":"lines","from":{"page":63,"line":9},"to":{"page":64,"line":2}}']);
  });
});

describe('parts of two documents pointed back at together', () => {
  const intro =
    'Delta has moved for summary judgment, Doc. 66, with a brief, Doc. 67, a statement of undisputed facts, Doc. 68, and fifteen exhibits, Doc. 66-1 through 66-15. It now moves to seal parts of that record. Doc. 71.';
  const said =
    "Delta's brief quotes the Schedule C rebate tiers on pages 5 and 11-12, and its statement of undisputed facts repeats them in ¶¶ 14-17 and ¶ 23. Those parts of the brief and the statement may be redacted.";
  const want = [
    '67 redact {"kind":"pages","from":5,"to":5}',
    '67 redact {"kind":"pages","from":11,"to":12}',
    '68 redact {"kind":"paragraphs","from":14,"to":17}',
    '68 redact {"kind":"paragraphs","from":23,"to":23}',
  ];
  it('gives each part to the document its own clause names', () => {
    expect(atoms(`${intro}\n\n${said}`)).toEqual(want);
  });
  it('does the same in a numbered paragraph', () => {
    expect(atoms(`1. ${intro}\n\n7. ${said}`)).toEqual(want);
  });
});
