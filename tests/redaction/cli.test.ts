// The redact and verify commands: exit codes, atomic output, and the Report JSON on stdout.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { parseRegionFlag } from '../../src/cli/redact.ts';

const dir = mkdtempSync(join(tmpdir(), 'lineseal-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) } };
}

const FILING = 'tests/fixtures/pdfs/ghostscript-pleading.pdf';

describe('lineseal redact', () => {
  it('parses --region as 1-based PAGE:x0,y0,x1,y1', () => {
    expect(parseRegionFlag('2:540,500,72,524')).toEqual({ pageIndex: 1, rect: [72, 500, 540, 524] });
    expect(() => parseRegionFlag('2:72,500')).toThrow(/PAGE:x0,y0,x1,y1/);
  });

  it('writes the output and the report, and prints a verified Report', async () => {
    const c = io();
    const out = join(dir, 'out.pdf');
    const reportPath = join(dir, 'report.json');
    const regions = join(dir, 'r.json');
    writeFileSync(regions, JSON.stringify([{ pageIndex: 1, rect: [90, 600, 560, 640] }]));
    const code = await main(
      ['redact', FILING, '--region', '1:90,650,560,690', '--regions', regions, '-o', out, '--report', reportPath],
      c.io,
    );
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    const report = JSON.parse(c.out.join(''));
    expect(report.regions).toBe(2);
    expect(report.verification.ok).toBe(true);
    expect(report.output.file).toBe('out.pdf');
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).output.sha256).toBe(report.output.sha256);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 2 with one sentence on bad input, and leaves no output', async () => {
    const out = join(dir, 'bad.pdf');
    for (const args of [
      ['redact', 'missing.pdf', '--region', '1:0,0,10,10', '-o', out],
      ['redact', FILING, '--region', '9:0,0,10,10', '-o', out],
      ['redact', FILING, '--region', 'one:0,0,10,10', '-o', out],
      ['redact', FILING, '--docket', '62', '-o', out],
      ['redact', FILING, '--regions', 'missing.json', '-o', out],
      ['redact', FILING, '--region', '1:0,0,10,10'],
    ]) {
      const c = io();
      expect(await main(args, c.io), args.join(' ')).toBe(2);
      expect(c.err.join('\n')).toMatch(/^error: .+/);
      expect(c.err.join('\n')).not.toContain('\n');
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('lineseal verify', () => {
  it('fails (exit 1) on an unredacted copy and says what was found where', async () => {
    const c = io();
    const code = await main(['verify', FILING, FILING, '--region', '1:90,650,560,690'], c.io);
    expect(code).toBe(1);
    const v = JSON.parse(c.out.join(''));
    expect(v.ok).toBe(false);
    expect(v.textInsideRegions).toBeGreaterThan(0);
    expect(v.findings[0]).toMatch(/page 1: text .* is inside a region/);
  });

  it('resolves --cite on the original: an unredacted copy fails, the redacted one passes', async () => {
    const orig = 'tests/fixtures/pdfs/libreoffice-pleading.pdf';
    const out = join(dir, 'cite.pdf');
    expect(await main(['redact', orig, '--cite', '2:9-12', '-o', out], io().io)).toBe(0);
    expect(await main(['verify', orig, orig, '--cite', '2:9-12'], io().io)).toBe(1);
    const c = io();
    expect(await main(['verify', orig, out, '--cite', '2:9-12'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('')).ok).toBe(true);
  });

  it('passes (exit 0) on the redacted output', async () => {
    const out = join(dir, 'v.pdf');
    expect(await main(['redact', FILING, '--region', '1:90,650,560,690', '-o', out], io().io)).toBe(0);
    const c = io();
    expect(await main(['verify', FILING, out, '--region', '1:90,650,560,690'], c.io)).toBe(0);
    expect(JSON.parse(c.out.join('')).ok).toBe(true);
  });
});
