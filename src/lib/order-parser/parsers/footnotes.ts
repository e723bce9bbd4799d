// FootnoteCiteParser: footnotes that only cite a docket ("4 Rec. Doc. 40-1.") stand in for their markers ("a memorandum4").
import { findDocketRefs, type DocketRef } from './dockets.ts';

/** A footnote line at the foot of a page: its number, then only a docket cite. */
const CITE_NOTE =
  /^[ \t]*(\d{1,2})[ \t]+(?=(?:Rec|R|ECF|Dkts?|Docs?|D\.E|D\.I|Docket|Document)\b[\w. ]{0,12}?\d)([^\n]*)$/gm;
/** What a cite-only footnote may hold besides its refs. */
const ONLY_CITES = /^[\s.,;&]*(?:(?:and|at|p|pp|page|pages)[\s.,;]*)*$/i;
/** A footnote marker glued to the word or punctuation it follows ("memorandum4", "attached.5", "(\"Gulf Coast\").1"). */
// (Not the digits after a number's point or colon: "Local Rule 5.6", "57:20-58:3 of Exhibit D".)
// (The digit lookahead first: the lookbehinds are then tried only at digits.)
const MARKER = /(?=\d)(?<=[A-Za-z)"'.,;:])(?<!\d[.,;:])(\d{1,2})(?=[\s.,;:)]|$)/g;

/**
 * Docket refs with the footnote cites moved onto their markers: each marker of a footnote that only cites a docket
 * becomes a ref to it, so "has filed a memorandum4 and the Declaration … attached.5" reads as if the dockets were inline.
 * The footnote lines' own refs are dropped (they are where the cites are printed, not what the order acts on).
 */
export function withFootnoteCites(text: string, refs: DocketRef[], notesText: string = text): DocketRef[] {
  const notes = new Map<string, DocketRef>();
  const noteLines: [number, number][] = [];
  // (The notes may be read from the text before footnotes were set aside: "____" / "4 R. Doc. 61-3." at the end.)
  const re = new RegExp(CITE_NOTE.source, 'gm');
  for (let m = re.exec(notesText); m; m = re.exec(notesText)) {
    const bodyStart = m.index + m[0].length - (m[2] ?? '').length;
    const end = m.index + m[0].length;
    const own =
      notesText === text
        ? refs.filter((r) => r.start >= bodyStart && r.end <= end)
        : findDocketRefs(notesText, bodyStart, end);
    if (own.length !== 1) continue;
    const ref = own[0] as DocketRef;
    // "10 Rec. Doc. 40-1 at 7-9." is a pin cite to the record, support for a finding: no document named at the marker.
    if (ref.pin.length > 0) continue;
    const rest = notesText.slice(bodyStart, ref.start) + notesText.slice(ref.end, end);
    if (!ONLY_CITES.test(rest)) continue;
    notes.set(m[1] ?? '', ref);
    noteLines.push([m.index, end]);
  }
  if (notes.size === 0) return refs;
  const kept = refs.filter((r) => !noteLines.some(([s, e]) => r.start >= s && r.end <= e));
  const out = [...kept];
  const marker = new RegExp(MARKER.source, 'g');
  for (let m = marker.exec(text); m; m = marker.exec(text)) {
    const note = notes.get(m[1] ?? '');
    if (!note) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (noteLines.some(([s, e]) => start >= s && start < e)) continue;
    if (refs.some((r) => start < r.end && end > r.start)) continue;
    out.push({ start, end, dockets: note.dockets, pin: [], warnings: note.warnings, perDocument: note.perDocument });
  }
  return out.sort((a, b) => a.start - b.start);
}
