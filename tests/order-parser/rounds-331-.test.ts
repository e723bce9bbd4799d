// Forms found by held-out rounds 331 on and by the known gaps they led back to: each case quotes the order that showed it.
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import { sortedAtoms as atoms } from './atoms.ts';

/** The atoms, and the documents' titles as the review shows them. */
function atomsAndTitles(text: string): { atoms: string[]; titles: string[] } {
  return { atoms: atoms(text), titles: parseOrder(text).directives.map((d) => d.document) };
}

// D. Vt. (round 327): a paragraph that opens with a request about one document named in words is about that document.
describe('"The Cooperative asks to seal the Supply Agreement in full. … Pages 11 through 14 may remain redacted."', () => {
  const order = [
    'The Cooperative filed the parties\' Bulk Syrup Supply Agreement (Doc. 58-3) (the "Supply Agreement") and its Opposition (Doc. 65).',
    '',
    'The Cooperative asks to seal the Supply Agreement in full. Most of the agreement is the subject of this lawsuit. Schedule A lists each member farm. Pages 11 through 14 may remain redacted. The request to seal the Supply Agreement in its entirety is DENIED.',
  ].join('\n');
  it('redacts those pages of the agreement and refuses the rest', () => {
    expect(atoms(order)).toEqual(['58-3 deny {"kind":"whole"}', '58-3 redact {"kind":"pages","from":11,"to":14}']);
  });
});

// Bankr. N.D. Tex. (round 318) and D. Vt.: a defined name with an apostrophe is a name; a defined name ends the title
// of the document cited after it.
describe('"… an appendix (Docket No. 63) (the \\"Trustee\'s Appendix\\"). … to seal the Trustee\'s Appendix in its entirety is also DENIED."', () => {
  it('reads the apostrophe in the defined name', () => {
    expect(
      atoms(
        'The Trustee filed a brief (Docket No. 62); and an appendix (Docket No. 63) (the "Trustee\'s Appendix"). Defendants filed their own appendix (Docket No. 71) (the "Ledbetter Appendix").\n\nThe request to seal the Ledbetter Appendix is granted. The request to seal the Trustee\'s Appendix in its entirety is DENIED.',
      ),
    ).toEqual(['63 deny {"kind":"whole"}', '71 redact {"kind":"whole"}']);
  });
  it('does not take the defined name into the next title', () => {
    const order =
      'The Cooperative filed the Supply Agreement (Doc. 58-3) (the "Supply Agreement") and its Opposition (Doc. 65).\n\nThe Cooperative asks to seal the Supply Agreement in full. Schedule A lists each member farm. Pages 11 through 14 may remain redacted.';
    expect(atoms(order)).toEqual(['58-3 redact {"kind":"pages","from":11,"to":14}']);
  });
});

// W.D. Tex. (round 332): parts "of" a document described in eight words before its cite.
describe('"GRANTED as to lines 55:2-58:14 of the deposition of Staked Plains\' chief financial officer, ECF No. 79-3"', () => {
  it('gives the lines to the deposition', () => {
    expect(
      atoms(
        "The Motion is GRANTED as to lines 55:2-58:14 of the deposition of Staked Plains' chief financial officer, ECF No. 79-3, in which he describes the company's budget.",
      ),
    ).toEqual(['79-3 redact {"kind":"lines","from":{"page":55,"line":2},"to":{"page":58,"line":14}}']);
  });
  it('but the description ends at another docket cite', () => {
    expect(
      atoms(
        'Defendant may file under seal ¶¶ 12–19 of the Statement of Uncontroverted Facts in Doc. 102, Exhibit 6 (Doc. 103-6), and Exhibits C and D to the Marquardt Declaration (Doc. 103-9).',
      ),
    ).toContain('103-6 redact {"kind":"whole"}');
  });
});

// Ct. Int'l Trade (held-out): "shall likewise be treated as business proprietary information" is a ruling of its own.
describe('"ORDERED that the bracketed passages of Defendant\'s response brief, ECF No. 44 at 18-19, shall likewise be treated as business proprietary information"', () => {
  it('keeps those pages confidential', () => {
    expect(
      atoms(
        "ORDERED that the bracketed passages of Defendant's response brief, ECF No. 44 at 18-19, shall likewise be treated as business proprietary information; and it is further",
      ),
    ).toEqual(['44 redact {"kind":"ecfPages","from":18,"to":19}']);
  });
});

// W.D. Tex. (round 332): a text order's rulings, one sentence each.
describe('"GRANTED as to pages 7-9 of the Motion …, ECF No. 72, …, and as to the same pages of the reply, ECF No. 84"', () => {
  it('gives the reply the pages given the motion in the same sentence', () => {
    expect(
      atoms(
        'The Motion is GRANTED as to pages 7-9 of the Motion for Summary Judgment, ECF No. 72, which recite the per-ton price, and as to the same pages of the reply, ECF No. 84, which repeat those figures.',
      ),
    ).toEqual(['72 redact {"kind":"pages","from":7,"to":9}', '84 redact {"kind":"pages","from":7,"to":9}']);
  });
  it('reads "Schedule 1 at pages 18-19" as those pages', () => {
    expect(
      atoms(
        'As to the Supply Agreement, ECF No. 72-2, the Motion is GRANTED as to Schedule 1 at pages 18-19, which sets out the price escalators, and DENIED as to page 6, which contains the take-or-pay clause.',
      ),
    ).toEqual(['72-2 deny {"kind":"pages","from":6,"to":6}', '72-2 redact {"kind":"pages","from":18,"to":19}']);
  });
});

// W.D.N.Y. (round 331): numbered decretal paragraphs that point back, and passages asked for after a colon.
describe('"2. Pages 6-7 of … (Dkt. 58), and the same pages of Defendants\' reply (Dkt. 72), shall be redacted."', () => {
  const decree = [
    'IT IS ORDERED that:',
    '',
    "     2.  Pages 6-7 of Defendants' memorandum of law (Dkt. 58), and the same pages of Defendants' reply (Dkt. 72), shall be redacted.",
    '',
    "     3.  Paragraphs 14-19 of Defendants' Rule 56 Statement (Dkt. 59) shall be redacted.",
    '',
    "     4.  The Association's responses to the same paragraphs, in its Counter-Statement (Dkt. 67), shall be redacted.",
  ].join('\n');
  it('gives the same pages within an item, and the same paragraphs of the item before', () => {
    expect(atoms(decree)).toEqual([
      '58 redact {"kind":"pages","from":6,"to":7}',
      '59 redact {"kind":"paragraphs","from":14,"to":19}',
      '67 redact {"kind":"paragraphs","from":14,"to":19}',
      '72 redact {"kind":"pages","from":6,"to":7}',
    ]);
  });
});

describe('"… (Dkt. 61-4): 122:5-125:16, in which Mr. Pfohl explains …, and 130:2-131:8, …. The first passage … It may be redacted. The second …"', () => {
  it('rules on each passage by its place', () => {
    expect(
      atoms(
        "C. Pfohl deposition. The Association seeks to redact two passages from the deposition of its treasurer, Gerald Pfohl (Dkt. 61-4): 122:5-125:16, in which Mr. Pfohl explains that he was on medical leave and describes his illness, and 130:2-131:8, in which he gives his view of the fund's performance. The first passage concerns a non-party's medical condition, and its only relevance is the fact of his absence. It may be redacted. The second is ordinary testimony on the merits, and the request to redact it is denied.",
      ),
    ).toEqual([
      '61-4 deny {"kind":"lines","from":{"page":130,"line":2},"to":{"page":131,"line":8}}',
      '61-4 redact {"kind":"lines","from":{"page":122,"line":5},"to":{"page":125,"line":16}}',
    ]);
  });
});

// D. Wyo. (round 333): documents given short names inside their cites, then ruled on by those names only.
describe('"a brief (ECF No. 72, the \\"Brief\\") … The Brief quotes … at pages 8-9. The Reply repeats them at pages 4 and 6. Those passages may be redacted"', () => {
  const background =
    'This royalty dispute is before the Court on Defendant\'s Motion to Maintain Confidentiality of Summary Judgment Materials (ECF No. 88). The Trust supports its motion with a brief (ECF No. 72, the "Brief"). The Trust replied (ECF No. 86, the "Reply"). Bighorn filed excerpts of his deposition (ECF No. 81-3, the "Dunmore Deposition").\n\n';
  it('gives each document the pages its own sentence located', () => {
    expect(
      atoms(
        background +
          '     3. The Brief and the Reply. The Brief quotes several of those customer prices at pages 8-9. The Reply repeats them at pages 4 and 6. Those passages may be redacted for the reasons given in the preceding paragraph.',
      ),
    ).toEqual([
      '72 redact {"kind":"pages","from":8,"to":9}',
      '86 redact {"kind":"pages","from":4,"to":4}',
      '86 redact {"kind":"pages","from":6,"to":6}',
    ]);
  });
  it('reads "In the first, at 54:2-58:20, … It may be redacted."', () => {
    expect(
      atoms(
        background +
          '     5. The Dunmore Deposition. Bighorn designates two passages. In the first, at 54:2-58:20, Mr. Dunmore identifies the customers. It may be redacted. In the second, at 102:1-104:15, he explains the netback price. That testimony goes to the central question. The request is DENIED as to 102:1-104:15.',
      ),
    ).toEqual([
      '81-3 deny {"kind":"lines","from":{"page":102,"line":1},"to":{"page":104,"line":15}}',
      '81-3 redact {"kind":"lines","from":{"page":54,"line":2},"to":{"page":58,"line":20}}',
    ]);
  });
});

// E.D. Mo. (round 332): a reason that names other parts, and a request made in a footnote.
describe('"Exhibits C through F to the Kessler Declaration are …; for the reasons that support sealing paragraphs 12 through 19, they may remain under seal."', () => {
  const background =
    'With its memorandum in support, Doc. [58], Meramec provisionally filed under seal the Declaration of its director of logistics, Thomas Kessler, Doc. [58-1], to which six exhibits, lettered A through F, are attached. Meramec replied, Doc. [72].\n\n';
  it('seals the exhibits, not the paragraphs of the reason', () => {
    expect(
      atoms(
        background +
          "The Kessler Declaration. Exhibits C through F to the Kessler Declaration are Meramec's monthly terminal throughput reports; for the reasons that support sealing paragraphs 12 through 19, they may remain under seal.",
      ),
    ).toEqual(['58-1 redact {"kind":"exhibits","from":"C","to":"F"}']);
  });
  it('reads "In a footnote to its reply, Doc. [72] at 1 n.1, … asks that … pages 3 and 6, receive the same treatment"', () => {
    expect(
      atoms(
        background +
          'The reply. In a footnote to its reply, Doc. [72] at 1 n.1, Meramec asks that the pages of the reply that quote Schedule A, pages 3 and 6, receive the same treatment as its memorandum. That request is granted.',
      ),
    ).toEqual(['72 redact {"kind":"pages","from":3,"to":3}', '72 redact {"kind":"pages","from":6,"to":6}']);
  });
});

// E.D. Ky. (round 333): "[R. n]" cites, a run of attachments with the marker written twice, a sentence in capitals
// before a cite, and bracketed footnote numbers.
describe('"Exhibits 3 through 6 [R. 53-3 through R. 53-6] … will remain sealed"', () => {
  it('reads every attachment of the run, each the whole of its exhibit', () => {
    expect(
      atoms(
        'The four breeding contracts attached to the Fitzgerald Declaration as Exhibits 3 through 6 [R. 53-3 through R. 53-6] contain the same fee information. For the same reasons, they will remain sealed.',
      ),
    ).toEqual([
      '53-3 redact {"kind":"whole"}',
      '53-4 redact {"kind":"whole"}',
      '53-5 redact {"kind":"whole"}',
      '53-6 redact {"kind":"whole"}',
    ]);
  });
});

describe('"5. … is GRANTED IN PART and DENIED IN PART. R. 60-6 shall remain SEALED." and "The Court will seal R. 60-6.[1]"', () => {
  it('reads "R." after a sentence in capitals as a record cite, titled by itself', () => {
    const item = atomsAndTitles(
      '5. The motion [R. 61] is GRANTED IN PART and DENIED IN PART. R. 60-6 shall remain SEALED. The deposition [R. 60-4] shall be REDACTED at 40:1-44:25.',
    );
    expect(item.atoms).toEqual([
      '60-4 redact {"kind":"lines","from":{"page":40,"line":1},"to":{"page":44,"line":25}}',
      '60-6 redact {"kind":"whole"}',
    ]);
    expect(item.titles).toContain('R. 60-6');
  });
  it("ends a paragraph at a bracketed footnote number, and does not read the footnote's number as an entry", () => {
    expect(
      atoms(
        'The Court will seal R. 60-6.[1]\n\nPlaintiffs also ask to seal the deposition of their expert in its entirety. [R. 60-4.] The request is denied.\n\n[1] Plaintiffs also ask to redact the name of a trust at ¶ 3 of the Declaration of Harlan Pierce [R. 60-2], and the request is granted.',
      ),
    ).toEqual([
      '60-2 redact {"kind":"paragraphs","from":3,"to":3}',
      '60-4 deny {"kind":"whole"}',
      '60-6 redact {"kind":"whole"}',
    ]);
  });
});

// W.D. Wis. (round 333): parts named once for two documents, and "the same paragraphs" set off by a comma.
describe('"Paragraphs 40-47 of plaintiff\'s proposed findings of fact, Dkt. 59, and of defendant\'s responses, Dkt. 68, shall be redacted."', () => {
  it('gives the paragraphs to both documents, in prose and in a numbered item', () => {
    const sentence =
      "Paragraphs 40-47 of plaintiff's proposed findings of fact, Dkt. 59, and of defendant's responses, Dkt. 68, shall be redacted.";
    const both = [
      '59 redact {"kind":"paragraphs","from":40,"to":47}',
      '68 redact {"kind":"paragraphs","from":40,"to":47}',
    ];
    expect(atoms(sentence)).toEqual(both);
    expect(atoms(`1. ${sentence}`)).toEqual(both);
  });
  it('but not parts named after the first document', () => {
    expect(
      atoms(
        'b. Defendant shall file redacted versions of the Vos Declaration (ECF No. 59), redacting paragraphs 11 through 14, and of Exhibit 5 (ECF No. 59-5), redacting ECF No. 59-5 at 3-17.',
      ),
    ).not.toContain('59-5 redact {"kind":"paragraphs","from":11,"to":14}');
  });
  it('reads "responses to the same paragraphs, Dkt. 68" as the paragraphs asked for', () => {
    expect(
      atoms(
        "The cooperative also asks to redact ¶¶ 40-47 of its proposed findings of fact, Dkt. 59. Those paragraphs report the prices at which Golden Root resold the root, information the cooperative obtained in discovery. Golden Root's responses to the same paragraphs, Dkt. 68, repeat the figures and may be redacted as well.",
      ),
    ).toContain('68 redact {"kind":"paragraphs","from":40,"to":47}');
  });
});

// D. Haw. (round 333): an elliptical refusal of what the court leaves public, and an exhibit kept in the public version.
describe('"Those pages may be redacted; the economist\'s methodology and conclusions may not."', () => {
  it('redacts the pages, and the rest is refused only by its own sentence', () => {
    expect(
      atoms(
        "(6) Report of Plaintiffs' economist, Dr. Lionel Pak, ECF No. 123-6. Pages 3-8 reproduce Mr. Whitford's individual tax returns. Those pages may be redacted; the economist's methodology and conclusions may not. The remainder of the report shall be filed publicly.",
      ),
    ).toEqual(['123-6 deny {"kind":"whole"}', '123-6 redact {"kind":"pages","from":3,"to":8}']);
  });
  it('reads "Exhibit 16 … shall be included in the public version of ECF No. 113" as a refusal', () => {
    expect(
      atoms(
        'Documents the Court has ordered sealed shall remain under seal, and Exhibit 16 to the Kealoha Declaration shall be included in the public version of ECF No. 113.',
      ),
    ).not.toContain('113 redact {"kind":"exhibits","from":"16","to":"16"}');
  });
});
