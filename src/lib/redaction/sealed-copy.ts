// The sealed (lodged) copy: the unredacted filing with every redacted portion highlighted, for filing under seal.
import { BlendMode, PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { LabelledRegion } from '../model/region.ts';
import { loadDocument, quietly, rectsByPage } from './redact-document.ts';

/**
 * `highlight`: translucent yellow over the text (N.D. Cal. L.R. 79-5 asks for the sealed portions "highlighted");
 * `outline`: a black frame and no colour, for courts that bar coloured markings (e.g. Washington GR 14).
 */
export type SealedCopyStyle = 'highlight' | 'outline';

export interface SealedCopyOptions {
  fileName: string;
  password?: string;
  style?: SealedCopyStyle;
  /** A first-page legend such as "FILED UNDER SEAL PURSUANT TO COURT ORDER (ECF No. 186)". */
  legend?: string;
}

/** Returns a complete new file; the original bytes are not changed. Text stays selectable under the highlights. */
export async function makeSealedCopy(
  bytes: Uint8Array,
  regions: readonly LabelledRegion[],
  options: SealedCopyOptions,
): Promise<Uint8Array> {
  const doc: PDFDocument = await loadDocument(bytes, options.fileName, options.password);
  const pages = doc.getPages();
  const byPage = rectsByPage(regions, pages.length, options.fileName);
  const style = options.style ?? 'highlight';
  const wrap = (page: (typeof pages)[number]) => {
    // Balance whatever graphics state the original content leaves behind, so the marks land in user space.
    const start = doc.context.register(doc.context.stream('q\n'));
    const end = doc.context.register(doc.context.stream('\nQ\n'));
    page.node.wrapContentStreams(start, end);
  };
  for (const [pageIndex, pageRegions] of byPage) {
    const page = pages[pageIndex];
    if (!page) continue;
    wrap(page);
    for (const { rect } of pageRegions) {
      const [x0, y0, x1, y1] = rect;
      const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
      if (style === 'highlight')
        page.drawRectangle({ ...box, color: rgb(1, 0.93, 0.2), opacity: 0.45, blendMode: BlendMode.Multiply });
      else page.drawRectangle({ ...box, borderColor: rgb(0, 0, 0), borderWidth: 1, borderDashArray: [3, 2] });
    }
  }
  const legend = options.legend?.replace(/[^\x20-\x7e]/g, '').trim();
  const first = pages[0];
  if (legend && first) {
    if (!byPage.has(0)) wrap(first);
    const font = await doc.embedFont(StandardFonts.HelveticaBold);
    const size = 9;
    const { x, y, width, height } = first.getMediaBox();
    const textWidth = font.widthOfTextAtSize(legend, size);
    first.drawText(legend, {
      x: x + Math.max(18, (width - textWidth) / 2),
      y: y + height - 30,
      size,
      font,
      color: rgb(0.7, 0, 0),
    });
  }
  return quietly(() => doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
}
