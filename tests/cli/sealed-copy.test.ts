// `lineseal redact --sealed-copy`: the unredacted copy for filing under seal, portions highlighted, text intact.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import { rasterizePageNode } from '../../src/platform/pdfjs/node-raster.ts';

const ECF = join(import.meta.dirname, '..', 'fixtures', 'pdfs', 'ecf-stamped.pdf');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function pageText(bytes: Uint8Array, pageIndex: number): Promise<string> {
  const doc = await openPdfjsDocument(bytes, 'x.pdf');
  const pages = await readDocumentText(doc);
  await doc.destroy();
  return pages[pageIndex]!.runs.map((r) => r.str)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Mean RGB of the pixels inside a user-space rect of a rendered page. */
async function meanColour(bytes: Uint8Array, pageIndex: number, rect: number[]): Promise<[number, number, number]> {
  const raster = await rasterizePageNode(bytes, pageIndex, 36);
  const [vx0, vy0, vx1, vy1] = raster.view;
  const sx = raster.width / (vx1 - vx0);
  const sy = raster.height / (vy1 - vy0);
  const sum = [0, 0, 0];
  let n = 0;
  for (let py = Math.ceil((vy1 - rect[3]!) * sy); py < Math.floor((vy1 - rect[1]!) * sy); py++)
    for (let px = Math.ceil((rect[0]! - vx0) * sx); px < Math.floor((rect[2]! - vx0) * sx); px++) {
      const i = (py * raster.width + px) * 3;
      sum[0]! += raster.pixels[i]!;
      sum[1]! += raster.pixels[i + 1]!;
      sum[2]! += raster.pixels[i + 2]!;
      n++;
    }
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}

describe('lineseal redact --sealed-copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineseal-sealed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the redacted file and a sealed copy whose marked text is intact and highlighted in yellow', async () => {
    const out = join(dir, 'public.pdf');
    const sealed = join(dir, 'sealed.pdf');
    const legend = 'FILED UNDER SEAL PURSUANT TO COURT ORDER (ECF No. 186)';
    const result = await cli([
      'redact',
      ECF,
      '--cite',
      '2:3-8',
      '-o',
      out,
      '--sealed-copy',
      sealed,
      '--legend',
      legend,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.sealedCopy.file).toBe('sealed.pdf');
    const sealedBytes = new Uint8Array(readFileSync(sealed));
    const publicBytes = new Uint8Array(readFileSync(out));
    expect(await pageText(publicBytes, 2)).not.toContain('The Motion is made');
    expect(await pageText(sealedBytes, 2)).toContain('The Motion is made under Federal Rules');
    expect(await pageText(sealedBytes, 0)).toContain(legend);
    // line 2:5 (inside the marks) is yellow on the sealed copy: red and green high, blue low; black on the public one
    const lineRect = [300, 620, 360, 630];
    const [r, g, b] = await meanColour(sealedBytes, 2, lineRect);
    expect(r).toBeGreaterThan(180);
    expect(g).toBeGreaterThan(170);
    expect(b).toBeLessThan(150);
    const [pr] = await meanColour(publicBytes, 2, lineRect);
    expect(pr).toBeLessThan(20);
  });

  it('draws outlines without colour when asked (courts that bar coloured markings)', async () => {
    const sealed = join(dir, 'outline.pdf');
    const result = await cli([
      'redact',
      ECF,
      '--cite',
      '2:3-8',
      '-o',
      join(dir, 'p2.pdf'),
      '--sealed-copy',
      sealed,
      '--sealed-style',
      'outline',
    ]);
    expect(result.code).toBe(0);
    const [r, g, b] = await meanColour(new Uint8Array(readFileSync(sealed)), 2, [300, 620, 360, 630]);
    expect(Math.abs(r - b)).toBeLessThan(3);
    expect(Math.abs(g - b)).toBeLessThan(3);
  });

  it('refuses --legend without --sealed-copy and an unknown style, writing nothing', async () => {
    const out = join(dir, 'none.pdf');
    expect((await cli(['redact', ECF, '--cite', '2:3-8', '-o', out, '--legend', 'x'])).code).toBe(2);
    const bad = await cli([
      'redact',
      ECF,
      '--cite',
      '2:3-8',
      '-o',
      out,
      '--sealed-copy',
      join(dir, 's.pdf'),
      '--sealed-style',
      'pink',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sealed-style is "highlight"/);
    expect(existsSync(out)).toBe(false);
  });
});
