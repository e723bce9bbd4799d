// Every order in tests/fixtures/orders parses to exactly its hand-written key; held-out and real-based ones to their keys minus listed gaps.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOrder } from '../../src/lib/order-parser/index.ts';
import type { Directive } from '../../src/lib/model/directive.ts';

const dir = join(import.meta.dirname, '../fixtures/orders');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''));

interface Key {
  directives: Omit<Directive, 'source'>[];
  warnings?: string[];
}

/** What must match exactly, in order. */
const strict = (d: Omit<Directive, 'source'>) => ({
  dockets: d.dockets,
  disposition: d.disposition,
  ranges: d.ranges,
  basis: d.basis,
  standard: d.standard,
});
/** Titles compare loosely: letters and digits only, one containing the other. */
const loose = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

describe.each(names)('order %s', (name) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
  const key = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Key;
  const parsed = parseOrder(text);

  it('yields exactly the answer key: dockets, disposition, ranges, basis, standard, in order', () => {
    expect(parsed.directives.map(strict)).toEqual(key.directives.map(strict));
  });

  it('numbers items as the key does and names each document as the order does', () => {
    expect(parsed.directives.map((d) => d.item)).toEqual(key.directives.map((d) => d.item));
    parsed.directives.forEach((d, i) => {
      const want = loose(key.directives[i]?.document ?? '');
      const got = loose(d.document);
      expect(got.length > 0 && (got.includes(want) || want.includes(got)), `${d.item}: "${d.document}"`).toBe(true);
    });
  });

  it('keeps source spans that are slices of the given text and contain the docket', () => {
    for (const d of parsed.directives) {
      expect(d.source.text).toBe(text.slice(d.source.start, d.source.end));
      expect(d.dockets.some((k) => d.source.text.includes(k.split('-')[0] ?? k))).toBe(true);
    }
  });

  it('reports the warnings the key lists', () => {
    for (const w of key.warnings ?? []) expect(parsed.warnings.join('\n')).toContain(w);
  });
});

describe('the seed order (D. Nev. 2011)', () => {
  const text = readFileSync(join(dir, 'd-nev-2011-joint-motion-to-seal.txt'), 'utf8');
  const parsed = parseOrder(text);
  it('has 44 directives and warns about the ambiguous "#33-34"', () => {
    expect(parsed.directives).toHaveLength(44);
    expect(parsed.warnings.some((w) => w.includes('33-34') && /entries 33 and 34/.test(w))).toBe(true);
  });
  it('gives no directive for the sealing motion itself or for record citations in the reasoning', () => {
    const dockets = parsed.directives.flatMap((d) => d.dockets);
    expect(dockets).not.toContain('186');
    expect(parsed.directives.filter((d) => d.dockets.includes('94')).map((d) => d.disposition)).toEqual([
      'redact',
      'deny',
    ]);
  });
});

/** Known gaps of the orders keyed before the parser saw them (see the file's note). */
const gaps = JSON.parse(readFileSync(join(dir, 'known-gaps.json'), 'utf8')) as {
  orders: Record<string, { why: string; missed: string[]; extra: string[] }>;
};
/** One atom per docket and range: "ECF 58-3 and ECF 58-4" may come as one directive or two, and a ruling said twice once. */
const atomSet = (ds: Omit<Directive, 'source'>[]) =>
  new Set(
    ds.flatMap((d) => d.dockets.flatMap((k) => d.ranges.map((r) => `${k} ${d.disposition} ${JSON.stringify(r)}`))),
  );

describe.each(['held-out', 'real-based'])('%s orders (keyed before the parser first saw them)', (sub) => {
  const subDir = join(dir, sub);
  const keyed = readdirSync(subDir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''));
  it.each(keyed)('%s yields the atoms of its key, apart from its listed gaps', (name) => {
    const text = readFileSync(join(subDir, `${name}.txt`), 'utf8');
    const key = JSON.parse(readFileSync(join(subDir, `${name}.expected.json`), 'utf8')) as Key;
    const gap = gaps.orders[`${sub}/${name}`] ?? { missed: [] as string[], extra: [] as string[] };
    const want = new Set([...atomSet(key.directives)].filter((a) => !gap.missed.includes(a)));
    for (const a of gap.extra) want.add(a);
    expect([...atomSet(parseOrder(text).directives)].sort()).toEqual([...want].sort());
  });
  it('lists gaps only for orders that exist, each with its reason', () => {
    for (const [name, gap] of Object.entries(gaps.orders).filter(([n]) => n.startsWith(`${sub}/`))) {
      expect(keyed).toContain(name.slice(sub.length + 1));
      expect(gap.why.length).toBeGreaterThan(20);
    }
  });
});
