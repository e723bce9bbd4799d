// A real rotated PDF (pdf-lib: landscape MediaBox, /Rotate 90, text drawn running up the page) read through pdf.js.
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { detectDocumentGrid } from '../../src/lib/pleading/index.ts';
import { resolveRanges, buildFilingLayout } from '../../src/lib/resolve/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

/** Display coordinates (portrait 612×792, y up) → user space of the landscape page stored with /Rotate 90. */
const toUser = (u: number, v: number): [number, number] => [792 - v, u];

async function rotatedFiling(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  for (let p = 1; p <= 2; p++) {
    const page = pdf.addPage([792, 612]);
    page.setRotation(degrees(90));
    const draw = (text: string, u: number, v: number, size = 12) => {
      const [x, y] = toUser(u, v);
      page.drawText(text, { x, y, size, font, rotate: degrees(90) });
    };
    for (let n = 1; n <= 28; n++) {
      const baseline = 713 - (n - 1) * 24;
      draw(String(n), 72 - font.widthOfTextAtSize(String(n), 12), baseline);
      draw(`Page ${p} row ${String.fromCharCode(64 + n)} secret`, 100, baseline);
    }
    draw(String(p), 300, 40, 10);
  }
  return pdf.save();
}

describe('rotated PDF through pdf.js', () => {
  it('finds the grid, the printed pages, and resolves lines to rects around the drawn text', async () => {
    const doc = await openPdfjsDocument(await rotatedFiling(), 'rotated.pdf');
    const texts = await readDocumentText(doc);
    await doc.destroy();
    expect(texts[0]!.rotate).toBe(90);
    const grid = detectDocumentGrid(texts);
    expect(grid.details[0]!.quarter).toBe(1);
    for (const [i, page] of grid.pages.entries()) {
      expect(page.layout).toBe('pleading');
      expect(page.printedPage).toBe(i + 1);
      expect(page.lines.map((l) => l.text)).toEqual(
        Array.from({ length: 28 }, (_, k) => `Page ${i + 1} row ${String.fromCharCode(65 + k)} secret`),
      );
    }
    const { regions, unresolved } = resolveRanges(buildFilingLayout(texts), [
      { kind: 'lines', from: { page: 1, line: 3 }, to: { page: 1, line: 4 } },
    ]);
    expect(unresolved).toEqual([]);
    expect(regions).toHaveLength(1);
    const [x0, y0, x1, y1] = regions[0]!.rect;
    // Rows 3 and 4 have baselines at display v 665 and 641: user x 127 and 151, glyphs to the left of the baseline.
    for (const v of [665, 641]) {
      const [bx] = toUser(100, v);
      expect(bx - 8 > x0 && bx + 2 < x1).toBe(true);
    }
    // Row 2 and row 5 stay outside.
    expect(toUser(100, 689)[0] - 4).toBeLessThan(x0);
    expect(toUser(100, 617)[0] - 4).toBeGreaterThan(x1);
    // The column runs along user y from the number column's edge to the right margin.
    expect(y0).toBeGreaterThan(70);
    expect(y0).toBeLessThan(100);
    expect(y1).toBeGreaterThan(400);
  });
});
