// Page runs → the text a person reads (reading order, words joined, characters normalised) with a map back to glyph boxes.
import type { PageText, TextRun } from '../model/text-run.ts';
import { chooseFrame, toFrame, type Frame } from '../pleading/words.ts';
import { charOffsets, fontScales } from './glyphs.ts';

/** Stands in the searchable text for a hyphen at a line end that joins a word broken across lines ("restric-"/"tions"). */
export const LINE_END_HYPHEN = '\u00AD';

/** One page's searchable text. `runOf[i]`/`charOf[i]` say which run character produced text[i] (-1: an inferred space). */
export interface SearchablePage {
  pageIndex: number;
  text: string;
  runOf: Int32Array;
  charOf: Int32Array;
  page: PageText;
  frame: Frame;
  /** Cumulative advance of each run's characters along the run (points), length str.length + 1. */
  offsets: Float64Array[];
}

/** A run's non-blank stretch placed in the page's reading frame. */
interface Item {
  run: number;
  /** First and last+1 character of the stretch in run.str. */
  c0: number;
  c1: number;
  u0: number;
  u1: number;
  base: number;
  size: number;
  top: number;
  bottom: number;
}

const QUOTE_1 = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/;
const QUOTE_2 = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);

/** How a person reads one character: curly quotes straight, dashes as '-', ligatures spelled out, odd spaces as ' '. */
export function normalizeChar(c: string): string {
  if (c.length === 1) {
    const code = c.charCodeAt(0);
    if (code < 0x80) return SPACE.test(c) ? ' ' : c;
  }
  if (SPACE.test(c)) return ' ';
  if (INVISIBLE.has(c)) return '';
  if (QUOTE_1.test(c)) return "'";
  if (QUOTE_2.test(c)) return '"';
  if (DASH.test(c)) return '-';
  if (c === '\u2026') return '...';
  const code = c.codePointAt(0) ?? 0;
  if ((code >= 0xfb00 && code <= 0xfb06) || (code >= 0xff01 && code <= 0xff5e)) return c.normalize('NFKC');
  return c;
}

/** Normalises a whole string the same way as page text (for queries and names typed by the user). */
export function normalizeText(s: string): string {
  let out = '';
  for (const c of s) out += normalizeChar(c);
  return out.replace(/ {2,}/g, ' ');
}

function normAngle(deg: number): number {
  let a = deg % 360;
  if (a < 0) a += 360;
  return a;
}

const BARE_NUMBER = /^\s*(\d{1,2})(?=\s|$)/;

/**
 * Characters to skip at the start of each run: margin line numbers (1..N in one column, as separate runs or as the head
 * of a monospaced transcript run) are not part of the text a person reads.
 */
function marginNumberSkips(page: PageText, frame: Frame, offsets: Float64Array[]): Int32Array {
  const skip = new Int32Array(page.runs.length);
  const cands: { run: number; value: number; right: number; v: number; end: number }[] = [];
  page.runs.forEach((run, i) => {
    const m = BARE_NUMBER.exec(run.str);
    if (!m) return;
    const offs = offsets[i]!;
    const end = m.index + m[0].length;
    const rad = (run.angle * Math.PI) / 180;
    const o = offs[end] ?? 0;
    const [u, v] = toFrame(frame, run.x + Math.cos(rad) * o, run.y + Math.sin(rad) * o);
    cands.push({ run: i, value: Number(m[1]), right: u, v, end });
  });
  if (cands.length < 5) return skip;
  // Columns: numbers whose right edges agree within 2 pt; a column is a line numbering when it counts up downwards.
  cands.sort((a, b) => a.right - b.right);
  let start = 0;
  for (let i = 1; i <= cands.length; i++) {
    if (i < cands.length && cands[i]!.right - cands[i - 1]!.right < 2) continue;
    const col = cands.slice(start, i).sort((a, b) => b.v - a.v);
    start = i;
    if (col.length < 5) continue;
    let steps = 0;
    for (let k = 1; k < col.length; k++) if (col[k]!.value === col[k - 1]!.value + 1) steps++;
    if (steps < 4 || steps < 0.6 * (col.length - 1)) continue;
    for (const c of col) {
      const str = page.runs[c.run]!.str;
      let e = c.end;
      while (e < str.length && SPACE.test(str[e]!)) e++;
      skip[c.run] = e;
    }
  }
  return skip;
}

function itemsOf(page: PageText, frame: Frame, offsets: Float64Array[], skip: Int32Array): { on: Item[]; off: Item[] } {
  const on: Item[] = [];
  const off: Item[] = [];
  const frameAngle = frame.quarter * 90 + frame.tilt;
  page.runs.forEach((run: TextRun, ri) => {
    const str = run.str;
    let c0 = skip[ri] ?? 0;
    let c1 = str.length;
    while (c0 < c1 && SPACE.test(str[c0]!)) c0++;
    while (c1 > c0 && SPACE.test(str[c1 - 1]!)) c1--;
    if (c0 >= c1) return;
    const offs = offsets[ri]!;
    const rad = (run.angle * Math.PI) / 180;
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    const [ua, va] = toFrame(frame, run.x + cos * offs[c0]!, run.y + sin * offs[c0]!);
    const [ub, vb] = toFrame(frame, run.x + cos * offs[c1]!, run.y + sin * offs[c1]!);
    const size = run.height > 0 ? run.height : 10;
    const base = (va + vb) / 2;
    const item: Item = {
      run: ri,
      c0,
      c1,
      u0: Math.min(ua, ub),
      u1: Math.max(ua, ub),
      base,
      size,
      top: base + 0.7 * size,
      bottom: base - 0.15 * size,
    };
    let residual = normAngle(run.angle - frameAngle);
    if (residual > 180) residual -= 360;
    (Math.abs(residual) > 10 ? off : on).push(item);
  });
  return { on, off };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}

function rowCount(items: Item[]): number {
  const bases = items.map((i) => i.base).sort((a, b) => b - a);
  let rows = 0;
  let last = Infinity;
  for (const b of bases) {
    if (last - b > 2) rows++;
    last = b;
  }
  return rows;
}

/**
 * Orders items for reading by recursive XY cuts: at each step the widest white gap splits the block, across (rows) or
 * down (columns). A column gutter must be at least 3 em wide inside a block of several rows, so that the gap after
 * "Q." in a transcript or a paragraph number never splits a text column. Leaves are rows read left to right.
 */
function readingOrder(items: Item[], out: Item[][]): void {
  if (items.length === 0) return;
  if (items.length === 1) {
    out.push(items);
    return;
  }
  // Gaps across (between rows).
  const byTop = [...items].sort((a, b) => b.top - a.top);
  let hGap = 0;
  let hAt = -1;
  let low = byTop[0]!.bottom;
  for (let i = 1; i < byTop.length; i++) {
    const it = byTop[i]!;
    const gap = low - it.top;
    if (gap > hGap) {
      hGap = gap;
      hAt = i;
    }
    low = Math.min(low, it.bottom);
  }
  // Gaps down (between columns).
  const byLeft = [...items].sort((a, b) => a.u0 - b.u0);
  let vGap = 0;
  let vAt = -1;
  let right = byLeft[0]!.u1;
  for (let i = 1; i < byLeft.length; i++) {
    const it = byLeft[i]!;
    const gap = it.u0 - right;
    if (gap > vGap) {
      vGap = gap;
      vAt = i;
    }
    right = Math.max(right, it.u1);
  }
  if (hAt < 0) {
    // One row (or overlapping pieces): read left to right.
    out.push(byLeft);
    return;
  }
  const em = median(items.map((i) => i.size));
  if (vAt >= 0 && vGap >= 3 * em && vGap > hGap) {
    const left = byLeft.slice(0, vAt);
    const right = byLeft.slice(vAt);
    // Columns hold several rows each; a lone page number or time of day beside a row is not a column.
    if (rowCount(left) >= 3 && rowCount(right) >= 3) {
      readingOrder(left, out);
      readingOrder(right, out);
      return;
    }
  }
  readingOrder(byTop.slice(0, hAt), out);
  readingOrder(byTop.slice(hAt), out);
}

const WORDISH = /[\p{L}\p{N}]/u;
const HYPHENS = new Set(['-', '\u2010', '\u00AD']);

/** Builds the searchable text of one page. */
export function searchablePage(page: PageText): SearchablePage {
  const frame = chooseFrame(page);
  const scales = fontScales(page.runs);
  const offsets = page.runs.map((r) => charOffsets(r, scales.get(r.fontName ?? '')));
  const skip = marginNumberSkips(page, frame, offsets);
  const { on, off } = itemsOf(page, frame, offsets, skip);
  const leaves: Item[][] = [];
  readingOrder(on, leaves);
  for (const it of off) leaves.push([it]);

  let text = '';
  const runOf: number[] = [];
  const charOf: number[] = [];
  const emit = (s: string, run: number, ch: number) => {
    for (let k = 0; k < s.length; k++) {
      text += s[k]!;
      runOf.push(run);
      charOf.push(ch);
    }
  };
  const emitSpace = () => {
    if (text.length > 0 && !text.endsWith(' ') && !text.endsWith('\n')) emit(' ', -1, -1);
  };
  let prev: Item | null = null;
  let prevLeaf = -1;
  leaves.forEach((leaf, li) => {
    for (const it of leaf) {
      const str = page.runs[it.run]!.str;
      // Joiner between the previous item and this one.
      if (prev) {
        const size = Math.max(prev.size, it.size);
        const sameRow = Math.abs(prev.base - it.base) < 0.4 * size && it.u0 > prev.u0;
        const nextLine = !sameRow && it.base < prev.base && prev.base - it.base < 3 * size;
        if (sameRow) {
          // A raised or smaller piece (a footnote reference) is a word of its own.
          const raised = Math.abs(prev.base - it.base) > 0.12 * size || Math.abs(prev.size - it.size) > 0.15 * size;
          const spaced = raised || prev.c1 < page.runs[prev.run]!.str.length || it.c0 > 0;
          if (spaced || li !== prevLeaf || it.u0 - prev.u1 > 0.15 * it.size) emitSpace();
        } else if (nextLine) {
          const last = text[text.length - 1];
          const before = text[text.length - 2];
          const lastSrc = page.runs[prev.run]!.str[prev.c1 - 1] ?? '';
          if (
            last === '-' &&
            HYPHENS.has(lastSrc) &&
            before !== undefined &&
            WORDISH.test(before) &&
            WORDISH.test(str[it.c0] ?? '')
          ) {
            text = text.slice(0, -1) + LINE_END_HYPHEN;
          } else if (
            lastSrc === '\u00AD' &&
            last !== undefined &&
            WORDISH.test(last) &&
            WORDISH.test(str[it.c0] ?? '')
          ) {
            // A soft hyphen printed at the line end (it reads as nothing, so it is not in the text yet).
            emit(LINE_END_HYPHEN, prev.run, prev.c1 - 1);
          } else emitSpace();
        } else if (text.length > 0 && !text.endsWith('\n')) {
          if (text.endsWith(' ')) {
            text = text.slice(0, -1);
            runOf.pop();
            charOf.pop();
          }
          emit('\n', -1, -1);
        }
      }
      // The item's characters, normalised; runs of white space collapse to one space.
      let k = it.c0;
      while (k < it.c1) {
        const cp = str.codePointAt(k)!;
        const ch = String.fromCodePoint(cp);
        const n = normalizeChar(ch);
        if (n === ' ') emitSpace();
        else if (n.length > 0) emit(n, it.run, k);
        k += ch.length;
      }
      prev = it;
      prevLeaf = li;
    }
  });
  return {
    pageIndex: page.pageIndex,
    text,
    runOf: Int32Array.from(runOf),
    charOf: Int32Array.from(charOf),
    page,
    frame,
    offsets,
  };
}
