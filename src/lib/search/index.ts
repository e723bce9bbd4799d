// Public API of search marks: find text, regex or Rule 5.2 preset hits across a filing's pages, as user-space rects.
import type { PageText } from '../model/text-run.ts';
import type { LabelledRegion, Rect } from '../model/region.ts';
import type { PageGrid } from '../model/page-grid.ts';
import type { DocumentGrid } from '../pleading/index.ts';
import { formatRange } from '../model/format-range.ts';
import { SearchSyntaxError } from '../util/errors.ts';
import { spanRect } from './glyphs.ts';
import { LINE_END_HYPHEN, searchablePage, type SearchablePage } from './page-text.ts';
import { compileQuery, type Match, type SearchQuery } from './query.ts';

export type { SearchQuery } from './query.ts';
export type { PresetName } from './presets.ts';
export { PRESET_LABELS, PRESET_NAMES } from './presets.ts';
export { normalizeText, type SearchablePage } from './page-text.ts';

export interface SearchHit {
  /** 0-based PDF page. */
  pageIndex: number;
  /** The text found, as a person reads it (normalised; a word hyphenated at a line end reads joined if so matched). */
  text: string;
  /** The part the mark covers: all of `text`, or less where a preset leaves what Rule 5.2(a) allows (last four digits). */
  markedText: string;
  /** Boxes tight around the marked characters, one per line piece, PDF user space, inside the page. */
  rects: Rect[];
  /** The numbered lines the mark lies on ("4:12", "9:7-8", "48:16"); null without a grid or off the numbered lines. */
  citation: string | null;
  /** [start, end) of the hit in the page's searchable text (SearchIndex.pages[i].text). */
  start: number;
  end: number;
  /** The hit with some text either side, for a result list. */
  context: string;
}

export interface SearchOptions {
  /** The filing's line grid (detectDocumentGrid) or its pages, to give each hit its citation. */
  grid?: DocumentGrid | readonly PageGrid[];
  /** At most this many hits per page (default 500); more are dropped and the page is listed as truncated. */
  maxHitsPerPage?: number;
  /** Checked between pages: an aborted search returns what it found so far with `aborted: true`. */
  signal?: { readonly aborted: boolean };
}

export interface SearchResult {
  hits: SearchHit[];
  /** Pages where maxHitsPerPage was reached. */
  truncatedPages: number[];
  aborted: boolean;
}

/** The searchable text of every page, built once and reused for every query of a filing. */
export interface SearchIndex {
  pages: SearchablePage[];
}

export const DEFAULT_MAX_HITS_PER_PAGE = 500;

/** Builds the searchable text (reading order, normalised characters, glyph map) of every page. */
export function buildSearchIndex(pages: readonly PageText[]): SearchIndex {
  return { pages: pages.map((p) => searchablePage(p)) };
}

/** Null when the query can run, else the error searchText would throw (for live feedback as the user types). */
export function validateQuery(query: SearchQuery): SearchSyntaxError | null {
  try {
    compileQuery(query);
    return null;
  } catch (error) {
    if (error instanceof SearchSyntaxError) return error;
    throw error;
  }
}

/** Matches in base-text coordinates, run on the text with line-end hyphens kept ("Bates-numbered") and dropped ("restrictions"). */
function matchPage(
  sp: SearchablePage,
  matcher: (t: string, limit: number) => Match[],
  limit: number,
): (Match & { joined: boolean })[] {
  const text = sp.text;
  const seen = new Set<string>();
  const out: (Match & { joined: boolean })[] = [];
  const add = (m: Match & { joined: boolean }) => {
    if (m.markEnd <= m.markStart) return;
    const key = `${m.start}:${m.end}:${m.markStart}:${m.markEnd}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const m of matcher(text.replaceAll(LINE_END_HYPHEN, '-'), limit)) add({ ...m, joined: false });
  if (text.includes(LINE_END_HYPHEN)) {
    const map: number[] = [];
    let joined = '';
    for (let i = 0; i < text.length; i++) {
      if (text[i] === LINE_END_HYPHEN) continue;
      map.push(i);
      joined += text[i];
    }
    map.push(text.length);
    const back = (k: number) => map[k] ?? text.length;
    const backEnd = (k: number) => (k > 0 ? back(k - 1) + 1 : back(0));
    for (const m of matcher(joined, limit))
      add({
        start: back(m.start),
        end: backEnd(m.end),
        markStart: back(m.markStart),
        markEnd: backEnd(m.markEnd),
        joined: true,
      });
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

function clampToPage(r: Rect, view: readonly number[]): Rect | null {
  const [vx0 = 0, vy0 = 0, vx1 = 612, vy1 = 792] = view;
  const x0 = Math.max(r[0], Math.min(vx0, vx1));
  const y0 = Math.max(r[1], Math.min(vy0, vy1));
  const x1 = Math.min(r[2], Math.max(vx0, vx1));
  const y1 = Math.min(r[3], Math.max(vy0, vy1));
  const round = (n: number) => Math.round(n * 100) / 100;
  const r2: Rect = [round(x0), round(y0), round(x1), round(y1)];
  return r2[2] > r2[0] && r2[3] > r2[1] ? r2 : null;
}

/** Boxes around text[from, to) of a page: one per run piece, then pieces on one line merged. */
function rectsOf(sp: SearchablePage, from: number, to: number): Rect[] {
  const pieces: { run: number; c0: number; c1: number }[] = [];
  for (let i = from; i < to; i++) {
    const run = sp.runOf[i]!;
    if (run < 0) continue;
    const c = sp.charOf[i]!;
    const str = sp.page.runs[run]!.str;
    const end = c + ((str.codePointAt(c) ?? 0) > 0xffff ? 2 : 1);
    const last = pieces[pieces.length - 1];
    if (last && last.run === run && c >= last.c0 && c <= last.c1) last.c1 = Math.max(last.c1, end);
    else pieces.push({ run, c0: c, c1: end });
  }
  const odd = sp.frame.quarter % 2 === 1;
  const rects: Rect[] = [];
  for (const p of pieces) {
    const r = spanRect(sp.page.runs[p.run]!, sp.offsets[p.run]!, p.c0, p.c1, 0.03);
    const prev = rects[rects.length - 1];
    if (prev) {
      // Same line: overlap across the line of at least half the smaller box, and a gap along it under one box height.
      const [a0, a1, b0, b1] = odd ? [0, 2, 1, 3] : [1, 3, 0, 2];
      const overlap = Math.min(prev[a1]!, r[a1]!) - Math.max(prev[a0]!, r[a0]!);
      const h = Math.min(prev[a1]! - prev[a0]!, r[a1]! - r[a0]!);
      const gap = Math.max(r[b0]! - prev[b1]!, prev[b0]! - r[b1]!);
      if (overlap >= 0.5 * h && gap <= Math.max(prev[a1]! - prev[a0]!, r[a1]! - r[a0]!)) {
        rects[rects.length - 1] = [
          Math.min(prev[0], r[0]),
          Math.min(prev[1], r[1]),
          Math.max(prev[2], r[2]),
          Math.max(prev[3], r[3]),
        ];
        continue;
      }
    }
    rects.push(r);
  }
  return rects.map((r) => clampToPage(r, sp.page.view)).filter((r): r is Rect => r !== null);
}

function gridPagesOf(grid: SearchOptions['grid']): Map<number, PageGrid> {
  const map = new Map<number, PageGrid>();
  if (!grid) return map;
  const pages = 'pages' in grid ? grid.pages : grid;
  for (const p of pages) map.set(p.pageIndex, p);
  return map;
}

/** The numbered lines whose bands hold the centres of the rects, as an order would cite them. */
export function citationOf(rects: readonly Rect[], grid: PageGrid | undefined): string | null {
  if (!grid || grid.lines.length === 0) return null;
  const found: { page: number; line: number }[] = [];
  for (const r of rects) {
    const cx = (r[0] + r[2]) / 2;
    const cy = (r[1] + r[3]) / 2;
    const line = grid.lines.find((l) => cx >= l.rect[0] && cx <= l.rect[2] && cy >= l.rect[1] && cy <= l.rect[3]);
    if (line) found.push({ page: line.page, line: line.line });
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.page - b.page || a.line - b.line);
  return formatRange({ kind: 'lines', from: found[0]!, to: found[found.length - 1]! });
}

function readable(s: string): string {
  return s.replaceAll(LINE_END_HYPHEN, '-').replace(/\n/g, ' ');
}

/** Runs a query over an index; throws SearchSyntaxError for a bad query (before touching any page). */
export function searchIndex(index: SearchIndex, query: SearchQuery, options: SearchOptions = {}): SearchResult {
  const matcher = compileQuery(query);
  const limit = Math.max(1, Math.floor(options.maxHitsPerPage ?? DEFAULT_MAX_HITS_PER_PAGE));
  const grids = gridPagesOf(options.grid);
  const hits: SearchHit[] = [];
  const truncatedPages: number[] = [];
  for (const sp of index.pages) {
    if (options.signal?.aborted) return { hits, truncatedPages, aborted: true };
    const matches = matchPage(sp, matcher, limit);
    if (matches.length >= limit) truncatedPages.push(sp.pageIndex);
    for (const m of matches.slice(0, limit)) {
      const rects = rectsOf(sp, m.markStart, m.markEnd);
      if (rects.length === 0) continue;
      const textOf = (a: number, b: number) => {
        const s = sp.text.slice(a, b);
        return readable(m.joined ? s.replaceAll(LINE_END_HYPHEN, '') : s);
      };
      hits.push({
        pageIndex: sp.pageIndex,
        text: textOf(m.start, m.end),
        markedText: textOf(m.markStart, m.markEnd),
        rects,
        citation: citationOf(rects, grids.get(sp.pageIndex)),
        start: m.start,
        end: m.end,
        context: readable(sp.text.slice(Math.max(0, m.start - 30), Math.min(sp.text.length, m.end + 30))),
      });
    }
  }
  return { hits, truncatedPages, aborted: false };
}

/** Finds a query on every page of a filing: hits in page order with their rects (and citations when a grid is given). */
export function searchText(pages: readonly PageText[], query: SearchQuery, options: SearchOptions = {}): SearchHit[] {
  compileQuery(query);
  return searchIndex(buildSearchIndex(pages), query, options).hits;
}

/** The regions to mark for some hits (one per rect), carrying the hit's citation and an optional source and label. */
export function hitRegions(hits: readonly SearchHit[], source?: string, label?: string): LabelledRegion[] {
  return hits.flatMap((h) =>
    h.rects.map((rect) => ({
      pageIndex: h.pageIndex,
      rect,
      ...(source !== undefined ? { source } : {}),
      ...(h.citation !== null ? { citation: h.citation } : {}),
      ...(label !== undefined ? { label } : {}),
    })),
  );
}
