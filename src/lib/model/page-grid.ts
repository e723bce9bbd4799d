// PageGrid: the numbered-line grid found on one PDF page (interfaces.md "PageGrid").
import type { Rect } from './region.ts';

export type PageLayout = 'pleading' | 'transcript' | 'transcript-4up' | 'none';

export interface GridLine {
  /** Printed page (or transcript page of the quadrant for 4-up transcripts). */
  page: number;
  /** 1-based line number. */
  line: number;
  /** The line's band across the text column, PDF user space. */
  rect: Rect;
  /** Text found on the line ("" for a blank line). */
  text: string;
}

export interface PageGrid {
  pageIndex: number;
  pageNumber: number;
  printedPage: number | null;
  ecfPage: number | null;
  layout: PageLayout;
  lines: GridLine[];
}
