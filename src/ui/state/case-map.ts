// App marks ⇄ redaction-map marks: export a filing's stored marks, and plan an import (exact copy or re-resolved) without writing.
import type { CitedRange } from '../../lib/model/directive.ts';
import type { Unresolved } from '../../lib/model/report.ts';
import { parseCitation } from '../../lib/order-parser/index.ts';
import {
  planImport,
  type MapDocument,
  type MapMark,
  type MapPageNumber,
  type MarkConflict,
  type RedactionMap,
} from '../../lib/redaction-map/index.ts';
import { resolveRanges, type FilingLayout } from '../../lib/resolve/index.ts';
import type { CaseDirective, DocumentRecord, StoredMark } from '../../platform/storage/types.ts';

/** Id of the i-th stored mark made from a map mark (the first keeps the map mark's id, so a round trip is stable). */
export function storedIdOf(markId: string, index: number): string {
  return index === 0 ? markId : `${markId}~${index}`;
}

function rangesOf(citation: string | undefined, directiveRanges: string | undefined): CitedRange[] {
  if (citation) {
    try {
      return parseCitation(citation);
    } catch {
      // Not a citation the parser reads back (e.g. a hand label); fall through to the directive's own ranges.
    }
  }
  if (directiveRanges) {
    try {
      return JSON.parse(directiveRanges) as CitedRange[];
    } catch {
      return [];
    }
  }
  return [];
}

/** Stored marks that are one map mark: same origin, citation, status and label (a citation spanning pages). */
function groupKey(mark: StoredMark): string | null {
  if (!mark.citation) return null;
  return JSON.stringify([mark.source, mark.directiveId ?? '', mark.citation, mark.status, mark.label ?? '']);
}

export interface ExportedMarks {
  marks: MapMark[];
  /** Map mark id → the ids of the stored marks it stands for. */
  members: Map<string, string[]>;
}

/**
 * A filing's stored marks as map marks: the page pieces of one citation become one mark with several regions;
 * a drawn rectangle (no citation) is a mark of its own with regions only.
 */
export function toMapMarks(
  stored: readonly StoredMark[],
  directives: readonly CaseDirective[],
  createdAt: string,
): ExportedMarks {
  const marks: MapMark[] = [];
  const members = new Map<string, string[]>();
  const byKey = new Map<string, MapMark>();
  for (const m of stored) {
    const key = groupKey(m);
    const known = key !== null ? byKey.get(key) : undefined;
    if (known) {
      known.regions.push({ pageIndex: m.pageIndex, rect: [...m.rect] });
      members.get(known.id)?.push(m.id);
      continue;
    }
    const directive = m.directiveId ? directives.find((d) => d.id === m.directiveId) : undefined;
    const mark: MapMark = {
      id: m.id,
      source:
        m.source === 'directive'
          ? { kind: 'directive', item: directive?.item ?? m.label ?? '', dockets: directive?.dockets ?? [] }
          : { kind: 'manual' },
      citation: m.citation ?? null,
      ranges: rangesOf(m.citation, m.directiveRanges),
      regions: [{ pageIndex: m.pageIndex, rect: [...m.rect] }],
      reason: directive?.basis ?? m.reason ?? null,
      label: m.label ?? null,
      status: m.status,
      createdAt,
      createdBy: null,
    };
    marks.push(mark);
    members.set(mark.id, [m.id]);
    if (key !== null) byKey.set(key, mark);
  }
  return { marks, members };
}

/** Printed and ECF page numbers of every page, as the (corrected) grid resolves them. */
export function pageNumbersOf(layout: FilingLayout | null, pageCount: number): MapPageNumber[] {
  if (!layout)
    return Array.from({ length: pageCount }, (_, pageIndex) => ({ pageIndex, printedPage: null, ecfPage: null }));
  return layout.grid.pages.map((p) => ({ pageIndex: p.pageIndex, printedPage: p.printedPage, ecfPage: p.ecfPage }));
}

export function toMapDocument(
  doc: DocumentRecord,
  stored: readonly StoredMark[],
  directives: readonly CaseDirective[],
  layout: FilingLayout | null,
  createdAt: string,
): MapDocument {
  return {
    id: doc.id,
    dockets: doc.docket ? [doc.docket] : [],
    title: doc.title,
    fileName: doc.fileName,
    sha256: doc.sha256,
    pageCount: doc.pageCount,
    pageNumbers: pageNumbersOf(layout, doc.pageCount),
    marks: toMapMarks(stored, directives, createdAt).marks,
  };
}

/**
 * Map mark → stored marks, one per region; `reResolved` records that the regions were found on this copy. A mark of
 * an order item that this case's own order also has for the filing is linked to that directive, so the viewer does
 * not propose it a second time.
 */
export function toStoredMarks(
  mark: MapMark,
  reResolved = false,
  link?: { directives: readonly CaseDirective[]; filingId: string },
): StoredMark[] {
  const source = mark.source;
  const directive =
    source.kind === 'directive'
      ? link?.directives.find((d) => d.documentId === link.filingId && d.item === source.item)
      : undefined;
  return mark.regions.map((region, i) => ({
    id: storedIdOf(mark.id, i),
    pageIndex: region.pageIndex,
    rect: [...region.rect],
    status: mark.status,
    source: mark.source.kind === 'directive' ? 'directive' : 'manual',
    ...(mark.citation ? { citation: mark.citation } : {}),
    ...(mark.label ? { label: mark.label } : mark.source.kind === 'directive' ? { label: mark.source.item } : {}),
    ...(mark.reason ? { reason: mark.reason } : {}),
    ...(directive ? { directiveId: directive.id, directiveRanges: JSON.stringify(directive.ranges) } : {}),
    ...(reResolved ? { imported: 'reresolved' as const } : {}),
  }));
}

/** The map's document for a filing: same SHA-256 first, else a shared docket. */
export function matchDocument(docs: readonly MapDocument[], filing: DocumentRecord): MapDocument | undefined {
  return (
    docs.find((d) => d.sha256 === filing.sha256) ??
    (filing.docket ? docs.find((d) => d.dockets.includes(filing.docket as string)) : undefined)
  );
}

export interface FilingPlan {
  filing: DocumentRecord;
  incoming: MapDocument;
  /** True when the map recorded this very copy (regions used as they are). */
  exact: boolean;
  /** Incoming marks as they would land on this copy (re-resolved regions for another copy). */
  marks: MapMark[];
  added: MapMark[];
  unchanged: number;
  conflicts: MarkConflict[];
  /** Marks re-resolved from their citation on this copy. */
  reResolved: number;
  /** Drawn rectangles (no citation) that cannot be placed on another copy. */
  notCarried: MapMark[];
  unresolved: (Unresolved & { markId: string })[];
  /** Why this copy's line numbers could not be read (then no cited mark can be placed on it). */
  layoutError: string | null;
}

export interface CaseImportPlan {
  filings: FilingPlan[];
  /** Map documents with no filing in this case. */
  unmatched: MapDocument[];
}

/**
 * Plans importing `map` into a case: nothing is written. `layoutOf` gives the (corrected) layout of a filing whose
 * copy differs from the map's, to re-resolve the marks' citations there.
 */
export async function planCaseImport(
  map: RedactionMap,
  filings: readonly { doc: DocumentRecord; marks: readonly StoredMark[] }[],
  directives: readonly CaseDirective[],
  layoutOf: (doc: DocumentRecord) => Promise<FilingLayout>,
): Promise<CaseImportPlan> {
  const used = new Set<string>();
  const plans: FilingPlan[] = [];
  for (const { doc, marks } of filings) {
    const incoming = matchDocument(
      map.documents.filter((d) => !used.has(d.id)),
      doc,
    );
    if (!incoming) continue;
    used.add(incoming.id);
    const exact = incoming.sha256 === doc.sha256;
    const notCarried: MapMark[] = [];
    const unresolved: FilingPlan['unresolved'] = [];
    let reResolved = 0;
    let layoutError: string | null = null;
    let placed: MapMark[] = incoming.marks;
    if (!exact) {
      let layout: FilingLayout | null = null;
      if (incoming.marks.some((m) => m.ranges.length > 0)) {
        try {
          layout = await layoutOf(doc);
        } catch (error) {
          layoutError = error instanceof Error ? error.message : String(error);
        }
      }
      placed = [];
      for (const mark of incoming.marks) {
        if (mark.ranges.length === 0) {
          notCarried.push(mark);
          continue;
        }
        if (!layout) continue;
        const result = resolveRanges(layout, mark.ranges, { source: mark.id });
        unresolved.push(...result.unresolved.map((u) => ({ ...u, markId: mark.id })));
        if (result.regions.length === 0) continue;
        reResolved++;
        placed.push({
          ...mark,
          regions: result.regions.map((r) => ({ pageIndex: r.pageIndex, rect: r.rect })),
          reResolved: true,
        });
      }
    }
    const localMarks = toMapMarks(marks, directives, '').marks;
    placed = sameMarksAsLocal(placed, localMarks);
    const local: MapDocument = {
      ...incoming,
      sha256: doc.sha256,
      marks: localMarks.map((m) => withOrigin(m, placed)),
    };
    const plan = planImport([local], [{ ...incoming, sha256: doc.sha256, marks: placed }]);
    const localIds = new Set(local.marks.map((m) => m.id));
    plans.push({
      filing: doc,
      incoming,
      exact,
      marks: placed,
      added: placed.filter((m) => !localIds.has(m.id)),
      unchanged: plan.unchanged,
      conflicts: plan.conflicts,
      reResolved,
      notCarried,
      unresolved,
      layoutError,
    });
  }
  return { filings: plans, unmatched: map.documents.filter((d) => !used.has(d.id)) };
}

/** The same mark under another id: the same order item (or a hand mark) with the same citation. */
function sameOrigin(a: MapMark, b: MapMark): boolean {
  if (!a.citation || a.citation !== b.citation || a.source.kind !== b.source.kind) return false;
  return a.source.kind !== 'directive' || (b.source.kind === 'directive' && a.source.item === b.source.item);
}

/**
 * Incoming marks that are a local mark under another id (both cases proposed it from the same order, or marked the
 * same citation) take the local id, so they compare with it (unchanged or a conflict) instead of doubling it.
 */
function sameMarksAsLocal(incoming: readonly MapMark[], local: readonly MapMark[]): MapMark[] {
  const incomingIds = new Set(incoming.map((m) => m.id));
  const claimed = new Set<string>();
  return incoming.map((mark) => {
    if (local.some((l) => l.id === mark.id)) return mark;
    const twin = local.find((l) => !incomingIds.has(l.id) && !claimed.has(l.id) && sameOrigin(l, mark));
    if (!twin) return mark;
    claimed.add(twin.id);
    return { ...mark, id: twin.id };
  });
}

/**
 * A local mark compared with the incoming one of the same id: where this case does not know the mark's origin (no
 * directive of its own), the incoming origin stands, so an unedited imported mark is not a conflict.
 */
function withOrigin(local: MapMark, incoming: readonly MapMark[]): MapMark {
  const other = incoming.find((m) => m.id === local.id);
  if (!other) return local;
  const unknownSource = local.source.kind === 'directive' && local.source.dockets.length === 0;
  return {
    ...local,
    reason: local.reason ?? other.reason,
    source: unknownSource && other.source.kind === 'directive' ? other.source : local.source,
    label:
      other.label === null && other.source.kind === 'directive' && local.label === other.source.item
        ? null
        : local.label,
  };
}

/** Which side of each conflict the user keeps, by `${filingId}/${markId}`. */
export type ConflictChoices = Record<string, 'local' | 'incoming'>;

export const conflictKey = (filingId: string, markId: string): string => `${filingId}/${markId}`;

/**
 * The stored marks of every filing after the import, given the user's choices (an undecided conflict keeps the
 * local mark). Only filings whose marks change are returned.
 */
export function applyCaseImport(
  plan: CaseImportPlan,
  current: Readonly<Record<string, readonly StoredMark[]>>,
  directives: readonly CaseDirective[],
  choices: ConflictChoices,
): Map<string, StoredMark[]> {
  const out = new Map<string, StoredMark[]>();
  for (const fp of plan.filings) {
    const stored = [...(current[fp.filing.id] ?? [])];
    const { members } = toMapMarks(stored, directives, '');
    let next = stored;
    let changed = false;
    for (const conflict of fp.conflicts) {
      if (choices[conflictKey(fp.filing.id, conflict.markId)] !== 'incoming') continue;
      const drop = new Set(members.get(conflict.markId) ?? []);
      const link = { directives, filingId: fp.filing.id };
      next = [...next.filter((m) => !drop.has(m.id)), ...toStoredMarks(conflict.incoming, !fp.exact, link)];
      changed = true;
    }
    for (const mark of fp.added) {
      next = [...next, ...toStoredMarks(mark, !fp.exact, { directives, filingId: fp.filing.id })];
      changed = true;
    }
    if (changed) out.set(fp.filing.id, next);
  }
  return out;
}
