// Printed page numbers (footer/header "2", "- 2 -", "Page 2 of 35") and the CM/ECF header stamp ("… Document 62 Filed … Page 6 of 35").
import { groupRows, type Word } from './words.ts';

export interface EcfStamp {
  /** The docket entry as stamped, e.g. "62" or "129-3". */
  document: string;
  page: number;
  total: number;
  /** Frame v of the stamp's baseline, so its row is not read as a footer/header number. */
  base: number;
}

export interface PrintedCandidate {
  value: number;
  /** Where on the page: 'top' or 'bottom', and horizontal third 0 (left) 1 (centre) 2 (right). */
  slot: string;
}

const ECF =
  /\bCase\s+\S+\s+(?:\S+\s+){0,3}?Doc(?:ument|\.)?\s*#?\s*:?\s*(\d+(?:-\d+)?)\s+(?:\S+\s+){0,6}?Page\s*:?\s*(\d+)\s+of\s+(\d+)/i;

/** Reads the ECF stamp from the page's rows (the one nearest the top). */
export function findEcfStamp(words: Word[]): EcfStamp | null {
  const candidates = words.filter((w) => !w.offAxis);
  if (candidates.length === 0) return null;
  const rows = groupRows(candidates);
  for (const row of rows) {
    const text = row.map((w) => w.text).join(' ');
    if (!/Case/i.test(text) || !/Page/i.test(text)) continue;
    const m = ECF.exec(text);
    if (m) {
      const page = Number(m[2]);
      const total = Number(m[3]);
      if (page >= 1 && page <= total) {
        const base = row.reduce((s, w) => s + w.base, 0) / row.length;
        return { document: m[1]!, page, total, base };
      }
    }
  }
  return null;
}

const PLAIN = /^(?:page\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const EMBEDDED = /\bpage\s+(\d{1,4})\s+of\s+\d{1,4}\b/i;

/** Splits a row into segments at gaps wider than three font sizes (so a centred "2" and a title on the same baseline part). */
function segments(row: Word[]): Word[][] {
  const out: Word[][] = [];
  let cur: Word[] = [];
  for (const w of row) {
    const prev = cur[cur.length - 1];
    if (prev && w.u0 - prev.u1 > 3 * Math.max(prev.size, w.size)) {
      out.push(cur);
      cur = [];
    }
    cur.push(w);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Printed-page-number candidates among words outside the numbered text area: rows above `top` or below `bottom`
 * (frame v), skipping the ECF stamp's row.
 */
export function findPrintedCandidates(
  words: Word[],
  area: { top: number; bottom: number; left: number; right: number },
  ecfBase: number | null,
): PrintedCandidate[] {
  const outside = words.filter((w) => !w.offAxis && (w.vc > area.top || w.vc < area.bottom));
  if (outside.length === 0) return [];
  const out: PrintedCandidate[] = [];
  const width = area.right - area.left || 1;
  for (const row of groupRows(outside)) {
    const base = row[0]!.base;
    if (ecfBase !== null && Math.abs(base - ecfBase) < 2) continue;
    const where = row[0]!.vc > area.top ? 'top' : 'bottom';
    for (const seg of segments(row)) {
      const text = seg.map((w) => w.text).join(' ');
      const m = PLAIN.exec(text) ?? EMBEDDED.exec(text);
      if (!m) continue;
      const value = Number(m[1]);
      if (!(value >= 1)) continue;
      const mid = (seg[0]!.u0 + seg[seg.length - 1]!.u1) / 2;
      const third = Math.max(0, Math.min(2, Math.floor(((mid - area.left) / width) * 3)));
      out.push({ value, slot: `${where}-${third}` });
    }
  }
  // Footers first, then headers.
  out.sort((a, b) => (a.slot.startsWith('bottom') ? 0 : 1) - (b.slot.startsWith('bottom') ? 0 : 1));
  return out;
}
