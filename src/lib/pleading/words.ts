// Page text → words in a "reading frame" where the page's text runs left to right and up is +v (handles /Rotate-d and tilted scans).
import type { PageText, TextRun } from '../model/text-run.ts';
import type { Rect } from '../model/region.ts';

/** A rotation about the page centre that makes the page's dominant text horizontal. */
export interface Frame {
  /** Quarter turns (0-3) of the dominant text direction, counter-clockwise in user space. */
  quarter: number;
  /** Residual tilt of the text in degrees (scans), already removed by the frame. */
  tilt: number;
  /** Centre of the page in user space (the origin of frame coordinates). */
  cx: number;
  cy: number;
  /** Frame-space bounds of the page's MediaBox. */
  bounds: Rect;
}

/** One word in frame coordinates. */
export interface Word {
  text: string;
  /** Left and right edges along the reading direction. */
  u0: number;
  u1: number;
  /** Baseline position (frame v, up is +). */
  base: number;
  /** Font size. */
  size: number;
  /** Vertical centre used to assign the word to a line band. */
  vc: number;
  /** True when the word runs at an angle to the page's text (a vertical stamp, OCR noise). */
  offAxis: boolean;
  /** Index of the run the word came from. */
  run: number;
}

/** Centre of a glyph box above its baseline, as a fraction of the font size (poppler-like ascent/descent). */
export const CENTRE_RATIO = 0.35;

function angleOf(frame: Frame): number {
  return ((frame.quarter * 90 + frame.tilt) * Math.PI) / 180;
}

/** User space → frame. */
export function toFrame(frame: Frame, x: number, y: number): [number, number] {
  const a = angleOf(frame);
  const dx = x - frame.cx;
  const dy = y - frame.cy;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [dx * cos + dy * sin, -dx * sin + dy * cos];
}

/** Frame → user space. */
export function toUser(frame: Frame, u: number, v: number): [number, number] {
  const a = angleOf(frame);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [u * cos - v * sin + frame.cx, u * sin + v * cos + frame.cy];
}

/** A frame rect → user-space rect: exact for quarter turns; with a tilt, the rect keeps its size around its mapped centre. */
export function rectToUser(frame: Frame, r: Rect): Rect {
  const [u0, v0, u1, v1] = r;
  const [cx, cy] = toUser(frame, (u0 + u1) / 2, (v0 + v1) / 2);
  const odd = frame.quarter % 2 === 1;
  const hw = (odd ? v1 - v0 : u1 - u0) / 2;
  const hh = (odd ? u1 - u0 : v1 - v0) / 2;
  return [round2(cx - hw), round2(cy - hh), round2(cx + hw), round2(cy + hh)];
}

/** A user-space rect → frame rect (axis-aligned bounds of its corners). */
export function rectToFrame(frame: Frame, r: Rect): Rect {
  const pts = [
    toFrame(frame, r[0], r[1]),
    toFrame(frame, r[2], r[1]),
    toFrame(frame, r[0], r[3]),
    toFrame(frame, r[2], r[3]),
  ];
  const us = pts.map((p) => p[0]);
  const vs = pts.map((p) => p[1]);
  return [Math.min(...us), Math.min(...vs), Math.max(...us), Math.max(...vs)];
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function normAngle(deg: number): number {
  let a = deg % 360;
  if (a < 0) a += 360;
  return a;
}

/** Picks the page's reading frame: the dominant text direction (by characters) and the median small tilt around it. */
export function chooseFrame(page: PageText, forcedQuarter?: number): Frame {
  const votes = [0, 0, 0, 0];
  for (const run of page.runs) {
    const n = run.str.trim().length;
    if (n === 0) continue;
    const q = Math.round(normAngle(run.angle) / 90) % 4;
    votes[q] = (votes[q] ?? 0) + n;
  }
  let quarter: number;
  if (forcedQuarter !== undefined) quarter = forcedQuarter;
  else if (votes.some((v) => v > 0)) quarter = votes.indexOf(Math.max(...votes));
  else quarter = ((Math.round(normAngle(-page.rotate) / 90) % 4) + 4) % 4;
  // Tilt: character-weighted median of the residual angles of runs near the dominant direction.
  const residuals: { r: number; w: number }[] = [];
  for (const run of page.runs) {
    const n = run.str.trim().length;
    if (n === 0) continue;
    let r = normAngle(run.angle) - quarter * 90;
    if (r > 180) r -= 360;
    if (r < -180) r += 360;
    if (Math.abs(r) < 5) residuals.push({ r, w: n });
  }
  let tilt = 0;
  if (residuals.length > 0) {
    residuals.sort((a, b) => a.r - b.r);
    const total = residuals.reduce((s, x) => s + x.w, 0);
    let acc = 0;
    for (const x of residuals) {
      acc += x.w;
      if (acc >= total / 2) {
        tilt = x.r;
        break;
      }
    }
    if (Math.abs(tilt) < 0.05) tilt = 0;
  }
  const [x0, y0, x1, y1] = page.view;
  const frame: Frame = { quarter, tilt, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, bounds: [0, 0, 0, 0] };
  const b = rectToFrame({ ...frame, tilt: 0 }, page.view);
  frame.bounds = b;
  return frame;
}

const SPACE = /\s/;

/** Splits runs at white space into words placed in the frame; pieces of one word split across runs ("Plainti" "ff") are joined. */
export function extractWords(page: PageText, frame: Frame): Word[] {
  const words: Word[] = [];
  const frameAngle = frame.quarter * 90 + frame.tilt;
  let prevOpenEnd = false;
  for (let ri = 0; ri < page.runs.length; ri++) {
    const run: TextRun = page.runs[ri]!;
    const str = run.str;
    const len = str.length;
    if (len === 0) {
      prevOpenEnd = false;
      continue;
    }
    let residual = normAngle(run.angle - frameAngle);
    if (residual > 180) residual -= 360;
    const offAxis = Math.abs(residual) > 10;
    const rad = (run.angle * Math.PI) / 180;
    const dx = Math.cos(rad);
    const dy = Math.sin(rad);
    const adv = run.width / len;
    const size = run.height > 0 ? run.height : 10;
    let i = 0;
    let first = true;
    while (i < len) {
      while (i < len && SPACE.test(str[i]!)) i++;
      if (i >= len) break;
      let j = i;
      while (j < len && !SPACE.test(str[j]!)) j++;
      const [ua, va] = toFrame(frame, run.x + dx * adv * i, run.y + dy * adv * i);
      const [ub, vb] = toFrame(frame, run.x + dx * adv * j, run.y + dy * adv * j);
      const base = (va + vb) / 2;
      const word: Word = {
        text: str.slice(i, j),
        u0: Math.min(ua, ub),
        u1: Math.max(ua, ub),
        base,
        size,
        vc: base + CENTRE_RATIO * size,
        offAxis,
        run: ri,
      };
      const openStart = first && i === 0;
      const prev = words[words.length - 1];
      if (
        openStart &&
        prevOpenEnd &&
        prev &&
        !prev.offAxis &&
        !offAxis &&
        Math.abs(prev.base - base) < 0.2 * size &&
        Math.abs(prev.size - size) < 0.2 * size &&
        word.u0 - prev.u1 < 0.12 * size &&
        word.u0 - prev.u1 > -0.3 * size
      ) {
        prev.text += word.text;
        prev.u1 = Math.max(prev.u1, word.u1);
      } else {
        words.push(word);
      }
      first = false;
      i = j;
    }
    prevOpenEnd = !SPACE.test(str[len - 1]!);
  }
  return words;
}

/** Groups words into visual rows (vertical overlap), rows top to bottom, words left to right. Superscripts join their row. */
export function groupRows(words: Word[]): Word[][] {
  const sorted = [...words].sort((a, b) => b.base - a.base || a.u0 - b.u0);
  const rows: { lo: number; hi: number; words: Word[] }[] = [];
  for (const w of sorted) {
    const lo = w.base - 0.2 * w.size;
    const hi = w.base + 0.75 * w.size;
    let best: (typeof rows)[number] | undefined;
    let bestOverlap = 0;
    for (const row of rows) {
      const overlap = Math.min(hi, row.hi) - Math.max(lo, row.lo);
      const need = 0.5 * Math.min(hi - lo, row.hi - row.lo);
      if (overlap >= need && overlap > bestOverlap) {
        best = row;
        bestOverlap = overlap;
      }
    }
    if (best) {
      best.words.push(w);
      // Keep the row's extent that of its largest glyphs, so a superscript does not drag it upward.
      if (hi - lo > best.hi - best.lo) {
        best.lo = lo;
        best.hi = hi;
      }
    } else rows.push({ lo, hi, words: [w] });
  }
  rows.sort((a, b) => b.hi + b.lo - (a.hi + a.lo));
  return rows.map((r) => r.words.sort((a, b) => a.u0 - b.u0));
}

/** Joins rows of words into one line of text with single spaces. */
export function rowsText(rows: Word[][]): string {
  return rows
    .map((r) => r.map((w) => w.text).join(' '))
    .filter((s) => s.length > 0)
    .join(' ');
}
