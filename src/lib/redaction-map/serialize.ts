// Domain → redaction-map envelope, and the import plan that never overwrites a local edit without showing the conflict.
import { MAP_FORMAT_TYPE, MAP_FORMAT_VERSION, type MapDocument, type MapMark, type RedactionMap } from './schema.ts';

export interface NewMapInput {
  source: string;
  createdAt: string;
  createdBy?: string | null;
  case: RedactionMap['case'];
  order?: RedactionMap['order'];
  directives?: RedactionMap['directives'];
  documents: MapDocument[];
}

export function createRedactionMap(input: NewMapInput): RedactionMap {
  return {
    type: MAP_FORMAT_TYPE,
    version: MAP_FORMAT_VERSION,
    source: input.source,
    createdAt: input.createdAt,
    createdBy: input.createdBy ?? null,
    case: input.case,
    order: input.order ?? null,
    directives: input.directives ?? [],
    documents: input.documents,
  };
}

export function serializeRedactionMap(map: RedactionMap): string {
  return JSON.stringify(map, null, 2) + '\n';
}

export interface MarkConflict {
  documentId: string;
  markId: string;
  local: MapMark;
  incoming: MapMark;
}

export interface ImportPlan {
  /** The merged result, with every conflicting mark kept as the local version until the user decides. */
  merged: MapDocument[];
  added: number;
  unchanged: number;
  conflicts: MarkConflict[];
}

/** Marks are equal when everything a user can edit about them is equal. */
function sameMark(a: MapMark, b: MapMark): boolean {
  const editable = (m: MapMark) =>
    JSON.stringify([m.status, m.citation, m.ranges, m.regions, m.reason, m.label, m.source]);
  return editable(a) === editable(b);
}

/**
 * Plans importing `incoming` documents over `local` ones (matched by SHA-256, then by docket): new marks are added,
 * identical marks are left alone, and a mark that differs from the local one of the same id is a conflict the
 * user resolves; the plan itself changes nothing.
 */
export function planImport(local: MapDocument[], incoming: MapDocument[]): ImportPlan {
  const merged = local.map((doc) => ({ ...doc, marks: [...doc.marks] }));
  const conflicts: MarkConflict[] = [];
  let added = 0;
  let unchanged = 0;
  for (const doc of incoming) {
    const target =
      merged.find((d) => d.sha256 === doc.sha256) ??
      merged.find((d) => d.dockets.some((docket) => doc.dockets.includes(docket)));
    if (!target) {
      merged.push({ ...doc, marks: [...doc.marks] });
      added += doc.marks.length;
      continue;
    }
    for (const mark of doc.marks) {
      const existing = target.marks.find((m) => m.id === mark.id);
      if (!existing) {
        target.marks.push(mark);
        added++;
      } else if (sameMark(existing, mark)) unchanged++;
      else conflicts.push({ documentId: target.id, markId: mark.id, local: existing, incoming: mark });
    }
  }
  return { merged, added, unchanged, conflicts };
}
