// The one place where PDF user space (points, y up) meets the viewer's CSS pixels (y down), both ways.
import { normalizeRect, type Rect } from '../../lib/model/region.ts';

/** Affine map PDF user space → viewport CSS px: [a, b, c, d, e, f] as in pdf.js PageViewport.transform. */
export type ViewTransform = readonly [number, number, number, number, number, number];

/** A box in CSS pixels relative to the page's top-left corner. */
export interface CssRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface PageGeometry {
  transform: ViewTransform;
  /** Viewport size in CSS pixels. */
  width: number;
  height: number;
}

/**
 * The viewport of a page whose MediaBox is `view` and /Rotate is `rotate`, at `scale` CSS px per point.
 * Same arithmetic as pdf.js's PageViewport, so the overlay and the canvas agree to the pixel.
 */
export function pageGeometry(view: readonly number[], rotate: number, scale: number): PageGeometry {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const rotation = ((rotate % 360) + 360) % 360;
  let [a, b, c, d] = [1, 0, 0, -1];
  if (rotation === 90) [a, b, c, d] = [0, 1, 1, 0];
  else if (rotation === 180) [a, b, c, d] = [-1, 0, 0, 1];
  else if (rotation === 270) [a, b, c, d] = [0, -1, -1, 0];
  let offsetX: number, offsetY: number, width: number, height: number;
  if (a === 0) {
    offsetX = Math.abs(cy - y0) * scale;
    offsetY = Math.abs(cx - x0) * scale;
    width = Math.abs(y1 - y0) * scale;
    height = Math.abs(x1 - x0) * scale;
  } else {
    offsetX = Math.abs(cx - x0) * scale;
    offsetY = Math.abs(cy - y0) * scale;
    width = Math.abs(x1 - x0) * scale;
    height = Math.abs(y1 - y0) * scale;
  }
  const transform: ViewTransform = [
    a * scale,
    b * scale,
    c * scale,
    d * scale,
    offsetX - a * scale * cx - c * scale * cy,
    offsetY - b * scale * cx - d * scale * cy,
  ];
  return { transform, width, height };
}

/** PDF user-space point → CSS px. */
export function pdfToView(t: ViewTransform, x: number, y: number): [number, number] {
  return [t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]];
}

/** CSS px → PDF user-space point. */
export function viewToPdf(t: ViewTransform, vx: number, vy: number): [number, number] {
  const det = t[0] * t[3] - t[1] * t[2];
  const dx = vx - t[4];
  const dy = vy - t[5];
  return [(t[3] * dx - t[2] * dy) / det, (t[0] * dy - t[1] * dx) / det];
}

/** A user-space rectangle as a CSS box (any page rotation). */
export function pdfRectToView(t: ViewTransform, rect: Rect): CssRect {
  const [ax, ay] = pdfToView(t, rect[0], rect[1]);
  const [bx, by] = pdfToView(t, rect[2], rect[3]);
  return { left: Math.min(ax, bx), top: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) };
}

/** A CSS box back to a normalised user-space rectangle. */
export function viewRectToPdf(t: ViewTransform, box: CssRect): Rect {
  const [ax, ay] = viewToPdf(t, box.left, box.top);
  const [bx, by] = viewToPdf(t, box.left + box.width, box.top + box.height);
  return normalizeRect([ax, ay, bx, by]);
}
