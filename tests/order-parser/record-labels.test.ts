// Records the order numbers itself ("Item 1: …", "Record 2 - …", "Tab 4, …") where no filing has a docket number (Indiana A.C.R. Rule 6).
import { describe, expect, it } from 'vitest';
import { sortedAtoms as atoms } from './atoms.ts';

const ORDER = `FINDINGS AND ORDER ON DEFENDANT'S VERIFIED REQUEST TO EXCLUDE COURT RECORDS FROM PUBLIC ACCESS

     2.   The Request lists the records Blue Hole seeks to exclude as Item 1 through Item 4.

          Item 1: Limestone Block Supply Agreement dated February 8, 2022
          Item 2: Blue Hole's Bench Yield Reports for 2021 through 2024
          Item 3: Deposition of Jolene Akers
          Item 4: Letter from the Indiana Department of Natural Resources

                                      ORDER

     IT IS THEREFORE ORDERED that Blue Hole's Request is GRANTED IN PART and DENIED IN PART, as follows:

     (a)  Item 2 is EXCLUDED from public access in its entirety.

     (b)  Pages 6 through 8 of Item 1 are EXCLUDED from public access. The Request is otherwise DENIED as to Item 1.

     (c)  The testimony at 40:2-44:11 of Item 3 is EXCLUDED from public access.

     (d)  The Request is DENIED as to Item 4.
`;

describe('records numbered by the order itself', () => {
  it('reads "Item 2", "Pages 6 through 8 of Item 1" and "DENIED as to Item 4" as those records', () => {
    expect(atoms(ORDER)).toEqual([
      '1 deny {"kind":"whole"}',
      '1 redact {"kind":"pages","from":6,"to":8}',
      '2 redact {"kind":"whole"}',
      '3 redact {"kind":"lines","from":{"page":40,"line":2},"to":{"page":44,"line":11}}',
      '4 deny {"kind":"whole"}',
    ]);
  });

  it('leaves item labels alone in an order that cites docket entries', () => {
    const cited = ORDER.replace(
      '(d)  The Request is DENIED as to Item 4.',
      '(d)  The Request is DENIED as to ECF No. 40.',
    );
    expect(atoms(cited)).toEqual(['40 deny {"kind":"whole"}']);
  });
});
