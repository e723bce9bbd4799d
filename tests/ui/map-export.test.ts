// The exported map's file name, source label and the order's date.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderDateOf } from '../../src/lib/redaction-map/case-map.ts';
import { APP_SOURCE, mapFileName } from '../../src/ui/state/map-export.ts';

describe('map file name', () => {
  it('keeps the case title, replacing characters no file system allows', () => {
    expect(mapFileName('Halyard v. Bristlecone')).toBe('Halyard v. Bristlecone.lineseal-map.json');
    expect(mapFileName('Sample case: Selling Source')).toBe('Sample case - Selling Source.lineseal-map.json');
    expect(mapFileName('A/B "C"?')).toBe('A - B - C.lineseal-map.json');
    expect(mapFileName(' ::: ')).toBe('case.lineseal-map.json');
  });

  it('names the app and its version as the source', () => {
    expect(APP_SOURCE).toMatch(/^LineSeal \d+\.\d+\.\d+/);
  });
});

describe('order date', () => {
  it('reads the last dated line, in either common form', () => {
    expect(orderDateOf('Text.\n\nDATED this 29th day of April, 2011.\n')).toBe('2011-04-29');
    expect(orderDateOf('IT IS SO ORDERED.\nDated: March 3, 2023\n')).toBe('2023-03-03');
    expect(orderDateOf('filed on January 2, 2020 …\nDated: February 9, 2021')).toBe('2021-02-09');
    expect(orderDateOf('Signed on November 30 2026 by the Court')).toBe('2026-11-30');
  });

  it('is null without a dated line or for an impossible date', () => {
    expect(orderDateOf('The motion filed January 2, 2020 is granted.')).toBeNull();
    expect(orderDateOf('Dated: February 30, 2021')).toBeNull();
  });

  it("reads the sample order's date", () => {
    expect(orderDateOf(readFileSync('public/sample/order.txt', 'utf8'))).toBe('2011-04-29');
  });
});
