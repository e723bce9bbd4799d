// RangeListParser: reads a run of locators ("pp. 4:2-23; 4:26", "¶¶ 6-44, 46", "p. 4 n.4", "at 4-32", "Exs. C-E, AA") from a position.
import type { CitedRange, Directive } from '../../model/directive.ts';

/** What a bare number means at this point of the list. */
export type RangeContext = 'pages' | 'ecf' | 'paragraphs' | 'exhibits' | 'footnote' | 'lines' | null;

export interface RangeListOptions {
  /** Meaning of bare numbers before any prefix (e.g. 'ecf' after "#135 at"). */
  context?: RangeContext;
  /** Accept "at 4-32" (ECF pages) as a prefix. */
  at?: boolean;
  /** Accept "whole", "entire document", "in its entirety". */
  whole?: boolean;
  /** Nothing at or past this offset belongs to the list (the end of an item, a table cell, a sentence). */
  limit?: number;
}

export interface RangeListMatch {
  ranges: CitedRange[];
  start: number;
  end: number;
}

/** A trial exhibit's prefix ("JX 47", "PX-12", "DX 3"), before its number. */
const TRIAL_EXHIBIT = String.raw`(?:JX|PX|DX)[-\s]?(?=\d)`;

const PREFIXES: { re: RegExp; context: RangeContext }[] = [
  { re: /(?:CM\/)?ECF\s+(?:pp?\.|pages?\b)\s*/iy, context: 'ecf' },
  { re: /(?:pp\.|p\.|pgs?\.|pg\.|pages?\b)\s*/iy, context: 'pages' },
  // Appendix pages (N.D. Tex. "App. 45-52"): the appendix's own page numbers.
  // (Texas appendices' Bates-style "APP 0112 through APP 0130".)
  { re: /(?:Appx?\.|APP\s?(?=\d)|Appendix\s+(?:pp?\.|pages?\b))\s*/y, context: 'pages' },
  // "Aplt. App. Vol. II at 212-219" (Tenth Circuit): the appendix's own page numbers.
  {
    re: /(?:Aplt\.|Aple\.|Appellant's|Appellee's)\s*App(?:\.|endix)\s*(?:Vol\.\s*[IVX\d]+\s*)?(?:at\s+)?(?=\d)/y,
    context: 'pages',
  },
  // Joint appendix pages ("JA655-702", "J.A. 811-840"): the appendix's own page numbers.
  { re: /(?:J\.\s?A\.|JA|SA)-?\s*(?=\d)/y, context: 'pages' },
  // Ninth Circuit excerpts of record ("5-ER-1012-1040", "2-SER-88") and Federal Circuit appendix pages ("Appx4410"): the
  // volume's own page numbers.
  { re: /(?:\d{1,2}-)?(?:ER|SER|FER|ASER)-\s*(?=\d)|Appx(?=\d)/y, context: 'pages' },
  // First Circuit appendix pages after a page word ("pages A. 412-447 and A. 452-470").
  { re: /A\.\s?(?=\d)/y, context: 'pages' },
  // Court of Federal Claims appendix pages, both ends lettered ("A41-A88", "A112-A118").
  { re: /A(?=\d{1,4}\s*[-–]\s*A\d)/y, context: 'pages' },
  // ("pages of Cedar Valley's appendix": hyphenated, N.D. Iowa.)
  { re: /A-(?=\d{1,4}\s*(?:[-–]|through|thru|to)\s*A-\d)/y, context: 'pages' },
  // Administrative record pages (Court of Federal Claims: "AR 1045–1067 (ECF No. 22-4) shall be unsealed").
  { re: /A\.?R\.?\s?(?=\d{1,5}\s*(?:[-–]|through|to)\s*\d)/y, context: 'pages' },
  // A transcript's own pages and lines ("at Tr. 112:4-115:20", "Hr'g Tr. 45:2-9").
  { re: /Tr\.\s*(?=\d{1,4}:\d)/y, context: 'pages' },
  { re: /(?:¶¶?|paras?\.|paragraphs?\b|pars?\.|para\b)\s*/iy, context: 'paragraphs' },
  { re: /(?:exhibits?\b|exhs?\.|exs?\.|ex\b)\s*/iy, context: 'exhibits' },
  // Trial exhibits ("JX 47 through JX 52", "PX-12"): joint, plaintiff's and defendant's exhibit numbers.
  { re: new RegExp(TRIAL_EXHIBIT, 'y'), context: 'exhibits' },
  // ("as to Schedule A, pages 18-21": where the pages are, not a part of its own.)
  { re: /Schedules?\s+(?:[A-Z]{1,2}|\d{1,2})\s*,\s*(?=(?:pages?\b|pp?\.)\s*\d)/y, context: null },
  // "Schedule 1 to the Raman Declaration", "Schedules C and D to the Trustee's First Accounting": labelled attachments.
  {
    // ("Schedules A, B and C"; not "Schedule B, Fee Schedule" nor "Schedule A, pages 18-21", a schedule's name or its pages.)
    re: /Schedules?\s+(?=(?:[A-Z]{1,2}|\d{1,2})(?:\s*(?:,\s*(?:and\s+)?(?:[A-Z]{1,2}|\d{1,2})\b|and|through|-|to\s+the|of\s+the|\[|\()|\s*$))/y,
    context: 'exhibits',
  },
  { re: /(?:nn?\.|fns?\.|footnotes?\b)\s*/iy, context: 'footnote' },
  // "lines 3 through 17 on page 9": lines written before their page.
  { re: /(?:lines?\b|ll\.)\s*/iy, context: 'lines' },
];
const AT = /at\s+/y;
/** A bare line number or run after lines written out ("… lines 2-4 and 11-13"), not a page:line or a prefixed locator. */
const BARE_LINES = /(\d{1,3})(?:\s*(?:-|through|thru|to)\s*(\d{1,3}))?(?![\d:]|\s*(?:n\.|fn\.|,\s*lines?))/y;
const WHOLE =
  /(?:the\s+)?(?:in\s+(?:its|their)\s+entirety|entire(?:ty|\s+document|\s+exhibit)?|whole(?:\s+document)?|all\s+pages)\b/iy;
const RANGE_DASH = String.raw`\s*(?:-|through|thru)\s*`;
/** Between two numbers or page:line pairs, "to" joins a range too ("pages 22:5 to 23:14"). */
const NUMBER_DASH = String.raw`\s*(?:-|through|thru|to)\s*`;
// ("3:23-cv-00241": a case number, not page 3, line 23.)
const LINES = new RegExp(
  String.raw`(\d{1,4}):(\d{1,3})(?!-[a-z]{2,4}-)(?:${NUMBER_DASH}(?:(\d{1,4}):)?(\d{1,3}))?(?![\d:])`,
  'y',
);
const NUMBER = new RegExp(
  // (A colon right after the number is punctuation unless a digit follows it: "App. 88–91: Feed ration formulas".)
  String.raw`(\d{1,4})(?:${NUMBER_DASH}(?:(?:(?:SA|JA)-?|Appx|APP|A\.|A-?(?=\d)|(?:\d{1,2}-)?(?:ER|SER|FER)-)\s*)?(\d{1,4}))?(?!\d|:\d)`,
  'y',
);
const LINE_SUFFIX = new RegExp(
  String.raw`\s*,?\s*(?:[Ll]ines?\b|ll\.|[Ll]n\.?|In\b|l\.)\s*(\d{1,3})(?:\s*(?:-|through|thru|to)\s*(?:lines?\s*)?(\d{1,3}))?(?![\d:])`,
  'y',
);
const FOOTNOTE_SUFFIX =
  /\s*,?\s*(?:&\s*|and\s+)?(?:nn?\.|fns?\.|[Ff]ootnotes?\b|[Nn]otes?\b)\s*(\d{1,3})(?:\s*-\s*(\d{1,3}))?(?![\d:])/y;
// ("14-J", "21-P": U.S. Tax Court joint, petitioner's and respondent's exhibits.)
const LABEL = String.raw`(?:[A-Z]{1,3}(?:-\d{1,3})?|\d{1,3}-[JPR](?![A-Za-z])|\d{1,3}(?:\.\d{1,2})?)`;
// "Exs. 4-6, and D.I. 291-2": a capital followed by ".X." is an abbreviation, not exhibit D. A lone label that ends a
// sentence is not read as one either: "… the motion is DENIED as to Exhibit 4." names the exhibit the order cited with
// its own entry, a whole document. (A range may end one: "GRANTED as to paragraphs 7 through 12 and Exhibits C through
// E. DENIED as to paragraph 19 …".)
const EXHIBIT = new RegExp(
  String.raw`(${LABEL})(?:${RANGE_DASH}(?:${TRIAL_EXHIBIT})?(${LABEL})(?![A-Za-z0-9])(?!(?<=[A-Z])\.\s?[A-Z]\.)|(?![A-Za-z0-9])(?!\.\s?[A-Z]))`,
  'y',
);
/** A later label of a list, which may end its sentence: "… and DENIED as to Exhibits 4, 6, 8, and 9. Exhibit 4 is …". */
const EXHIBIT_IN_LIST = new RegExp(
  String.raw`(${LABEL})(?:${RANGE_DASH}(${LABEL}))?(?![A-Za-z0-9])(?!(?<=[A-Z])\.\s?[A-Z]\.)`,
  'y',
);
const OF_PAGE = /\s*,?\s+(?:on|of|at)\s+(?:p\.|page)\s*(\d{1,4})(?![\d:])/y;
// ("page 63, line 9, through page 64, line 2": a comma before "through" too.)
const TO_PAGE_LINE =
  /\s*,?\s*(?:-|–|through|thru|to)\s*(?:p\.|page)\s*(\d{1,4})\s*,?\s*(?:lines?|ll\.|ln\.?|l\.)\s*(\d{1,3})(?![\d:])/y;
/** ", 4 and 5 on page 9": the rest of a list of notes, then the page they are all on. */
const SHARED_PAGE =
  /(?:\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)\d{1,3}(?![\d:]))+\s+(?:on|at|of)\s+(?:page|p\.)\s*(\d{1,4})\b/y;

/** "n.3, p. 9", "n.4 (p. 6)": the footnote's page after it. */
const COMMA_PAGE = /\s*(?:,\s*|\(\s*)(?:p\.|page)\s*(\d{1,4})(?![\d:-])(?:(?<=\(\s*(?:p\.|page)\s*\d{1,4})\s*\))?/y;
const ON_PAGE = /\s*,?\s+(?:on|at)\s+(?:p\.|page)\s*(\d{1,4})(?![\d:])/y;
/** "…, and from page 4, lines 2-9": a "from" that opens the next page-and-lines locator. */
const FROM_PAGE_LINES = String.raw`from\s+(?=(?:p\.|page)\s*\d{1,4}\s*,?\s*(?:lines?|ll\.|ln\.?)\s*\d)`;
/** "page 5, lines 3-9, and at 14:3-16": "and at" before the next page or page:line pair (not a bare ", at", which
 * may open another document's pages: "Schedule A, at pages 14 through 16"). */
const AT_AGAIN = String.raw`at\s+(?=(?:pp?\.|pages?\b)\s*\d|\d{1,4}:\d)`;
const SEPARATOR = new RegExp(
  // ("footnote 6 on page 9 and all of page 12": the whole of a page, after "and".)
  String.raw`(?:\s*[,;]\s*(?:and\s+(?:${AT_AGAIN})?|&\s*|or\s+)?(?:${FROM_PAGE_LINES})?|\s+and\s+(?:in\s+(?=footnotes?\b|fns?\.|nn?\.|¶|paragraphs?\b)|all\s+of\s+(?=pages?\b|pp?\.)|${FROM_PAGE_LINES}|${AT_AGAIN})?|\s*&\s*|\s+as\s+well\s+as\s+)`,
  'y',
);
const WS = /\s*/y;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function num(value: string | undefined): number {
  return value === undefined ? NaN : Number(value);
}

/** The page a later "n.4" refers to: the last page named so far. */
/** The end of a range written short, as citations do ("App. 145-52" → 152, "201-04" → 204); else the number itself. */
function shortEnd(from: string, to: string): number {
  const end = num(to);
  if (end >= num(from) || to.length >= from.length) return end;
  const full = num(from.slice(0, from.length - to.length) + to);
  return full >= num(from) ? full : end;
}

function lastPage(ranges: CitedRange[]): number | null {
  const last = ranges[ranges.length - 1];
  if (!last) return null;
  if (last.kind === 'lines') return last.to.page;
  if (last.kind === 'pages') return last.to;
  if (last.kind === 'footnote') return last.page;
  return null;
}

function footnotes(page: number, from: number, to: number): CitedRange[] {
  const out: CitedRange[] = [];
  for (let note = from; note <= Math.min(to, from + 20); note++) out.push({ kind: 'footnote', page, note });
  return out;
}

/** One element under the current context; null when nothing of that kind starts at `pos`. */
function element(
  text: string,
  pos: number,
  context: RangeContext,
  sofar: CitedRange[],
): { ranges: CitedRange[]; end: number } | null {
  if (context === 'exhibits') {
    const m = sticky(sofar.some((r) => r.kind === 'exhibits') ? EXHIBIT_IN_LIST : EXHIBIT, text, pos);
    if (!m) return null;
    const from = m[1] ?? '';
    return { ranges: [{ kind: 'exhibits', from, to: m[2] ?? from }], end: pos + m[0].length };
  }
  if (context === 'paragraphs') {
    const m = sticky(NUMBER, text, pos);
    if (!m) return null;
    const from = num(m[1]);
    return {
      ranges: [{ kind: 'paragraphs', from, to: m[2] ? shortEnd(m[1] ?? '', m[2]) : from }],
      end: pos + m[0].length,
    };
  }
  if (context === 'lines') {
    const m = sticky(NUMBER, text, pos);
    const on = m ? sticky(OF_PAGE, text, pos + m[0].length) : null;
    if (!m || !on) return null;
    const page = num(on[1]);
    const from = num(m[1]);
    return {
      ranges: [{ kind: 'lines', from: { page, line: from }, to: { page, line: m[2] ? num(m[2]) : from } }],
      end: pos + m[0].length + on[0].length,
    };
  }
  if (context === 'footnote') {
    const m = sticky(NUMBER, text, pos);
    if (!m) return null;
    // "footnote 3 on page 4" (or "n.3, p. 9") names its page; a bare "n.4" takes the page named last.
    const on = sticky(ON_PAGE, text, pos + m[0].length) ?? sticky(COMMA_PAGE, text, pos + m[0].length);
    // ("footnotes 3 and 4 on page 9": notes listed before the page they share.)
    const shared = on ? null : sticky(SHARED_PAGE, text, pos + m[0].length);
    const page = on ? num(on[1]) : shared ? num(shared[1] ?? '') : lastPage(sofar);
    if (page === null) return null;
    const from = num(m[1]);
    if (shared) {
      // (Each note of the list, on the page they share.)
      const listed = (shared[0].replace(/\s+(?:on|at|of)\s+(?:page|p\.)\s*\d{1,4}$/, '').match(/\d{1,3}/g) ?? []).map(
        num,
      );
      return {
        ranges: [...footnotes(page, from, m[2] ? num(m[2]) : from), ...listed.flatMap((n) => footnotes(page, n, n))],
        end: pos + m[0].length + shared[0].length,
      };
    }
    return { ranges: footnotes(page, from, m[2] ? num(m[2]) : from), end: pos + m[0].length + (on ? on[0].length : 0) };
  }
  const lines = sticky(LINES, text, pos);
  if (lines) {
    const page = num(lines[1]);
    const line = num(lines[2]);
    const toPage = lines[3] ? num(lines[3]) : page;
    const toLine = lines[4] ? num(lines[4]) : line;
    const ranges: CitedRange[] = [{ kind: 'lines', from: { page, line }, to: { page: toPage, line: toLine } }];
    let end = pos + lines[0].length;
    const note = sticky(FOOTNOTE_SUFFIX, text, end);
    if (note) {
      // "12:20-13:4 and footnote 7 on page 15": the footnote names its own page.
      const on = sticky(ON_PAGE, text, end + note[0].length);
      const from = num(note[1]);
      ranges.push(...footnotes(on ? num(on[1]) : toPage, from, note[2] ? num(note[2]) : from));
      end += note[0].length + (on ? on[0].length : 0);
    }
    return { ranges, end };
  }
  if (context === null) {
    // A bare "12 n.8" is page 12, footnote 8; any other bare number means nothing without a prefix.
    const page = sticky(NUMBER, text, pos);
    const note = page && !page[2] ? sticky(FOOTNOTE_SUFFIX, text, pos + page[0].length) : null;
    if (!page || !note) return null;
    const a = num(note[1]);
    return {
      ranges: footnotes(num(page[1]), a, note[2] ? num(note[2]) : a),
      end: pos + page[0].length + note[0].length,
    };
  }
  const m = sticky(NUMBER, text, pos);
  if (!m) return null;
  const from = num(m[1]);
  const to = m[2] ? shortEnd(m[1] ?? '', m[2]) : from;
  let end = pos + m[0].length;
  if (!m[2]) {
    const line = sticky(LINE_SUFFIX, text, end);
    if (line) {
      const a = num(line[1]);
      const b = line[2] ? num(line[2]) : a;
      // "page 44, line 12 through page 46, line 3".
      const to = line[2] ? null : sticky(TO_PAGE_LINE, text, end + line[0].length);
      if (to)
        return {
          ranges: [{ kind: 'lines', from: { page: from, line: a }, to: { page: num(to[1]), line: num(to[2]) } }],
          end: end + line[0].length + to[0].length,
        };
      return {
        ranges: [{ kind: 'lines', from: { page: from, line: a }, to: { page: from, line: b } }],
        end: end + line[0].length,
      };
    }
  }
  const note = sticky(FOOTNOTE_SUFFIX, text, end);
  // "pages 7 and 8 and footnote 3 on page 10", "page 12, footnote 9 on page 17": a footnote that names its own page is
  // not that page's.
  const ownPage = note && sticky(ON_PAGE, text, end + note[0].length);
  if (note && !m[2] && !ownPage) {
    const a = num(note[1]);
    end += note[0].length;
    // "page 14 and footnote 88", "7 & n.3": the page and the note on it; "page 12, n.4" is the note alone.
    const both = /\b(?:and|&)|&/.test(note[0])
      ? [{ kind: context === 'ecf' ? 'ecfPages' : 'pages', from, to } as CitedRange]
      : [];
    return { ranges: [...both, ...footnotes(from, a, note[2] ? num(note[2]) : a)], end };
  }
  const kind = context === 'ecf' ? 'ecfPages' : 'pages';
  return { ranges: [{ kind, from, to }], end };
}

/** Reads prefixes ("pp.", "¶¶", "at", "Ex.") at `pos`; returns the new context and position. */
function prefixes(
  text: string,
  pos: number,
  context: RangeContext,
  options: RangeListOptions,
): { context: RangeContext; pos: number } {
  for (let round = 0; round < 2; round++) {
    let matched = false;
    if (options.at) {
      const at = sticky(AT, text, pos);
      if (at) {
        pos += at[0].length;
        context = 'ecf';
        matched = true;
      }
    }
    for (const { re, context: next } of PREFIXES) {
      const m = sticky(re, text, pos);
      if (m) {
        pos += m[0].length;
        context = next;
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  return { context, pos };
}

/** An entry cited right after a list's locators ("… of Doc. 59", "… of its motion to exclude (ECF No. 83)"). */
const OF_NEXT_ENTRY =
  /^\s*(?:of|in)\s+(?:(?:the|its|his|her|their)\s+[^.;()[\]]{1,60}?\s*[([]\s*)?(?:ECF|Dkts?\.?|Docs?\.?|D\.[EI]\.|Docket|#)/i;

/**
 * "Doc. 57 at 6-7 and 14 and paragraphs 22 through 30 of Doc. 59": the list without its last locators when they belong
 * to the entry cited right after them. `turn` (a global pattern) finds where the list turns to those locators.
 */
export function withoutNextEntryTail(text: string, list: RangeListMatch, turn: RegExp): RangeListMatch {
  if (!OF_NEXT_ENTRY.test(text.slice(list.end, list.end + 100))) return list;
  const last = [...text.slice(list.start, list.end).matchAll(turn)].pop();
  if (!last || !last.index) return list;
  const tail = parseRangeList(text, list.start + last.index + last[0].length, { limit: list.end });
  if (!tail || tail.ranges.length >= list.ranges.length) return list;
  return {
    ...list,
    ranges: list.ranges.slice(0, list.ranges.length - tail.ranges.length),
    end: list.start + last.index,
  };
}

/** Parses a list of locators starting at `pos` (leading spaces skipped); null when none starts there. */
export function parseRangeList(text: string, pos: number, options: RangeListOptions = {}): RangeListMatch | null {
  const ranges: CitedRange[] = [];
  let context: RangeContext = options.context ?? null;
  const limit = options.limit ?? text.length;
  const ws = sticky(WS, text, pos);
  pos += ws ? ws[0].length : 0;
  const start = pos;
  let end = -1;
  let linesWritten = false;
  for (let guard = 0; guard < 500; guard++) {
    if (options.whole) {
      const whole = sticky(WHOLE, text, pos);
      if (whole && pos + whole[0].length <= limit) {
        ranges.push({ kind: 'whole' });
        end = pos + whole[0].length;
        pos = end;
        const sep = sticky(SEPARATOR, text, pos);
        if (!sep) break;
        pos += sep[0].length;
        continue;
      }
    }
    // "page 40, lines 2-4 and 11-13": a bare number after lines written out goes on with the lines of that page.
    const last = ranges[ranges.length - 1];
    const moreLines =
      linesWritten && last?.kind === 'lines' && last.from.page === last.to.page ? sticky(BARE_LINES, text, pos) : null;
    if (moreLines && last?.kind === 'lines' && pos + moreLines[0].length <= limit) {
      const a = num(moreLines[1] ?? '');
      ranges.push({
        kind: 'lines',
        from: { page: last.to.page, line: a },
        to: { page: last.to.page, line: moreLines[2] ? num(moreLines[2]) : a },
      });
      end = pos + moreLines[0].length;
      const sep = sticky(SEPARATOR, text, end);
      if (!sep || /\n[ \t]*\n/.test(sep[0])) break;
      pos = end + sep[0].length;
      continue;
    }
    const prefixed = prefixes(text, pos, context, options);
    const found = element(text, prefixed.pos, prefixed.context, ranges);
    if (!found || found.end > limit) break;
    context = prefixed.context === 'footnote' ? context : prefixed.context;
    linesWritten = /\b(?:lines?|ll\.|ln\.?)\s*\d/i.test(text.slice(prefixed.pos, found.end));
    ranges.push(...found.ranges);
    end = found.end;
    const sep = sticky(SEPARATOR, text, end);
    // A blank line ends the list: the next line belongs to another item or paragraph.
    if (!sep || /\n[ \t]*\n/.test(sep[0])) break;
    pos = end + sep[0].length;
  }
  if (ranges.length === 0) return null;
  // "… a public version of the Brief redacted in accordance with paragraph 5", "the documents addressed in paragraphs 4
  // through 6": the order's own paragraphs, when nothing after names another document's.
  if (
    ranges.every((r) => r.kind === 'paragraphs') &&
    ORDER_PARAGRAPH_LEAD.test(text.slice(Math.max(0, start - 60), start)) &&
    !/^\s*(?:of|to|in|from|attached\s+to)\s+(?!this\b)|^\s*,?\s*(?:\(|\[|ECF|Dkt|Doc|D\.[EI]\.)/i.test(
      text.slice(end, end + 20),
    )
  )
    return null;
  return { ranges, start, end };
}

/**
 * Words that point to a paragraph of the order itself ("described in", "in accordance with", "sealed in"); not "set forth
 * in", which as often points into the document ("the target award amounts set forth in paragraph 17").
 */
const ORDER_PARAGRAPH_LEAD =
  /\b(?:(?:described|identified|addressed|listed|specified|referenced|referred\s+to|discussed|sealed|approved|granted|ordered|directed|provided\s+for)\s+(?:in|by|under)|in\s+(?:accordance|conformity|compliance)\s+with|consistent\s+with|conforming\s+to|pursuant\s+to|as\s+provided\s+in|subject\s+to)\s+$/i;

/**
 * Where a locator list could begin: a prefix or a page:line pair. Used to search backwards. (The lookahead in front names
 * every character an alternative can open with, ¶, a digit, or a word's first letter among a e f j l n p s in either case,
 * so the engine passes over every other position without trying twenty-odd alternatives there: 40% faster searches.)
 */
export const RANGE_START =
  /(?=[¶\d]|\b[aefjlnps])(?:\bECF\s+(?=(?:pp?\.|pages?\b))|¶|\bpp?\.|\bAppx?\.|\bAppx(?=\d)|\bAPP(?=\s?\d)|\b(?:JX|PX|DX)(?=[-\s]?\d)|\b\d{1,2}-(?:ER|SER|FER|ASER)-(?=\d)|\b[JS]A-?(?=\s?\d)|\b(?:Aplt|Aple)\.\s*App|\bJ\.\s?A\.(?=\s?\d)|\bA(?=\d{1,4}\s*[-–]\s*A\d)|\bA\.(?=\s?\d{1,4}\s*[-–]\s*\d{1,4}\b)|\bA\.?R\.?(?=\s?\d{1,5}\s*(?:[-–]|through|to)\s*\d)|\bpgs?\.|\bpages?\b|\bparas?\.|\bparagraphs?\b|\blines?\b|\bexhibits?\b|\bexs?\.|\bexhs?\.|\bSchedules?\s+(?=(?:[A-Z]{1,2}|\d{1,2})\s*(?:,|and\b|through\b|to\s+the\b|of\s+the\b))|\d{1,4}:\d|\b\d{1,4}\s+(?:n|fn)\.\s*\d|\bfootnotes?\s+\d|\bfns?\.\s*\d|\bnn?\.\s?\d{1,3}\s*(?:,\s*|\(\s*|\s(?:on|at)\s+)(?:p\.|page)\s*\d)/gi;

/**
 * The first place at or after `from` in `text` where a locator list could begin (RANGE_START), or null. The one search,
 * its position set on every call, so a caller that runs other searches between two calls loses nothing: compiling
 * the long pattern afresh for every sentence, hundreds of times an order, cost more than the searches themselves.
 */
export function nextRangeStart(text: string, from: number): RegExpExecArray | null {
  RANGE_START.lastIndex = from;
  return RANGE_START.exec(text);
}

/**
 * A range's identity as a short string: the same for two ranges exactly when they have the same kind and numbers (or
 * labels). Cheaper than JSON.stringify, which the parser used to compare ranges by, thousands of times an order.
 */
export function rangeKey(range: CitedRange): string {
  switch (range.kind) {
    case 'whole':
      return 'whole';
    case 'lines':
      return `lines ${range.from.page}:${range.from.line}-${range.to.page}:${range.to.line}`;
    case 'footnote':
      return `footnote ${range.page} n.${range.note}`;
    case 'exhibits':
      // (Labels may hold a hyphen, "A-1": a separator no label has.)
      return `exhibits ${range.from}\n${range.to}`;
    default:
      return `${range.kind} ${range.from}-${range.to}`;
  }
}

/** A directive's (docket, disposition, range) atoms as one string: equal exactly when they are. */
export function directiveKey(d: Pick<Directive, 'dockets' | 'disposition' | 'ranges'>): string {
  return `${d.dockets.join(',')}|${d.disposition}|${d.ranges.map(rangeKey).join(';')}`;
}

/** A range that cannot be right: zero or negative numbers, or an end before its start. */
export function rangeProblem(range: CitedRange): string | null {
  const positive = (n: number) => Number.isInteger(n) && n >= 1;
  switch (range.kind) {
    case 'whole':
      return null;
    case 'lines': {
      const { from, to } = range;
      if (![from.page, from.line, to.page, to.line].every(positive)) return 'a page or line number of 0';
      if (to.page < from.page || (to.page === from.page && to.line < from.line)) return 'an end before its start';
      return null;
    }
    case 'paragraphs':
    case 'pages':
    case 'ecfPages':
      if (!positive(range.from) || !positive(range.to)) return 'a number of 0';
      return range.to < range.from ? 'an end before its start' : null;
    case 'footnote':
      return positive(range.page) && positive(range.note) ? null : 'a page or note number of 0';
    case 'exhibits': {
      const a = range.from;
      const b = range.to;
      if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
        if (Number(a) < 1) return 'an exhibit number of 0';
        return Number(b) < Number(a) ? 'an end before its start' : null;
      }
      if (/^[A-Z]+$/.test(a) && /^[A-Z]+$/.test(b)) {
        const rank = (s: string) => s.length * 100 + (s.charCodeAt(0) - 64);
        return rank(b) < rank(a) ? 'an end before its start' : null;
      }
      return null;
    }
  }
}
