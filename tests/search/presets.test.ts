// Rule 5.2 presets on hand-made lines: what each finds, what part its mark covers, and what it must leave alone.
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/lib/model/text-run.ts';
import { searchText, type SearchQuery } from '../../src/lib/search/index.ts';
import { SearchSyntaxError } from '../../src/lib/util/errors.ts';

/** One run per line, 24 pt apart, 6 pt a character. */
function lines(...texts: string[]): PageText[] {
  return [
    {
      pageIndex: 0,
      view: [0, 0, 612, 792],
      rotate: 0,
      runs: texts.map((str, i) => ({ str, x: 72, y: 700 - 24 * i, width: 6 * str.length, height: 12, angle: 0 })),
    },
  ];
}

function found(query: SearchQuery, ...texts: string[]): [string, string][] {
  return searchText(lines(...texts), query).map((h) => [h.text, h.markedText]);
}

describe('ssn', () => {
  const q: SearchQuery = { kind: 'preset', preset: 'ssn' };
  it('finds dashed numbers anywhere and keeps the last four digits out of the mark', () => {
    expect(found(q, 'listed as 666-71-2049, which')).toEqual([['666-71-2049', '666-71-']]);
    expect(found({ ...q, whole: true }, 'listed as 666-71-2049, which')).toEqual([['666-71-2049', '666-71-2049']]);
  });
  it('finds spaced or bare numbers only where the text names an SSN', () => {
    expect(found(q, 'social security number 123 45 6789')).toEqual([['123 45 6789', '123 45 ']]);
    expect(found(q, 'SSN: 123456789')).toEqual([['123456789', '12345']]);
    expect(found(q, 'invoice 123456789 and 123 45 6789')).toEqual([]);
  });
  it('leaves alone case numbers, phone numbers, ZIP+4, dates, Bates numbers and impossible SSNs', () => {
    expect(
      found(
        q,
        'Case No. 3:19-cv-04417-RS Civil Action 19-4417',
        'Telephone: (415) 555-0132 or 415-555-0132',
        'San Francisco, California 94105-1234',
        'Filed 02/11/20 and on 2019-12-31',
        'produced as BDW-0038817 and ABC-123-45-6789',
        'placeholder 000-12-3456 and 123-00-4567 and 123-45-0000',
      ),
    ).toEqual([]);
  });
  it('finds a number split at a line end after its hyphen', () => {
    expect(found(q, 'the number 666-71-', '2049 was used')).toEqual([['666-71-2049', '666-71-']]);
  });
});

describe('tin', () => {
  const q: SearchQuery = { kind: 'preset', preset: 'tin' };
  it('finds EINs, SSN/ITIN-shaped numbers, and bare numbers named as a TIN', () => {
    expect(found(q, 'EIN 12-3456789 and ITIN 912-74-1234')).toEqual([
      ['12-3456789', '12-345'],
      ['912-74-1234', '912-74-'],
    ]);
    expect(found(q, 'taxpayer identification number 123456789')).toEqual([['123456789', '12345']]);
    expect(found(q, 'docket 19-4417, order 12-345678')).toEqual([]);
  });
});

describe('account-number', () => {
  const q: SearchQuery = { kind: 'preset', preset: 'account-number' };
  it('finds long numbers and shorter ones named as accounts, keeping the last four digits', () => {
    expect(found(q, 'Account No. 4410-2297-0216, to an')).toEqual([['4410-2297-0216', '4410-2297-']]);
    expect(found(q, 'acct # 98765 closed')).toEqual([['98765', '9']]);
    expect(found(q, 'card 4111 1111 1111 1111 expired')).toEqual([['4111 1111 1111 1111', '4111 1111 1111 ']]);
    expect(found(q, 'A. 6021-5530-7742.')).toEqual([['6021-5530-7742', '6021-5530-']]);
    expect(found({ ...q, whole: true }, 'A. 6021-5530-7742.')).toEqual([['6021-5530-7742', '6021-5530-7742']]);
  });
  it('leaves alone routing, phone, patent, case, Bates, bar and order numbers, dates, amounts and last-four mentions', () => {
    expect(
      found(
        q,
        'Redwood Coast Bank, routing number 321174856.',
        'Telephone: (415) 555-0176 / Facsimile: (415) 555-0177 or 1-800-555-0199',
        'U.S. Patent No. 10123456 and Case No. 3:19-cv-04417-RS',
        'Bates-numbered BDW-0000001 through BDW-0041226 (SBN 241187)',
        'Order No. 20190093 dated 2019-12-31, filed 02/11/2020',
        'revenue of $14,382,907.00 and 41,226 pages; the account ending in 7742',
        'ZIP 94105-1234; SSN 666-71-2049; EIN 12-3456789',
      ),
    ).toEqual([]);
  });
  it('finds IBANs, spaced or not, keeping their last four characters', () => {
    expect(found(q, 'IBAN AT92 2040 4000 4096 8679 SBGSAT2SXXX')).toEqual([
      ['AT92 2040 4000 4096 8679', 'AT92 2040 4000 4096 '],
    ]);
    expect(found(q, 'IBAN DE89370400440532013000 here')).toEqual([['DE89370400440532013000', 'DE8937040044053201']]);
  });
  it('leaves serial publication and form numbers alone (ISSN 1535-6078, OMB No. 1545-0074)', () => {
    expect(found(q, 'ISSN 1535-6078 and OMB No. 1545-0074, ISBN 9780306406157')).toEqual([]);
  });
  it('accepts: a bare long number with no word before it is taken for an account (e.g. a phone written 4155550132)', () => {
    expect(found(q, 'call 4155550132 today')).toEqual([['4155550132', '415555']]);
  });
});

describe('birth-date', () => {
  const q: SearchQuery = { kind: 'preset', preset: 'birth-date' };
  it('finds dates named as birth dates and leaves the year out of the mark', () => {
    expect(found(q, 'He was born on March 4, 1987 in Fresno.')).toEqual([['March 4, 1987', 'March 4,']]);
    expect(found(q, 'DOB: 03/04/1987')).toEqual([['03/04/1987', '03/04/']]);
    expect(found(q, 'date of birth 1987-03-04')).toEqual([['1987-03-04', '-03-04']]);
    expect(found(q, 'J.D. (4 July 2009) (DOB)')).toEqual([['4 July 2009', '4 July']]);
    expect(found({ ...q, whole: true }, 'DOB: 03/04/1987')).toEqual([['03/04/1987', '03/04/1987']]);
  });
  it('finds a birth date asked in one line and answered on the next', () => {
    expect(found(q, 'Q. What is your date of birth?', 'A. June 2, 1979.')).toEqual([['June 2, 1979', 'June 2,']]);
  });
  it('leaves other dates alone', () => {
    expect(found(q, 'Filed: March 4, 2020. Dated October 21, 2019; hearing 03/19/2020; 2019-12-31')).toEqual([]);
    // A cut-off date in a form or rule is nobody's birth date.
    expect(found(q, 'You were born before January 2, 1946; a child born after 12/31/2010')).toEqual([]);
  });
});

describe('minor-name', () => {
  it('finds the name as typed, first and last, "Last, First" and the given name alone, across line ends', () => {
    const q: SearchQuery = { kind: 'preset', preset: 'minor-name', names: ['Jane Q. Doe'] };
    expect(
      found(q, 'Jane Q. Doe, a minor; Jane Doe; Doe, Jane; Jane said', 'that Janet and Mr. Doe saw Jane', 'Doe'),
    ).toEqual([
      ['Jane Q. Doe', 'Jane Q. Doe'],
      ['Jane Doe', 'Jane Doe'],
      ['Doe, Jane', 'Doe, Jane'],
      ['Jane', 'Jane'],
      ['Jane Doe', 'Jane Doe'],
    ]);
    const [hit] = searchText(lines('he saw Jane', 'Doe there'), q);
    expect(hit!.rects).toHaveLength(2);
  });
  it('needs at least one name', () => {
    expect(() => searchText(lines('x'), { kind: 'preset', preset: 'minor-name', names: [' '] })).toThrow(
      SearchSyntaxError,
    );
  });
});
