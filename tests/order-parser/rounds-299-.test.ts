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

// S.D.N.Y. (round 299): a numbered point whose run-in heading names its exhibits by a plural head noun.
describe('"3. The Raman exhibits. … Exhibits 7-9 and Exhibit 11 may remain under seal."', () => {
  it('reads the point as discussion of the exhibits cited before', () => {
    expect(
      atoms(
        [
          '     Halversen moves to seal portions of its memorandum (ECF No. 142) and Exhibits 7 through 11 to the Declaration of Priya Raman (ECF No. 144).',
          '     3. The Raman exhibits. Exhibits 7, 8, and 9 are bunker supply contracts, and Exhibit 11 is a spreadsheet. Exhibits 7-9 and Exhibit 11 may remain under seal. Exhibit 10 is an email chain; the request to seal Exhibit 10 is DENIED.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '144 deny {"kind":"exhibits","from":"10","to":"10"}',
      '144 redact {"kind":"exhibits","from":"11","to":"11"}',
      '144 redact {"kind":"exhibits","from":"7","to":"9"}',
    ]);
  });
});

// Court of Federal Claims (a held-out order): "Those redactions" after a sentence that cites two documents' parts.
describe('"… pages 18-19 of plaintiff\'s post-trial brief, ECF No. 196, … and ECF No. 198 at 31-33 …. Those redactions are adopted."', () => {
  it("gives each document's parts to it, not all of them to the last cite", () => {
    expect(
      atoms(
        "     The parties propose to redact pages 18-19 of plaintiff's post-trial brief, ECF No. 196, and ECF No. 198 at 31-33, where defendant's brief reproduces plaintiff's rate calculations. Those redactions are adopted.",
      ),
    ).toEqual(['196 redact {"kind":"pages","from":18,"to":19}', '198 redact {"kind":"ecfPages","from":31,"to":33}']);
  });
});

// Harris County District Court (round 306): Texas trial courts cite their filings by image number.
describe('"(Image No. 113958020)"', () => {
  it('is a docket entry', () => {
    expect(
      atoms(
        "1. Pages 4 through 7 and page 15 of Plaintiff's Traditional Motion for Partial Summary Judgment (Image No. 113958020) are SEALED.",
      ),
    ).toEqual([
      '113958020 redact {"kind":"pages","from":15,"to":15}',
      '113958020 redact {"kind":"pages","from":4,"to":7}',
    ]);
  });
  it('but not an image count or a figure', () => {
    expect(atoms('The brief reproduces Image No. 4 of the survey report, which is SEALED.')).toEqual([]);
  });
});

// Bankr. D. Del. (round 302): the parties' defined term, after a caption whose "Re: D.I. …" lists every entry.
describe('\'the above-captioned debtors and debtors in possession (collectively, the "Debtors")\'', () => {
  it('names no documents, so what the Debtors shall file or any party may seek to unseal rules on none', () => {
    const order = [
      'In re: Lumenfield Senior Living, Inc.              )     Re: D.I. 212, 214, 230, 240, 245 & 248',
      '        Upon the motion (the "Motion") [D.I. 230] of the above-captioned debtors and debtors in possession (collectively, the "Debtors") for entry of an order authorizing the Debtors to file under seal certain portions of the KEIP Motion [D.I. 212] (the "KEIP Motion"); and the Court having found cause,',
      '        IT IS HEREBY ORDERED THAT:',
      '        1.      The Debtors are authorized to redact paragraph 19 of the KEIP Motion.',
      '        2.      To the extent not already filed, the Debtors shall file redacted versions of the KEIP Motion consistent with this Order.',
      "        3.      Nothing in this Order shall prejudice the right of any party in interest to seek to unseal any document filed under seal pursuant to this Order, and the Debtors' rights to oppose any such request are preserved.",
    ];
    expect(atoms(order.join('\n\n'))).toEqual(['212 redact {"kind":"paragraphs","from":19,"to":19}']);
  });
});

// Orange County Superior Court (round 302): lettered items naming a document only by its defined term.
describe('"(a) the Memorandum at 9:4-10:12 and 13:20-27." under "The following records shall be filed under seal:"', () => {
  it('gives the parts to the document the term was defined for', () => {
    expect(
      atoms(
        [
          '     Solana filed its Memorandum of Points and Authorities (ROA 286) (the "Memorandum").',
          '     2.  The following records shall be filed under seal:\n         (a)  the Memorandum at 9:4-10:12 and 13:20-27.\n         (b)  the Memorandum at pages 3-4.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '286 redact {"kind":"lines","from":{"page":13,"line":20},"to":{"page":13,"line":27}}',
      '286 redact {"kind":"lines","from":{"page":9,"line":4},"to":{"page":10,"line":12}}',
      '286 redact {"kind":"pages","from":3,"to":4}',
    ]);
  });
});

// Federal Circuit (round 306): Rule 25.1 confidentiality markings kept, in a numbered paragraph that cites only the motion.
describe('"(1) Velaris\'s motion, ECF No. 19, is granted in part …. The confidential markings at pages 12-13 and 41 of the opening brief may remain."', () => {
  it('keeps the marked pages of the brief cited before', () => {
    expect(
      atoms(
        [
          "     Velaris's opening brief, ECF No. 18, marks as confidential material on pages 12-13, 29, and 41. Velaris moves to keep those markings. ECF No. 19.",
          '     IT IS ORDERED THAT:',
          "(1) Velaris's motion, ECF No. 19, is granted in part and denied in part. The confidential markings at pages 12-13 and 41 of the opening brief may remain.",
        ].join('\n\n'),
      ),
    ).toEqual(['18 redact {"kind":"pages","from":12,"to":13}', '18 redact {"kind":"pages","from":41,"to":41}']);
  });
  it('reads "the markings on page 38 of the response brief may remain" as kept, and "the marking … is not permitted" as refused', () => {
    expect(
      atoms(
        "     Orthogen's response brief, ECF No. 31, marks pages 38 and 40. The markings on page 38 of the response brief may remain. The marking on page 40 of the response brief is not permitted.",
      ),
    ).toEqual(['31 deny {"kind":"pages","from":40,"to":40}', '31 redact {"kind":"pages","from":38,"to":38}']);
  });
});

// N.D. Iowa (round 305): appendix pages with a hyphen after their letter.
describe('"pages A-41 through A-88 and A-112 through A-119 of Cedar Valley\'s appendix (Doc. 87-3)"', () => {
  it('reads the appendix pages, not the whole appendix', () => {
    expect(
      atoms(
        "     1. The Court GRANTS the motion as to pages A-41 through A-88 and A-112 through A-119 of Cedar Valley's appendix (Doc. 87-3).",
      ),
    ).toEqual(['87-3 redact {"kind":"pages","from":112,"to":119}', '87-3 redact {"kind":"pages","from":41,"to":88}']);
  });
});

// Santa Clara, Harris County and other numbered points (a held-out pattern): a point that opens with only a document's
// name and its docket, then discusses it.
describe('"3. The Declaration of Jun Park (Envelope No. 16990415). Exhibits 4 and 11 … may be sealed. Exhibit 9 … is DENIED."', () => {
  it("rules on the heading's document, not the whole of it", () => {
    expect(
      atoms(
        '     3. The Declaration of Jun Park (Envelope No. 16990415). Exhibits 4 and 11 to the declaration set out the vendor rates and may be sealed. Exhibit 9 is a public press release; the request as to Exhibit 9 is DENIED.',
      ),
    ).toEqual([
      '16990415 deny {"kind":"exhibits","from":"9","to":"9"}',
      '16990415 redact {"kind":"exhibits","from":"11","to":"11"}',
      '16990415 redact {"kind":"exhibits","from":"4","to":"4"}',
    ]);
  });
});

// M.D. Tenn. (round 301) and others: a ruling that repeats the parts the sentence before located in a document named in
// words.
describe('"Tidewater\'s Memorandum of Law redacts three passages, found on pages 2, 9, and 17-18. … The redactions on pages 2, 9, and 17-18 are approved."', () => {
  it('gives the parts to the memorandum', () => {
    expect(
      atoms(
        [
          '     Tidewater filed a Memorandum of Law (Doc. No. 88) and the Declaration of Marisol Ybarra (Doc. No. 89).',
          "     Tidewater's Memorandum of Law redacts three passages, found on pages 2, 9, and 17-18. The redactions on pages 2, 9, and 17-18 are approved.",
        ].join('\n\n'),
      ),
    ).toEqual([
      '88 redact {"kind":"pages","from":17,"to":18}',
      '88 redact {"kind":"pages","from":2,"to":2}',
      '88 redact {"kind":"pages","from":9,"to":9}',
    ]);
  });
});

// E.D.N.Y. (round 307): a docket sheet's entries, each closed by "(Entered: …)", the motion's number before its name.
describe('CM/ECF docket text: "Plaintiffs\' [78] Motion for Leave to File Document under Seal is GRANTED in part …"', () => {
  const sheet = [
    'Date Filed   #   Docket Text',
    '',
    "07/02/2021       ELECTRONIC ORDER granting [70] Defendants' Motion for Leave to Electronically File Document under",
    "                 Seal. The proposed redactions at pages 2-4 of Defendants' [71] opposition are approved. Ordered by",
    '                 Magistrate Judge Patricia K. Tolentino on 7/2/2021. (Tolentino, Patricia) (Entered: 07/02/2021)',
    '',
    "07/29/2021       ELECTRONIC ORDER: Plaintiffs' [78] Motion for Leave to File Document under Seal is GRANTED in part",
    '                 and DENIED in part. ECF No. 79-1 shall remain under seal. The motion is DENIED as to ECF No. 79-2.',
    '                 Ordered by Magistrate Judge Patricia K. Tolentino on 7/29/2021. (Entered: 07/29/2021)',
  ].join('\n');
  it('reads each entry on its own and the bracketed numbers before "Motion" as the motions', () => {
    expect(atoms(sheet)).toEqual([
      '71 redact {"kind":"pages","from":2,"to":4}',
      '79-1 redact {"kind":"whole"}',
      '79-2 deny {"kind":"whole"}',
    ]);
  });
});

// W.D. Wis. (round 305): a judge ruling in the first person.
describe('"I\'ll seal Dkt. 90-3 in its entirety", "I\'m denying the motion as to 130:5-131:25"', () => {
  it('are rulings', () => {
    expect(
      atoms(
        [
          "     Exhibit 3 to the declaration, Dkt. 90-3, is a printout of the source code. Source code is a textbook example of a trade secret, and I'll seal Dkt. 90-3 in its entirety.",
          "     Kettle Moraine asks to redact portions of the deposition of Craig Lindqvist, Dkt. 99. The testimony at 130:5-131:25 is about a licensing negotiation. I'm denying the motion as to 130:5-131:25.",
        ].join('\n\n'),
      ),
    ).toEqual([
      '90-3 redact {"kind":"whole"}',
      '99 deny {"kind":"lines","from":{"page":130,"line":5},"to":{"page":131,"line":25}}',
    ]);
  });
});

// S.D. Ind. (round 301): a document named with the count of the exhibits filed with it.
describe('"her own Declaration with four exhibits, [Filing No. 99]"', () => {
  it('is a declaration, so "Exhibits A through C to her Declaration" are its exhibits', () => {
    expect(
      atoms(
        [
          "2. The Albers Declaration. Exhibit 3 is the Declaration of Corinne Albers, Ridgeline's Director of Human Resources, [Filing No. 93-3]. Paragraphs 12-18 of the declaration shall remain under seal.",
          'Ms. Whitcomb filed her Response in Opposition, [Filing No. 100], and her own Declaration with four exhibits, [Filing No. 99], under seal. Exhibits A through C to her Declaration are records from her physician, and Exhibits A through C shall remain under seal.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '93-3 redact {"kind":"paragraphs","from":12,"to":18}',
      '99 redact {"kind":"exhibits","from":"A","to":"C"}',
    ]);
  });
});

// E.D. Mo. (round 301): how the pages are counted, set off by commas between the cite and its verb.
describe('"(1) pages 4 through 32 of ECF No. 135, as numbered in the CM/ECF header, shall be sealed, and the remainder … filed publicly"', () => {
  it('seals the stamped pages and refuses the rest', () => {
    expect(
      atoms(
        'IT IS HEREBY ORDERED that the Motion [ECF No. 138] is GRANTED in part and DENIED in part, as follows: (1) pages 4 through 32 of ECF No. 135, as numbered in the CM/ECF header, shall be sealed, and the remainder of ECF No. 135 shall be filed publicly; (2) ECF No. 141-14 shall be sealed.',
      ),
    ).toEqual([
      '135 deny {"kind":"whole"}',
      '135 redact {"kind":"ecfPages","from":4,"to":32}',
      '141-14 redact {"kind":"whole"}',
    ]);
  });
});

// C.D. Cal. (round 304): a title whose own words run on in lower case after "in support of".
describe('"its Memorandum of Points and Authorities in support of summary judgment (Dkt. 144)"', () => {
  it('is the memorandum "The Memorandum may be redacted at 8:3-10:15" names', () => {
    expect(
      atoms(
        [
          '     Glasshouse seeks to redact portions of its Memorandum of Points and Authorities in support of summary judgment (Dkt. 144) and portions of the Declaration of Priya Castellanos (Dkt. 144-2).',
          '     The Memorandum may be redacted at 8:3-10:15.',
        ].join('\n\n'),
      ),
    ).toEqual(['144 redact {"kind":"lines","from":{"page":8,"line":3},"to":{"page":10,"line":15}}']);
  });
});

// S.D. Tex. (round 309): rulings in the present tense.
describe('"(Docket Entry No. 52-7), remains sealed in its entirety", "(Docket Entry No. 52-9) is redacted at 14:3 through 22:25"', () => {
  it('are rulings', () => {
    expect(
      atoms(
        [
          "1. Exhibit 7 to Bayou Crescent's motion, Quintanilla's treatment records (Docket Entry No. 52-7), remains sealed in its entirety.",
          '2. The deposition of Dr. Alana Fitch (Docket Entry No. 52-9) is redacted at 14:3 through 22:25.',
        ].join('\n\n'),
      ),
    ).toEqual([
      '52-7 redact {"kind":"whole"}',
      '52-9 redact {"kind":"lines","from":{"page":14,"line":3},"to":{"page":22,"line":25}}',
    ]);
  });
});

// D.N.H. (round 311): exhibits filed together as one attachment, ruled on by their labels.
describe('"The exhibits to the Rao Declaration were filed together as a single attachment (doc. no. 33-3)."', () => {
  it("gives the labelled exhibits to the attachment's entry", () => {
    const found = atoms(
      "3. Exhibits to the Rao Declaration. The exhibits to the Rao Declaration were filed together as a single attachment (doc. no. 33-3). Exhibits C and D, Seacoast's internal physician-productivity reports, shall remain sealed. The motion is denied as to Exhibit E.",
    );
    expect(found).toEqual([
      '33-3 deny {"kind":"exhibits","from":"E","to":"E"}',
      '33-3 redact {"kind":"exhibits","from":"C","to":"C"}',
      '33-3 redact {"kind":"exhibits","from":"D","to":"D"}',
    ]);
  });
});

// S.D.N.Y. (round 311): "The redactions are APPROVED." after the sentence that located them.
describe('"The proposed redactions to Meridian\'s Memorandum of Law (ECF No. 132) at pages 9 through 11 conceal …. The redactions are APPROVED."', () => {
  it('approves the pages the sentence before located', () => {
    expect(
      atoms(
        "The proposed redactions to Meridian's Memorandum of Law (ECF No. 132) at pages 9 through 11 conceal the revenue-share percentages. Their disclosure would allow those publishers to undercut its pricing. The redactions are narrowly tailored and are APPROVED.",
      ),
    ).toEqual(['132 redact {"kind":"pages","from":9,"to":11}']);
  });
});

// D. Nev. and S.D. Cal. (held-out): "those redactions … and they are approved" points back at the parts, not the whole.
describe('"… (ECF No. 75) redacts 6:12-20 and footnote 3 on page 11. Those redactions describe … and they are approved."', () => {
  it('approves the parts located before', () => {
    expect(
      atoms(
        "Skyline's brief (ECF No. 75) redacts 6:12-20 and footnote 3 on page 11. Those redactions describe the lease rates, and they are approved.",
      ),
    ).toEqual([
      '75 redact {"kind":"footnote","page":11,"note":3}',
      '75 redact {"kind":"lines","from":{"page":6,"line":12},"to":{"page":6,"line":20}}',
    ]);
  });
});

// D. Del. (round 311): a transcript's pages and lines after "Tr.".
describe('"the Trial Transcript, Volume 1 (D.I. 301) at Tr. 112:4-115:20"', () => {
  it('reads the lines after "Tr."', () => {
    expect(atoms('The Trial Transcript (D.I. 301) shall be redacted at Tr. 112:4-115:20 and Tr. 401:3-9.')).toEqual([
      '301 redact {"kind":"lines","from":{"page":112,"line":4},"to":{"page":115,"line":20}}',
      '301 redact {"kind":"lines","from":{"page":401,"line":3},"to":{"page":401,"line":9}}',
    ]);
  });
});

// Court of Federal Claims (round 318): administrative record pages.
describe('"AR 1045–1067 (ECF No. 22-4) shall be unsealed"', () => {
  it('reads the record pages', () => {
    expect(atoms('The motion is GRANTED, and AR 1045–1067 (ECF No. 22-4) shall be unsealed.')).toEqual([
      '22-4 deny {"kind":"pages","from":1045,"to":1067}',
    ]);
  });
});

// D. Utah, Del. Ch., W.D. Mo. (held-out): the rest of a partly sealed document released in other words, or named with a title.
describe('"The remainder of the transcript shall be released to the public"', () => {
  it.each([
    ['shall be released to the public', 'The remainder of the transcript shall be released to the public.'],
    [
      'shall not be maintained as confidential',
      'The remainder of the transcript shall not be maintained as confidential.',
    ],
    [
      'shall remain on the public docket',
      'The remainder of the transcript shall remain on the public docket without redaction.',
    ],
    [
      'shall likewise be placed on the public docket',
      'The balance of the transcript shall likewise be placed on the public docket.',
    ],
    ['a title with a period', "The request to seal Dr. Hollis's transcript in its entirety is DENIED."],
  ])('%s: the whole transcript is refused beside its sealed lines', (_, rest) => {
    expect(atoms(`The transcript (ECF No. 170) may be redacted at 31:2-35:25. ${rest}`)).toEqual([
      '170 deny {"kind":"whole"}',
      '170 redact {"kind":"lines","from":{"page":31,"line":2},"to":{"page":35,"line":25}}',
    ]);
  });
});

// Court of Federal Claims (held-out): the decretal paragraph in capitals, adopting some proposed redactions and declining others.
describe('"The Court ADOPTS the parties\' proposed redactions … and DECLINES to adopt the proposed redactions at pages 23-24"', () => {
  it.each([
    ['capitals', 'ADOPTS', 'DECLINES'],
    ['lower case', 'adopts', 'declines'],
  ])('%s: the adopted pages are redacted and the declined pages refused', (_, adopts, declines) => {
    expect(
      atoms(
        `1.  The Court ${adopts} the parties’ proposed redactions to the\nSealed Opinion (ECF No. 44) at page 4, pages 11–12, and page 19\nn.8, and ${declines} to adopt the proposed redactions at pages 23–24.\n`,
      ),
    ).toEqual([
      '44 deny {"kind":"pages","from":23,"to":24}',
      '44 redact {"kind":"footnote","page":19,"note":8}',
      '44 redact {"kind":"pages","from":11,"to":12}',
      '44 redact {"kind":"pages","from":4,"to":4}',
    ]);
  });
});

// Del. Ch. (held-out): Rule 5.1 confidential treatment continued for some paragraphs and "otherwise lifted" for the rest.
describe('"Confidential treatment is otherwise lifted as to the Complaint"', () => {
  it.each([
    ['otherwise lifted as to', 'Confidential treatment is otherwise lifted as to the Complaint.'],
    ['lifted as to the remainder of', 'Confidential treatment is lifted as to the remainder of the Complaint.'],
  ])('%s: the whole Complaint is refused beside its continued paragraphs', (_, rest) => {
    expect(
      atoms(`2. Confidential treatment shall continue as to ¶¶ 63-71 and ¶ 118 of the Complaint (D.I. 1). ${rest}`),
    ).toEqual([
      '1 deny {"kind":"whole"}',
      '1 redact {"kind":"paragraphs","from":118,"to":118}',
      '1 redact {"kind":"paragraphs","from":63,"to":71}',
    ]);
  });
});

// Pa. Commw. Ct. (round 322): the certified record's item numbers are the docket of an appeal from an agency.
describe('"(C.R., Item No. 9)": a certified record item cited in parentheses', () => {
  it.each([
    ['C.R., Item No.', '(C.R., Item No. 9)'],
    ['Certified Record Item No.', '(Certified Record Item No. 9)'],
  ])('%s names the record item ruled on', (_, cite) => {
    expect(
      atoms(
        `1.  The Verified Statement of Rafael Ocampo, P.E. ${cite}, shall be maintained under seal as to ¶¶ 6-44, 46.`,
      ),
    ).toEqual(['9 redact {"kind":"paragraphs","from":46,"to":46}', '9 redact {"kind":"paragraphs","from":6,"to":44}']);
  });
});

// N.Y. Sup. Ct. Commercial Division (round 322): the decretal paragraph says what the cited document is before its locators.
describe('"ORDERED that NYSCEF Doc. No. 146 (Affidavit of Ines Carvalho) shall be redacted at paragraphs 14-22 and 27"', () => {
  it('reads the locators past the parenthetical description', () => {
    expect(
      atoms(
        "ORDERED that NYSCEF Doc. No. 147 (Hudson's memorandum of law in opposition to Mot. Seq. 004) shall be redacted at pages 6 and 9-10 and at footnote 4 on page 8; and it is further",
      ),
    ).toEqual([
      '147 redact {"kind":"footnote","page":8,"note":4}',
      '147 redact {"kind":"pages","from":6,"to":6}',
      '147 redact {"kind":"pages","from":9,"to":10}',
    ]);
  });
});

// E.D.N.Y. (round 319): "and at" before the next locator, and a hearing's date inside the title the locators point into.
describe('"The passages at page 5, lines 3-9, and at 14:3-16 of the April 9, 2024 conference transcript (ECF No. 49)"', () => {
  it.each([
    ['a dated title', 'of the April 9, 2024 conference transcript'],
    ['"and at page 14, lines 3-16"', 'of the conference transcript'],
  ])('%s: both passages of the transcript are redacted', (label, title) => {
    const second = label.startsWith('"and') ? 'and at page 14, lines 3-16' : 'and at 14:3-16';
    expect(atoms(`(c) The passages at page 5, lines 3-9, ${second} ${title} (ECF No. 49) shall be redacted.`)).toEqual([
      '49 redact {"kind":"lines","from":{"page":14,"line":3},"to":{"page":14,"line":16}}',
      '49 redact {"kind":"lines","from":{"page":5,"line":3},"to":{"page":5,"line":9}}',
    ]);
  });
});

// D. Del. (round 319): the order says its pin cites are to each document's own pages, so "(D.I. 245) at 3-4" is not ECF pages.
describe('"Unless otherwise noted, pin cites are to the internal pagination of the cited document"', () => {
  const ruling = 'The redactions to the Joint Claim Construction Brief (D.I. 245) at 3-4 and 18 are GRANTED.';
  it('reads "at 3-4 and 18" as the brief\'s own pages', () => {
    expect(
      atoms(`Unless otherwise noted, pin cites are to the internal pagination of the cited document.\n\n${ruling}`),
    ).toEqual(['245 redact {"kind":"pages","from":18,"to":18}', '245 redact {"kind":"pages","from":3,"to":4}']);
  });
  it('keeps ECF pages where the statement names the ECF stamp too', () => {
    expect(
      atoms(
        `Citations in the form "D.I. __ at __" are to the page numbers stamped by CM/ECF. Other page citations are to a document's own pagination.\n\n${ruling}`,
      ),
    ).toEqual(['245 redact {"kind":"ecfPages","from":18,"to":18}', '245 redact {"kind":"ecfPages","from":3,"to":4}']);
  });
});

// D. Kan. (round 320): a page's footnote, then its footer and the next page's header, with no blank line between.
describe('a footnote that ends at the page break, with no blank line after it', () => {
  it('reads the decretal list on the next page', () => {
    const order = [
      'The court grants the motion as to those passages.2',
      '_______________________',
      '2 Prairie Sun’s response describes the same testimony in general terms, without the rates or',
      'the customer names. See Doc. 180 at 9.',
      '                                        2',
      'Case 2:21-cv-02271-HLW-RCD Document 188 Filed 02/17/23 Page 3 of 4',
      '      IT IS THEREFORE ORDERED THAT the Motion (Doc. 176) is granted in part, as follows:',
      '      1.    Doc. 171-5 shall remain sealed only as to pages 14–16;',
      '      2.    Doc. 180-2 shall remain sealed as to Exhibits 1–3 and 5.',
    ].join('\n');
    expect(atoms(order)).toEqual([
      '171-5 redact {"kind":"pages","from":14,"to":16}',
      '180-2 redact {"kind":"exhibits","from":"1","to":"3"}',
      '180-2 redact {"kind":"exhibits","from":"5","to":"5"}',
    ]);
  });
});

// D. Kan. (round 320): a decretal list under "granted in part and denied in part, as follows:", each item with its own ruling.
describe('"… is granted in part and denied in part, as follows:" then "3. Doc. 171-9 shall be unsealed;"', () => {
  it('lets each item rule for itself', () => {
    const order = [
      'IT IS THEREFORE ORDERED THAT the Motion to Seal (Doc. 176) is granted in part and denied in part, as follows:',
      '      1.    Doc. 171-5 shall remain sealed only as to pages 14–16;',
      '      2.    Doc. 171-9 shall be unsealed;',
      '      3.    Doc. 180 shall remain sealed.',
    ].join('\n');
    expect(atoms(order)).toEqual([
      '171-5 redact {"kind":"pages","from":14,"to":16}',
      '171-9 deny {"kind":"whole"}',
      '180 redact {"kind":"whole"}',
    ]);
  });
});

// S.D. Cal. (round 320): pleading paper whose footnotes sit below line 28 and run straight into the next page's header.
describe('footnotes under line 28 of pleading paper, then the footer and header with no blank line', () => {
  it('reads the next page', () => {
    const lines = [
      ...Array.from({ length: 27 }, (_, k) => `${k + 1} The Court has considered the motion and the record.`),
      '28 filing with the Federal Trade Commission.2',
      '_______________________',
      '1 Citations in the form “ECF No. __ at __” refer to the page numbers generated by',
      'CM/ECF in each document’s header.',
      '2 See ECF No. 124-6 at 3 (Brightwater’s 2021 response to Civil Investigative Demand).',
      '                                        2',
      'Case 3:21-cv-01877-TWH-MLK Document 142 Filed 06/14/23 PageID.4417 Page 3 of 4',
      '1       e.    Exhibit 9. Exhibit 9 (ECF No. 124-11) is a spreadsheet listing the names of',
      '2 putative class members. The Joint Motion is GRANTED as to Exhibit 9.',
      ...Array.from({ length: 10 }, (_, k) => `${k + 3} The Court has considered the motion and the record.`),
    ];
    expect(atoms(lines.join('\n'))).toEqual(['124-11 redact {"kind":"whole"}']);
  });
});

// W.D. Pa. (round 319): a numbered point with two clauses, parts of one document and then a whole exhibit with its cite.
describe('"2. Paragraphs 14-19 … of the Concise Statement shall be redacted, and Exhibit F (ECF No. 133-6) shall be filed under seal"', () => {
  it('seals the exhibit whole; the paragraphs are not its parts', () => {
    expect(
      atoms(
        '2. Paragraphs 14-19, 23, and 61-64 of the Concise Statement of Material Facts shall be redacted, and Exhibit F (ECF No. 133-6) shall be filed under seal.',
      ),
    ).toEqual(['133-6 redact {"kind":"whole"}']);
  });
});

// Bankr. D. Del. (round 322): the cite, a defined term in parentheses, then a colon and the portions.
describe('"… (D.I. 598) (the "Sale Objection"): paragraphs 18 through 24 and 31, and footnote 9 on page 11"', () => {
  it('reads the portions past the defined term', () => {
    expect(
      atoms(
        '2.   The Committee is authorized to file under seal the following portions of the\nObjection of the Official Committee of Unsecured Creditors (D.I. 598) (the\n"Sale Objection"): paragraphs 18 through 24 and 31, and footnote 9 on page 11.',
      ),
    ).toEqual([
      '598 redact {"kind":"footnote","page":11,"note":9}',
      '598 redact {"kind":"paragraphs","from":18,"to":24}',
      '598 redact {"kind":"paragraphs","from":31,"to":31}',
    ]);
  });
});

// S.D. Ind. (round 321): each decretal item cites an attachment and then gives its exhibit label after a comma.
describe('"2. Dkt. [99-4], Exhibit D (Plaintiff\'s … records), shall REMAIN UNDER SEAL in its entirety"', () => {
  it('takes the label as the attachment itself, and finds the exhibit again when its remainder is refused', () => {
    const order = [
      '2. Dkt. [99-4], Exhibit D (Plaintiff’s occupational-health treatment records), shall REMAIN UNDER',
      '   SEAL in its entirety.',
      '3. Dkt. [99-6], Exhibit F (Deposition of Luis Alvarez), shall be maintained under seal only as to',
      '   33:10-34:2 and page 58, lines 4-17. The remainder of Exhibit F shall be UNSEALED.',
    ].join('\n');
    expect(atoms(order)).toEqual([
      '99-4 redact {"kind":"whole"}',
      '99-6 deny {"kind":"whole"}',
      '99-6 redact {"kind":"lines","from":{"page":33,"line":10},"to":{"page":34,"line":2}}',
      '99-6 redact {"kind":"lines","from":{"page":58,"line":4},"to":{"page":58,"line":17}}',
    ]);
  });
});

// E.D. Mich. (round 321): its CM/ECF header names the order's own entry as "ECF No. 88, PageID.2214", mid-sentence.
describe('"Case 2:22-cv-10457-RSK-DRG ECF No. 88, PageID.2218 Filed 05/17/23 Page 5 of 6" inside a sentence', () => {
  it('is a page header, so the order’s own entry gives nothing', () => {
    const order = [
      'Case 2:22-cv-10457-RSK-DRG ECF No. 88, PageID.2218 Filed 05/17/23 Page 5 of 6',
      '',
      'Within fourteen days, Delacroix shall file on the public docket redacted ver-',
      'sions of ECF Nos. 71, 72, and 73-2 consistent with this Opinion and Order,',
      'and a complete, unsealed copy of ECF No. 72-6.',
    ].join('\n');
    expect(atoms(order).filter((a) => a.startsWith('88 '))).toEqual([]);
  });
  it('and a table broken by it goes on with its next rows', () => {
    const order = [
      'ECF No.   Document              Portions Sought       Ruling',
      '-------   -------------------   -------------------   -------------------',
      '48-3      Ex. 2, Shipper        Entire exhibit        Granted',
      '          Customer List',
      '',
      '                                     2',
      '',
      'Case 2:24-cv-10877-RHW-KLD   ECF No. 61, PageID.1892   Filed 02/14/25   Page 3 of 5',
      '',
      '55        Defendants’           Entire document       Denied',
      '          Response in',
      '          Opposition',
    ].join('\n');
    expect(atoms(order)).toEqual(['48-3 redact {"kind":"whole"}', '55 deny {"kind":"whole"}']);
  });
});

// D. Minn. (round 320): an L.R. 5.6 table whose ruling cell keeps some pages sealed and unseals others in a second sentence.
describe('"Remain sealed as to pages 3-4 and 9, which …. Pages 1-2 and 5-8 shall be unsealed." in a ruling cell', () => {
  const table = (ruling: string) =>
    [
      '| ECF No. | Document | Ruling |',
      '| --- | --- | --- |',
      `| 145-3 | Exhibit C to Moua Declaration | ${ruling} |`,
    ].join('\n');
  it('gives the second sentence its own pages', () => {
    expect(
      atoms(
        table(
          "Remain sealed as to pages 3-4 and 9, which contain a franchisee's bank-account information. Pages 1-2 and 5-8 shall be unsealed.",
        ),
      ),
    ).toEqual([
      '145-3 deny {"kind":"pages","from":1,"to":2}',
      '145-3 deny {"kind":"pages","from":5,"to":8}',
      '145-3 redact {"kind":"pages","from":3,"to":4}',
      '145-3 redact {"kind":"pages","from":9,"to":9}',
    ]);
  });
  it('but an abbreviation’s period ends no sentence', () => {
    expect(atoms(table('Granted as to App. A-41 to A-88. Denied as to pp. 1-40.'))).toContain(
      '145-3 redact {"kind":"pages","from":41,"to":88}',
    );
  });
});

// N.J. Super. Ct. (round 322): "in conformity with paragraphs 2 through 4" points at the order's own paragraphs.
describe('"… shall file redacted versions of … the Abernathy Report in conformity with paragraphs 2 through 4"', () => {
  it('reads the order’s own paragraphs, not the report’s', () => {
    const order = [
      '2.   The Abernathy Report (Trans. ID CHC2024203317) shall be redacted at pages 4-6.',
      '',
      '6.   Within ten (10) days of the date of this Order, plaintiff shall file redacted versions',
      '     of the Abernathy Report in conformity with paragraphs 2',
      '     through 4, and the Clerk shall thereafter maintain the unredacted versions under seal.',
    ].join('\n');
    expect(atoms(order)).toEqual(['CHC2024203317 redact {"kind":"pages","from":4,"to":6}']);
  });
});

// M.D. Tenn., N.D. Ohio (rounds 321): a schedule named with its title, or with its pages, is no exhibit range of its own.
describe('"(Schedule B, Fee Schedule)" and "Schedule A, pages 18-21"', () => {
  it.each([
    [
      'a title after the comma',
      'The Services Agreement (Schedule B, Fee Schedule) (Doc. No. 75-5) may be redacted at pages 14-16.',
      ['75-5 redact {"kind":"pages","from":14,"to":16}'],
    ],
    [
      'pages after the comma',
      '2.   Exhibit 3 (Doc. 52-3) shall remain under seal as to Schedule A, pages 18-21.',
      ['52-3 redact {"kind":"pages","from":18,"to":21}'],
    ],
    [
      'a list of schedules',
      'Schedules A, B and C to the Supply Agreement (Doc. No. 52-3) shall remain sealed.',
      [
        '52-3 redact {"kind":"exhibits","from":"A","to":"A"}',
        '52-3 redact {"kind":"exhibits","from":"B","to":"B"}',
        '52-3 redact {"kind":"exhibits","from":"C","to":"C"}',
      ],
    ],
  ])('%s', (_, text, want) => {
    expect(atoms(text)).toEqual(want);
  });
});

// W.D. Tex. (round 321): the entry an exhibit is attached to, then the exhibit's own attachment cite.
describe('"(b) Exhibit 3 to Dkt. No. 142 (Dkt. No. 142-4) shall remain under seal"', () => {
  it('seals the attachment whole and gives the parent entry nothing', () => {
    expect(atoms('(b) Exhibit 3 to Dkt. No. 142 (Dkt. No. 142-4) shall remain under seal.')).toEqual([
      '142-4 redact {"kind":"whole"}',
    ]);
  });
});

// S.D. Fla. (round 321), E.D. Tenn.: "entirely under seal" refuses the rest as "in its entirety" does.
describe('"the request to file the Agreement entirely under seal is DENIED"', () => {
  it('refuses the rest of the Agreement beside its redacted pages', () => {
    expect(
      atoms(
        'Appalachian asks to seal the Supply Agreement [Doc. 64-3] in full. Appalachian may redact pages 4-7 and 12 of the Supply Agreement; the request to file the Agreement entirely under seal is DENIED.',
      ),
    ).toEqual([
      '64-3 deny {"kind":"whole"}',
      '64-3 redact {"kind":"pages","from":12,"to":12}',
      '64-3 redact {"kind":"pages","from":4,"to":7}',
    ]);
  });
});

// Third Circuit (round 322): the request's own "be sealed" is what was asked; the sentence's verb is the ruling.
describe('"Appellant\'s request that her reply brief (Doc. No. 52) be sealed in its entirety is DENIED"', () => {
  it('is a denial', () => {
    expect(
      atoms("(d)  Appellant's request that her reply brief (Doc. No. 52) be sealed in its entirety is DENIED."),
    ).toEqual(['52 deny {"kind":"whole"}']);
  });
  it('and a request referred to the merits panel is no ruling', () => {
    expect(
      atoms(
        "Appellees' request that the Supplemental Appendix (Doc. No. 48) be sealed is referred to the merits panel and will be decided with the appeal.",
      ),
    ).toEqual([]);
  });
});
