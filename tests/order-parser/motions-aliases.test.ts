// MotionParser and AliasParser: which dockets are motions, what a ruling on a motion means, and documents named in words.
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import { findDocketRefs } from '../../src/lib/order-parser/parsers/dockets.ts';
import { motionDockets, motionObjectDisposition } from '../../src/lib/order-parser/parsers/motions.ts';
import { findAliases } from '../../src/lib/order-parser/parsers/aliases.ts';

const atoms = (text: string) =>
  parseOrder(text).directives.flatMap((d) =>
    d.dockets.flatMap((k) => d.ranges.map((r) => `${k} ${d.disposition} ${JSON.stringify(r)}`)),
  );

describe('motionDockets', () => {
  it('names the motion, not the document the motion asks about', () => {
    const text =
      "Before the Court is Defendant's request to seal Exhibit 9 to the Declaration of Tom Ruiz (ROA 236), and the parties' Motion to Seal Reply in Support, (doc. 394).";
    const motions = motionDockets(text, findDocketRefs(text));
    expect([...motions]).toEqual(['394']);
  });
  it('keeps merits motions and documents supporting a motion out of the list', () => {
    const text =
      "Defendants' Motion for Summary Judgment (ECF No. 50) and the Reply in Support of Motion for Order to Show Cause (#140) shall be sealed.";
    expect([...motionDockets(text, findDocketRefs(text))]).toEqual([]);
  });
  it('takes "MOTION to Restrict Access to Filing No. 64-1, 64-3" (a docket sheet) as naming what is restricted', () => {
    const text =
      '08/02/2024    79    MOTION to Restrict Access to Filing No. 64-1, 64-3 by Plaintiff (Entered: 08/02/2024)';
    expect([...motionDockets(text, findDocketRefs(text))]).toEqual([]);
  });
  it('does not take a clause after "its motion," for the motion\'s name', () => {
    const text = "With its motion, Bayou filed, provisionally under seal, Plaintiff's medical records (R. Doc. 55-4).";
    expect([...motionDockets(text, findDocketRefs(text))]).toEqual([]);
  });
});

describe('motionObjectDisposition', () => {
  it('reads a grant of a motion to unseal as making the document public, and a moot denial as nothing', () => {
    expect(
      motionObjectDisposition("Defendants' Motion for Leave to File Unredacted Version of ", 'redact', 'GRANTS', ' '),
    ).toBe('deny');
    expect(motionObjectDisposition("Plaintiff's Motion to Unseal ", 'deny', 'DENIES', ' as moot')).toBe('none');
    expect(motionObjectDisposition("Plaintiff's Motion to Seal ", 'redact', 'GRANTS', ' ')).toBe('redact');
    expect(motionObjectDisposition('the Declaration of ', 'redact', 'GRANTS', ' ')).toBeNull();
  });
});

describe('rulings on motions and Clerk directives in prose', () => {
  it('unseals what a granted motion to unseal names, and seals what the Clerk is told to docket and seal', () => {
    const text =
      "The Court GRANTS Defendants' Motion to Unseal Doc. No. 355, (doc. 367). The Court also DIRECTS the Clerk of Court to DOCKET and SEAL Plaintiff's unredacted Response in Opposition, (doc. 381).";
    expect(atoms(text)).toEqual(['355 deny {"kind":"whole"}', '381 redact {"kind":"whole"}']);
  });
  it('follows "strike … and to re-file them under seal" back to the documents', () => {
    const text =
      "The motion (Doc. 72) is GRANTED. The Clerk is directed to strike Plaintiff's reply and exhibits (Docs. 71, 71-1 & 71-2) and to re-file them under seal.";
    expect(atoms(text)).toEqual([
      '71 redact {"kind":"whole"}',
      '71-1 redact {"kind":"whole"}',
      '71-2 redact {"kind":"whole"}',
    ]);
  });
  it('gives a granted motion the lodged document its "See" cite names', () => {
    const text =
      'By the motion to seal, Docket No. 437, Plaintiffs ask to file their motion to enforce settlement under seal. See Docket No. 438 (sealed motion to enforce settlement). The Court GRANTS the motion to seal.';
    expect(atoms(text)).toEqual(['438 redact {"kind":"whole"}']);
  });
});

describe('AliasParser', () => {
  const text =
    'Plaintiffs ask to file under seal their motion to compel, lodged at ECF No. 123, and their reply, lodged at ECF No. 130.\n\n' +
    "The Court finds good cause to seal the following exhibits attached to Plaintiffs' motion to compel: Exhibit 1, a policy; and Exhibit 3, board minutes. " +
    "The Court does not find good cause to seal Exhibit 2 or Plaintiffs' reply.";
  it('finds documents introduced with "lodged at"', () => {
    expect(findAliases(text, findDocketRefs(text))).toEqual([
      { phrase: 'motion to compel', dockets: ['123'] },
      { phrase: 'reply', dockets: ['130'] },
    ]);
  });
  it('resolves rulings that name them in words only', () => {
    expect(atoms(text).sort()).toEqual(
      [
        '123 redact {"kind":"exhibits","from":"1","to":"1"}',
        '123 redact {"kind":"exhibits","from":"3","to":"3"}',
        '123 deny {"kind":"exhibits","from":"2","to":"2"}',
        '130 deny {"kind":"whole"}',
      ].sort(),
    );
  });
});

describe('a Delaware transaction ID beside its docket entry', () => {
  it('reads "(Dkt. 41; Trans. ID 69284517)" as entry 41 alone', () => {
    const text = 'their Verified Complaint (Dkt. 41; Trans. ID 69284517) (the "Complaint")';
    expect(findDocketRefs(text).flatMap((r) => r.dockets)).toEqual(['41']);
  });
  it('still reads a transaction ID cited on its own', () => {
    const text = 'the Halversen Certification (Trans ID: LCV20241102958)';
    expect(findDocketRefs(text).flatMap((r) => r.dockets)).toEqual(['LCV20241102958']);
  });
});

describe('"docket item" as Delaware says it', () => {
  it('reads "docket item 64" and "docket items 1, 64, and 71"', () => {
    const text = 'the Delgado affidavit, docket item 64, and revised public versions of docket items 1, 64, and 71';
    expect(findDocketRefs(text).map((r) => r.dockets)).toEqual([['64'], ['1', '64', '71']]);
  });
});
