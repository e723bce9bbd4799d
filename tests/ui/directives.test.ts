// Order panel helpers: linking directives to filings by docket, grouping, filings still needed, highlight pieces.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import type { DocumentRecord } from '../../src/platform/storage/types.ts';
import {
  docketKey,
  filingsStillNeeded,
  groupByDocket,
  highlightPieces,
  relink,
  toCaseDirectives,
} from '../../src/ui/state/directives.ts';

function doc(id: string, docket: string | null): DocumentRecord {
  return {
    id,
    caseId: 'c',
    fileName: `${id}.pdf`,
    sha256: id,
    pageCount: 1,
    docket,
    title: '',
    blobId: id,
    createdAt: 0,
  };
}

const order = readFileSync('tests/fixtures/orders/d-nev-2011-joint-motion-to-seal.txt', 'utf8');

describe('directives for review', () => {
  let n = 0;
  const ids = () => `d${n++}`;

  it('links each directive to the filing with its docket, and lists the dockets still needed', () => {
    const parsed = parseOrder(order);
    const docs = [doc('f140', '140'), doc('f134', 'ECF 134'), doc('f1291', '129-01')];
    const directives = toCaseDirectives(parsed, docs, ids);
    expect(directives).toHaveLength(parsed.directives.length);
    expect(directives.every((d) => !d.confirmed)).toBe(true);
    expect(directives.find((d) => d.dockets.includes('140'))?.documentId).toBe('f140');
    expect(directives.find((d) => d.dockets.includes('134'))?.documentId).toBe('f134');
    expect(directives.find((d) => d.dockets.includes('129-1'))?.documentId).toBe('f1291');
    expect(directives.find((d) => d.dockets.includes('62'))?.documentId).toBeNull();

    const needed = filingsStillNeeded(directives, docs).map((x) => x.docket);
    expect(needed).toContain('62');
    expect(needed).not.toContain('140');
    // 94 is both granted (redact) and partly denied: it is needed for the granted part.
    expect(needed).toContain('94');

    const relinked = relink(directives, [...docs, doc('f62', '62')]);
    expect(relinked.find((d) => d.dockets.includes('62'))?.documentId).toBe('f62');
    expect(filingsStillNeeded(relinked, [...docs, doc('f62', '62')]).map((x) => x.docket)).not.toContain('62');
  });

  it('groups by docket in order and keeps every directive once', () => {
    const directives = toCaseDirectives(parseOrder(order), [], ids);
    const groups = groupByDocket(directives);
    expect(groups.flatMap((g) => g.directives)).toHaveLength(directives.length);
    const g94 = groups.find((g) => g.key === '94');
    expect(g94?.directives.map((d) => d.disposition).sort()).toEqual(['deny', 'redact']);
  });

  it('cuts the text into highlighted and plain pieces that join back to the text', () => {
    const directives = toCaseDirectives(parseOrder(order), [], ids);
    const pieces = highlightPieces(order, directives);
    expect(pieces.map((p) => p.text).join('')).toBe(order);
    const lit = pieces.filter((p) => p.ids.length > 0);
    expect(lit.length).toBeGreaterThanOrEqual(directives.length / 2);
    const first = directives[0];
    expect(lit.some((p) => first && p.ids.includes(first.id))).toBe(true);
  });

  it('normalises dockets', () => {
    expect(docketKey('ECF No. 062-01')).toBe('62-1');
    expect(docketKey('129-3')).toBe('129-3');
    expect(docketKey('62-0')).toBe('62');
  });
});
