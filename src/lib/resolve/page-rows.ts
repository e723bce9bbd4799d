// Rows of text of one page with their place in the grid: the raw material for paragraphs, footnotes and exhibit slip sheets.
import type { PageGrid } from '../model/page-grid.ts';
import type { PageText } from '../model/text-run.ts';
import type { Rect } from '../model/region.ts';
import {
  chooseFrame,
  extractWords,
  groupRows,
  rectToUser,
  toFrame,
  toUser,
  type Frame,
  type Word,
} from '../pleading/words.ts';

export interface Row {
  words: Word[];
  text: string;
  /** Median font size of the row's words (superscripts aside). */
  size: number;
  base: number;
  u0: number;
  u1: number;
  /** Index into grid.lines of the line whose band holds the row, or -1 (header, footer, unnumbered page). */
  line: number;
  /** The row's own box in user space (text column width). */
  rect: Rect;
}

export interface PageRows {
  frame: Frame;
  /** Rows inside the numbered area (or the whole page minus its top and bottom margins when there is no grid). */
  body: Row[];
  /** Every row of the page, margins included. */
  all: Row[];
  /** Most common font size of the body text. */
  bodySize: number;
  /** Text column in frame u. */
  col: [number, number];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Splits a page into rows and places each in its grid line. */
export function pageRows(text: PageText, grid: PageGrid): PageRows {
  const frame = chooseFrame(text);
  const words = extractWords(text, frame).filter((w) => !w.offAxis);
  const [U0, V0, U1, V1] = frame.bounds;
  const h = V1 - V0;
  let col: [number, number] = [U0 + 36, U1 - 36];
  if (words.length > 0) col = [Math.min(...words.map((w) => w.u0)) - 1, Math.max(...words.map((w) => w.u1)) + 1];
  const lineOf = (w: Word): number => {
    const [x, y] = toUser(frame, (w.u0 + w.u1) / 2, w.vc);
    return grid.lines.findIndex((l) => x >= l.rect[0] && x <= l.rect[2] && y >= l.rect[1] && y < l.rect[3]);
  };
  const first = grid.lines[0];
  if (first) {
    // The text column of the grid, in frame u (all lines of a block share it).
    const xs = grid.lines.map((l) => l.rect);
    const x0 = Math.min(...xs.map((r) => r[0]));
    const x1 = Math.max(...xs.map((r) => r[2]));
    const y0 = Math.min(...xs.map((r) => r[1]));
    const y1 = Math.max(...xs.map((r) => r[3]));
    const a = toFrame(frame, x0, y0);
    const b = toFrame(frame, x1, y1);
    col = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  }
  const toRow = (ws: Word[]): Row => {
    const sizes = ws.map((w) => w.size);
    const size = Math.max(...sizes);
    const big = ws.filter((w) => w.size >= 0.85 * size);
    const base = median(big.map((w) => w.base));
    const u0 = Math.min(...ws.map((w) => w.u0));
    const u1 = Math.max(...ws.map((w) => w.u1));
    const lines = ws.map(lineOf).filter((i) => i >= 0);
    const line = lines.length > 0 ? median(lines) : -1;
    return {
      words: ws,
      text: ws.map((w) => w.text).join(' '),
      size: median(big.map((w) => w.size)),
      base,
      u0,
      u1,
      line,
      rect: rectToUser(frame, [col[0], base - 0.3 * size, col[1], base + 1.0 * size]),
    };
  };
  // On a numbered page the margin numbers are not text of the page's rows.
  const inCol = first ? words.filter((w) => (w.u0 + w.u1) / 2 >= col[0] && (w.u0 + w.u1) / 2 <= col[1]) : words;
  const all = groupRows(inCol).map(toRow);
  let body: Row[];
  if (grid.lines.length > 0) body = all.filter((r) => r.line >= 0);
  else body = all.filter((r) => r.base > V0 + 0.07 * h && r.base < V1 - 0.07 * h);
  const sizeCounts = new Map<number, number>();
  for (const r of body)
    for (const w of r.words)
      sizeCounts.set(Math.round(w.size), (sizeCounts.get(Math.round(w.size)) ?? 0) + w.text.length);
  let bodySize = 12;
  let best = 0;
  for (const [s, n] of sizeCounts) if (n > best) [bodySize, best] = [s, n];
  return { frame, body, all, bodySize, col };
}
