// Pure mark logic for the viewer: proposals from the order's directives, line selections → marks with citations.
import type { PageGrid } from '../../lib/model/page-grid.ts';
import type { Rect } from '../../lib/model/region.ts';
import type { Unresolved } from '../../lib/model/report.ts';
import { formatRange, parseCitation } from '../../lib/order-parser/index.ts';
import { resolveRanges, type FilingLayout } from '../../lib/resolve/index.ts';
import type { CaseDirective, StoredMark } from '../../platform/storage/types.ts';

/** One numbered line in document order: which page grid and which of its lines. */
export interface LineRef {
  pageIndex: number;
  index: number;
}

function union(a: Rect, b: Rect): Rect {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** Orders two line refs in document order. */
export function ordered(a: LineRef, b: LineRef): [LineRef, LineRef] {
  return a.pageIndex < b.pageIndex || (a.pageIndex === b.pageIndex && a.index <= b.index) ? [a, b] : [b, a];
}

/** Every line between two refs (inclusive), in document order. */
export function linesBetween(pages: readonly PageGrid[], a: LineRef, b: LineRef): LineRef[] {
  const [from, to] = ordered(a, b);
  const out: LineRef[] = [];
  for (let p = from.pageIndex; p <= to.pageIndex; p++) {
    const lines = pages[p]?.lines ?? [];
    const first = p === from.pageIndex ? from.index : 0;
    const last = p === to.pageIndex ? to.index : lines.length - 1;
    for (let i = first; i <= last && i < lines.length; i++) out.push({ pageIndex: p, index: i });
  }
  return out;
}

/**
 * Marks for a selection of numbered lines: one mark per PDF page (the union of its line bands), each carrying
 * the selection's citation as the order would write it ("5:17-6:14").
 */
export function marksForLines(
  pages: readonly PageGrid[],
  a: LineRef,
  b: LineRef,
  newId: () => string = () => crypto.randomUUID(),
): StoredMark[] {
  const refs = linesBetween(pages, a, b);
  const first = refs[0];
  const last = refs[refs.length - 1];
  if (!first || !last) return [];
  const l0 = pages[first.pageIndex]?.lines[first.index];
  const l1 = pages[last.pageIndex]?.lines[last.index];
  if (!l0 || !l1) return [];
  const citation = formatRange({
    kind: 'lines',
    from: { page: l0.page, line: l0.line },
    to: { page: l1.page, line: l1.line },
  });
  const byPage = new Map<number, Rect>();
  for (const ref of refs) {
    const rect = pages[ref.pageIndex]?.lines[ref.index]?.rect;
    if (!rect) continue;
    const known = byPage.get(ref.pageIndex);
    byPage.set(ref.pageIndex, known ? union(known, rect) : ([...rect] as Rect));
  }
  return [...byPage.entries()].map(([pageIndex, rect]) => ({
    id: newId(),
    pageIndex,
    rect,
    status: 'confirmed',
    source: 'manual',
    citation,
  }));
}

export interface Proposals {
  marks: StoredMark[];
  /** Ids of proposals that no longer match their directive (edited, unlinked, deleted) and are still undecided. */
  stale: string[];
  unresolved: (Unresolved & { directiveId: string; item: string })[];
}

/**
 * Proposed marks for the directives that seal portions of this filing. A directive already proposed keeps the
 * user's decisions; undecided proposals of a directive that was edited, unlinked or deleted are replaced or
 * dropped. What cannot be placed is listed with the reason.
 */
export function proposeMarks(
  layout: FilingLayout,
  directives: readonly CaseDirective[],
  documentId: string,
  existing: readonly StoredMark[],
  newId: () => string = () => crypto.randomUUID(),
): Proposals {
  const out: Proposals = { marks: [], stale: [], unresolved: [] };
  const wanted = new Map<string, CaseDirective>();
  for (const d of directives) {
    if (d.documentId === documentId && d.disposition === 'redact') wanted.set(d.id, d);
  }
  const byDirective = new Map<string, StoredMark[]>();
  for (const m of existing) {
    if (!m.directiveId) continue;
    byDirective.set(m.directiveId, [...(byDirective.get(m.directiveId) ?? []), m]);
  }
  for (const [directiveId, marks] of byDirective) {
    const d = wanted.get(directiveId);
    const changed =
      !d || marks.some((m) => m.directiveRanges !== undefined && m.directiveRanges !== JSON.stringify(d.ranges));
    const undecided = marks.every((m) => m.status === 'proposed');
    if (changed && undecided) out.stale.push(...marks.map((m) => m.id));
    else wanted.delete(directiveId);
  }
  for (const d of wanted.values()) {
    const signature = JSON.stringify(d.ranges);
    const result = resolveRanges(layout, d.ranges, { source: d.id });
    for (const region of result.regions) {
      out.marks.push({
        id: newId(),
        pageIndex: region.pageIndex,
        rect: region.rect,
        status: 'proposed',
        source: 'directive',
        directiveId: d.id,
        directiveRanges: signature,
        ...(region.citation ? { citation: region.citation } : {}),
        label: d.item,
      });
    }
    for (const u of result.unresolved) out.unresolved.push({ ...u, directiveId: d.id, item: d.item });
  }
  return out;
}

/**
 * Marks for a citation the user types ("5:17-6:14; ¶ 25"): resolved on this filing like an order's citation.
 * Throws CitationSyntaxError for text that is not a citation.
 */
export function marksForCitation(
  layout: FilingLayout,
  citation: string,
  newId: () => string = () => crypto.randomUUID(),
): { marks: StoredMark[]; unresolved: Unresolved[] } {
  const result = resolveRanges(layout, parseCitation(citation));
  return {
    marks: result.regions.map((region) => ({
      id: newId(),
      pageIndex: region.pageIndex,
      rect: region.rect,
      status: 'confirmed',
      source: 'manual',
      citation: region.citation ?? citation.trim(),
    })),
    unresolved: result.unresolved,
  };
}

/** A read-only lookup set (built outside runes modules, where a Set is mistaken for state). */
export function lookup<T>(values: Iterable<T>): ReadonlySet<T> {
  return new Set(values);
}

/** "pageIndex:index" keys of the lines between two refs, for highlighting a selection. */
export function lineKeys(pages: readonly PageGrid[], a: LineRef | null, b: LineRef | null): ReadonlySet<string> {
  if (!a || !b) return new Set();
  return new Set(linesBetween(pages, a, b).map((r) => `${r.pageIndex}:${r.index}`));
}
