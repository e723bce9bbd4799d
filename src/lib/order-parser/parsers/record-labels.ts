// RecordLabelParser: an order that cites no docket entries but numbers the records itself ("Item 1: Limestone Block Supply Agreement", "Record 2 - …", "Tab 4, Termination Letter") names each record by that label.
import type { DocketRef } from './dockets.ts';

/** A label the order gives its records, with its number: "Item 2", "Record 1", "Tab 4". */
const LABEL = /\b(Items?|Records?|Tabs?)\s+(\d{1,2})\b(?![-:.]\d)/g;
/** More numbers after the first: "Items 1, 3, 4, and 5", "Record 2 and Record 3", "Records 1 and 4". */
const MORE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:(?:Items?|Records?|Tabs?)\s+)?(\d{1,2})\b(?![-:.]\d)/;

/**
 * Records named by the order's own labels, as entries numbered by the label ("Item 2" → entry "2"). Only where the order
 * cites no docket entries at all (Indiana's chronological case summary numbers no filings) and gives at least three
 * records a label of one kind: elsewhere "Item 3 of Schedule A" or "Tab 4" of an appendix is a part, not a record.
 */
export function withRecordLabels(scan: string, refs: DocketRef[]): DocketRef[] {
  if (refs.length > 0) return refs;
  // Each mention with its kind ("item", "record", "tab"), read once.
  const mentions = [...scan.matchAll(LABEL)].map((m) => ({ m, kind: (m[1] ?? '').toLowerCase().replace(/s$/, '') }));
  const byKind = new Map<string, Set<string>>();
  for (const { m, kind } of mentions) byKind.set(kind, (byKind.get(kind) ?? new Set<string>()).add(m[2] ?? ''));
  const kinds = [...byKind.entries()].filter(([, numbers]) => numbers.size >= 3).map(([kind]) => kind);
  if (kinds.length !== 1) return refs;
  const out: DocketRef[] = [];
  for (const { m, kind } of mentions) {
    if (kind !== kinds[0]) continue;
    const start = m.index ?? 0;
    // (A number already read as "… and Record 3" after an earlier mention.)
    if (start < (out[out.length - 1]?.end ?? 0)) continue;
    let end = start + m[0].length;
    const dockets = [m[2] ?? ''];
    for (let more = MORE.exec(scan.slice(end, end + 40)); more; more = MORE.exec(scan.slice(end, end + 40))) {
      dockets.push(more[1] ?? '');
      end += more[0].length;
    }
    out.push({ start, end, dockets, pin: [], warnings: [], perDocument: false });
  }
  return out;
}
