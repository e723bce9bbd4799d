// A line's box starts after the printed margin numbers (and their scanned ink) and before the first letter of every line.
import { describe, expect, it } from 'vitest';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { ALL_FIXTURES, fixtureText, fixtureTruth } from './fixture-helpers.ts';

describe.each(ALL_FIXTURES)('%s', (name) => {
  it('leaves the margin numbers outside every line box and every word inside', async () => {
    const truth = fixtureTruth(name);
    const grid = detectDocumentGrid(await fixtureText(name));
    for (const tp of truth.pages) {
      const page = grid.pages[tp.pdfPage - 1]!;
      for (const tl of tp.lines) {
        const gl = page.lines.find((l) => l.page === tl.page && l.line === tl.line);
        if (!gl) continue; // located lines are asserted in fixtures.test.ts
        const where = `${name} PDF page ${tp.pdfPage}, ${tl.page}:${tl.line}`;
        const t = tl as unknown as {
          lineNumberBbox?: number[];
          inkBbox?: number[] | null;
          words?: { bbox: number[] }[];
        };
        // Numbers sit left of the box; for the scan, their printed ink may run ~2pt past OCR's box: allow for it.
        if (t.lineNumberBbox)
          expect(gl.rect[0], `${where}: box covers the margin number`).toBeGreaterThan(
            t.lineNumberBbox[2]! + (t.inkBbox !== undefined ? 2 : 0),
          );
        for (const w of t.words ?? []) {
          const centre = (w.bbox[0]! + w.bbox[2]!) / 2;
          expect(centre, `${where}: a word starts left of the box`).toBeGreaterThan(gl.rect[0]);
        }
      }
    }
  });
});
