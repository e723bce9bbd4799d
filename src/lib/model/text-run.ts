// TextRun: one piece of text on a page, already converted to PDF user space (the seam between pdf.js and the core).

export interface TextRun {
  str: string;
  /** Baseline origin x, PDF user space. */
  x: number;
  /** Baseline origin y, PDF user space. */
  y: number;
  /** Advance width along the baseline, in points. */
  width: number;
  /** Font size (height of the em box), in points. */
  height: number;
  /** Text direction angle in degrees (0 for ordinary horizontal text). */
  angle: number;
  fontName?: string;
}

export interface PageText {
  pageIndex: number;
  /** MediaBox of the page in user space. */
  view: [number, number, number, number];
  /** /Rotate of the page in degrees. */
  rotate: number;
  runs: TextRun[];
}
