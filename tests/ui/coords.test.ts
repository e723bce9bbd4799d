// Viewer coordinates: our viewport arithmetic matches pdf.js's PageViewport, and the round trip is exact.
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { openPdfjsDocument } from '../../src/platform/pdfjs/node.ts';
import { describe, expect, it } from 'vitest';
import { pageGeometry, pdfRectToView, pdfToView, viewRectToPdf, viewToPdf } from '../../src/ui/viewer/coords.ts';

const views: [number, number, number, number][] = [
  [0, 0, 612, 792],
  [0, 0, 612, 1008],
  [-10, 20, 602, 812],
];

async function pdfjsPages() {
  const pdf = await PDFDocument.create();
  for (const [x0, y0, x1, y1] of views) pdf.addPage([612, 792]).setMediaBox(x0, y0, x1 - x0, y1 - y0);
  const doc = await openPdfjsDocument(await pdf.save(), 'pages.pdf');
  return Promise.all(views.map((_, i) => doc.getPage(i + 1)));
}

describe('pageGeometry', () => {
  for (const [index, view] of views.entries()) {
    for (const rotation of [0, 90, 180, 270]) {
      it(`matches pdf.js for view ${view.join(',')} rotated ${rotation}`, async () => {
        const page = (await pdfjsPages())[index];
        if (!page) throw new Error('no page');
        expect(page.view).toEqual(view);
        const ours = pageGeometry(view, rotation, 1.5);
        const theirs = page.getViewport({ scale: 1.5, rotation });
        for (let i = 0; i < 6; i++) expect(ours.transform[i]).toBeCloseTo(theirs.transform[i] as number, 9);
        expect(ours.width).toBeCloseTo(theirs.width, 9);
        expect(ours.height).toBeCloseTo(theirs.height, 9);
      });
    }
  }

  it('puts the top-left of an unrotated letter page at the origin, y down', () => {
    const { transform } = pageGeometry([0, 0, 612, 792], 0, 2);
    expect(pdfToView(transform, 0, 792)).toEqual([0, 0]);
    expect(pdfToView(transform, 612, 0)).toEqual([1224, 1584]);
  });
});

describe('round trips', () => {
  it('point and rectangle survive view → pdf → view at any rotation and scale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 90, 180, 270),
        fc.double({ min: 0.25, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 612, noNaN: true }),
        fc.double({ min: 0, max: 792, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        (rotation, scale, x, y, w, h) => {
          const { transform } = pageGeometry([0, 0, 612, 792], rotation, scale);
          const [vx, vy] = pdfToView(transform, x, y);
          const [bx, by] = viewToPdf(transform, vx, vy);
          expect(bx).toBeCloseTo(x, 6);
          expect(by).toBeCloseTo(y, 6);
          const rect: [number, number, number, number] = [x, y, x + w, y + h];
          const back = viewRectToPdf(transform, pdfRectToView(transform, rect));
          back.forEach((v, i) => expect(v).toBeCloseTo(rect[i] as number, 6));
        },
      ),
      { numRuns: 200 },
    );
  });
});
