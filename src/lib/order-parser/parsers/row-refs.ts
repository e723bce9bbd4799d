// RowRefParser: "Rows 1, 2, 6, and 8" of a chart the order reproduces (D. Minn. LR 5.6 joint motions) name its rows' entries.
import type { Block, Row } from '../structure.ts';
import type { DocketRef } from './dockets.ts';

const ROW_MENTION = /\bRows?\s+(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:-|through|to)\s*)\d{1,3})*)\b/g;
const ENTRY = /^(?:(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.)?\s*)?(\d{1,6}(?:-\d{1,4})?)$/;

/** Each row label's docket entries, from tables with a row-number column and a docket column. */
function rowEntries(scan: string, blocks: Block[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const rows = blocks.filter((b): b is Row => b.type === 'row');
  const headers = new Map<number, string[]>();
  for (const row of rows) {
    const cells = row.cells.map((c) => scan.slice(c.start, c.end).trim());
    const header = headers.get(row.table);
    if (!header) {
      if (cells.every((c) => !/\d/.test(c)))
        headers.set(
          row.table,
          cells.map((c) => c.toLowerCase()),
        );
      continue;
    }
    const rowCol = header.findIndex((h) => /^(?:row|item|no\.?|#)$/.test(h));
    const docketCol = header.findIndex((h) => /\b(?:ecf|dkt|docket|doc\.?)(?:\s|$)/.test(h));
    if (rowCol < 0 || docketCol < 0 || rowCol === docketCol) continue;
    const label = /^(\d{1,3})$/.exec(cells[rowCol] ?? '')?.[1];
    const entry = ENTRY.exec(cells[docketCol] ?? '')?.[1];
    if (label && entry && !map.has(label)) map.set(label, [entry]);
  }
  return map;
}

/** The order's docket refs plus one for every mention of chart rows whose entries are all known, sorted by start. */
export function withRowRefs(scan: string, refs: DocketRef[], blocks: Block[]): DocketRef[] {
  const map = rowEntries(scan, blocks);
  if (map.size === 0) return refs;
  const added: DocketRef[] = [];
  const rowSpans = blocks.filter((b) => b.type === 'row');
  for (const m of scan.matchAll(ROW_MENTION)) {
    const start = m.index ?? 0;
    if (rowSpans.some((r) => start >= r.start && start < r.end)) continue;
    const labels: string[] = [];
    const list = m[1] ?? '';
    for (const part of list.matchAll(/(\d{1,3})(?:\s*(?:-|through|to)\s*(\d{1,3}))?/g)) {
      const from = Number(part[1]);
      const to = part[2] ? Number(part[2]) : from;
      for (let k = from; k <= to && k - from < 50; k++) labels.push(String(k));
    }
    const dockets = labels.flatMap((l) => map.get(l) ?? []);
    if (labels.length === 0 || dockets.length !== labels.length) continue;
    added.push({ start, end: start + m[0].length, dockets, pin: [], warnings: [], perDocument: false });
  }
  return added.length === 0 ? refs : [...refs, ...added].sort((a, b) => a.start - b.start);
}
