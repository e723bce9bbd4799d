// Odd real-world PDFs (pdf.js's test corpus, kept outside the project): the detector never throws and its rects stay sane.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

const WILD = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'wild');
const present = existsSync(WILD);
const files = present ? readdirSync(WILD).filter((f) => f.endsWith('.pdf')) : [];

describe.skipIf(!present)('wild PDFs', () => {
  it(
    'detects without throwing; every line rect lies on its page, lines run 1…N per block',
    { timeout: 120_000 },
    async () => {
      let opened = 0;
      let withGrid = 0;
      for (const f of files) {
        let texts;
        try {
          const doc = await openPdfjsDocument(readFileSync(join(WILD, f)), f);
          texts = await readDocumentText(doc);
          await doc.destroy();
        } catch {
          continue; // encrypted or damaged: the loader's job, tested elsewhere
        }
        opened++;
        const grid = detectDocumentGrid(texts);
        expect(grid.pages).toHaveLength(texts.length);
        for (const page of grid.pages) {
          const [vx0, vy0, vx1, vy1] = texts[page.pageIndex]!.view;
          if (page.lines.length > 0) withGrid++;
          let expected = 1;
          let block = page.lines[0]?.page;
          for (const l of page.lines) {
            if (l.page !== block) {
              block = l.page;
              expected = 1;
            }
            expect(l.line, `${f} p${page.pageNumber}`).toBe(expected++);
            const [x0, y0, x1, y1] = l.rect;
            expect(x0 < x1 && y0 < y1, `${f} p${page.pageNumber} rect order`).toBe(true);
            expect(x0 >= vx0 - 1 && x1 <= vx1 + 1 && y0 >= vy0 - 30 && y1 <= vy1 + 30, `${f} rect on page`).toBe(true);
          }
        }
      }
      expect(opened).toBeGreaterThan(30);
      // These are not court filings: none should look like numbered pleading paper.
      expect(withGrid).toBe(0);
    },
  );
});

describe.skipIf(!existsSync(join(WILD, 'prefilled_f1040.pdf')))('a prefilled Form 1040', () => {
  it('is not pleading paper: its evenly spaced line numbers 10-24 are field labels', async () => {
    const doc = await openPdfjsDocument(readFileSync(join(WILD, 'prefilled_f1040.pdf')), 'prefilled_f1040.pdf');
    const grid = detectDocumentGrid(await readDocumentText(doc));
    await doc.destroy();
    expect(grid.pages.map((p) => p.layout)).toEqual(['none', 'none']);
    expect(grid.linesPerPage).toBeNull();
  });
});
