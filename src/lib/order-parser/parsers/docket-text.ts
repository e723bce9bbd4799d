// DocketTextRefParser: in docket-sheet entries pasted as text, CM/ECF writes other entries as bare numbers ("granting 52
// Motion", "GRANTED as to 53-2", "the memorandum 53", "unseal 61-1", "the 65 Transcript").
import type { Block } from '../structure.ts';
import type { DocketRef } from './dockets.ts';

/** A docket-sheet entry: its date, then its own number. */
const ENTRY_START = /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+(\d{1,5})\s+/;
/** "53-2": an attachment, written bare. */
const ATTACHMENT = /(?<![\w.:/#§-])(\d{1,5})-(\d{1,3})(?![\w:/-])/g;
/** "re 50 MOTION", "the 65 Transcript", "the memorandum 53 in its entirety", "unseal 61": an entry, written bare. */
const ENTRY =
  /(?<=\b(?:re|the|court's|memorandum|transcript|brief|unseal|seal|granting|denying)\s+)(\d{1,5})(?=\s+(?:[A-Z][A-Za-z]+\b|in\s+its\s+entirety\b)|[,.;)](?:\s|$))/gi;
/** Words before a number that make it a locator, a rule or a date, not an entry (also the next number of a list: "pages
 * 3, 7-8", "41, 47-48", "pages 3 and 7-9"). */
const NOT_ENTRY =
  /(?:\b(?:pages?|pp?\.|lines?|ll\.|paragraphs?|paras?\.|at|Rule|Rules|U\.S\.C\.|No\.|Nos\.|Exhibits?|Ex\.|dated|on|in|of)\s*|[¶§]{1,2}\s*|\d{1,2}\/\d{1,2}\/|:|\d,\s*|(?:pages?|pp?\.|lines?|paragraphs?|paras?\.|¶{1,2})\s*\d{1,4}(?:-\d{1,4})?,?\s+(?:and|or|&)\s+)$/i;

/** The order's docket refs plus the bare entry numbers of docket-sheet entries, sorted by start. */
export function withDocketTextRefs(scan: string, refs: DocketRef[], blocks: Block[]): DocketRef[] {
  const added: DocketRef[] = [];
  const taken = (start: number, end: number) =>
    refs.some((r) => start < r.end && end > r.start) || added.some((r) => start < r.end && end > r.start);
  for (const block of blocks) {
    if (block.type !== 'para') continue;
    const text = scan.slice(block.start, block.end);
    const own = ENTRY_START.exec(text);
    if (!own) continue;
    const from = block.start + own[0].length;
    const body = scan.slice(from, block.end);
    // An entry can only name entries filed before it: "945-46" in a case cite, a year, an "AR 1422-25" page run are none.
    const before = (entry: string) => Number(entry.split('-')[0]) < Number(own[1]);
    for (const m of body.matchAll(ATTACHMENT)) {
      const start = from + (m.index ?? 0);
      const end = start + m[0].length;
      if (!before(m[0]) || NOT_ENTRY.test(body.slice(Math.max(0, (m.index ?? 0) - 24), m.index)) || taken(start, end))
        continue;
      added.push({ start, end, dockets: [m[0]], pin: [], warnings: [], perDocument: false });
    }
    for (const m of body.matchAll(ENTRY)) {
      const start = from + (m.index ?? 0);
      const end = start + m[0].length;
      if (!before(m[0]) || taken(start, end)) continue;
      // "granting 76 Defendant's Unopposed Motion to Seal …": the motion ruled on, not a document.
      if (
        /^\s+(?:[A-Z][\w'’.]*\s+){0,4}(?:MOTION|Motion|APPLICATION|Application|STIPULATION|Stipulation)\b/.test(
          scan.slice(end, end + 60),
        )
      )
        continue;
      added.push({ start, end, dockets: [m[0]], pin: [], warnings: [], perDocument: false });
    }
  }
  return added.length === 0 ? refs : [...refs, ...added].sort((a, b) => a.start - b.start);
}
