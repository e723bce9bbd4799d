// Forms found by held-out rounds 227-262 (orders keyed to KEYING.md): each case quotes the order that showed it.
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

describe('an exhibit label inside the parentheses that cite its entry', () => {
  it('finds "Exhibit 4" of "the Compressor Service Agreement (Exhibit 4, Doc. 119-1)" when a ruling names only the label', () => {
    // D. Ariz. (round 244), as pasted from its PDF: the first three pages.
    expect(
      atoms(
        'Case 2:22-cv-01187-RCM   Document 141   Filed 05/09/24   Page 1 of 4\n\n 1  WO\n 2\n 3\n 4\n 5\n 6                          IN THE UNITED STATES DISTRICT COURT\n 7                              FOR THE DISTRICT OF ARIZONA\n 8\n 9  Gila Valley Produce Cooling, LLC,               No. CV-22-01187-PHX-RCM\n10\n11                 Plaintiff,                       ORDER\n12\n13  v.\n14\n15  Sonoran Refrigeration Services, Inc.,\n16\n17                 Defendant.\n18\n19\n20        Pending before the Court is Defendant Sonoran Refrigeration Services, Inc.\u2019s\n21  (\u201cSonoran\u201d) Motion to Seal (Doc. 118). Sonoran asks the Court to seal, in whole or in\n22  part, five documents that it lodged in support of its Motion for Summary Judgment\n23  (Doc. 115). (Doc. 119.) Plaintiff Gila Valley Produce Cooling, LLC (\u201cGila Valley\u201d)\n24  opposes the Motion in part. (Doc. 124.) For the following reasons, the Motion will be\n25  granted in part and denied in part.\n26  I.     BACKGROUND\n27        Gila Valley operates vacuum-cooling facilities in Yuma that chill leafy greens\n28  within hours of harvest. In 2020 it hired Sonoran to rebuild the ammonia compres-\n\n                                        - 1 -\n\nCase 2:22-cv-01187-RCM   Document 141   Filed 05/09/24   Page 2 of 4\n\n 1  sors that serve its two largest coolers under a Compressor Service Agreement. Two\n 2  of the rebuilt compressors failed during the December 2021 harvest, and Gila Valley\n 3  alleges that it lost four days of cooling capacity and had to dump product. Sonoran\n 4  has moved for summary judgment, arguing that the Agreement\u2019s limitation-of-liability\n 5  clause caps any recovery. (Doc. 115.) With its Separate Statement of Facts, Sonoran\n 6  lodged an unredacted copy of the Statement (Doc. 119-5) and four exhibits: the\n 7  Compressor Service Agreement (Exhibit 4, Doc. 119-1); excerpts from the deposition\n 8  of its service manager, Ignacio Valdez (Exhibit 7, Doc. 119-2); Gila Valley\u2019s cooler\n 9  temperature logs (Exhibit 9, Doc. 119-3); and the personnel file of the technician\n10  who performed the rebuild (Exhibit 12, Doc. 119-4).\n11  II.    LEGAL STANDARD\n12        The public has a general right to inspect judicial records and documents, and a\n13  party seeking to seal a judicial record must overcome \u201ca strong presumption in favor\n14  of access.\u201d Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir.\n15  2006). Because the documents at issue were submitted in support of a motion for\n16  summary judgment, Sonoran must articulate \u201ccompelling reasons supported by specific\n17  factual findings\u201d that outweigh the public\u2019s interest in disclosure. Id. at 1178-79;\n18  Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092, 1101 (9th Cir. 2016). A\n19  designation under the parties\u2019 Stipulated Protective Order (Doc. 47) does not, by\n20  itself, carry that burden.1 Where sealing part of a document will protect the interest\n21  at stake, the Court will order redaction rather than seal the whole document.\n22  III.   DISCUSSION\n23        A.     The Compressor Service Agreement (Exhibit 4)\n24        Sonoran asks the Court to seal the Agreement in its entirety. (Doc. 118 at 3-4.)\n25  It argues that the Agreement\u2019s pricing terms, which appear in Schedule B, would let\n26  competitors underbid it on future refrigeration contracts in the Yuma area. The Court\n27  agrees as to Schedule B, which sets out Sonoran\u2019s labor rates, parts markups, and\n28  volume discounts. But the rest of the Agreement, including the limitation-of-liability\n\n    ____________________\n    1 Sonoran also relies on the Agreement\u2019s confidentiality clause. A private promise to keep\n    contract terms confidential is not, without more, a compelling reason to seal them. See\n    Foltz v. State Farm Mut. Auto. Ins. Co., 331 F.3d 1122, 1137-38 (9th Cir. 2003).\n\n                                        - 2 -\n\nCase 2:22-cv-01187-RCM   Document 141   Filed 05/09/24   Page 3 of 4\n\n 1  clause on which Sonoran\u2019s motion turns, contains nothing that Sonoran has shown to\n 2  be confidential, and the public has an obvious interest in the terms the Court is being\n 3  asked to enforce. The Motion is granted as to Schedule B, which appears at pages\n 4  14-16 of Exhibit 4, and denied as to the remainder of the Agreement.\n 5        B.     The Valdez Deposition (Exhibit 7)\n 6        Sonoran asks to seal Mr. Valdez\u2019s testimony about its parts suppliers and the\n 7  prices it pays them, which appears at 33:4-35:12 and 61:20-62:3. That testimony\n 8  reveals supplier pricing that competitors could use, and it has nothing to do with the\n 9  issues raised on summary judgment. Those passages may be redacted. Sonoran also\n10  asks to seal 88:1-92:25, in which Mr. Valdez describes the rebuild and what he found\n11  when the failed compressors were torn down. That testimony is at the heart of the\n12  parties\u2019 dispute, and the request to seal 88:1-92:25 is denied.\n13        C.     The Cooler Temperature Logs (Exhibit 9)\n14        The logs record product temperatures, vacuum-tube pressures, and compressor\n15  run times for Gila Valley\u2019s coolers before and after the rebuild. Sonoran offers no\n16  reason why these measurements, which describe Gila Valley\u2019s operations rather than\n17  Sonoran\u2019s business, should be kept from the public, and Gila Valley does not want\n',
      ),
    ).toContain('119-1 redact {"kind":"pages","from":14,"to":16}');
  });
});

describe('public copies to be filed with their redactions, cited by docket', () => {
  it('does not read "shall re-file on the public docket [Doc. 110-4] with pages 23 through 26 redacted" as refusing those pages', () => {
    // N.D. Ga. (round 245).
    expect(
      atoms(
        '     4.   Within three (3) days of the entry of this Order, Defendants shall re-file on the public docket [Doc. 110-4] with pages 23 through 26 redacted, [Doc. 110-7] with pages 4 and 9–10 redacted.',
      ).filter((a) => a.includes(' deny ')),
    ).toEqual([]);
  });
});

describe('"the request is granted" right after a request for parts', () => {
  it('grants the passages the sentence before asked for, of the document in view', () => {
    // E.D. Mich. (round 253): "Keystone asks to redact two passages …: 57:14–59:3 and 122:8–22. … and the request is granted."
    expect(
      atoms(
        "     Lorna Hatch's deposition (ECF No. 85-9) covers the fees. Keystone asks to redact two passages in which Ms. Hatch described the cost model: 57:14-59:3 and 122:8-22. The cost model is proprietary, and the request is granted.",
      ),
    ).toEqual([
      '85-9 redact {"kind":"lines","from":{"page":122,"line":8},"to":{"page":122,"line":22}}',
      '85-9 redact {"kind":"lines","from":{"page":57,"line":14},"to":{"page":59,"line":3}}',
    ]);
  });

  it('does not give them to the document in view when the request named another ("of its memorandum")', () => {
    // E.D. La. (an earlier round): the memorandum is not the exhibit the paragraph before ruled on.
    expect(
      atoms(
        '     Exhibit 8 (R. Doc. 62-9) consists of minutes of a board meeting. The motion is denied as to Exhibit 8.\n\n     Finally, Gulfstar asks to redact footnote 4 on page 7 of its memorandum and pages 12-13, which quote from the schedule. For the reasons already given, that request is granted.',
      ),
    ).toEqual(['62-9 deny {"kind":"whole"}']);
  });
});

describe('a list of entries before its one predicate', () => {
  it('reads "Docket Entry 41-2 at 7-12, Docket Entries 41-3 and 41-5, and Docket Entry 41 at 4 shall remain sealed" as kept', () => {
    // M.D.N.C. (round 254).
    expect(
      atoms(
        '     IT IS THEREFORE ORDERED that the First Sealing Motion (Docket Entry 43) is GRANTED IN PART and DENIED IN PART, such that Docket Entry 41-2 at 7-12, Docket Entries 41-3 and 41-5, and Docket Entry 41 at 4 shall remain sealed, but Docket Entry 41 at 9-10 shall not remain sealed.',
      ),
    ).toEqual([
      '41 deny {"kind":"ecfPages","from":9,"to":10}',
      '41 redact {"kind":"ecfPages","from":4,"to":4}',
      '41-2 redact {"kind":"ecfPages","from":7,"to":12}',
      '41-3 redact {"kind":"whole"}',
      '41-5 redact {"kind":"whole"}',
    ]);
  });
});

describe('a run-in heading that names a declaration its exhibits are also named after', () => {
  it('gives "The Oyelaran declaration. … those paragraphs may be redacted" to the declaration, not to "Exhibits A through H to the Oyelaran declaration"', () => {
    // N.D. Ill. (round 253).
    expect(
      atoms(
        "     In support of its motion, DuPage filed a memorandum [158], the declaration of its vice president of engineering, Margaret Oyelaran [158-1], Exhibits A through H to the Oyelaran declaration, which DuPage filed together as a single attachment [158-2], and excerpts of Desai's deposition [158-9].\n\n     The Oyelaran declaration. DuPage asks to seal the declaration in full. Most of it describes DuPage's business, none of which is secret. (See, e.g., [158-1] ¶¶ 3-8.) Paragraphs 12 through 19 and 24 through 27 set out the formulations, and those paragraphs may be redacted.",
      ).filter((a) => a.includes('paragraphs')),
    ).toEqual([
      '158-1 redact {"kind":"paragraphs","from":12,"to":19}',
      '158-1 redact {"kind":"paragraphs","from":24,"to":27}',
    ]);
  });
});

describe('a joint stipulation named as a document', () => {
  it('gives "… of the Joint Stipulation" the Local Rule 37-2 stipulation cited before, not the declaration after it', () => {
    // C.D. Cal. (round 252).
    expect(
      atoms(
        "The parties presented that dispute in a Joint Stipulation under Local Rule 37-2 (Dkt. No. 113), supported by the Declaration of Aerofast's counsel, Renata Obi, with Exhibits A through AB (Dkt. No. 113-1).\n\nThe Application is GRANTED as to page 5, lines 3-9 and page 18, line 2 through page 19, line 6 of the Joint Stipulation, and DENIED as to page 11, lines 14-27.",
      ),
    ).toEqual([
      '113 deny {"kind":"lines","from":{"page":11,"line":14},"to":{"page":11,"line":27}}',
      '113 redact {"kind":"lines","from":{"page":18,"line":2},"to":{"page":19,"line":6}}',
      '113 redact {"kind":"lines","from":{"page":5,"line":3},"to":{"page":5,"line":9}}',
    ]);
  });
});

describe('a ruling table whose docket column holds the sealing motions', () => {
  it('takes each row\'s document from the entry its document cell cites ("| 142 | … (Dkt. No. 143) |")', () => {
    // N.D. Cal. (round 256): "Re: Dkt. Nos. 142, 151, 158", one row per document under each motion.
    expect(
      atoms(
        [
          'Re: Dkt. Nos. 142, 151, 158',
          '',
          "1. Plaintiffs' administrative motion to consider whether another party's material should be sealed. Dkt. No. 142.",
          '',
          '| Dkt. No. | Document | Portions Sought to Be Sealed | Ruling |',
          '|---|---|---|---|',
          "| 142 | Plaintiffs' Motion for Class Certification (Dkt. No. 143) | 4:12-19; 14:21-26 | GRANTED as to 4:12-19. DENIED as to 14:21-26. |",
          '| 142 | Exhibit 12 to the Declaration of Owen Tate (Dkt. No. 143-14) | Entire document | DENIED. |',
          '',
          'The administrative motions at Dkt. Nos. 142, 151, and 158 are GRANTED IN PART and DENIED IN PART as set out above.',
        ].join('\n'),
      ),
    ).toEqual([
      '143 deny {"kind":"lines","from":{"page":14,"line":21},"to":{"page":14,"line":26}}',
      '143 redact {"kind":"lines","from":{"page":4,"line":12},"to":{"page":4,"line":19}}',
      '143-14 deny {"kind":"whole"}',
    ]);
  });
});

describe('an exhibit label in parentheses before its bracketed cite', () => {
  it('finds "Exhibits A and C" of "… (Exhibit A) [#142-1], … (Exhibit C) [#142-3]"', () => {
    // D. Mass. (round 255).
    expect(
      atoms(
        "Corvantis asks to impound the three exhibits to the Affidavit of Marcus Feeney [#142]: the enrollment log for the clinical trial (Exhibit A) [#142-1], Corvantis's internal investigation report on the failed batches (Exhibit B) [#142-2], and the trial's adverse event listing (Exhibit C) [#142-3].\n\nExhibits A and C contain patient data. The motion is ALLOWED as to Exhibits A and C.",
      ),
    ).toEqual(['142-1 redact {"kind":"whole"}', '142-3 redact {"kind":"whole"}']);
  });
});

describe('lodged copies the Clerk files or does not file under seal', () => {
  it('reads "The Clerk shall not file lodged Exhibit 11 (Doc. 151-6) under seal" as refused', () => {
    // D. Ariz. (round 260).
    expect(
      atoms(
        'The Clerk shall not file lodged Exhibit 11 (Doc. 151-6) under seal; Defendants may file Exhibit 11 on the public docket.',
      ),
    ).toEqual(['151-6 deny {"kind":"whole"}']);
  });

  it('gives nothing for "The Clerk shall file under seal the lodged unredacted copy of the Response (Doc. 159-1)" (KEYING.md rule 4)', () => {
    expect(atoms('The Clerk shall file under seal the lodged unredacted copy of the Response (Doc. 159-1).')).toEqual(
      [],
    );
  });
});

describe('a title that names its author after a comma', () => {
  it('reads "¶¶ 51-58 of the rebuttal report of its damages expert, Dr. Peter Naismith (D.I. 297)" as parts of that entry', () => {
    // D. Del. (round 259).
    expect(
      atoms(
        '4. Naismith Report. For the same reasons, HerdSight may redact ¶¶ 51-58 of the rebuttal report of its damages expert, Dr. Peter Naismith (D.I. 297), which reproduce the same license terms.',
      ),
    ).toEqual(['297 redact {"kind":"paragraphs","from":51,"to":58}']);
  });
});
