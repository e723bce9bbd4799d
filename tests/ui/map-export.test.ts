// The exported map's file name and source label.
import { describe, expect, it } from 'vitest';
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
