// One page → PageGrid: number blocks become contiguous line bands across the text column, with the text found on each line.
import type { PageGrid, GridLine, PageLayout } from '../model/page-grid.ts';
import type { PageText } from '../model/text-run.ts';
import type { Rect } from '../model/region.ts';
import { bandsOf, detectNumberBlocks, type NumberBlock } from './detect-line-numbers.ts';
import { findEcfStamp, findPrintedCandidates, type EcfStamp, type PrintedCandidate } from './page-numbers.ts';
import { chooseFrame, extractWords, groupRows, rectToUser, rowsText, type Frame, type Word } from './words.ts';

/** A block of numbered lines placed on the page (frame coordinates). */
export interface GridBlock {
  /** Transcript page of a 4-up quadrant ("Page 41"), else null. */
  label: number | null;
  /** Text column: from the number column's right edge to the right margin. */
  x0: number;
  x1: number;
  centres: number[];
  /** [top, bottom] of each line's band. */
  bands: [number, number][];
  pitch: number;
  colLeft: number;
  colRight: number;
  /** Numbers actually found (0 for a template or calibration grid). */
  found: number;
}

export type GridSource = 'numbers' | 'template' | 'calibration' | 'none';

/** Everything the detector learned about one page; the PageGrid is its public face. */
export interface PageAnalysis {
  grid: PageGrid;
  frame: Frame;
  words: Word[];
  blocks: GridBlock[];
  ecf: EcfStamp | null;
  printedCandidates: PrintedCandidate[];
  source: GridSource;
  /** Words of the number columns (never part of a line's text). */
  numberWords: Set<Word>;
}

export interface DetectPageOptions {
  /** Printed page to report instead of the one read from the footer (null: none). */
  printedPage?: number | null;
}

const QA = /^(Q|A)\.?$/;

function isTranscriptLike(words: Word[], blocks: GridBlock[], candidates: PrintedCandidate[]): boolean {
  if (blocks.length !== 1 || blocks[0]!.centres.length > 25) return false;
  if (candidates.length > 0 && candidates[0]!.slot.startsWith('top')) return true;
  const b = blocks[0]!;
  let cues = 0;
  for (const row of groupRows(words.filter((w) => w.u0 >= b.x0 && w.u0 < b.x1))) {
    const first = row[0];
    if (!first) continue;
    if (QA.test(first.text) || (/^(THE|MR\.|MS\.|MRS\.)$/.test(first.text) && row.some((w) => w.text.endsWith(':'))))
      cues++;
  }
  return cues >= 3;
}

/** Finds "Page N" labels just above each block (condensed transcripts). */
function labelBlocks(words: Word[], blocks: GridBlock[]): void {
  for (const b of blocks) {
    const top = b.bands[0]![0];
    let best: { v: number; n: number } | null = null;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!/^page$/i.test(w.text) || w.offAxis) continue;
      if (w.vc < top || w.vc > top + 4 * b.pitch) continue;
      if (w.u1 < b.colLeft - 20 || w.u0 > b.x1) continue;
      const next = words.find(
        (x) => x !== w && Math.abs(x.base - w.base) < 1 && x.u0 > w.u0 && x.u0 - w.u1 < 3 * w.size,
      );
      const m = next ? /^(\d{1,5})$/.exec(next.text) : null;
      if (!m) continue;
      if (!best || w.vc < best.v) best = { v: w.vc, n: Number(m[1]) };
    }
    b.label = best ? best.n : null;
  }
}

/** Places number blocks: text column edges, labels, and reading order. */
/** Share of a block's lines that have text to the right of its numbers (a margin column of numbers numbers text). */
function textBeside(b: NumberBlock, words: Word[]): number {
  const half = b.pitch / 2;
  let lines = 0;
  for (const c of b.centres) {
    if (words.some((w) => !w.offAxis && w.u0 > b.colRight && Math.abs(w.vc - c) <= half && !b.numberWords.includes(w)))
      lines++;
  }
  return lines / b.centres.length;
}

/**
 * Left edge of a block's text column: halfway across the gap between the margin numbers and the leftmost text (never
 * closer than 2 pt to that text), so a box covers every letter but neither the printed numbers — whose ink can run
 * past their text box on a scan — nor the rules drawn beside them.
 */
function textColumnLeft(b: NumberBlock, words: Word[]): number {
  const top = b.centres[0]! + b.pitch / 2;
  const bottom = b.centres[b.centres.length - 1]! - b.pitch / 2;
  let textLeft = Infinity;
  for (const w of words) {
    if (w.offAxis || w.u0 <= b.colRight || w.vc > top || w.vc < bottom || b.numberWords.includes(w)) continue;
    textLeft = Math.min(textLeft, w.u0);
  }
  if (!Number.isFinite(textLeft)) return b.colRight + 1;
  return Math.max(b.colRight + 1, Math.min((b.colRight + textLeft) / 2, textLeft - 2));
}

export function placeBlocks(found: NumberBlock[], words: Word[], frame: Frame): GridBlock[] {
  if (found.length === 0) return [];
  // A column with (almost) nothing to its right is a right-margin column or a table, not the lines' numbers.
  const beside = found.filter((b) => textBeside(b, words) >= 0.15);
  const raw = beside.length > 0 ? beside : found;
  // Keep the best block and any others shaped like it (same count and pitch, not overlapping): 4-up transcripts.
  const first = raw[0]!;
  const kept: NumberBlock[] = [first];
  for (const b of raw.slice(1)) {
    if (b.count !== first.count || Math.abs(b.pitch - first.pitch) > 0.1 * first.pitch) continue;
    if (b.found < 0.5 * b.count) continue;
    const overlaps = kept.some((k) => {
      const sameCol = Math.abs(k.colLeft - b.colLeft) < 20;
      const kTop = k.centres[0]!;
      const kBot = k.centres[k.centres.length - 1]!;
      const bTop = b.centres[0]!;
      const bBot = b.centres[b.centres.length - 1]!;
      return sameCol && !(bBot > kTop || bTop < kBot);
    });
    if (!overlaps) kept.push(b);
  }
  const [U0, , U1] = frame.bounds;
  const blocks: GridBlock[] = kept.map((b) => ({
    label: null,
    x0: textColumnLeft(b, words),
    x1: U1,
    centres: b.centres,
    bands: bandsOf(b.centres, b.pitch),
    pitch: b.pitch,
    colLeft: b.colLeft,
    colRight: b.colRight,
    found: b.found,
  }));
  const minColLeft = Math.min(...blocks.map((b) => b.colLeft));
  for (const b of blocks) {
    const right = blocks.filter((o) => o.colLeft > b.colRight + 20).map((o) => o.colLeft);
    if (right.length > 0) b.x1 = Math.min(...right) - 2;
    else {
      const top = b.bands[0]![0];
      const bottom = b.bands[b.bands.length - 1]![1];
      let textRight = -Infinity;
      for (const w of words) {
        if (w.offAxis || w.vc > top || w.vc < bottom || (w.u0 + w.u1) / 2 < b.x0) continue;
        textRight = Math.max(textRight, w.u1);
      }
      b.x1 = Math.min(U1, Math.max(textRight + 1, U1 - (minColLeft - U0)));
    }
  }
  if (blocks.length > 1) {
    labelBlocks(words, blocks);
    blocks.sort((a, b) => a.colLeft - b.colLeft || b.centres[0]! - a.centres[0]!);
    const labelled = blocks.findIndex((b) => b.label !== null);
    if (labelled >= 0) {
      const base = blocks[labelled]!.label! - labelled;
      blocks.forEach((b, i) => {
        if (b.label === null) b.label = base + i;
      });
      blocks.sort((a, b) => a.label! - b.label!);
    }
  }
  return blocks;
}

/** Assigns words to the lines of the blocks and builds the GridLines. */
export function buildLines(
  blocks: GridBlock[],
  words: Word[],
  frame: Frame,
  numberWords: Set<Word>,
  pageFor: (block: GridBlock) => number,
): GridLine[] {
  const lines: GridLine[] = [];
  for (const b of blocks) {
    const buckets: Word[][] = b.bands.map(() => []);
    const top = b.bands[0]![0];
    const bottom = b.bands[b.bands.length - 1]![1];
    for (const w of words) {
      if (w.offAxis || numberWords.has(w)) continue;
      if (w.vc > top || w.vc <= bottom) continue;
      const mid = (w.u0 + w.u1) / 2;
      if (mid < b.x0 || mid > b.x1) continue;
      let lo = 0;
      let hi = b.bands.length - 1;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (w.vc > b.bands[m]![1]) hi = m;
        else lo = m + 1;
      }
      buckets[lo]!.push(w);
    }
    const page = pageFor(b);
    b.bands.forEach(([t, bo], i) => {
      const rect: Rect = rectToUser(frame, [b.x0, bo, b.x1, t]);
      lines.push({ page, line: i + 1, rect, text: rowsText(groupRows(buckets[i]!)) });
    });
  }
  return lines;
}

/** Printed-page candidates and the ECF stamp of a page, given where its numbered area is. */
function pageNumbers(
  words: Word[],
  frame: Frame,
  blocks: GridBlock[],
): { ecf: EcfStamp | null; cands: PrintedCandidate[] } {
  const [U0, V0, U1, V1] = frame.bounds;
  const h = V1 - V0;
  const ecf = findEcfStamp(words.filter((w) => w.vc > V0 + 0.75 * h || w.vc < V0 + 0.1 * h));
  let top = V1 - 0.12 * h;
  let bottom = V0 + 0.12 * h;
  if (blocks.length > 0) {
    top = Math.max(top, ...blocks.map((b) => b.bands[0]![0]));
    bottom = Math.min(bottom, ...blocks.map((b) => b.bands[b.bands.length - 1]![1]));
  }
  const cands = findPrintedCandidates(words, { top, bottom, left: U0, right: U1 }, ecf ? ecf.base : null);
  return { ecf, cands };
}

/** Analyses one page: frame, words, number blocks, printed page, ECF stamp, and its PageGrid. */
export function analysePage(page: PageText, opts: DetectPageOptions = {}): PageAnalysis {
  const frame = chooseFrame(page);
  const words = extractWords(page, frame);
  const raw = detectNumberBlocks(words, { bounds: [frame.bounds[1], frame.bounds[3]] });
  const blocks = placeBlocks(raw, words, frame);
  const numberWords = new Set<Word>();
  const kept = new Set(blocks.map((b) => b.colLeft));
  for (const r of raw) {
    if (kept.has(r.colLeft)) for (const w of r.numberWords) numberWords.add(w);
    else if (blocks.length === 1 && r.count === blocks[0]!.centres.length && r.colLeft > blocks[0]!.colRight) {
      // A second copy of the numbers in the right margin: not text, and the text column ends before it.
      for (const w of r.numberWords) numberWords.add(w);
      blocks[0]!.x1 = Math.min(blocks[0]!.x1, r.colLeft - 1);
    }
  }
  const { ecf, cands } = pageNumbers(words, frame, blocks);
  // The ECF stamp is never text of a numbered line, even when it is laid over line 1's band.
  if (ecf) for (const w of words) if (Math.abs(w.base - ecf.base) < 1 && !w.offAxis) numberWords.add(w);
  return finishAnalysis(
    page,
    frame,
    words,
    blocks,
    numberWords,
    ecf,
    cands,
    blocks.length > 0 ? 'numbers' : 'none',
    opts,
  );
}

/** Builds the PageGrid of an analysis once its blocks are final (also used after a template or calibration). */
export function finishAnalysis(
  page: PageText,
  frame: Frame,
  words: Word[],
  blocks: GridBlock[],
  numberWords: Set<Word>,
  ecf: EcfStamp | null,
  cands: PrintedCandidate[],
  source: GridSource,
  opts: DetectPageOptions,
  layoutHint?: PageLayout,
): PageAnalysis {
  let layout: PageLayout = 'none';
  if (blocks.length > 1) layout = 'transcript-4up';
  else if (blocks.length === 1)
    layout = layoutHint ?? (isTranscriptLike(words, blocks, cands) ? 'transcript' : 'pleading');
  let printedPage: number | null = cands[0]?.value ?? null;
  if (layout === 'transcript-4up') printedPage = blocks[0]!.label ?? printedPage;
  if (opts.printedPage !== undefined) printedPage = opts.printedPage;
  const pageNumber = page.pageIndex + 1;
  const lines = buildLines(blocks, words, frame, numberWords, (b) => b.label ?? printedPage ?? pageNumber);
  const grid: PageGrid = {
    pageIndex: page.pageIndex,
    pageNumber,
    printedPage,
    ecfPage: ecf ? ecf.page : null,
    layout,
    lines,
  };
  return { grid, frame, words, blocks, ecf, printedCandidates: cands, source, numberWords };
}

/** Builds a block from line 1's centre, the last line's centre and the line count (frame coordinates). */
export function blockFromCentres(
  firstCentre: number,
  lastCentre: number,
  count: number,
  x0: number,
  x1: number,
  colLeft: number,
): GridBlock {
  const pitch = count > 1 ? (firstCentre - lastCentre) / (count - 1) : 24;
  const centres = Array.from({ length: count }, (_, i) => firstCentre - pitch * i);
  return { label: null, x0, x1, centres, bands: bandsOf(centres, pitch), pitch, colLeft, colRight: x0 - 1, found: 0 };
}
