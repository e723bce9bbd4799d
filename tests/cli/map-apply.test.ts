// `lineseal map` and `lineseal apply` end to end in Node: order → map → burned filings, including a copy with another SHA-256.
import { mkdtempSync, readFileSync, existsSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import type { Report } from '../../src/lib/model/report.ts';
import type { RedactionMap } from '../../src/lib/redaction-map/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ORDER = join(FIXTURES, 'orders', 'd-nev-2011-joint-motion-to-seal.txt');
const CHROMIUM = join(FIXTURES, 'pdfs', 'chromium-pleading.pdf');
const ECF = join(FIXTURES, 'pdfs', 'ecf-stamped.pdf');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function pageWords(path: string, pageIndex: number): Promise<string> {
  const doc = await openPdfjsDocument(new Uint8Array(readFileSync(path)), path);
  const pages = await readDocumentText(doc);
  await doc.destroy();
  return pages[pageIndex]!.runs.map((r) => r.str)
    .join(' ')
    .replace(/\s+/g, ' ');
}

describe('lineseal map + apply', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineseal-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const mapPath = join(dir, 'map.json');

  it('maps the order onto docket 62 and records exact regions, citations and page numbers', async () => {
    const result = await cli(['map', '--order', ORDER, '--filing', `62=${CHROMIUM}`, '-o', mapPath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^map: 1 filing\(s\), 1 mark\(s\), \d+ region\(s\), \d+ unresolved/);
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as RedactionMap;
    const doc = map.documents[0]!;
    expect(doc.dockets).toEqual(['62']);
    expect(doc.pageCount).toBe(9);
    expect(doc.pageNumbers.map((p) => p.printedPage)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const mark = doc.marks[0]!;
    expect(mark.source).toMatchObject({ kind: 'directive', item: 'II.A.9' });
    expect(mark.citation?.startsWith('1:8-2:5; 2:18-25; 3:7-11')).toBe(true);
    expect(mark.regions.some((r) => r.pageIndex === 0)).toBe(true);
    // pages 11 and beyond do not exist in this 9-page fixture: reported, not dropped
    expect((mark.unresolved as unknown[]).length).toBeGreaterThan(0);
  });

  it('burns the map into the same copy using its exact regions', async () => {
    const outDir = join(dir, 'same');
    const result = await cli(['apply', mapPath, '--filing', `62=${CHROMIUM}`, '--out-dir', outDir]);
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as Report[];
    expect(report!.verification.ok).toBe(true);
    expect(report!.removed.glyphs).toBeGreaterThan(100);
    const text = await pageWords(join(outDir, 'chromium-pleading-redacted.pdf'), 0);
    const original = await pageWords(CHROMIUM, 0);
    // line 8 of page 1 onwards is redacted; the caption's first lines are kept
    expect(original).toContain('Halyard');
    expect(text.length).toBeLessThan(original.length);
  });

  it('re-resolves the citations on another copy (ECF stamped, cover page first) so regions move one page down', async () => {
    const outDir = join(dir, 'other');
    const result = await cli(['apply', mapPath, '--filing', `62=${ECF}`, '--out-dir', outDir]);
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as Report[];
    expect(report!.verification.ok).toBe(true);
    expect(report!.verification.findings?.join(' ')).toMatch(/re-resolved/);
    const cover = await pageWords(join(outDir, 'ecf-stamped-redacted.pdf'), 0);
    expect(cover).toBe(await pageWords(ECF, 0));
    const page1 = await pageWords(join(outDir, 'ecf-stamped-redacted.pdf'), 1);
    expect(page1).toContain('Case 3:19-cv-04417-RS Document 118');
    expect(page1.length).toBeLessThan((await pageWords(ECF, 1)).length);
  });

  it('refuses a malformed map naming the JSON path, and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    map.documents[0].marks[0].regions[0].rect = [10, 10, 5, 5];
    writeFileSync(bad, JSON.stringify(map));
    const outDir = join(dir, 'bad-out');
    const result = await cli(['apply', bad, '--filing', `62=${CHROMIUM}`, '--out-dir', outDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: bad\.json is not a valid redaction map: \$\.documents\[0\]\.marks\[0\]\.regions\[0\]\.rect/,
    );
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  });

  it('refuses a filing the map does not cover and a malformed --filing flag', async () => {
    const noDoc = await cli(['apply', mapPath, '--filing', `99=${CHROMIUM}`, '--out-dir', join(dir, 'x')]);
    expect(noDoc.code).toBe(2);
    expect(noDoc.stderr).toMatch(/no document for docket 99/);
    const badFlag = await cli(['map', '--order', ORDER, '--filing', CHROMIUM, '-o', join(dir, 'm2.json')]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/is not DOCKET=FILE\.pdf/);
  });
});

describe('lineseal redact --cite / --order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineseal-cite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('redacts lines named by a citation and keeps the rest', async () => {
    const out = join(dir, 'cite.pdf');
    const result = await cli(['redact', ECF, '--cite', 'pp. 2:3-8', '-o', out]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.verification.ok).toBe(true);
    expect(report.regions).toBeGreaterThan(0);
    const before = await pageWords(ECF, 2);
    const after = await pageWords(out, 2);
    // 2:3-8 is "The Motion is made under …" through "STATEMENT OF RELIEF SOUGHT"; 2:2 and 2:9 stay
    expect(before).toContain('The Motion is made under Federal Rules');
    expect(after).not.toContain('The Motion is made');
    expect(after).not.toContain('STATEMENT OF RELIEF SOUGHT');
    expect(after).toContain('within fourteen days.');
    expect(after).toContain('Halyard asks the Court');
  });

  it('reports a citation past the end of the filing as unresolved and exits 2 when nothing is left', async () => {
    const result = await cli(['redact', ECF, '--cite', '40:1-3', '-o', join(dir, 'none.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/40:1-3/);
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it('needs --order with --docket, and names the dockets an order grants when the docket is not among them', async () => {
    const noOrder = await cli(['redact', ECF, '--docket', '62', '-o', join(dir, 'x.pdf')]);
    expect(noOrder.code).toBe(2);
    const wrong = await cli(['redact', ECF, '--order', ORDER, '--docket', '999', '-o', join(dir, 'y.pdf')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/grants no redaction of docket 999/);
  });
});
