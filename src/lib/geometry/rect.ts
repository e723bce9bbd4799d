// Rectangle helpers in PDF user space: containment, intersection, and the bounding box of transformed shapes.
import type { Rect } from '../model/region.ts';
import { applyToPoint, type Matrix } from './matrix.ts';

/** Containment tolerance in points (one epsilon policy for the whole engine). */
export const EPSILON = 1e-6;

export function containsPoint(r: Rect, x: number, y: number): boolean {
  return x >= r[0] - EPSILON && x <= r[2] + EPSILON && y >= r[1] - EPSILON && y <= r[3] + EPSILON;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return containsPoint(outer, inner[0], inner[1]) && containsPoint(outer, inner[2], inner[3]);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export function intersection(a: Rect, b: Rect): Rect | null {
  const r: Rect = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[0] < r[2] && r[1] < r[3] ? r : null;
}

/** Bounding box of the points. */
export function boundsOf(points: readonly (readonly [number, number])[]): Rect | null {
  if (points.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/** Bounding box of a rectangle after an affine transform. */
export function transformRect(m: Matrix, r: Rect): Rect {
  return boundsOf([
    applyToPoint(m, r[0], r[1]),
    applyToPoint(m, r[2], r[1]),
    applyToPoint(m, r[0], r[3]),
    applyToPoint(m, r[2], r[3]),
  ]) as Rect;
}
