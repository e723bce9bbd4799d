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

describe('ruling tables of three columns drawn without outer pipes', () => {
  // D. Minn. (round 229): an L.R. 5.6 chart, "Keep sealed" / "Unseal", a row wrapped onto a second line.
  const CHART = [
    "     The Court's rulings are set out in the following table:",
    '',
    ' Dkt. No. | Document                                          | Ruling',
    ' ---------|---------------------------------------------------|---------------------------------------------',
    " 142      | Cedar Lake's Memorandum in Support of Motion to   | Keep sealed pages 17 and 22-23; otherwise",
    '          | Exclude                                           | unseal',
    ' 143      | Declaration of Erik Sandvik                       | Keep sealed ¶¶ 6-9; unseal ¶¶ 10-15',
    ' 143-1    | Ex. 1, Supply and Quality Agreement               | Keep sealed',
    ' 143-3    | Ex. 3, CAPA Report                                | Unseal',
    ' 143-4    | Ex. 4, Excerpts of Deposition of Hanna Lindqvist  | Keep sealed 12:3-14:22 and 88:5-19',
  ].join('\n');

  it('reads each row of "Dkt. No. | Document | Ruling" with its rule " ---------|------|-----"', () => {
    expect(atoms(CHART)).toEqual([
      '142 redact {"kind":"pages","from":17,"to":17}',
      '142 redact {"kind":"pages","from":22,"to":23}',
      '143 deny {"kind":"paragraphs","from":10,"to":15}',
      '143 redact {"kind":"paragraphs","from":6,"to":9}',
      '143-1 redact {"kind":"whole"}',
      '143-3 deny {"kind":"whole"}',
      '143-4 redact {"kind":"lines","from":{"page":12,"line":3},"to":{"page":14,"line":22}}',
      '143-4 redact {"kind":"lines","from":{"page":88,"line":5},"to":{"page":88,"line":19}}',
    ]);
  });

  it('reads "Filing ID | Document | Ruling" rows whose document cell names the paper, then its exhibits or paragraphs', () => {
    // Arapahoe County (an earlier round): Colorado e-filing IDs, one entry over several rows, rows wrapped.
    expect(
      atoms(
        [
          '     Filing ID       | Document                               | Ruling',
          '     ----------------|----------------------------------------|------------------------------------------------------------',
          '     D41F0B6E29A73   | Response, Exhibits 12 through 14       | GRANTED. Incident reports identifying other memory-care',
          '                     | (incident reports, other residents)    | residents by name, diagnosis, and elopement history; the',
          '                     |                                        | residents are not parties and most cannot consent.',
          '     D41F0B6E29A73   | Response, Exhibit 15 (CDPHE survey)    | DENIED. The survey was published by the Colorado Department',
          '                     |                                        | of Public Health and Environment and is already public.',
          "     5C09E7A1B3D48   | Castellano Affidavit, ¶¶ 11-15         | GRANTED. These paragraphs describe three other residents'",
          '                     |                                        | cognitive status and medications.',
          '     8E2B6D0F41C95   | Reply, footnote 3 on page 6            | GRANTED. The footnote names a resident and her family.',
        ].join('\n'),
      ),
    ).toEqual([
      '5C09E7A1B3D48 redact {"kind":"paragraphs","from":11,"to":15}',
      '8E2B6D0F41C95 redact {"kind":"footnote","page":6,"note":3}',
      'D41F0B6E29A73 deny {"kind":"exhibits","from":"15","to":"15"}',
      'D41F0B6E29A73 redact {"kind":"exhibits","from":"12","to":"14"}',
    ]);
  });

  it('keeps each wrapped row whose exhibit has an entry of its own whole (Multnomah County, UTCR 5.160 envelopes)', () => {
    expect(
      atoms(
        '     Document                                  Envelope No.   Disposition\n     ----------------------------------------  ------------   -------------------------------------\n     Memorandum in Support of Motion for       16204402       Plaintiff shall file a redacted\n     Preliminary Injunction                                   version redacting page 5, lines\n                                                              3-21, and page 8, lines 10-12.\n\n     Declaration of Amara Lindqvist            16204409       Request to file under seal in full\n                                                              DENIED. Plaintiff shall file a\n                                                              redacted version redacting\n                                                              paragraphs 7 through 14.\n\n     Exhibit 3 to Lindqvist Declaration        16204411       File under seal. UTCR 5.160(3)(b).\n     (botanical formula sheets)\n\n     Exhibit 4 to Lindqvist Declaration        16204412       File under seal. UTCR 5.160(3)(b).\n     (still run logs)\n\n     Exhibit 6 to Lindqvist Declaration        16204414       File unsealed in the court file.\n     (employee handbook)                                      UTCR 5.160(3)(a).',
      ).filter((a) => a.startsWith('162044')),
    ).toEqual([
      '16204402 redact {"kind":"lines","from":{"page":5,"line":3},"to":{"page":5,"line":21}}',
      '16204402 redact {"kind":"lines","from":{"page":8,"line":10},"to":{"page":8,"line":12}}',
      '16204409 redact {"kind":"paragraphs","from":7,"to":14}',
      '16204411 redact {"kind":"whole"}',
      '16204412 redact {"kind":"whole"}',
      '16204414 deny {"kind":"whole"}',
    ]);
  });
});

describe('a schedule of rulings keyed by New Jersey eCourts transaction IDs', () => {
  it('reads "Item | Document | Trans ID | Portion | Ruling" rows with bare IDs such as CHC2024098812', () => {
    // N.J. Super. Ct. Ch. Div. (round 232).
    expect(
      atoms(
        [
          'Item  Document                                    Trans ID          Portion            Ruling',
          '----  ------------------------------------------  ----------------  -----------------  --------',
          '1     Verified Complaint                          CHC2024098812     ¶¶ 22-27           Sealed',
          '2     Verified Complaint                          CHC2024098812     ¶ 35               Denied',
          '3     Certification of Marisol Vance, Pharm.D.    CHC2024098815     Exhibits A-C       Sealed',
        ].join('\n'),
      ),
    ).toEqual([
      'CHC2024098812 deny {"kind":"paragraphs","from":35,"to":35}',
      'CHC2024098812 redact {"kind":"paragraphs","from":22,"to":27}',
      'CHC2024098815 redact {"kind":"exhibits","from":"A","to":"C"}',
    ]);
  });
});

describe('a date inside a title before its docket', () => {
  it('reads "GRANTED as to 14:3-15:20 and 31:9-22 of the April 30, 2024 transcript (D.I. 203)" as those lines', () => {
    // Del. Super. Ct. (an earlier round): the date's comma and year are part of the title.
    expect(
      atoms(
        '          (d)  The Motion is GRANTED as to 14:3-15:20 and 31:9-22 of the April 30, 2024 transcript (D.I. 203).',
      ),
    ).toEqual([
      '203 redact {"kind":"lines","from":{"page":14,"line":3},"to":{"page":15,"line":20}}',
      '203 redact {"kind":"lines","from":{"page":31,"line":9},"to":{"page":31,"line":22}}',
    ]);
  });
});

describe('page furniture repeated on every page', () => {
  it('blanks "EFiled: …", "Transaction ID 74790312" and the case number printed at the head of each transcript page', () => {
    // Del. Super. Ct. (round 232): a bench ruling's transcript, its e-filing stamp on every page.
    const transcript =
      "EFiled: Nov 04 2024 09:52AM EST\nTransaction ID 74790312\nCase No. N23C-05-219 SKR CCLD\n                                                          38\n 1             THE COURT:  I'm going to rule from the bench on the\n 2   motion for continued confidential treatment, D.I. 201.\n 3             First, plaintiff's opening brief, D.I. 184.\n 4   Tidewater asks me to keep pages 9 through 12\n 5   confidential. That request is denied.\nEFiled: Nov 04 2024 09:52AM EST\nTransaction ID 74790312\nCase No. N23C-05-219 SKR CCLD\n                                                          39\n 1             I will, though, allow footnote 6 on\n 2   page 11 to stay redacted.\n 3             Second, the deposition of Annika Holm,\n 4   which is D.I. 187. What I will allow is redaction of 88:4\n 5   through 91:17.\nEFiled: Nov 04 2024 09:52AM EST\nTransaction ID 74790312\nCase No. N23C-05-219 SKR CCLD\n                                                          40\n 1             THE COURT:  Thank you. We're adjourned.\n";
    expect(atoms(transcript).filter((a) => a.startsWith('74790312'))).toEqual([]);
    expect(atoms(transcript)).toContain('184 redact {"kind":"footnote","page":11,"note":6}');
  });
});

describe('a Texas Rule 76a schedule whose "Court record" column is not its ruling', () => {
  it('reads "No. | Court record | Envelope No. | Portion | Ruling" rows by their Ruling column', () => {
    // Dallas County District Court (round 242): Schedule 1 after the signature.
    expect(
      atoms(
        "                                   SCHEDULE 1\n\n| No. | Court record | Envelope No. | Portion | Ruling |\n|---|---|---|---|---|\n| 1 | Plaintiff's Original Petition, Exhibit 4 (client list) | 86120344 | Entire exhibit | SEALED |\n| 2 | Plaintiff's Original Petition | 86120344 | \u00b6\u00b6 18-24 | DENIED |\n| 3 | Declaration of Marisa Quintero | 86877410 | \u00b6\u00b6 9-13, 16 | SEALED |\n| 4 | Declaration of Marisa Quintero, Exhibits C-E (commission-split agreements) | 86877410 | Entire exhibits | SEALED |\n| 5 | Temporary Injunction Hearing Transcript, Vol. 2 | 87502216 | 33:2-35:17; 61:9-62:4 | SEALED as to 33:2-35:17; DENIED as to 61:9-62:4 |\n| 6 | Defendants' Response Appendix | 87190055 | App. 45-61 | DENIED |\n| 7 | Defendants' Response Appendix | 87190055 | App. 112-118 | SEALED |\n",
      ),
    ).toEqual([
      '86120344 deny {"kind":"paragraphs","from":18,"to":24}',
      '86120344 redact {"kind":"exhibits","from":"4","to":"4"}',
      '86877410 redact {"kind":"exhibits","from":"C","to":"E"}',
      '86877410 redact {"kind":"paragraphs","from":16,"to":16}',
      '86877410 redact {"kind":"paragraphs","from":9,"to":13}',
      '87190055 deny {"kind":"pages","from":45,"to":61}',
      '87190055 redact {"kind":"pages","from":112,"to":118}',
      '87502216 deny {"kind":"lines","from":{"page":61,"line":9},"to":{"page":62,"line":4}}',
      '87502216 redact {"kind":"lines","from":{"page":33,"line":2},"to":{"page":35,"line":17}}',
    ]);
  });
});

describe('the Court of International Trade keeping and removing brackets (USCIT Rule 5(g))', () => {
  it('reads "shall retain its business proprietary treatment" as kept and "the brackets on page 23 … shall be removed" as refused', () => {
    // Court of International Trade (round 233).
    expect(
      atoms(
        "     ORDERED that the bracketed information on pages 9-11 and 17 of Plaintiff's confidential brief, ECF No. 36, shall retain its business proprietary treatment; and it is further\n\n     ORDERED that the brackets on page 23 of Plaintiff's confidential brief and in footnote 12 on page 24 of that brief, which enclose the name of Plaintiff's largest U.S. customer and the location of its Houston warehouse, shall be removed; and it is further",
      ),
    ).toEqual([
      '36 deny {"kind":"footnote","page":24,"note":12}',
      '36 deny {"kind":"pages","from":23,"to":23}',
      '36 redact {"kind":"pages","from":17,"to":17}',
      '36 redact {"kind":"pages","from":9,"to":11}',
    ]);
  });
});

describe('a ruling chart laid out with spaces over one unbroken rule', () => {
  it('reads the rows under "Document   ECF No.   Ruling" and a rule of dashes with no gaps', () => {
    // D. Nev. (round 244).
    expect(
      atoms(
        "     Document                                          ECF No.      Ruling\n     -----------------------------------------------------------------------------------\n     Pl.'s Ex. 3, Equipment Service Agreement          61-3         GRANTED\n     Pl.'s Ex. 5, Prior incident reports               61-5         GRANTED as to pages 2-4;\n                                                                    DENIED as to the remainder\n     Pl.'s Ex. 6, Deposition of Dale Koerner           61-6         GRANTED as to 27:3-29:14;\n                                                                    DENIED as to 40:1-41:22\n     Def.'s Opposition to Motion to Compel             69           DENIED\n     Def.'s Ex. A, Declaration of Trina Vasquez        69-1         GRANTED as to \u00b6\u00b6 9-11\n     Def.'s Exs. B and C, Member injury claim logs     69-2, 69-3   GRANTED\n\n",
      ),
    ).toEqual([
      '61-3 redact {"kind":"whole"}',
      '61-5 deny {"kind":"whole"}',
      '61-5 redact {"kind":"pages","from":2,"to":4}',
      '61-6 deny {"kind":"lines","from":{"page":40,"line":1},"to":{"page":41,"line":22}}',
      '61-6 redact {"kind":"lines","from":{"page":27,"line":3},"to":{"page":29,"line":14}}',
      '69 deny {"kind":"whole"}',
      '69-1 redact {"kind":"paragraphs","from":9,"to":11}',
      '69-2 redact {"kind":"whole"}',
      '69-3 redact {"kind":"whole"}',
    ]);
  });
});
