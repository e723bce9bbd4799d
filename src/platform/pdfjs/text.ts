// pdf.js text content → TextRun[] in PDF user space: the one seam between pdf.js and the core (browser and Node alike).
import type { PageText, TextRun } from '../../lib/model/text-run.ts';

/** The subset of pdf.js's PDFPageProxy this module needs (so browser and legacy Node builds both fit). */
export interface PdfjsPageLike {
  _pageIndex?: number;
  pageNumber: number;
  view: number[];
  rotate: number;
  getTextContent(params?: { includeMarkedContent?: boolean; disableNormalization?: boolean }): Promise<{
    items: unknown[];
  }>;
}

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName?: string;
}

function isTextItem(item: unknown): item is PdfjsTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Converts one pdf.js text item (its transform is already glyph space → user space) to a TextRun. */
export function textRunFromItem(item: PdfjsTextItem): TextRun {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
  const angle = (Math.atan2(b, a) * 180) / Math.PI;
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
  return {
    str: item.str,
    x: e,
    y: f,
    width: item.width,
    height: fontSize,
    angle: Math.round(angle * 1000) / 1000,
    ...(item.fontName ? { fontName: item.fontName } : {}),
  };
}

/** Reads every text item of a page (empty strings dropped) as runs in PDF user space. */
export async function readPageText(page: PdfjsPageLike): Promise<PageText> {
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.length === 0) continue;
    runs.push(textRunFromItem(item));
  }
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  return { pageIndex: page.pageNumber - 1, view: [x0, y0, x1, y1], rotate: page.rotate, runs };
}
