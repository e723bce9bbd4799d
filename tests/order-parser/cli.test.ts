// `lineseal parse-order` through main(): text and PDF orders, and exit 2 with one sentence on bad input.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/command.ts';
import type { Directive } from '../../src/lib/model/directive.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import { orderTextFromPages, parseOrder } from '../../src/lib/order-parser/index.ts';
import { orderPdf } from './make-order-pdf.ts';

const fixtures = join(import.meta.dirname, '../fixtures/orders');
const seedText = readFileSync(join(fixtures, 'd-nev-2011-joint-motion-to-seal.txt'), 'utf8');
const key = JSON.parse(readFileSync(join(fixtures, 'd-nev-2011-joint-motion-to-seal.expected.json'), 'utf8')) as {
  directives: Directive[];
};
const strict = (d: Directive) => [d.dockets, d.disposition, d.ranges, d.basis, d.standard];

function fakeIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
  return { io, out, err };
}

let dir = '';
let pdfBytes: Uint8Array = new Uint8Array();
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lineseal-order-'));
  pdfBytes = await orderPdf(seedText);
  writeFileSync(join(dir, 'order.pdf'), pdfBytes);
  writeFileSync(join(dir, 'order.txt'), seedText);
  writeFileSync(join(dir, 'fake.pdf'), 'this is not a pdf');
  writeFileSync(join(dir, 'corrupt.pdf'), '%PDF-1.7\n1 0 obj <<< garbage\n%%EOF');
  writeFileSync(join(dir, 'letter.txt'), 'Dear counsel,\n\nThe hearing is moved to Tuesday at 10 a.m.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lineseal parse-order', () => {
  it('prints the directives and warnings of a text order as pretty JSON', async () => {
    const { io, out, err } = fakeIo();
    expect(await main(['parse-order', join(dir, 'order.txt')], io)).toBe(0);
    expect(err).toEqual([]);
    const printed = JSON.parse(out.join('')) as { directives: Directive[]; warnings: string[] };
    expect(printed.directives.map(strict)).toEqual(key.directives.map(strict));
    expect(printed.warnings.some((w) => w.includes('33-34'))).toBe(true);
    expect(out.join('')).toContain('\n  "directives": [');
  });

  it('reads an order given as a PDF (pleading line numbers, ECF stamps and footers dropped)', async () => {
    const { io, out } = fakeIo();
    expect(await main(['parse-order', join(dir, 'order.pdf')], io)).toBe(0);
    const printed = JSON.parse(out.join('')) as { directives: Directive[] };
    expect(printed.directives.map(strict)).toEqual(key.directives.map(strict));
  });

  it.each([
    ['missing.txt', /cannot read .*missing\.txt/],
    ['fake.pdf', /fake\.pdf is not a PDF/],
    ['corrupt.pdf', /corrupt\.pdf is damaged/],
    ['letter.txt', /letter\.txt: no sealing or redaction directive/],
    ['empty.txt', /empty\.txt: has no text/],
  ])('exits 2 with one sentence for %s', async (name, message) => {
    const { io, out, err } = fakeIo();
    expect(await main(['parse-order', join(dir, name)], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('exits 2 on a usage mistake', async () => {
    const { io, err } = fakeIo();
    expect(await main(['parse-order'], io)).toBe(2);
    expect(err[0]).toMatch(/exactly one order file/);
  });
});

describe('orderTextFromPages', () => {
  it('drops line numbers, the ECF stamp and the page footer, and keeps the order readable', async () => {
    const doc = await openPdfjsDocument(pdfBytes, 'order.pdf');
    const text = orderTextFromPages(await readDocumentText(doc));
    await doc.destroy();
    expect(text).not.toMatch(/Case 2:10-cv/);
    expect(text.split('\n').filter((l) => /^\d{1,2}(?=\s|$)/.test(l))).toEqual([
      "23 (discusses Selling Source's corporate structure and purchase agreement details);",
      '23 ,2009) (citing Kamakana, 447 F.3d at 1179).',
    ]);
    expect(text).toContain('1. Complaint (#1), ¶¶ 25-26, 31-34, 37-39 (discusses');
    expect(text).toMatch(/\nA\. Trade Secret Materials\n/);
    expect(parseOrder(text).directives).toHaveLength(44);
  });

  it('returns an empty string for pages without text', () => {
    expect(orderTextFromPages([{ pageIndex: 0, view: [0, 0, 612, 792], rotate: 0, runs: [] }])).toBe('');
  });
});

describe('orders of other courts, laid out as PDFs, read as their text does', () => {
  const sample = [
    'c-d-cal-2019-application-under-seal',
    'd-del-2022-oral-order-transcript',
    's-d-n-y-2021-memo-endorsement',
    'cal-super-2023-ruling-on-motion-to-seal',
    'e-d-tex-2018-motion-for-leave-sealed-exhibits',
    'held-out/e-d-pa-2020-and-now-order',
    'held-out/m-d-n-c-2018-order-on-motions-to-seal',
    'held-out/n-d-ill-2020-minute-entry',
    'held-out/bankr-d-del-2023-order-authorizing-filing-under-seal',
  ];
  const atoms = (ds: Pick<Directive, 'dockets' | 'disposition' | 'ranges'>[]) =>
    ds.flatMap((d) => d.dockets.flatMap((k) => d.ranges.map((r) => `${k} ${d.disposition} ${JSON.stringify(r)}`)));
  it.each(sample)('%s', async (name) => {
    const text = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
    const want = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8')) as {
      directives: Directive[];
    };
    const doc = await openPdfjsDocument(await orderPdf(text), `${name}.pdf`);
    const fromPdf = orderTextFromPages(await readDocumentText(doc));
    await doc.destroy();
    expect(atoms(parseOrder(fromPdf).directives)).toEqual(atoms(want.directives));
  });
});

describe('orderTextFromPages on a ruling table', () => {
  it('keeps table columns apart (as tabs) so each row becomes a directive', () => {
    const run = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4, height: 10, angle: 0 });
    const rows: [string, string, string, string][] = [
      ['ECF No.', 'Document', 'Portions Sought to be Sealed', 'Ruling'],
      ['122-3', 'Exhibit C to Lee Decl.', 'Page 5, lines 3-9', 'GRANTED'],
      ['122-5', 'Exhibit E to Lee Decl.', 'Entire document', 'DENIED'],
    ];
    const runs = [
      run('The Court rules on the sealing requests as follows:', 72, 700),
      ...rows.flatMap((cells, r) => cells.map((cell, c) => run(cell, 60 + c * 140, 670 - r * 20))),
    ];
    const text = orderTextFromPages([{ pageIndex: 0, view: [0, 0, 612, 792], rotate: 0, runs }]);
    expect(text).toContain('122-3\tExhibit C to Lee Decl.\tPage 5, lines 3-9\tGRANTED');
    const parsed = parseOrder(text).directives.map((d) => [d.dockets, d.disposition, d.ranges]);
    expect(parsed).toEqual([
      [['122-3'], 'redact', [{ kind: 'lines', from: { page: 5, line: 3 }, to: { page: 5, line: 9 } }]],
      [['122-5'], 'deny', [{ kind: 'whole' }]],
    ]);
  });
});
