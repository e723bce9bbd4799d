// `lineseal lines`: the PageGrid JSON on stdout, and exit 2 with one readable sentence for bad input.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { PageGrid } from '../../src/lib/model/page-grid.ts';
import { FIXTURES } from './fixture-helpers.ts';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['lines', ...args], { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const tmp = mkdtempSync(join(tmpdir(), 'lineseal-lines-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

describe('lineseal lines', () => {
  it('prints {"pages": [PageGrid…]} for every page', async () => {
    const { code, stdout, stderr } = await cli(join(FIXTURES, 'ecf-stamped.pdf'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { pages: PageGrid[] };
    expect(json.pages).toHaveLength(10);
    const p = json.pages[4]!;
    expect(Object.keys(p)).toEqual(['pageIndex', 'pageNumber', 'printedPage', 'ecfPage', 'layout', 'lines']);
    expect(p).toMatchObject({ pageIndex: 4, pageNumber: 5, printedPage: 4, ecfPage: 5, layout: 'pleading' });
    expect(p.lines).toHaveLength(28);
    expect(Object.keys(p.lines[0]!)).toEqual(['page', 'line', 'rect', 'text']);
    expect(json.pages[0]!.layout).toBe('none');
  });

  it('--page-one corrects the printed-page mapping', async () => {
    const { code, stdout } = await cli(join(FIXTURES, 'ecf-stamped.pdf'), '--page-one', '1');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { pages: PageGrid[] }).pages.map((p) => p.printedPage)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it.each([
    ['a missing file', () => join(tmp, 'nope.pdf'), /^error: cannot read .*nope\.pdf \(no such file\)/],
    ['a file that is not a PDF', () => join(FIXTURES, 'README.md'), /^error: README\.md is not a PDF file/],
    [
      'a corrupt PDF',
      () => {
        const f = join(tmp, 'corrupt.pdf');
        writeFileSync(f, '%PDF-1.4\nthis is not really a pdf\n');
        return f;
      },
      /^error: corrupt\.pdf is damaged and cannot be read/,
    ],
  ])('exits 2 with one sentence on %s', async (_what, file, message) => {
    const { code, stdout, stderr } = await cli(file());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.skipIf(!hasQpdf)('exits 2 on a PDF encrypted with a user password', async () => {
    const f = join(tmp, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', join(FIXTURES, 'ghostscript-pleading.pdf'), f]);
    const { code, stderr } = await cli(f);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: locked\.pdf is encrypted with a user password/);
  });

  it('exits 2 on usage mistakes', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('a.pdf', 'b.pdf')).stderr).toMatch(/one filing/);
    expect((await cli('a.pdf', '--bogus')).code).toBe(2);
  });
});
