// RowRefParser: "Rows 1, 2, 6, and 8" or "Items 3 and 5 of Schedule A" of a chart the order reproduces (D. Minn. LR 5.6
// joint motions, N.J. R. 1:38-11 schedules) name those rows' entries and, where the chart says, their parts.
import type { CitedRange } from '../../model/directive.ts';
import type { Block, Row } from '../structure.ts';
import { findDocketRefs, type DocketRef } from './dockets.ts';
import { nextRangeStart, parseRangeList } from './ranges.ts';

const ROW_MENTION =
  /\b(?:Rows?|Items?)\s+(\d{1,3}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:-|through|to)\s*)\d{1,3})*)\b/g;
const ENTRY = /^(?:(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.)?\s*)?(\d{1,6}(?:-\d{1,4})?)$/;
/** A New Jersey eCourts transaction ID written bare in a "Trans ID" column ("(LCV20241102958)"). */
const TRANSACTION_ID = /\b([A-Z]{3}\d{8,14})\b/;

interface RowEntry {
  dockets: string[];
  parts: CitedRange[];
}

type Cell = Row['cells'][number];

/** A cell's text, its wrapped pieces included, with the offset of each piece. */
function pieces(cell: Cell | undefined): { start: number; end: number }[] {
  return cell ? [{ start: cell.start, end: cell.end }, ...(cell.more ?? [])] : [];
}

/** Each row label's docket entries and parts, from tables with a row-number column and a column naming the entry. */
function rowEntries(scan: string, blocks: Block[]): Map<string, RowEntry> {
  const map = new Map<string, RowEntry>();
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
    const docketCol = header.findIndex((h) => /\b(?:ecf|dkt|docket|doc\.?|trans(?:action)?\.?\s*id|filing)\b/.test(h));
    const partCol = header.findIndex((h) =>
      /\b(?:material|portions?|pages?|lines?|paragraphs?|scope|sought)\b/.test(h),
    );
    if (rowCol < 0 || docketCol < 0 || rowCol === docketCol) continue;
    const label = /^(\d{1,3})$/.exec(cells[rowCol] ?? '')?.[1];
    if (!label || map.has(label)) continue;
    let dockets: string[] = [];
    for (const piece of pieces(row.cells[docketCol])) {
      const text = scan.slice(piece.start, piece.end).trim();
      const refs = findDocketRefs(scan, piece.start, piece.end);
      const found = refs.length
        ? refs.flatMap((r) => r.dockets)
        : [ENTRY.exec(text)?.[1] ?? TRANSACTION_ID.exec(text)?.[1]].filter((d): d is string => !!d);
      if (found.length > 0) {
        dockets = found;
        break;
      }
    }
    if (dockets.length !== 1) continue;
    const parts: CitedRange[] = [];
    if (partCol >= 0 && partCol !== docketCol) {
      const cell = row.cells[partCol];
      const text = cell ? scan.slice(cell.start, cell.end) : '';
      const start = nextRangeStart(text, 0);
      const list = cell && start ? parseRangeList(scan, cell.start + start.index, { at: true, limit: cell.end }) : null;
      if (list) parts.push(...list.ranges);
    }
    map.set(label, { dockets, parts });
  }
  return map;
}

/** The order's docket refs plus one for every chart row a sentence names by number, sorted by start. */
/** The runs of numbers a list names ("1, 2, 6, and 8", "3 through 5"), each with where it stands in the list. */
export function numberRuns(list: string): { from: number; to: number; index: number; length: number }[] {
  return [...list.matchAll(/(\d{1,3})(?:\s*(?:-|through|to)\s*(\d{1,3}))?/g)].map((part) => ({
    from: Number(part[1]),
    to: part[2] ? Number(part[2]) : Number(part[1]),
    index: part.index ?? 0,
    length: part[0].length,
  }));
}

export function withRowRefs(scan: string, refs: DocketRef[], blocks: Block[]): DocketRef[] {
  const map = rowEntries(scan, blocks);
  if (map.size === 0) return refs;
  const added: DocketRef[] = [];
  const rowSpans = blocks.filter((b) => b.type === 'row');
  for (const m of scan.matchAll(ROW_MENTION)) {
    const start = m.index ?? 0;
    if (rowSpans.some((r) => start >= r.start && start < r.end)) continue;
    const listAt = start + m[0].length - (m[1] ?? '').length;
    const mine: DocketRef[] = [];
    for (const run of numberRuns(m[1] ?? '')) {
      const at = listAt + run.index;
      for (let k = run.from; k <= run.to && k - run.from < 50; k++) {
        const entry = map.get(String(k));
        if (!entry) break;
        mine.push({
          // The first row named takes the word "Row"/"Item" with it.
          start: mine.length === 0 ? start : at,
          end: at + run.length,
          dockets: entry.dockets,
          pin: entry.parts,
          warnings: [],
          perDocument: false,
        });
      }
    }
    added.push(...mine);
  }
  return added.length === 0 ? refs : [...refs, ...added].sort((a, b) => a.start - b.start);
}
