// Where each character of a pdf.js run sits: advances from a width model (proportional or monospaced), boxes in user space.
import type { TextRun } from '../model/text-run.ts';
import type { Rect } from '../model/region.ts';

/** Helvetica advance widths (1/1000 em) for ASCII 32..126: a fair model of the relative widths of most text fonts. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

function modelWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]!;
  if (code === 0x2018 || code === 0x2019 || code === 0x201a) return 222;
  if (code === 0x201c || code === 0x201d || code === 0x201e) return 333;
  if (code === 0x2013) return 556;
  if (code === 0x2014) return 1000;
  if (code >= 0xfb00 && code <= 0xfb06) return 500;
  if (code === 0xa0) return 278;
  return 556;
}

/** Below and above the baseline, as fractions of the font size: the box a glyph's ink is expected in. */
export const DESCENT = 0.22;
export const ASCENT = 0.82;

function naturalEm(str: string): number {
  let total = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff)) total += modelWidth(code);
  }
  return total / 1000;
}

/**
 * Per font: how wide the font sets text relative to the model (Times ≈ 0.9, Helvetica 1). Justified lines are wider than
 * their natural width, so the lower quartile of the runs' ratios is taken (a paragraph's last line and single words are
 * set naturally).
 */
export function fontScales(runs: readonly TextRun[]): Map<string, number> {
  const ratios = new Map<string, number[]>();
  for (const run of runs) {
    const t = run.str.trim();
    if (t.length < 4 || !(run.width > 0) || !(run.height > 0)) continue;
    const em = naturalEm(run.str) * run.height;
    if (em <= 0) continue;
    const key = run.fontName ?? '';
    const list = ratios.get(key) ?? [];
    list.push(run.width / em);
    ratios.set(key, list);
  }
  const out = new Map<string, number>();
  for (const [k, list] of ratios) {
    list.sort((a, b) => a - b);
    out.set(k, list[Math.floor((list.length - 1) / 4)]!);
  }
  return out;
}

/**
 * Cumulative advance of each character of a run along its baseline (length str.length + 1, last = run.width). Monospaced
 * runs share the width evenly; otherwise characters get the model's widths at the font's scale, and what a justified
 * line has beyond its natural width goes to its spaces (or, without a scale or spaces, the width is shared in proportion).
 */
export function charOffsets(run: TextRun, scale?: number): Float64Array {
  const n = run.str.length;
  const out = new Float64Array(n + 1);
  if (n === 0) return out;
  const size = run.height > 0 ? run.height : 10;
  const width = run.width > 0 && Number.isFinite(run.width) ? run.width : 0.5 * size * n;
  const w = new Float64Array(n);
  let total = 0;
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const code = run.str.charCodeAt(i);
    // The low half of a surrogate pair has no advance of its own.
    w[i] = code >= 0xdc00 && code <= 0xdfff ? 0 : modelWidth(code);
    total += w[i]!;
    if (code === 32 || code === 0xa0) spaces++;
  }
  const proportional = (total / 1000) * size;
  const mono = 0.6 * size * n;
  const even = Math.abs(width - mono) < Math.min(Math.abs(width - proportional * (scale ?? 1)), 0.03 * width + 0.5);
  if (even) {
    for (let i = 1; i <= n; i++) out[i] = (i / n) * width;
    return out;
  }
  const natural = scale !== undefined ? proportional * scale : 0;
  const excess = width - natural;
  if (scale !== undefined && spaces > 0 && excess > 0.01 * width) {
    const perSpace = excess / spaces;
    let acc = 0;
    for (let i = 0; i < n; i++) {
      const code = run.str.charCodeAt(i);
      acc += (w[i]! / 1000) * size * scale + (code === 32 || code === 0xa0 ? perSpace : 0);
      out[i + 1] = acc;
    }
    out[n] = width;
    return out;
  }
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += total > 0 ? w[i]! / total : 1 / n;
    out[i + 1] = acc * width;
  }
  out[n] = width;
  return out;
}

/** The axis-aligned user-space box of characters [c0, c1) of a run (rotated runs give the box around their quad). */
export function spanRect(run: TextRun, offsets: Float64Array, c0: number, c1: number, pad = 0): Rect {
  const size = run.height > 0 ? run.height : 10;
  const rad = (run.angle * Math.PI) / 180;
  const dx = Math.cos(rad);
  const dy = Math.sin(rad);
  const a = (offsets[c0] ?? 0) - pad * size;
  const b = (offsets[c1] ?? offsets[offsets.length - 1] ?? 0) + pad * size;
  const lo = -DESCENT * size;
  const hi = ASCENT * size;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const along of [a, b])
    for (const across of [lo, hi]) {
      xs.push(run.x + dx * along - dy * across);
      ys.push(run.y + dy * along + dx * across);
    }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
