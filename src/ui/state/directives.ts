// Pure helpers for the order panel: parser output → reviewable directives, links to filings, groups, what is missing.
import type { Directive, ParsedOrder } from '../../lib/model/directive.ts';
import type { CaseDirective, DocumentRecord } from '../../platform/storage/types.ts';

/** Normalises a docket for comparison: "ECF No. 062-01" → "62-1". */
export function docketKey(docket: string): string {
  const m = /(\d+)(?:\s*-\s*(\d+))?/.exec(docket);
  if (!m?.[1]) return docket.trim().toLowerCase();
  const main = String(Number(m[1]));
  return m[2] !== undefined && Number(m[2]) > 0 ? `${main}-${Number(m[2])}` : main;
}

/** The case's filing for a directive: the first of its dockets that a filing carries. */
export function filingFor(
  directive: Pick<Directive, 'dockets'>,
  documents: readonly DocumentRecord[],
): DocumentRecord | null {
  for (const docket of directive.dockets) {
    const key = docketKey(docket);
    const found = documents.find((d) => d.docket !== null && docketKey(d.docket) === key);
    if (found) return found;
  }
  return null;
}

/** Parser output → directives to review: none confirmed yet, each linked to its filing where the docket matches. */
export function toCaseDirectives(
  parsed: ParsedOrder,
  documents: readonly DocumentRecord[],
  newId: () => string = () => crypto.randomUUID(),
): CaseDirective[] {
  return parsed.directives.map((d) => ({
    ...d,
    id: newId(),
    confirmed: false,
    documentId: filingFor(d, documents)?.id ?? null,
  }));
}

/** Links still-unlinked directives whose docket now has a filing (after filings were added or re-numbered). */
export function relink(directives: readonly CaseDirective[], documents: readonly DocumentRecord[]): CaseDirective[] {
  const ids = new Set(documents.map((d) => d.id));
  return directives.map((d) => {
    if (d.documentId && ids.has(d.documentId)) return d;
    return { ...d, documentId: filingFor(d, documents)?.id ?? null };
  });
}

export interface DocketGroup {
  key: string;
  dockets: string[];
  directives: CaseDirective[];
}

/** Directives grouped by the dockets they name, in the order the order names them. */
export function groupByDocket(directives: readonly CaseDirective[]): DocketGroup[] {
  const groups = new Map<string, DocketGroup>();
  for (const d of directives) {
    const key = d.dockets.map(docketKey).join(' & ') || '(no docket)';
    let group = groups.get(key);
    if (!group) {
      group = { key, dockets: d.dockets, directives: [] };
      groups.set(key, group);
    }
    group.directives.push(d);
  }
  return [...groups.values()];
}

/** Dockets the order seals that have no filing in the case yet (denied directives need nothing). */
export function filingsStillNeeded(
  directives: readonly CaseDirective[],
  documents: readonly DocumentRecord[],
): { docket: string; document: string }[] {
  const have = new Set(documents.filter((d) => d.docket).map((d) => docketKey(d.docket ?? '')));
  const needed = new Map<string, { docket: string; document: string }>();
  for (const d of directives) {
    if (d.disposition !== 'redact' || d.documentId) continue;
    for (const docket of d.dockets) {
      const key = docketKey(docket);
      if (!have.has(key) && !needed.has(key)) needed.set(key, { docket, document: d.document });
    }
  }
  return [...needed.values()];
}

export interface TextPiece {
  text: string;
  /** Directive ids whose source span covers this piece (empty: plain text). */
  ids: string[];
}

/** Cuts the order text into plain pieces and pieces covered by directives' source spans (for highlighting). */
export function highlightPieces(text: string, directives: readonly CaseDirective[]): TextPiece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const d of directives) {
    if (d.manual) continue;
    cuts.add(Math.max(0, Math.min(text.length, d.source.start)));
    cuts.add(Math.max(0, Math.min(text.length, d.source.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const ids = directives.filter((d) => !d.manual && d.source.start <= start && d.source.end >= end).map((d) => d.id);
    pieces.push({ text: text.slice(start, end), ids });
  }
  return pieces;
}
