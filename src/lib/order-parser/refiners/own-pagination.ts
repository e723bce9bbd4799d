// Refiner: "Unless otherwise noted, pin cites are to the internal pagination of the cited document": then "(D.I. 245) at 3-4" means the document's own pages, not the ECF header's.
import type { CitedRange, Directive } from '../../model/directive.ts';
import { sentences } from '../text-tools.ts';

/** A statement about the document's own page numbers. */
const OWN = /\b(?:internal|original|own|native)\s+(?:pagination|page\s+numbers?)\b/gi;
/** Words that make such a statement say the opposite ("the CM/ECF header, not the document's internal pagination"). */
const ECF_WORDS = /\b(?:ECF|PageID|headers?|stamps?|stamped|generated|assigned|blue|system)\b/i;
/** A directive's own words that name ECF pages whatever the order says of its other cites. */
const EXPLICIT_ECF = /\b(?:ECF|CM\/ECF)\s+(?:pages?|pp?\.|header|pagination)|PageID|\bPage\s+\d+\s+of\s+\d+/i;

/** The sentence around `index`, as sentences() splits the text near it. */
function sentenceAround(text: string, index: number): string {
  const near = sentences(text, Math.max(0, index - 240), Math.min(text.length, index + 160));
  const own = near.find((t) => t.start <= index && index < t.end);
  return own ? text.slice(own.start, own.end) : '';
}

/** Whether the order says, and nowhere contradicts, that its page cites are to each document's own pagination. */
function citesOwnPagination(text: string): boolean {
  let said = false;
  for (const m of text.matchAll(OWN)) {
    const at = m.index ?? 0;
    // (Not beside a word on the ECF header, "Doc. __ at __ cites are to the CM/ECF stamp; other page citations are to a
    // document's own pagination", nor about page and line cites or named documents only.)
    if (ECF_WORDS.test(text.slice(Math.max(0, at - 300), at + 200))) return false;
    if (/\blines?\b|\bto\s+the\s+[A-Z]/.test(sentenceAround(text, at))) return false;
    said = true;
  }
  return said;
}

function asOwnPages(r: CitedRange): CitedRange {
  return r.kind === 'ecfPages' ? { kind: 'pages', from: r.from, to: r.to } : r;
}

/** Reads "at N" page cites as the document's own pages where the order says so. */
export function ownPagination(text: string, directives: Directive[]): Directive[] {
  if (!citesOwnPagination(text)) return directives;
  return directives.map((d) =>
    d.ranges.some((r) => r.kind === 'ecfPages') && !EXPLICIT_ECF.test(d.source.text)
      ? { ...d, ranges: d.ranges.map(asOwnPages) }
      : d,
  );
}
