// Small text helpers of the parser: sentences, parentheses, titles written before a docket reference.
import { BoundedCache } from '../util/bounded-cache.ts';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'no nos dkt dkts doc docs ex exs exh exhs decl decls mem auth opp supp inc co corp v vs id p pp f ltd mr ms mrs dr fed ' +
    'r civ cal nev n fn para paras e.g i.e ct app cir jr sr st tr mot pl pls def defs resp u.s l.l.c s.ct d dist sec cf al ' +
    "see hr'g ass'n nat'l dep depo aff att'y mtn req ord admin stip prelim inj emerg sched amend am compl ans ctr intl int'l " +
    'corr dba assoc bros dept gov govt hon l.p llc n.a s.a seq cert est trans summ br rec vol vols aplt aple ' +
    // (Titles before a name: "its director of operations, Ing. Wilfredo Acevedo-Lugo", "Lic. Ortiz", "Prof. Reyes".)
    'ing lic licda dra sra srta prof messrs capt sgt lt col gen rev'
  ).split(' '),
);

/** Sentences of [start, end): split at ". " before a capital or "(", except after abbreviations and initials. */
export function sentences(text: string, start: number, end: number): Span[] {
  // The same spans are split again and again while one order is read: once each.
  if (sentenceCache.text !== text) sentenceCache = { text, spans: new Map() };
  const key = start * 1e7 + end;
  const known = sentenceCache.spans.get(key);
  if (known) return known.map((s) => ({ ...s }));
  const out = splitSentences(text, start, end);
  sentenceCache.spans.set(key, out);
  return out.map((s) => ({ ...s }));
}
let sentenceCache: { text: string; spans: Map<number, Span[]> } = { text: '', spans: new Map() };

// (A bare entry only: "[R. 57 at 3-4.]" is a sentence of its own that cites where something is.)
// ("… Quincy's 2022 rebate program guide. [ECF Nos. 134-3, 134-4]. The Court finds …": several, and a period of its own;
// S.D. Ind.'s "… Gerald Kessler. [Filing No. 80-5.] Tri-State asks …", the period inside.)
const TRAILING_CITE =
  /^\[(?:Record\s+Nos?\.|R\.|D\.?E\.?|Doc\.(?:\s+Nos?\.)?|ECF(?:\s+Nos?\.)?|Filing\s+Nos?\.|Dkt\.(?:\s+Nos?\.)?)\s*\d{1,5}(?:-\d{1,4})?(?:\s*(?:,|and|through|to)\s*\d{1,5}(?:-\d{1,4})?)*\.?\]\.?\s+(?=[A-Z])/;

/** A verb that lets an item run into a paragraph say something of its own. */
const INLINE_ITEM_VERB = /\b(?:is|are|shall|will|may|must)\b/;

function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  // Decretal paragraphs joined by semicolons ("…; and it is further ORDERED, that …") are sentences too, and so are the
  // items of a list run into one paragraph ("… as follows: (1) the proposed redactions … are APPROVED; (2) the proposed
  // redaction at 40:1-41:25 is REJECTED, …"), and so is a party's leave after a colon ("… the deposition of Plaintiff:
  // Defendant may redact 14:3-9 …"). (Each lookbehind comes after a literal, so it is tried only where that
  // literal is.)
  const re =
    /(?:[.!?](?<=[a-z)\]"'][.!?])["')\]]*\d(?=\s)|[.!?]["')\]]*)\s+(?=["'([]?[A-Z]|[([])|;\s*(?:and\s+)?(?:it\s+is\s+)?(?:further\s+)?(?=(?:(?:FURTHER\s+)?ORDERED|IT\s+IS\s+(?:FURTHER\s+)?ORDERED)\b)|;\s*(?:and\s+)?(?:it\s+is\s+)?further\s*\n\s*|\n(?<=\bhereby\s*\n)\s*(?=ORDERED\b)|[;:]\s*(?:and\s+)?(?=\(\d{1,2}\)\s+(?:the|that|this|its|[A-Z]))(?<=(?:;|\bfollows\s*:)\s*(?:and\s+)?)|:\s+(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:(?:may|shall|must)\s+redact|may\s+(?:file|seal))\b)/g;
  re.lastIndex = start;
  let from = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (text[m.index] === '.') {
      const wordStart = Math.max(text.lastIndexOf(' ', m.index - 1), text.lastIndexOf('\n', m.index - 1)) + 1;
      const word = text
        .slice(wordStart, m.index)
        .replace(/^[("'[]+/, '')
        .toLowerCase();
      // (Also a court's dotted initials: "D.N.J. LBR 9018-1".) (Not an exhibit's letter: "… the rebate figures from
      // Exhibit D. The motion is …".)
      const exhibitLetter =
        /^[A-Z]$/.test(text.slice(wordStart, m.index)) &&
        /\b(?:Exhibits?|Exs?\.|Appendix|Attachments?|Schedules?|Tabs?|Annex)\s+(?:[A-Z]\s*(?:,|and|or|through|-|–)\s*)*$/.test(
          text.slice(Math.max(0, wordStart - 40), wordStart),
        );
      // ("… the same interest identified in Part I.A. Merrimack's motion is granted …": a section's number, not initials.)
      const sectionNumber = /\b(?:Parts?|Sections?)\s+[IVX]{1,5}\.[A-Z](?:\.\d{1,2})?$/.test(
        text.slice(Math.max(0, wordStart - 12), m.index),
      );
      if (
        !exhibitLetter &&
        !sectionNumber &&
        (/^(?:[a-z]\.)*[a-z]$/.test(word) || ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, '')))
      )
        continue;
    }
    // (An item run into the paragraph is a sentence only when it says something of its own: "(1) the proposed redactions
    // … are APPROVED; (2) …", not "The following documents shall be filed under seal: (1) the unredacted version …; and
    // (2) Exhibits 4, 5, and 11 …", whose items the lead-in rules on.)
    if (/^[;:]\s*(?:and\s+)?$/.test(m[0]) && /^\(\d{1,2}\)\s/.test(text.slice(m.index + m[0].length))) {
      // (Before a ";", the item just read; after "as follows:", the first one, up to its own ";".)
      const after = m.index + m[0].length;
      const stop = text.indexOf(';', after);
      const item =
        text[m.index] === ';' ? text.slice(from, m.index) : text.slice(after, stop < 0 || stop > end ? end : stop);
      const own = item.slice(Math.max(0, item.search(/\(\d{1,2}\)\s/)));
      if (!INLINE_ITEM_VERB.test(own)) continue;
    }
    let cut = m.index + m[0].length;
    // "… objecting to the sealing of the mine map. [Record No. 97] The motion will be granted …" (E.D. Ky.): a record cite
    // set after the period belongs to the sentence before it.
    const trailing = TRAILING_CITE.exec(text.slice(cut, Math.min(end, cut + 50)));
    if (trailing) {
      cut += trailing[0].length;
      re.lastIndex = cut;
    }
    out.push({ start: from, end: cut });
    from = cut;
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

export interface Paren {
  open: number;
  close: number;
}

/** Matched parentheses of [start, end) (an unclosed one runs to `end`). */
export function parens(text: string, start: number, end: number): Paren[] {
  const out: Paren[] = [];
  const stack: number[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') stack.push(i);
    else if ((ch === ')' || ch === ']') && stack.length > 0) out.push({ open: stack.pop() ?? i, close: i });
  }
  for (const open of stack) out.push({ open, close: end });
  return out.sort((a, b) => a.open - b.open);
}

export type ParenKind = 'docket' | 'see' | 'description';

/** A short form ("Etchegaray Decl.", "Pl.'s Resp.": a paper's kind, abbreviated, last) and then only its docket, as the
 * whole of a parenthetical. */
const SHORT_FORM_THEN_DOCKET =
  /^(?:[A-Z][\w.'’&-]*\s+){0,4}(?:Decl|Aff|Resp|Mem|Mot|Br|Opp|Compl|Dep|Tr|Rep|Supp|Suppl|Stmt|Ex|Exs)\.,\s*(?:ECF|Dkts?\.|Docs?\.|D\.E\.|D\.I\.)\s*(?:Nos?\.\s*)?\d{1,5}(?:-\d{1,4})?$/;

/** What a parenthetical holds: the document's docket ("(#62)", "(attached as Ex. A to #15)"), a "see" cite, or a description. */
export function parenKind(text: string, paren: Paren): ParenKind {
  // ("([D.E. 87-6])": a bracketed docket inside parentheses reads as the docket it holds.)
  const content = text
    .slice(paren.open + 1, Math.min(paren.close, paren.open + 80))
    .trimStart()
    .replace(/^\[(?=\s*(?:[A-Za-z#]))/, '');
  if (/^(?:see|cf\.?|citing|quoting|id\.|accord|compare|but\s+see|e\.g\.)(?:\s|,|$)/i.test(content)) return 'see';
  // "[158]" is itself a docket reference (N.D. Ill.), not a parenthetical around one.
  // ("([57])": the bracketed docket inside parentheses, W.D. Mich. style.)
  if (/^\[?\d{1,5}(?:-\d{1,4})?(?:\s*,\s*\d{1,5}(?:-\d{1,4})?)*\]/.test(content)) return 'docket';
  if (
    /^(?:#|Entry\s+ID|ECF|Dkts?\b|Docket|Docs?\.|Documents?\s+Nos?\.\s*\d|D\.E\.|DE-?\s?\d|DN\s?\d|R\.\s?\d|D\.I\.|D\.\s?\d|NYSCEF|R\.\s*Doc|Rec(?:ord|\.)\s+Doc|(?:C\.R\.|Certified\s+Record),?\s+Items?\s+Nos?\.|ROA\b|OSCN\b|Env(?:elope|\.)\s*\d|Sub\.?\s*(?:No|#)|Trans(?:action)?\.?\s*ID|d\/e\s|\d)/i.test(
      content,
    ) ||
    /^(?:attached|filed|lodged|submitted|appended|located)\b/i.test(content) ||
    // '(the "KEIP Motion," Docket No. 411)': a defined term, then the docket.
    /^(?:the\s+)?"[^"]{1,60}"\s*,?\s*(?:#|ECF|Dkts?\b|Docket|Docs?\.|D\.E\.|D\.I\.|[A-Z][a-z]+\.?\s+(?:[Nn]os?\.|[Nn]umbers?)\s*\d)/.test(
      content,
    ) ||
    /^Trans(?:action)?\.?\s*ID\.?:?\s*[A-Z]{0,5}\d/.test(content) ||
    /^Filing\s+ID\.?:?\s*(?:[0-9A-F]{10,16}|\d{5,9})\b/.test(content) ||
    /^D\d{4}\b/.test(content) ||
    // "(Index #84)", "(Filing #12)".
    /^[A-Z][a-z]+\s+#\s?\d/.test(content) ||
    // "(Paper No. 56)", "(Envelope No. 67990215)", "(Filing No. 75)": any docketing word before a number.
    /^[A-Z][a-z]+\.?\s+(?:[Nn]os?\.|[Nn]umbers?)\s*\d/.test(content) ||
    /^(?:Ex(?:hibit)?s?\.?|Exh\.?)\s*[A-Z0-9]/.test(content) ||
    // "the supporting Declaration of Marisol Etchegaray (Etchegaray Decl., ECF No. 71)": the short form the order will
    // cite it by, then its docket, right after the document's name (not a citation sentence of its own, "… judgment.
    // (Def.'s Mot. Summ. J., ECF No. 62.)", nor a pin cite, "(Smith Decl. ¶ 4, ECF No. 12)").
    (/[A-Za-z]\s?$/.test(text.slice(Math.max(0, paren.open - 2), paren.open)) &&
      SHORT_FORM_THEN_DOCKET.test(text.slice(paren.open + 1, paren.close)))
  )
    return 'docket';
  return 'description';
}

/** Parentheses enclosing a position, innermost last. */
export function enclosing(all: Paren[], position: number): Paren[] {
  return all.filter((p) => p.open < position && position < p.close);
}

const CONNECTORS = new Set(
  'of to and in for on the a an re re: & by with under and/or its his her their de la del from regarding v. vs. at thereto therein hereto same said itself themselves'.split(
    ' ',
  ),
);
/** Lowercase nouns that still belong to a document's name ("Defendant's letter brief", "the transcript"). */
const DOCUMENT_NOUNS = new Set(
  (
    'transcript transcripts declaration declarations opposition brief briefs motion exhibit exhibits complaint reply report ' +
    'letter memorandum deposition answer statement order petition affidavit response counterclaim counterclaims attachment ' +
    'appendix filing excerpts excerpt responses exhibit law documents document materials version versions copy copies support'
  ).split(' '),
);
const NUMBER_LEFT_EXCLUDED = new Set([
  'In',
  'Ln',
  'Line',
  'Lines',
  'Page',
  'Pages',
  'Paragraph',
  'Paragraphs',
  'No',
  'Nos',
]);

/** The capitalised title written just before `end` ("… seal this portion of Selling Source's Motion (#180)" → "Selling Source's Motion"). */
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_TAIL = new RegExp(
  String.raw`,?\s+(?:(?:filed|dated|lodged|served|submitted|entered)\s+)?(?:on\s+)?(?:${MONTHS})\s+\d{1,2},\s+\d{4}\s*$`,
);
const MONTH = new RegExp(`^(?:${MONTHS})$`);

export function titleBefore(text: string, from: number, end: number): Span | null {
  const tail = DATE_TAIL.exec(text.slice(Math.max(from, end - 60), end));
  if (tail) end = Math.max(from, end - 60) + tail.index;
  const words: Span[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    words.push({ start: m.index, end: Math.min(end, m.index + m[0].length) });
  }
  const wordAt = (k: number) => {
    const span = words[k];
    return span ? text.slice(span.start, span.end) : '';
  };
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 25; k--) {
    const span = words[k];
    if (!span) break;
    const word = text.slice(span.start, span.end);
    const bare = word.replace(/[,;:]$/, '');
    // ("the June 4, 2024 hearing": the comma of a date inside the title.)
    const dateComma = /^\d{1,2},$/.test(word) && MONTH.test(wordAt(k - 1)) && /^\d{4}$/.test(wordAt(k + 1));
    if (k !== words.length - 1 && /[,;:]$/.test(word) && !dateComma) break;
    // ('… Agreement (Doc. 58-3) (the "Supply Agreement") and its Opposition (Doc. 65)': a defined name closes what is before.)
    if (k !== words.length - 1 && /["”]\)$/.test(word)) break;
    // ("… is GRANTED IN PART and DENIED IN PART. R. 60-6 shall …": a sentence in capitals ends before the title.)
    if (/^[A-Z]{4,}\.$/.test(word)) break;
    // "the Court GRANTS IN PART and DENIES IN PART Defendant's motion": a ruling ends the title.
    if (/^(?:GRANTS?|GRANTED|DENIES|DENIED|ORDERS|ORDERED|DIRECTED|PART|ALLOWED|SO)$/.test(bare)) break;
    if (/^["']?[A-Z]/.test(bare) || CONNECTORS.has(bare.toLowerCase()) || DOCUMENT_NOUNS.has(bare)) {
      first = k;
      continue;
    }
    // ("the Appendix to that brief (ECF No. 57)": "that" pointing at a document, after a preposition.)
    const before = wordAt(k - 1).toLowerCase();
    const after = wordAt(k + 1).replace(/[,;:]$/, '');
    // ("her own Declaration with four exhibits, [Filing No. 99]": the count of what comes with the document.)
    if (
      /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i.test(bare) &&
      before === 'with' &&
      /^(?:exhibits|attachments)$/i.test(after)
    ) {
      first = k;
      continue;
    }
    if (/^th(?:at|is)$/i.test(bare) && /^(?:to|of|for|in|under)$/.test(before) && DOCUMENT_NOUNS.has(after)) {
      first = k;
      continue;
    }
    if (/^\d+(?:\.\d+)?$/.test(bare)) {
      const left = wordAt(k - 1);
      const leftOfLeft = wordAt(k - 2);
      if (
        (/^[A-Z][A-Za-z]+$/.test(left) && !NUMBER_LEFT_EXCLUDED.has(left)) ||
        // ("June 4, 2024": the year of a date inside the title.)
        (/^\d{4}$/.test(bare) && /^\d{1,2},$/.test(left) && MONTH.test(leftOfLeft))
      ) {
        first = k;
        continue;
      }
    }
    // ("its Memorandum of Points and Authorities in support of summary judgment (Dkt. 144)": a title's own words, in lower
    // case, after "in support of" or "in opposition to" and a capitalised document noun.)
    let joined = -1;
    for (let j = k; j >= Math.max(3, k - 3) && joined < 0; j--) {
      const lead = `${wordAt(j - 3)} ${wordAt(j - 2)} ${wordAt(j - 1)}`.toLowerCase();
      if (/^in (?:support of|opposition to)$/.test(lead) && /^[A-Z]/.test(wordAt(j - 4))) joined = j - 3;
      else if (!/^[a-z]+$/.test(wordAt(j - 1))) break;
    }
    if (joined >= 0) {
      first = joined;
      k = joined;
      continue;
    }
    break;
  }
  while (first < words.length) {
    const span = words[first];
    if (!span) break;
    const word = text.slice(span.start, span.end).toLowerCase();
    if (CONNECTORS.has(word) || word === 'the') first++;
    else break;
  }
  let last = words.length - 1;
  while (last >= first) {
    const span = words[last];
    if (!span || !CONNECTORS.has(text.slice(span.start, span.end).toLowerCase())) break;
    last--;
  }
  const a = words[first];
  const b = words[last];
  if (!a || !b || last < first) return null;
  return { start: a.start, end: b.end };
}

/** A title as shown to people: one line, no stray punctuation at either end, no descriptive parentheticals. */
export function tidyTitle(text: string): string {
  return tidyCache.get(text, tidyTitleOnce);
}
/** The same titles are tidied again and again while one order is read. */
const tidyCache = new BoundedCache<string>(5000);

/** Forgets what earlier orders cached: each order is read from scratch (and timed honestly). */
export function clearTextCaches(): void {
  tidyCache.clear();
  sentenceCache = { text: '', spans: new Map() };
}

function tidyTitleOnce(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:(?:and|or|as well as)\b|[,;:.])\s*/i, '').replace(/^(?:and|or)\s+/i, '');
  t = t.replace(/^the\s+/i, '');
  t = t.replace(/[\s,;:(]+$/, '');
  return t.trim();
}
