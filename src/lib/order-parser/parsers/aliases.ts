// AliasParser: documents introduced once with their docket ("their motion to compel, lodged at ECF No. 123") and later named only in words.
import type { CitedRange } from '../../model/directive.ts';
import type { DocketRef } from './dockets.ts';
import { parseRangeList } from './ranges.ts';

export interface Alias {
  /** The words that name the document, lower-case ("motion to compel", "reply"). */
  phrase: string;
  dockets: string[];
}

const OWNER = String.raw`(?:the|their|its|his|her|[A-Z][\w.&-]*(?:'s|s'|'))`;
/** "their reply, lodged at ECF No. 130", "Plaintiffs' motion to compel (lodged at ECF No. 123)". */
const INTRODUCED = new RegExp(
  String.raw`\b${OWNER}\s+((?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s*[,(]?\s*(?:which\s+(?:was|is)\s+)?(?:lodged|filed|docketed|located|found)\s+(?:conditionally\s+)?(?:under\s+seal\s+)?at\s*$`,
);
/** Nouns that name a filing; the alias must end with one (or be "motion to …"). */
const HEAD =
  /\b(?:motion\s+to\s+\w+|motion\s+for\s+[\w\s]+|reply|opposition|brief|declaration|certification|affirmation|complaint|answer|report|memorandum|response|petition|transcript|letter|supplement|statement|exhibits?)$/;

/** Documents the order introduces with "lodged at" / "filed at" and a docket. */
export function findAliases(scan: string, refs: DocketRef[]): Alias[] {
  const out: Alias[] = [];
  for (const ref of refs) {
    const m = INTRODUCED.exec(scan.slice(Math.max(0, ref.start - 120), ref.start));
    const phrase = m?.[1]?.trim();
    if (!phrase || !HEAD.test(phrase)) continue;
    if (out.some((a) => a.phrase === phrase)) continue;
    out.push({ phrase, dockets: ref.dockets });
  }
  return out;
}

/** A defined term for documents listed before it: "(1) exhibit 68 to …, ECF No. 55; … (together, the "Exhibits")". */
export interface DefinedTerm {
  term: string;
  items: { dockets: string[]; ranges: CitedRange[] }[];
}

/** A defined term for the sealing motion itself ("Sealing Motion", "Motion to Seal", "Redaction Request"). */
const SEALING_MOTION_TERM =
  /^(?:Motions?|Applications?|Requests?|Stipulations?|Petitions?|Order|Court)$|\b(?:seal\w*|redact\w*|impound\w*|restrict\w*)\b[\w\s]*\b(?:motions?|applications?|requests?|stipulations?)$|^(?:motions?|applications?|requests?|stipulations?)\s+to\s+(?:seal|redact|impound|restrict)/i;

/** A defined term for the parties ("the \"Debtors\"", "the \"Plaintiffs\""), which names no document. */
const PARTY_TERM =
  /^(?:Debtors?|Plaintiffs?|Defendants?|Parties|Movants?|Respondents?|Petitioners?|Claimants?|Lenders?|Purchasers?|Buyers?|Sellers?|Intervenors?|Committee|Trustees?|Companies|Company)$/i;

const DEFINED =
  /\((?:(?:together|collectively|jointly|all),?\s*)?(?:the\s+)?"([A-Z][\w '’-]{0,30}(?:\n[\w '’-]{1,30})?)"\)/g;

/** Defined terms whose list names documents by docket (each with the exhibits it is, when written "exhibit 68 to …"). */
export function findDefinedTerms(scan: string, refs: DocketRef[]): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  const re = new RegExp(DEFINED.source, 'g');
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const term = m[1]?.replace(/\s+/g, ' ').trim() ?? '';
    const at = m.index;
    // '("Motion")' names the motion itself; a defined term for documents groups several ("together, the …").
    if (SEALING_MOTION_TERM.test(term)) continue;
    // ('the above-captioned debtors and debtors in possession (collectively, the "Debtors")': people, not documents.)
    if (PARTY_TERM.test(term)) continue;
    const grouped = /^\((?:together|collectively|jointly|all)\b/i.test(m[0]);
    // 'Dkt. No. 84-3 ("SMF")', 'a Concise Statement of Material Facts ("CSMF") (ECF No. 68)': one document's short name.
    if (!grouped) {
      const right = refs.find((r) => r.end <= at && /^[\s,)\]]*$/.test(scan.slice(r.end, at)));
      // ('Concise Statement of Facts ("CSOF"), [dkt. no. 59,]': the docket after a comma, too.)
      const next = refs.find((r) => r.start > at && /^\s*,?\s*[([]?\s*$/.test(scan.slice(at + m[0].length, r.start)));
      const own = right ?? next;
      if (own) {
        out.push({ term, items: [{ dockets: own.dockets, ranges: [] }] });
        continue;
      }
    }
    // The list runs back to a colon or the sentence's start.
    const back = scan.slice(Math.max(0, at - 1200), at);
    const cut = Math.max(back.lastIndexOf(':'), back.search(/[.!?]\s+[A-Z][^.!?]*$/));
    const listStart = Math.max(0, at - 1200) + (cut >= 0 ? cut + 1 : 0);
    const inside = refs.filter((r) => r.start >= listStart && r.end <= at);
    if (inside.length === 0 || (!grouped && inside.length < 2)) continue;
    let segStart = listStart;
    const items = inside.map((ref) => {
      const segment = scan.slice(segStart, ref.start);
      segStart = ref.end;
      const ex = /\b(?:exhibits?|exs?\.)\s+(?=[A-Z0-9])/i.exec(segment);
      if (!ex) return { dockets: ref.dockets, ranges: [] as CitedRange[] };
      const list = parseRangeList(scan, ref.start - segment.length + ex.index, { limit: ref.start });
      const joined = list && /^\s+(?:to|of|attached\s+to|in)\b/i.test(scan.slice(list.end, list.end + 15));
      const ranges = joined ? list.ranges.filter((r) => r.kind === 'exhibits') : [];
      return { dockets: ref.dockets, ranges };
    });
    out.push({ term, items });
  }
  // '(the "Raman Declaration," Docket No. 412)': the term and the docket in one parenthetical.
  const inside = /\((?:the\s+)?"([A-Z][\w .&'-]{0,30}?(?:\n[\w .&'-]{1,30}?)?),?"\s*,?\s*(?=[^()]{0,40}\d)/g;
  for (let m = inside.exec(scan); m; m = inside.exec(scan)) {
    const term = m[1]?.replace(/\s+/g, ' ').trim() ?? '';
    if (SEALING_MOTION_TERM.test(term)) continue;
    const close = scan.indexOf(')', m.index);
    const own = refs.find((r) => r.start >= m.index + m[0].length && r.end <= close);
    if (own && !out.some((t) => t.term === term)) out.push({ term, items: [{ dockets: own.dockets, ranges: [] }] });
  }
  // ('a brief (ECF No. 72, the "Brief")': the docket, then the term, in one parenthetical.)
  for (const ref of refs) {
    const m = DOCKET_THEN_TERM.exec(scan.slice(ref.end, ref.end + 50));
    const term = m?.[1]?.replace(/\s+/g, ' ').trim() ?? '';
    if (!term || SEALING_MOTION_TERM.test(term) || PARTY_TERM.test(term) || out.some((t) => t.term === term)) continue;
    out.push({ term, items: [{ dockets: ref.dockets, ranges: [] }] });
  }
  return out;
}

const DOCKET_THEN_TERM = /^\s*[,;]\s*(?:the\s+)?"([A-Z][\w .&'’-]{0,30}?),?"\s*\)/;

export interface AliasTarget {
  /** Where the document is named in the sentence. */
  start: number;
  end: number;
  dockets: string[];
  title: string;
  ranges: CitedRange[];
}

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The documents a ruling sentence names only in words: "the following exhibits attached to Plaintiffs' motion to compel:
 * 1 Exhibit 1 …; 2 Exhibit 3 …" (exhibits of the alias), "Exhibit 2 or Plaintiffs' reply" (the whole reply). `parent` is
 * the alias whose exhibits the previous sentence listed, for exhibits named bare.
 */
export function aliasTargets(
  scan: string,
  from: number,
  to: number,
  aliases: Alias[],
  parent: Alias | null,
  terms: DefinedTerm[] = [],
): { targets: AliasTarget[]; parent: Alias | null } {
  const text = scan.slice(from, to);
  const targets: AliasTarget[] = [];
  // "sealing of the Exhibits is warranted": every document the defined term lists.
  for (const { term, items } of terms) {
    const m = new RegExp(String.raw`\b(?:the|such|these|those)\s+${escape(term)}\b`).exec(text);
    if (!m) continue;
    for (const item of items)
      targets.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        dockets: item.dockets,
        title: term,
        ranges: item.ranges,
      });
    return { targets, parent };
  }
  let exhibitParent = parent;
  const wholes: { alias: Alias; start: number; end: number }[] = [];
  for (const alias of aliases) {
    const re = new RegExp(
      String.raw`(\b(?:attached\s+to|to|of)\s+)?(?:[A-Z][\w.&-]*\s+){0,3}\b${OWNER}\s+${escape(alias.phrase)}\b`,
      'g',
    );
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[1]) exhibitParent = alias;
      else wholes.push({ alias, start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  // Exhibits named in the sentence belong to the document they are attached to.
  const exhibits: CitedRange[] = [];
  let firstExhibit = -1;
  const ex = /\b(?:Exhibits?|Exs?\.)\s+(?=[A-Z0-9])/g;
  for (let m = ex.exec(text); m; m = ex.exec(text)) {
    const list = parseRangeList(scan, from + m.index, { limit: to });
    if (!list) continue;
    const own = list.ranges.filter((r) => r.kind === 'exhibits');
    if (own.length === 0) continue;
    if (firstExhibit < 0) firstExhibit = from + m.index;
    exhibits.push(...own);
    ex.lastIndex = Math.max(ex.lastIndex, list.end - from);
  }
  if (exhibits.length > 0 && exhibitParent)
    targets.push({
      start: firstExhibit,
      end: firstExhibit + 1,
      dockets: exhibitParent.dockets,
      title: `Exhibits to the ${exhibitParent.phrase}`,
      ranges: exhibits,
    });
  for (const w of wholes)
    targets.push({
      start: w.start,
      end: w.end,
      dockets: w.alias.dockets,
      title: scan.slice(w.start, w.end),
      ranges: [],
    });
  return { targets: targets.sort((a, b) => a.start - b.start), parent: exhibitParent };
}
