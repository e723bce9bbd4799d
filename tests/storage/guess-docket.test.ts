// Docket guessing from file names: the forms PACER, ECF downloads and people's own names take.
import { describe, expect, it } from 'vitest';
import { guessDocket, titleFromFileName } from '../../src/lib/docket/guess-docket.ts';

describe('guessDocket', () => {
  it.each([
    ['62.pdf', '62'],
    ['ECF 129-3.pdf', '129-3'],
    ['Doc 62-1 Exhibit A.pdf', '62-1'],
    ['gov.uscourts.nvd.123456.62.0.pdf', '62'],
    ['gov.uscourts.nvd.123456.62.1.pdf', '62-1'],
    ['gov.uscourts.cand.345678.129.12.pdf', '129-12'],
    ['ECF No. 186.pdf', '186'],
    ['Dkt. 94.pdf', '94'],
    ['ecf_177.pdf', '177'],
    ['Motion to Seal (#186).pdf', '186'],
    ['062.pdf', '62'],
    ['140 Reply ISO Motion.pdf', '140'],
    ['/home/me/Downloads/ECF 129-3.pdf', '129-3'],
  ])('%s → %s', (name, expected) => {
    expect(guessDocket(name)).toBe(expected);
  });

  it.each(['Complaint.pdf', 'exhibit.pdf', '2019-10-01 hearing.pdf', '.pdf', ''])('%s → null', (name) => {
    expect(guessDocket(name)).toBeNull();
  });
});

describe('titleFromFileName', () => {
  it('drops the docket prefix and extension', () => {
    expect(titleFromFileName('Doc 62-1 Exhibit A.pdf')).toBe('Exhibit A');
    expect(titleFromFileName('140_Reply_ISO_Motion.pdf')).toBe('Reply ISO Motion');
    expect(titleFromFileName('gov.uscourts.nvd.123456.62.0.pdf')).toBe('');
  });
});
