// Citation → regions: resolves every CitedRange kind against a filing's layout; what cannot be resolved is reported, never dropped.
import type { CitedRange, PageLine } from '../model/directive.ts';
import type { LabelledRegion, Rect } from '../model/region.ts';
import type { Unresolved } from '../model/report.ts';
import { formatRange } from '../model/format-range.ts';
import type { FilingLayout } from './layout.ts';
import { pageRows, type PageRows, type Row } from './page-rows.ts';

export { buildFilingLayout, type FilingLayout } from './layout.ts';

export interface ResolveOptions {
  /** Put on every region's `source` (the order item or mark id). */
  source?: string;
  /** Put on every region's `label` (text drawn on the box). */
  label?: string;
}

export interface ResolveResult {
  regions: LabelledRegion[];
  unresolved: Unresolved[];
}

/** One numbered line of the filing, in document order. */
interface Slot {
  pageIndex: number;
  /** Index into grid.pages[pageIndex].lines. */
  index: number;
  page: number;
  line: number;
}

interface Ctx {
  layout: FilingLayout;
  slots: Slot[];
  rows: Map<number, PageRows>;
}

function rowsOf(ctx: Ctx, pageIndex: number): PageRows {
  let r = ctx.rows.get(pageIndex);
  if (!r) {
    r = pageRows(ctx.layout.texts[pageIndex]!, ctx.layout.grid.pages[pageIndex]!);
    ctx.rows.set(pageIndex, r);
  }
  return r;
}

function compare(a: PageLine, b: PageLine): number {
  return a.page - b.page || a.line - b.line;
}

function union(rects: Rect[]): Rect {
  return [
    Math.min(...rects.map((r) => r[0])),
    Math.min(...rects.map((r) => r[1])),
    Math.max(...rects.map((r) => r[2])),
    Math.max(...rects.map((r) => r[3])),
  ];
}

function pageRect(ctx: Ctx, pageIndex: number): Rect {
  const v = ctx.layout.texts[pageIndex]!.view;
  return [v[0], v[1], v[2], v[3]];
}

/** Merges lines into one rect per contiguous block of a page; on a tilted scan the rect grows to cover the slant. */
function mergeSlots(ctx: Ctx, slots: Slot[]): { pageIndex: number; rect: Rect }[] {
  const out: { pageIndex: number; rect: Rect }[] = [];
  let group: Slot[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const { pageIndex } = group[0]!;
    const lines = ctx.layout.grid.pages[pageIndex]!.lines;
    const rect = union(group.map((s) => lines[s.index]!.rect));
    const detail = ctx.layout.grid.details[pageIndex];
    let tilt = detail?.tilt ?? 0;
    // A page that borrowed its grid from the rest of a scanned filing may be as skewed as its neighbours.
    if (detail?.source === 'template') tilt = Math.max(...ctx.layout.grid.details.map((d) => Math.abs(d.tilt)));
    if (tilt !== 0) {
      const pad = (Math.abs(Math.tan((tilt * Math.PI) / 180)) * Math.max(rect[2] - rect[0], rect[3] - rect[1])) / 2;
      const vertical = (ctx.layout.grid.details[pageIndex]?.quarter ?? 0) % 2 === 0;
      if (vertical) {
        rect[1] -= pad;
        rect[3] += pad;
      } else {
        rect[0] -= pad;
        rect[2] += pad;
      }
    }
    out.push({ pageIndex, rect });
    group = [];
  };
  for (const s of slots) {
    const prev = group[group.length - 1];
    if (prev && !(prev.pageIndex === s.pageIndex && prev.page === s.page && s.index === prev.index + 1)) flush();
    group.push(s);
  }
  flush();
  return out;
}

function printedRangeText(ctx: Ctx): string {
  const printed = ctx.slots.map((s) => s.page);
  if (printed.length === 0) return 'no numbered lines were found in it; calibrate the grid in the app';
  return `its numbered pages run ${Math.min(...printed)}-${Math.max(...printed)} over ${ctx.layout.grid.pageCount} PDF pages`;
}

function missingLine(ctx: Ctx, pl: PageLine): string {
  const onPage = ctx.slots.filter((s) => s.page === pl.page);
  if (onPage.length === 0) {
    const hasPage = ctx.layout.grid.pages.some((p) => p.printedPage === pl.page);
    if (hasPage) return `page ${pl.page} has no numbered lines; calibrate its grid in the app`;
    return `the document has no page ${pl.page} (${printedRangeText(ctx)})`;
  }
  const max = Math.max(...onPage.map((s) => s.line));
  return `page ${pl.page} has ${max} numbered lines, so line ${pl.line} does not exist`;
}

type Resolved = { regions: { pageIndex: number; rect: Rect }[]; problem: string | null };

function resolveLines(ctx: Ctx, from: PageLine, to: PageLine): Resolved {
  if (compare(to, from) < 0) return { regions: [], problem: 'the range ends before it starts' };
  const i = ctx.slots.findIndex((s) => s.page === from.page && s.line === from.line);
  if (i < 0) return { regions: [], problem: missingLine(ctx, from) };
  let j = -1;
  for (let k = i; k < ctx.slots.length; k++) {
    const s = ctx.slots[k]!;
    if (s.page === to.page && s.line === to.line) {
      j = k;
      break;
    }
  }
  if (j < 0) return { regions: [], problem: missingLine(ctx, to) };
  return { regions: mergeSlots(ctx, ctx.slots.slice(i, j + 1)), problem: null };
}

function isFourUp(ctx: Ctx): boolean {
  return ctx.layout.grid.pages.some((p) => p.layout === 'transcript-4up');
}

function resolvePages(ctx: Ctx, from: number, to: number): Resolved {
  if (to < from) return { regions: [], problem: 'the range ends before it starts' };
  const regions: { pageIndex: number; rect: Rect }[] = [];
  const missing: number[] = [];
  const last = Math.min(to, from + 10000);
  for (let n = from; n <= last; n++) {
    if (isFourUp(ctx)) {
      const slots = ctx.slots.filter((s) => s.page === n);
      if (slots.length === 0) missing.push(n);
      else regions.push(...mergeSlots(ctx, slots));
      continue;
    }
    const idx = ctx.layout.grid.pages.findIndex((p) => p.printedPage === n);
    if (idx < 0) missing.push(n);
    else regions.push({ pageIndex: idx, rect: pageRect(ctx, idx) });
  }
  if (missing.length === 0) return { regions, problem: null };
  const printed = ctx.layout.grid.pages.map((p) => p.printedPage).filter((p): p is number => p !== null);
  const span =
    printed.length > 0
      ? `printed pages run ${Math.min(...printed)}-${Math.max(...printed)}`
      : 'no printed page numbers were found';
  const list = missing.length === 1 ? `page ${missing[0]}` : `pages ${missing[0]}-${missing[missing.length - 1]}`;
  return { regions, problem: `the document has no ${list} (${span}; ${ctx.layout.grid.pageCount} PDF pages)` };
}

function resolveEcfPages(ctx: Ctx, from: number, to: number): Resolved {
  if (to < from) return { regions: [], problem: 'the range ends before it starts' };
  const pages = ctx.layout.grid.pages;
  const stamped = pages.some((p) => p.ecfPage !== null);
  const regions: { pageIndex: number; rect: Rect }[] = [];
  const found = new Set<number>();
  pages.forEach((p, i) => {
    const n = stamped ? p.ecfPage : p.pageNumber;
    if (n !== null && n >= from && n <= to) {
      regions.push({ pageIndex: i, rect: pageRect(ctx, i) });
      found.add(n);
    }
  });
  const total = stamped ? (ctx.layout.grid.ecf?.total ?? pages.length) : pages.length;
  if (to > total || found.size < to - from + 1)
    return {
      regions,
      problem: `the document has ${total} ECF pages, so pages ${Math.max(from, total + 1)}-${to} do not exist`,
    };
  return { regions, problem: null };
}

const PARA = /^(\d{1,3})\.$/;
const PILCROW = /^¶\s*(\d{1,3})\.?$/;
const STOP = /^(I declare under penalty|Executed (on|this)|Dated:|DATED:|Respectfully submitted)/;

function isHeading(row: Row, rows: PageRows): boolean {
  const letters = row.text.replace(/[^A-Za-z]/g, '');
  const width = rows.col[1] - rows.col[0];
  if (letters.length >= 3 && letters === letters.toUpperCase() && !/[,;]$/.test(row.text)) return true;
  return (
    /^(?:[IVX]+|[A-H])\.$/.test(row.words[0]?.text ?? '') && row.u1 - row.u0 < 0.75 * width && !/[.,;]$/.test(row.text)
  );
}

interface ParaStart {
  n: number;
  pageIndex: number;
  row: number;
}

function paragraphStarts(ctx: Ctx): ParaStart[] {
  const out: ParaStart[] = [];
  for (let p = 0; p < ctx.layout.grid.pageCount; p++) {
    const rows = rowsOf(ctx, p);
    rows.body.forEach((r, i) => {
      const first = r.words[0];
      if (!first || r.words.length < 2 || r.size < 0.85 * rows.bodySize) return;
      const m = PARA.exec(first.text) ?? PILCROW.exec(`${first.text}${r.words[1]?.text ?? ''}`);
      if (m) out.push({ n: Number(m[1]), pageIndex: p, row: i });
    });
  }
  return out;
}

function resolveParagraphs(ctx: Ctx, from: number, to: number): Resolved {
  if (to < from) return { regions: [], problem: 'the range ends before it starts' };
  const starts = paragraphStarts(ctx);
  // Runs of consecutive numbers (a numbered list and a declaration's paragraphs are separate runs).
  const runs: ParaStart[][] = [];
  for (const s of starts) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev && s.n > prev.n && s.n <= prev.n + 2) run.push(s);
    else runs.push([s]);
  }
  const covering = runs.filter((r) => r.some((s) => s.n === from) && r.some((s) => s.n === to));
  if (covering.length === 0) {
    const missing = runs.some((r) => r.some((s) => s.n === from)) ? to : from;
    return { regions: [], problem: `paragraph ${missing} was not found (no line starts with "${missing}.")` };
  }
  const run = covering.reduce((a, b) => (b.length >= a.length ? b : a));
  const startSet = new Set(starts.map((s) => `${s.pageIndex}:${s.row}`));
  const first = run.find((s) => s.n === from)!;
  const last = run.find((s) => s.n === to)!;
  // Walk rows from the first paragraph's start to the end of the last one.
  const picked: { pageIndex: number; row: Row }[] = [];
  let p = first.pageIndex;
  let i = first.row;
  let inLast = first === last;
  for (;;) {
    const rows = rowsOf(ctx, p);
    const row = rows.body[i];
    if (!row) {
      p++;
      i = 0;
      if (p >= ctx.layout.grid.pageCount) break;
      continue;
    }
    const key = `${p}:${i}`;
    const isStart = startSet.has(key);
    if (picked.length > 0) {
      if (isStart && inLast) break;
      if (isHeading(row, rows) || STOP.test(row.text)) break;
    }
    if (isStart && last.pageIndex === p && last.row === i) inLast = true;
    if (row.size >= 0.85 * rows.bodySize) picked.push({ pageIndex: p, row });
    i++;
  }
  return { regions: rowsToRegions(ctx, picked), problem: null };
}

/** Rows → regions: whole numbered lines where the page has a grid (blank lines between included), else the rows' own boxes. */
function rowsToRegions(ctx: Ctx, picked: { pageIndex: number; row: Row }[]): { pageIndex: number; rect: Rect }[] {
  const out: { pageIndex: number; rect: Rect }[] = [];
  const byPage = new Map<number, Row[]>();
  for (const { pageIndex, row } of picked) byPage.set(pageIndex, [...(byPage.get(pageIndex) ?? []), row]);
  for (const [pageIndex, rows] of byPage) {
    const withLine = rows.filter((r) => r.line >= 0);
    if (withLine.length === rows.length && rows.length > 0) {
      const lo = Math.min(...withLine.map((r) => r.line));
      const hi = Math.max(...withLine.map((r) => r.line));
      const slots = ctx.slots.filter((s) => s.pageIndex === pageIndex && s.index >= lo && s.index <= hi);
      out.push(...mergeSlots(ctx, slots));
    } else out.push({ pageIndex, rect: union(rows.map((r) => r.rect)) });
  }
  return out;
}

/** The footnote area of a page: the run of small-type rows at the foot of the body (footers are not body rows). */
function footnoteArea(ctx: Ctx, pageIndex: number): Row[] {
  const body = rowsOf(ctx, pageIndex).body;
  // Body type size: the median row of the upper half of the page (footnotes, however long, sit in the lower half).
  const upper = body.slice(0, Math.max(1, Math.ceil(body.length / 2))).map((r) => r.size);
  const bodyType = [...upper].sort((a, b) => a - b)[Math.floor(upper.length / 2)] ?? 0;
  const footSize = body[body.length - 1]?.size ?? 0;
  let start = body.length;
  if (footSize > 0 && footSize < 0.95 * bodyType) while (start > 0 && body[start - 1]!.size <= footSize * 1.05) start--;
  return body.slice(start);
}

function footnoteStart(r: Row): number | null {
  const m = /^(\d{1,3})$/.exec(r.words[0]?.text ?? '');
  return m && r.words.length > 1 ? Number(m[1]) : null;
}

function resolveFootnote(ctx: Ctx, page: number, note: number): Resolved {
  const pageIndex = ctx.layout.grid.pages.findIndex((p) => p.printedPage === page);
  if (pageIndex < 0) return { regions: [], problem: `the document has no page ${page}` };
  const area = footnoteArea(ctx, pageIndex);
  const i = area.findIndex((r) => footnoteStart(r) === note);
  if (i < 0) return { regions: [], problem: `footnote ${note} was not found at the foot of page ${page}` };
  let j = i + 1;
  while (j < area.length && footnoteStart(area[j]!) === null) j++;
  const regions = [{ pageIndex, rect: union(area.slice(i, j).map((r) => r.rect)) }];
  // The last note of a page may run on at the top of the next page's footnote area.
  if (j === area.length && pageIndex + 1 < ctx.layout.grid.pageCount) {
    const next = footnoteArea(ctx, pageIndex + 1);
    let k = 0;
    while (k < next.length && footnoteStart(next[k]!) === null) k++;
    if (k > 0) regions.push({ pageIndex: pageIndex + 1, rect: union(next.slice(0, k).map((r) => r.rect)) });
  }
  return { regions, problem: null };
}

const EXHIBIT = /^exhibit\s+([a-z]{1,2}|\d{1,3})\b\.?(?:\s*[-–—:]\s*\S.*)?$/i;

interface ExhibitStart {
  label: string;
  pageIndex: number;
  slipSheet: boolean;
}

function exhibitStarts(ctx: Ctx): ExhibitStart[] {
  const out: ExhibitStart[] = [];
  for (let p = 0; p < ctx.layout.grid.pageCount; p++) {
    const rows = rowsOf(ctx, p);
    const words = rows.all.reduce((n, r) => n + r.words.length, 0);
    // A slip sheet, or an exhibit label heading the page (its first two rows).
    const body = rows.body.length > 0 ? rows.body : rows.all;
    const candidates = words <= 15 ? rows.all : body.slice(0, 2);
    for (const r of candidates) {
      const m = EXHIBIT.exec(r.text.trim());
      if (!m) continue;
      out.push({ label: m[1]!.toUpperCase(), pageIndex: p, slipSheet: words <= 15 });
      break;
    }
  }
  return out;
}

function resolveExhibits(ctx: Ctx, from: string, to: string): Resolved {
  const starts = exhibitStarts(ctx);
  const a = starts.findIndex((s) => s.label === from.toUpperCase());
  if (a < 0) return { regions: [], problem: `no exhibit slip sheet or heading "EXHIBIT ${from}" was found` };
  let b = -1;
  for (let k = a; k < starts.length; k++)
    if (starts[k]!.label === to.toUpperCase()) {
      b = k;
      break;
    }
  if (b < 0)
    return { regions: [], problem: `no exhibit slip sheet or heading "EXHIBIT ${to}" was found after Exhibit ${from}` };
  const regions: { pageIndex: number; rect: Rect }[] = [];
  for (let k = a; k <= b; k++) {
    const s = starts[k]!;
    const end = (starts[k + 1]?.pageIndex ?? ctx.layout.grid.pageCount) - 1;
    for (let p = s.pageIndex; p <= end; p++) {
      // A bare slip sheet stays readable (it only names the exhibit) unless it is all the exhibit has.
      if (p === s.pageIndex && s.slipSheet && end > p) continue;
      regions.push({ pageIndex: p, rect: pageRect(ctx, p) });
    }
  }
  return { regions, problem: null };
}

function resolveOne(ctx: Ctx, range: CitedRange): Resolved {
  switch (range.kind) {
    case 'whole':
      return {
        regions: ctx.layout.texts.map((_, i) => ({ pageIndex: i, rect: pageRect(ctx, i) })),
        problem: null,
      };
    case 'lines':
      return resolveLines(ctx, range.from, range.to);
    case 'pages':
      return resolvePages(ctx, range.from, range.to);
    case 'ecfPages':
      return resolveEcfPages(ctx, range.from, range.to);
    case 'paragraphs':
      return resolveParagraphs(ctx, range.from, range.to);
    case 'footnote':
      return resolveFootnote(ctx, range.page, range.note);
    case 'exhibits':
      return resolveExhibits(ctx, range.from, range.to);
  }
}

/** Every numbered line of the filing in document order. */
function slotsOf(layout: FilingLayout): Slot[] {
  const slots: Slot[] = [];
  layout.grid.pages.forEach((p, pageIndex) =>
    p.lines.forEach((l, index) => slots.push({ pageIndex, index, page: l.page, line: l.line })),
  );
  return slots;
}

/** Resolves cited ranges to labelled regions of the filing; anything it cannot place is listed with the reason. */
export function resolveRanges(layout: FilingLayout, ranges: CitedRange[], opts: ResolveOptions = {}): ResolveResult {
  const ctx: Ctx = { layout, slots: slotsOf(layout), rows: new Map() };
  const regions: LabelledRegion[] = [];
  const unresolved: Unresolved[] = [];
  for (const range of ranges) {
    const citation = formatRange(range);
    const { regions: found, problem } = resolveOne(ctx, range);
    for (const r of found)
      regions.push({
        pageIndex: r.pageIndex,
        rect: r.rect.map((x) => Math.round(x * 100) / 100) as Rect,
        citation,
        ...(opts.source !== undefined ? { source: opts.source } : {}),
        ...(opts.label !== undefined ? { label: opts.label } : {}),
      });
    if (problem !== null) unresolved.push({ citation, reason: problem });
  }
  return { regions, unresolved };
}
