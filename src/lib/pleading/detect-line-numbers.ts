// Finds margin columns of line numbers (1…N, evenly spaced) among a page's words; robust to missing, extra and misread numbers.
import type { Word } from './words.ts';

/** One run of line numbers 1…N in one column (a pleading page has one; a 4-up transcript has four). */
export interface NumberBlock {
  /** Column of the numbers in frame u. */
  colLeft: number;
  colRight: number;
  /** Line count N (numbers 1…N). */
  count: number;
  /** Vertical centre (frame v) of line n at index n-1, interpolated where a number is missing. */
  centres: number[];
  /** Distance between consecutive lines. */
  pitch: number;
  /** How many numbers were actually found in the column. */
  found: number;
  /** Number words that belong to the column (so they are not read as text). */
  numberWords: Word[];
}

const NUMBER = /^\d{1,2}$/;

interface Candidate {
  n: number;
  v: number;
  w: Word;
}

/** Least-squares fit v = a + b·n over candidates. */
function fit(cands: Candidate[]): { a: number; b: number } {
  const k = cands.length;
  let sn = 0;
  let sv = 0;
  for (const c of cands) {
    sn += c.n;
    sv += c.v;
  }
  const mn = sn / k;
  const mv = sv / k;
  let num = 0;
  let den = 0;
  for (const c of cands) {
    num += (c.n - mn) * (c.v - mv);
    den += (c.n - mn) ** 2;
  }
  const b = den > 0 ? num / den : 0;
  return { a: mv - b * mn, b };
}

/** The best arithmetic run (v decreasing as n grows) among candidates of one column, or null. */
function bestSequence(cands: Candidate[], minInliers: number): Candidate[] | null {
  let best: Candidate[] | null = null;
  let bestScore = -Infinity;
  const sorted = [...cands].sort((x, y) => y.v - x.v);
  const k = sorted.length;
  const tried = new Set<string>();
  // Models come from pairs of candidates close in the column (a true run has neighbours a few lines apart).
  for (let i = 0; i < k; i++) {
    const ci = sorted[i]!;
    for (let j = i + 1; j < Math.min(k, i + 7); j++) {
      const cj = sorted[j]!;
      if (ci.n >= cj.n) continue;
      const pitch = (ci.v - cj.v) / (cj.n - ci.n);
      if (!(pitch >= 6 && pitch <= 60)) continue;
      if (pitch < 0.8 * Math.min(ci.w.size, cj.w.size)) continue;
      const tol = Math.max(1.5, 0.15 * pitch);
      const a = ci.v + pitch * ci.n;
      const key = `${Math.round(pitch * 10)}|${Math.round(a)}`;
      if (tried.has(key)) continue;
      tried.add(key);
      // One inlier per number: the closest.
      const byN = new Map<number, { c: Candidate; d: number }>();
      for (const c of sorted) {
        const d = Math.abs(c.v - (a - pitch * c.n));
        if (d > tol) continue;
        const prev = byN.get(c.n);
        if (!prev || d < prev.d) byN.set(c.n, { c, d });
      }
      if (byN.size < minInliers) continue;
      let resid = 0;
      for (const x of byN.values()) resid += x.d;
      const score = byN.size - resid / (tol * byN.size);
      if (score > bestScore) {
        bestScore = score;
        best = [...byN.values()].map((x) => x.c);
      }
    }
  }
  return best;
}

/** Finds the line-number blocks on a page, best first. */
export function detectNumberBlocks(
  words: Word[],
  opts: { minLines?: number; maxLines?: number; bounds?: [number, number] } = {},
): NumberBlock[] {
  const minLines = opts.minLines ?? 10;
  const maxLines = opts.maxLines ?? 50;
  const cands: Candidate[] = [];
  for (const w of words) {
    if (w.offAxis || !NUMBER.test(w.text)) continue;
    const n = Number(w.text);
    if (n < 1 || n > 60) continue;
    cands.push({ n, v: w.vc, w });
  }
  if (cands.length < 3) return [];
  // A margin number is never read right after another word on its baseline ("line 1 text", "Exhibit 3"): drop those.
  const buckets = new Map<number, Word[]>();
  for (const w of words) {
    if (w.offAxis) continue;
    const b = Math.floor(w.base / 8);
    const list = buckets.get(b);
    if (list) list.push(w);
    else buckets.set(b, [w]);
  }
  const free = cands.filter((c) => {
    const b = Math.floor(c.w.base / 8);
    for (let k = b - 1; k <= b + 1; k++)
      for (const o of buckets.get(k) ?? [])
        if (
          o !== c.w &&
          o.u1 <= c.w.u0 + 0.1 &&
          c.w.u0 - o.u1 < c.w.size &&
          Math.abs(o.base - c.w.base) < 0.3 * c.w.size
        )
          return false;
    return true;
  });
  cands.length = 0;
  cands.push(...free);
  if (cands.length < 3) return [];
  // Columns: cluster candidates by the centre of the number (alignment-agnostic).
  cands.sort((a, b) => (a.w.u0 + a.w.u1) / 2 - (b.w.u0 + b.w.u1) / 2);
  const columns: Candidate[][] = [];
  let cur: Candidate[] = [];
  let last = -Infinity;
  for (const c of cands) {
    const mid = (c.w.u0 + c.w.u1) / 2;
    if (cur.length > 0 && mid - last > Math.max(4, 0.6 * c.w.size)) {
      columns.push(cur);
      cur = [];
    }
    cur.push(c);
    last = mid;
  }
  if (cur.length > 0) columns.push(cur);

  const blocks: NumberBlock[] = [];
  for (const col of columns) {
    let pool = col;
    while (pool.length >= 3) {
      const seq = bestSequence(pool, Math.max(3, Math.ceil(0.5 * minLines)));
      if (!seq) break;
      const maxN = Math.max(...seq.map((c) => c.n));
      const count = maxN;
      const used = new Set(seq);
      pool = pool.filter((c) => !used.has(c));
      if (count < minLines || count > maxLines || seq.length < Math.max(3, Math.ceil(0.5 * count))) continue;
      const { a, b } = fit(seq);
      const pitch = -b;
      // Every line must be on the page.
      if (opts.bounds && (a + b > opts.bounds[1] || a + b * count < opts.bounds[0])) continue;
      // A numbered margin holds little else: most numbers of the column in the block's height belong to the run
      // (a form's irregular box numbers do not).
      const topV = a + b + pitch / 2;
      const bottomV = a + b * count - pitch / 2;
      const inRange = col.filter((c) => c.v <= topV && c.v >= bottomV).length;
      if (seq.length < 0.7 * inRange) continue;
      const byN = new Map(seq.map((c) => [c.n, c.v]));
      // Pleading paper has each number on its line or not at all (a scan's OCR misreads some). A form's field labels
      // are evenly spaced only in stretches: the numbers missing from the run stand elsewhere in the column, off the
      // grid (Form 1040: lines 10…24 at one pitch, filing-status boxes 1…3 and lines 7 and 9 above at other places).
      const misplaced = col.filter((c) => c.n <= count && !byN.has(c.n) && Math.abs(c.v - (a + b * c.n)) > pitch / 2);
      if (misplaced.length >= 2) continue;
      const centres: number[] = [];
      for (let n = 1; n <= count; n++) {
        const fitted = a + b * n;
        const actual = byN.get(n);
        centres.push(actual !== undefined && Math.abs(actual - fitted) <= 2 ? actual : fitted);
      }
      blocks.push({
        colLeft: Math.min(...seq.map((c) => c.w.u0)),
        colRight: Math.max(...seq.map((c) => c.w.u1)),
        count,
        centres,
        pitch,
        found: seq.length,
        numberWords: seq.map((c) => c.w),
      });
    }
  }
  blocks.sort((x, y) => y.found - x.found);
  return blocks;
}

/** Band edges of a block: [top, bottom] of line n at index n-1 (contiguous; halfway between centres). */
export function bandsOf(centres: number[], pitch: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < centres.length; i++) {
    const c = centres[i]!;
    const prev = centres[i - 1];
    const next = centres[i + 1];
    const top = prev !== undefined ? (prev + c) / 2 : c + pitch / 2;
    const bottom = next !== undefined ? (c + next) / 2 : c - pitch / 2;
    out.push([top, bottom]);
  }
  return out;
}
