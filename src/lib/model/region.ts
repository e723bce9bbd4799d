// Region: a rectangle on one PDF page, in PDF user space (points, origin lower-left of the MediaBox, y up, before /Rotate).

/** [x0, y0, x1, y1] with x0 < x1 and y0 < y1. */
export type Rect = [number, number, number, number];

export interface Region {
  /** 0-based index of the PDF page. */
  pageIndex: number;
  rect: Rect;
}

/** A region with where it came from, so reports and the sealed copy can say which mark produced it. */
export interface LabelledRegion extends Region {
  /** The mark or directive that produced the region, e.g. a mark id or "II.A.9". */
  source?: string;
  /** The citation as written, e.g. "5:17-6:14". */
  citation?: string;
  /** Optional text drawn on the box (REDACTED, or the order's basis). */
  label?: string;
}

export function normalizeRect(rect: readonly number[]): Rect {
  const [a = 0, b = 0, c = 0, d = 0] = rect;
  return [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
}
