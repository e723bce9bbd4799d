// A whole filing → DocumentGrid: shares the grid template between pages, maps printed pages to PDF pages, applies user overrides.
import type { PageGrid, PageLayout } from '../model/page-grid.ts';
import type { PageText } from '../model/text-run.ts';
import type { Rect } from '../model/region.ts';
import {
  analysePage,
  blockFromCentres,
  finishAnalysis,
  type GridBlock,
  type GridSource,
  type PageAnalysis,
} from './line-grid.ts';
import { groupRows, rectToUser, type Word } from './words.ts';

/** The user's correction of the printed-page mapping of one document. */
export interface PrintedPageOverrides {
  /** 0-based index of the PDF page that carries printed page 1; earlier pages get no printed number. */
  pageIndexOfPageOne?: number;
  /** Explicit printed page (or null for none) per 0-based PDF page index; wins over everything else. */
  pages?: Record<number, number | null>;
}

export interface DetectDocumentOptions {
  printedPageOverrides?: PrintedPageOverrides;
}

/** What the detector found on one page beyond the PageGrid (for the resolver and the viewer). */
export interface PageDetail {
  pageIndex: number;
  /** How the grid was found: from the page's own numbers, copied from the document's other pages, by hand, or none. */
  source: GridSource;
  /** Quarter turns of the page's text (1 = text runs up the unrotated page) and residual tilt in degrees. */
  quarter: number;
  tilt: number;
  /** Distance between lines (points), null without a grid. */
  pitch: number | null;
  /** Union of the page's line rects (user space), null without a grid. */
  textArea: Rect | null;
  /** Printed page as read from the page itself (before inference and overrides). */
  printedPageRead: number | null;
}

export interface DocumentGrid {
  pages: PageGrid[];
  pageCount: number;
  /** The most common number of lines on a page, null when no page has numbered lines. */
  linesPerPage: number | null;
  /** ECF docket entry and page total read from the header stamps, null without a stamp. */
  ecf: { document: string; total: number } | null;
  details: PageDetail[];
}

interface Template {
  quarter: number;
  count: number;
  pitch: number;
  c1: number;
  colLeft: number;
  colRight: number;
  x0: number;
  x1: number;
  textLeft: number | null;
  layout: PageLayout;
}

function mode<T>(values: T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | undefined;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.v;
}

function rowsInBlock(words: Word[], b: GridBlock): Word[][] {
  const top = b.bands[0]![0];
  const bottom = b.bands[b.bands.length - 1]![1];
  return groupRows(words.filter((w) => !w.offAxis && w.vc <= top && w.vc > bottom && w.u0 >= b.x0 && w.u0 < b.x1));
}

function textLeftMode(words: Word[], b: GridBlock): number | null {
  const lefts = rowsInBlock(words, b).map((r) => Math.round(r[0]!.u0 / 3) * 3);
  const m = mode(lefts, (x) => String(x));
  return m ?? null;
}

function findTemplate(analyses: PageAnalysis[]): Template | null {
  const singles = analyses.filter(
    (a) => a.source === 'numbers' && a.blocks.length === 1 && a.blocks[0]!.found >= 0.6 * a.blocks[0]!.centres.length,
  );
  if (singles.length === 0) return null;
  const best = mode(singles, (a) => {
    const b = a.blocks[0]!;
    return `${a.frame.quarter}|${b.centres.length}|${Math.round(b.pitch)}|${Math.round(b.centres[0]! / 4)}`;
  })!;
  const b = best.blocks[0]!;
  const same = singles.filter(
    (a) =>
      a.frame.quarter === best.frame.quarter &&
      a.blocks[0]!.centres.length === b.centres.length &&
      Math.abs(a.blocks[0]!.pitch - b.pitch) < 1 &&
      Math.abs(a.blocks[0]!.centres[0]! - b.centres[0]!) < 6,
  );
  const lefts = same.map((a) => textLeftMode(a.words, a.blocks[0]!)).filter((x): x is number => x !== null);
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
  return {
    quarter: best.frame.quarter,
    count: b.centres.length,
    pitch: median(same.map((a) => a.blocks[0]!.pitch)),
    c1: median(same.map((a) => a.blocks[0]!.centres[0]!)),
    colLeft: median(same.map((a) => a.blocks[0]!.colLeft)),
    colRight: median(same.map((a) => a.blocks[0]!.colRight)),
    x0: median(same.map((a) => a.blocks[0]!.x0)),
    x1: Math.max(...same.map((a) => a.blocks[0]!.x1)),
    textLeft: lefts.length > 0 ? mode(lefts, (x) => String(x))! : null,
    layout: best.grid.layout,
  };
}

/** Does an unnumbered page look like a page of the template's paper (a scan whose numbers OCR missed)? */
function fitsTemplate(a: PageAnalysis, t: Template): GridBlock | null {
  if (a.frame.quarter !== t.quarter || t.textLeft === null) return null;
  const probe = blockFromCentres(t.c1, t.c1 - t.pitch * (t.count - 1), t.count, t.x0, t.x1, t.colLeft);
  const rows = rowsInBlock(a.words, probe);
  if (rows.length < 3) return null;
  const aligned = rows.filter((r) => Math.abs(r[0]!.u0 - t.textLeft!) <= 6).length;
  if (aligned < 0.3 * rows.length) return null;
  // Anything but OCR noise in the number column means other paper.
  const top = probe.bands[0]![0];
  const bottom = probe.bands[probe.bands.length - 1]![1];
  const inMargin = a.words.filter(
    (w) => !w.offAxis && w.vc <= top && w.vc > bottom && w.u1 > t.colLeft - 30 && (w.u0 + w.u1) / 2 < t.x0 - 1,
  );
  if (inMargin.length > 3) return null;
  // Align the template to the page's rows (a scan may sit a little higher or lower): shift within ±3 pt.
  const centresOfRows = rows.map((r) => r.reduce((s, w) => s + w.vc, 0) / r.length);
  let bestShift = 0;
  let bestScore = -1;
  for (let s = -3; s <= 3.001; s += 0.5) {
    let score = 0;
    for (const c of centresOfRows) {
      const k = Math.round((t.c1 + s - c) / t.pitch);
      const d = Math.abs(t.c1 + s - k * t.pitch - c);
      score += Math.max(0, 1 - d / 3);
    }
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && Math.abs(s) < Math.abs(bestShift))) {
      bestScore = score;
      bestShift = s;
    }
  }
  const c1 = t.c1 + bestShift;
  return blockFromCentres(c1, c1 - t.pitch * (t.count - 1), t.count, t.x0, t.x1, t.colLeft);
}

/** Extends a page whose last numbers were not found to the template's line count. */
function extendToTemplate(b: GridBlock, t: Template): GridBlock {
  const n = b.centres.length;
  if (n >= t.count || Math.abs(b.pitch - t.pitch) > 0.05 * t.pitch || Math.abs(b.centres[0]! - t.c1) > 6) return b;
  const centres = [...b.centres];
  const last = centres[n - 1]!;
  for (let i = n; i < t.count; i++) centres.push(last - b.pitch * (i - n + 1));
  const ext = blockFromCentres(centres[0]!, centres[centres.length - 1]!, centres.length, b.x0, b.x1, b.colLeft);
  return {
    ...ext,
    centres,
    colRight: b.colRight,
    found: b.found,
    bands: ext.bands.map((x, i) => (i < n ? b.bands[i]! : x)),
  };
}

/** Chooses each page's printed number so that the document reads as a sequence, and fills gaps from neighbours. */
function inferPrintedPages(analyses: PageAnalysis[], gridPages: boolean[]): (number | null)[] {
  const n = analyses.length;
  const slotScore = new Map<string, Map<number, number>>();
  analyses.forEach((a, i) => {
    for (const c of a.printedCandidates) {
      const offs = slotScore.get(c.slot) ?? new Map<number, number>();
      offs.set(c.value - i, (offs.get(c.value - i) ?? 0) + 1);
      slotScore.set(c.slot, offs);
    }
  });
  let bestSlot: string | null = null;
  let bestCount = 0;
  for (const [slot, offs] of slotScore) {
    const count = Math.max(...offs.values());
    if (
      count > bestCount ||
      (count === bestCount && bestSlot !== null && slot.startsWith('bottom') && !bestSlot.startsWith('bottom'))
    ) {
      bestSlot = slot;
      bestCount = count;
    }
  }
  const values: (number | null)[] = analyses.map((a) => {
    if (a.grid.layout === 'transcript-4up') return a.grid.printedPage;
    const inSlot = a.printedCandidates.find((c) => c.slot === bestSlot);
    return inSlot ? inSlot.value : (a.printedCandidates[0]?.value ?? null);
  });
  // An isolated value that breaks a sequence its two neighbours agree on is a misreading.
  for (let i = 1; i < n - 1; i++) {
    const p = values[i - 1];
    const q = values[i + 1];
    if (p != null && q != null && q - p === 2 && values[i] !== p + 1) values[i] = p + 1;
  }
  // Interior gaps whose two ends agree.
  let lastIdx = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v == null) continue;
    if (lastIdx >= 0 && i - lastIdx > 1 && v - values[lastIdx]! === i - lastIdx)
      for (let k = lastIdx + 1; k < i; k++) values[k] = values[lastIdx]! + (k - lastIdx);
    lastIdx = i;
  }
  // Leading and trailing numbered pages without a readable number continue their neighbour's sequence.
  for (let i = 1; i < n; i++)
    if (values[i] == null && values[i - 1] != null && gridPages[i] && gridPages[i - 1]) values[i] = values[i - 1]! + 1;
  for (let i = n - 2; i >= 0; i--)
    if (values[i] == null && values[i + 1] != null && gridPages[i] && gridPages[i + 1] && values[i + 1]! > 1)
      values[i] = values[i + 1]! - 1;
  return values;
}

function applyOverrides(values: (number | null)[], o: PrintedPageOverrides | undefined): (number | null)[] {
  if (!o) return values;
  let out = [...values];
  if (o.pageIndexOfPageOne !== undefined) {
    const first = o.pageIndexOfPageOne;
    out = out.map((_, i) => (i < first ? null : i - first + 1));
  }
  if (o.pages) {
    for (const [k, v] of Object.entries(o.pages)) {
      const i = Number(k);
      if (Number.isInteger(i) && i >= 0 && i < out.length) out[i] = v;
    }
  }
  return out;
}

function unionRect(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}

/** Analyses every page of a filing, then makes the pages agree with each other. */
export function analyseDocument(pages: PageText[], opts: DetectDocumentOptions = {}): PageAnalysis[] {
  let analyses = pages.map((p) => analysePage(p));
  const template = findTemplate(analyses);
  // Layout: transcript or pleading, by majority of the single-block pages.
  const singles = analyses.filter((a) => a.blocks.length === 1);
  const transcriptVotes = singles.filter((a) => a.grid.layout === 'transcript').length;
  const singleLayout: PageLayout = transcriptVotes * 2 > singles.length ? 'transcript' : 'pleading';
  analyses = analyses.map((a) => {
    let blocks = a.blocks;
    let source = a.source;
    if (template && blocks.length === 1 && a.frame.quarter === template.quarter) {
      blocks = [extendToTemplate(blocks[0]!, template)];
      const b = blocks[0]!;
      if (Math.abs(b.colLeft - template.colLeft) < 6) b.x1 = Math.max(b.x1, template.x1);
    } else if (template && blocks.length === 0) {
      const fitted = fitsTemplate(a, template);
      if (fitted) {
        blocks = [fitted];
        source = 'template';
      }
    }
    return { ...a, blocks, source };
  });
  const gridPages = analyses.map((a) => a.blocks.length > 0);
  const printed = applyOverrides(inferPrintedPages(analyses, gridPages), opts.printedPageOverrides);
  return analyses.map((a, i) =>
    finishAnalysis(
      pages[i]!,
      a.frame,
      a.words,
      a.blocks,
      a.numberWords,
      a.ecf,
      a.printedCandidates,
      a.source,
      { printedPage: printed[i] ?? null },
      a.blocks.length === 1 ? (a.blocks[0]!.centres.length <= 25 ? singleLayout : 'pleading') : undefined,
    ),
  );
}

/** The DocumentGrid of analysed pages. */
export function documentGridOf(analyses: PageAnalysis[]): DocumentGrid {
  const counts = analyses.filter((a) => a.blocks.length > 0).map((a) => a.blocks[0]!.centres.length);
  const linesPerPage = counts.length > 0 ? mode(counts, String)! : null;
  const stamp = analyses.find((a) => a.ecf)?.ecf ?? null;
  return {
    pages: analyses.map((a) => a.grid),
    pageCount: analyses.length,
    linesPerPage,
    ecf: stamp ? { document: stamp.document, total: stamp.total } : null,
    details: analyses.map((a) => ({
      pageIndex: a.grid.pageIndex,
      source: a.source,
      quarter: a.frame.quarter,
      tilt: a.frame.tilt,
      pitch: a.blocks[0]?.pitch ?? null,
      textArea: unionRect(a.grid.lines.map((l) => l.rect)),
      printedPageRead: a.printedCandidates[0]?.value ?? null,
    })),
  };
}

/** Detects the numbered-line grid of every page of a filing and the printed-page mapping (overridable). */
export function detectDocumentGrid(pages: PageText[], opts: DetectDocumentOptions = {}): DocumentGrid {
  return documentGridOf(analyseDocument(pages, opts));
}

/** The text-column rect of a block in user space (for the resolver). */
export function blockRect(a: PageAnalysis, b: GridBlock): Rect {
  return rectToUser(a.frame, [b.x0, b.bands[b.bands.length - 1]![1], b.x1, b.bands[0]![0]]);
}

/** Puts a hand-made grid (gridFromCalibration) in place of a page's detected one, e.g. after the user calibrates it. */
export function replacePageGrid(doc: DocumentGrid, grid: PageGrid): DocumentGrid {
  const i = grid.pageIndex;
  if (!(i >= 0 && i < doc.pages.length))
    throw new RangeError(`page index ${i} is outside the document (0-${doc.pages.length - 1})`);
  const pages = doc.pages.map((p, k) => (k === i ? grid : p));
  const details = doc.details.map((d, k) =>
    k === i
      ? {
          ...d,
          source: 'calibration' as const,
          tilt: 0,
          pitch: pitchOf(grid),
          textArea: unionRect(grid.lines.map((l) => l.rect)),
        }
      : d,
  );
  return { ...doc, pages, details };
}

function pitchOf(grid: PageGrid): number | null {
  const [a, b] = grid.lines;
  return a && b ? Math.abs(a.rect[3] - b.rect[3]) || Math.abs(a.rect[0] - b.rect[0]) : null;
}
