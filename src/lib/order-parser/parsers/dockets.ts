// DocketParser: docket references in every court's style ("#129-3", "ECF Nos. 122, 129", "Dkt. No. 57", "D.E. #164"), with "at" pin cites.
// (Minnesota's MCRO "Index No. 91" is an entry; New York's "Index No. 652341/2023" is the case number.)
import type { CitedRange } from '../../model/directive.ts';
import { parseRangeList, withoutNextEntryTail } from './ranges.ts';

export interface DocketRef {
  start: number;
  end: number;
  /** Entries as the order writes them: "62", "129-3". */
  dockets: string[];
  /** Locators of an "at" pin cite: "#135 at 4-32" → ECF pages 4-32. */
  pin: CitedRange[];
  /** Notes on readings that could be wrong ("#33-34"). */
  warnings: string[];
  /** Systems that number every document, exhibits included (NYSCEF): an exhibit named with its number is the whole entry. */
  perDocument: boolean;
}

// ("… DENIED IN PART. R. 60-6 shall remain SEALED.": E.D. Ky.'s "R." after a sentence in capitals, where "Fed. R. 26" is a rule.)
// ("Statement, DE [152],", "Statement, DE 152,": S.D. Fla. and E.D.N.Y.'s DE after a comma, where "Wilmington, DE 19801" is not one.)
// (D.N.H. writes its entries in lower case: "Alpenlift shall redact from document no. 46-4 the testimony at …".)
// (The lookahead names the characters a marker can open with, so the engine skips the rest of the text without trying the
// lookbehind and the alternation at every character: three times faster over an order.)
const MARKER =
  /(?=[EDdRNPSTCIF#[])(?<![\w.])(?:(?:Entry\s+ID:?|Doc\.?\s*ID\s*#?|ECF|Dkts?\.?(?:\s+Entr(?:y|ies)(?=\s+(?:[Nn]os?\.?\s*)?\d))?|Dockets?(?:\s+(?:Entr(?:y|ies)|Items?))?|(?:C\.R\.|Certified\s+Record),?\s+Items?(?=\s+Nos?\.?\s*\d)|Docs?\.?|Documents?(?=\s+(?:[Nn]os?\.?\s*)?\d)|documents?(?=\s+nos?\.\s*\d)|(?<![A-Za-z]\.\s)docs?\.|dkts?\.|docket\s+(?:items?\s+|entr(?:y|ies)\s+)?(?=nos?\.\s*\d|\d{1,5}(?:-\d{1,4})?\b(?!\s*(?:days?|pages?)\b))|D\.E\.|DE-|DE(?=\s\[\d)|(?<!,\s)DE(?=\s\d)|(?<=,\s)DE(?=\s\d{1,4}(?:-\d{1,4})?\b)|DN(?=\s?\d)|(?<![a-z][A-Za-z]*\.\s|\b[A-Z]\.\s)R\.(?=\s?\d{1,5}(?:-\d{1,4})?(?!\w|\.\w))|D\.I\.|(?<![A-Z][a-z]*\s)D\.(?=\s?\d{1,5}(?:-\d{1,4})?\b)|R\.\s*Doc\.?|Rec(?:ord|\.)\s+Doc(?:uments?|s?\.)?|Record\s+(?=Nos?\.?\s*\d)|NYSCEF(?:\s+(?:Doc(?:ument)?s?\.?(?:\s+Numbers?)?))?|ROA|Envelope|Env\.(?=\s*\d{5,9}\b)|Papers?(?=\s+(?:[Nn]os?\.?\s*)\d)|Sub\.?\s*(?:No\.?|#)?|Trans(?:action)?\.?\s*ID\.?|Control\s+(?=No)|Index\s+(?=(?:Nos?\.?|#)\s*\d{1,4}(?![\d/]))|Filing\s+(?=No)|Image\s+(?=Nos?\.?\s*\d{6,10}\b)|Filing\s+ID\.?:?(?=\s*\d{5,9}\b)|d\/e(?=\s))\s*(?:(?:[Nn]os?|Numbers?)\.?\s*)?#{0,2}\s*\[?|(?<!PageID\s{0,2})#\s?|(?<![.:;,!?)"”’]|[a-z]\.?["”’]?)\[(?=\d{1,5}(?:-\d{1,4})?(?:\s*,\s*\d{1,5}(?:-\d{1,4})?)*\]))(?=\d)/g;
const CLOSE_BRACKET = /\]/y;
// "#158.00": Connecticut's entry numbers carry two decimals, kept as written.
// ("ECF No. 138: page 22, lines 4 through 18": a colon after the entry, not a page:line pair.)
// (The Fifth Circuit numbers its documents in eleven digits: "Doc. 00517104466".)
// ("ECF No. 83.¹ Chesapeake …": a footnote marker after the period that ends a sentence is no decimal entry.)
const ENTRY = /(\d{1,11}(?:\.\d{1,2}(?!\d)(?!\s+[A-Z][a-z]))?)(?:(?<!\.\d{1,2})-(\d{1,4}))?(?!\d|:\d)/y;
const ENTRY_THROUGH_ATTACHMENTS = /\s*(?:through|thru)\s*(\d{1,9})-(\d{1,4})(?![\d:])/y;
/** The far end of a run of whole entries: "Doc. Nos. 118 through 121". */
const ENTRY_THROUGH_ENTRY = /\s*(?:through|thru)\s*(\d{1,9})(?![\d:]|-\d)/y;
/** The far end of an attachment run: "116-1-4", "98-14-98-46", "64-1 through 64-6" (same entry). */
// ("R. 53-3 through R. 53-6": the marker written again.)
const ATTACHMENT_RUN =
  /\s*(?:-|–|through|thru|to)\s*(?:(?<=(?:through|thru|to)\s*)(?:R\.|Doc\.|Dkt\.|ECF\s+No\.|DE|D\.E\.)\s*)?(?:(\d{1,9})-)?(\d{1,4})(?![\d:])/y;
// (Not the number of the next numbered item: "4. The motion is DENIED as to Dkt. 89-8;" / "5. Pages 11-12 of …".)
// ("(Dkt. #71-3; Dkt. #71-5)", E.D. Tex.: each with its own marker and hash.)
const MORE =
  /(?![,;]?\s*\n[ \t]*\d{1,2}\.\s)(?:\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)(?:(?:#|ECF\s+Nos?\.|[Dd]kts?\.(?:\s*Nos?\.)?(?:\s*#)?|[Dd]ocs?\.(?:\s*Nos?\.)?(?:\s*#)?|DE-|DN|-)\s*)?(\d{1,5}(?:\.\d{1,2}(?!\d))?)(?:-(\d{1,4}))?(?![\d:.]\d)(?![\d:])/y;
const ELISION = /\s*,?\s*(?:…|\.\.\.)\s*,?\s*(?:#\s?)?(\d{1,5})(?:-(\d{1,4}))?(?![\d:])/y;
const SEQUENCE_GROUP = /\s*\((?:MS|Mot(?:ion)?\.?\s*Seq\.?(?:\s*No\.?)?)\s*\d{1,4}\)\s*[;,]\s*(?:and\s+)?(?=\d)/y;
/** Where a pin's list turns to another kind of locator ("… and paragraphs 22 …", ", footnote 4 …"). */
const PIN_TAIL = /(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:footnotes?|fns?\.|nn?\.|paragraphs?|¶|lines?)\b|¶)/gi;
// ("[Doc. 85 pp. 12-13]", "[Doc. 86-1 ¶¶ 14-22]": a pin right after the entry; "(doc. no. 50, p. 7 n.4)", after a comma, says
// where a passage is and stays a bare citation.)
// ("[Docket No. 58, Ex. 4]", "[Docket No. 58, Exs. 5-6]": E.D. Okla.'s exhibit of an entry, inside the cite's brackets.)
// ("see ECF No. 1 paras. 12-19; ECF No. 9 paras. 12-19": the pleadings' paragraphs, a pin.)
const PIN =
  /\s*,?\s*(?=at\s)|\s+(?=pp?\.\s*\d|¶|paras?\.\s*\d)|\s*,\s*(?=(?:Exs?\.|Exhibits?)\s*[A-Z0-9]{1,3}\b[^\]\n]{0,30}\])/y;
const ATTACHMENT_WORD = /\s*,\s*(?:att(?:achment)?s?\.?|attach\.)\s*(?:No\.?\s*)?(\d{1,4})(?![\d:])/iy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** One "N" or "N-M" as the order wrote it; "33-34" (M = N + 1) reads as two entries, with a warning. */
function entries(
  entry: string,
  attachment: string | undefined,
  warnings: string[],
  plural = false,
  single = false,
): string[] {
  if (attachment === undefined) return [entry];
  const a = Number(entry);
  const b = Number(attachment);
  // ("[Doc. No. 1-2]": a singular "No." names one entry, so its attachment.)
  if (b === a + 1 && !single) {
    warnings.push(
      `"#${entry}-${attachment}" is read as docket entries ${entry} and ${attachment}; it could also mean entry ${entry}, attachment ${attachment}`,
    );
    return [entry, attachment];
  }
  // "ECF Nos. 51-54": after a plural marker, a higher second number is a run of entries.
  if (plural && b > a && b - a <= 50) {
    warnings.push(
      `"${entry}-${attachment}" is read as docket entries ${entry} through ${attachment}; it could also mean entry ${entry}, attachment ${attachment}`,
    );
    const out: string[] = [];
    for (let k = a; k <= b; k++) out.push(String(k));
    return out;
  }
  return [`${entry}-${attachment}`];
}

/** "116-1-4", "98-14-98-46": attachments `from` to `to` of one entry; null when the text is no such run. */
function attachmentRun(
  text: string,
  pos: number,
  entry: string,
  from: string,
): { dockets: string[]; end: number } | null {
  const m = sticky(ATTACHMENT_RUN, text, pos);
  if (!m) return null;
  if (m[1] !== undefined && m[1] !== entry) return null;
  const a = Number(from);
  const b = Number(m[2]);
  // "116-1-4" needs the second dash; "64-1 through 4" and "64-1 to 4" are too loose without the entry repeated.
  if (m[1] === undefined && !/^\s*-/.test(m[0])) return null;
  if (!(b > a) || b - a > 100) return null;
  const dockets: string[] = [];
  for (let k = a; k <= b; k++) dockets.push(`${entry}-${k}`);
  return { dockets, end: pos + m[0].length };
}

/** NYSCEF numbers every document, so "72-74" is the run 72, 73, 74 (never an attachment). */
function run(entry: string, last: string | undefined): string[] {
  if (last === undefined) return [entry];
  const a = Number(entry);
  const b = Number(last);
  if (b <= a || b - a > 100) return [entry, last];
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(String(k));
  return out;
}

/** Fills "64-1, 64-2, … 64-6" in between when both ends are attachments of one entry. */
function elide(previous: string | undefined, entry: string, attachment: string | undefined): string[] {
  const prev = previous?.split('-');
  if (prev && prev.length === 2 && attachment !== undefined && prev[0] === entry) {
    const from = Number(prev[1]);
    const to = Number(attachment);
    if (to > from && to - from <= 50) {
      const out: string[] = [];
      for (let k = from + 1; k <= to; k++) out.push(`${entry}-${k}`);
      return out;
    }
  }
  return attachment === undefined ? [entry] : [`${entry}-${attachment}`];
}

/** "[1] Plaintiffs also ask …" at a line's start, after the same "[1]" stood glued to the end of a sentence as its marker. */
function isFootnoteLabel(text: string, start: number, label: string): boolean {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (!/^\]\s+[A-Z]/.test(text.slice(start + 1 + label.length, start + 4 + label.length))) return false;
  return text.lastIndexOf(`.[${label}]`, start) !== -1;
}

/** Every docket reference between `from` and `to`. */
export function findDocketRefs(text: string, from = 0, to = text.length): DocketRef[] {
  const refs: DocketRef[] = [];
  const marker = new RegExp(MARKER.source, 'g');
  marker.lastIndex = from;
  for (let m = marker.exec(text); m && m.index < to; m = marker.exec(text)) {
    const start = m.index;
    let pos = start + m[0].length;
    const first = sticky(ENTRY, text, pos);
    if (!first) continue;
    // ("The Court will seal R. 60-6.[1]" … "[1] Plaintiffs also ask …": a footnote's number opening its text, not an entry.)
    if (m[0] === '[' && isFootnoteLabel(text, start, first[0])) continue;
    const warnings: string[] = [];
    // (Oregon's "Env." numbers and Oklahoma's "OSCN Doc. #1058734409", like NYSCEF's, are each one document.)
    // (OSCN's docket listing too: "Document Available (#1057533917)".)
    const perDocument =
      /^(?:NYSCEF|Env\.)/i.test(m[0]) ||
      /\bOSCN\s+$|\bDocument\s+Available\s*\(\s*$/i.test(text.slice(Math.max(0, start - 22), start));
    const single = /\b(?:No|Number)\.?\s*#?\s*\[?$/.test(m[0]) && !/\bNos\b/i.test(m[0]);
    // ("ECF Nos. 1-3 and 12-3": a pair whose second number is lower is an attachment, so the list's pairs all are.)
    const listed = text.slice(pos, Math.min(to, pos + 100)).split(/[)\];.]/)[0] ?? '';
    // ("ECF Nos. 1-3 and 1-4": two pairs from one entry are its attachments, never two runs that overlap.)
    const pairs = [...listed.matchAll(/(\d{1,5})-(\d{1,4})(?![\d:])/g)];
    const attachments =
      pairs.some((p) => Number(p[2]) < Number(p[1])) || new Set(pairs.map((p) => p[1])).size < pairs.length;
    const plural =
      !attachments &&
      (/\b(?:Nos|Dkts|Docs|Entries)\b|##/i.test(m[0]) || /##\s*$/.test(text.slice(Math.max(0, start - 1), start + 2)));
    const read = (entry: string, attachment: string | undefined, at: number) => {
      // "Doc. Nos. 118 through 121": every entry from the first to the last (a short run, written out in words).
      const through = attachment === undefined ? sticky(ENTRY_THROUGH_ENTRY, text, at) : null;
      const last = Number(through?.[1] ?? 0);
      if (through && last > Number(entry) && last - Number(entry) <= 50 && at + through[0].length <= to) {
        const all: string[] = [];
        for (let k = Number(entry); k <= last; k++) all.push(String(k));
        return { dockets: all, end: at + through[0].length };
      }
      if (perDocument) return { dockets: run(entry, attachment), end: at };
      // "Documents 1 through 1-35": the entry and its attachments 1 to 35.
      const tail = attachment === undefined ? sticky(ENTRY_THROUGH_ATTACHMENTS, text, at) : null;
      if (tail && tail[1] === entry && Number(tail[2]) <= 100 && at + tail[0].length <= to) {
        const all = [entry];
        for (let k = 1; k <= Number(tail[2]); k++) all.push(`${entry}-${k}`);
        return { dockets: all, end: at + tail[0].length };
      }
      const span = attachment === undefined ? null : attachmentRun(text, at, entry, attachment);
      if (span && span.end <= to) return span;
      return { dockets: entries(entry, attachment, warnings, plural, single), end: at };
    };
    // "[doc. 49, att. 4]" (W.D. La.): attachment 4 of entry 49.
    const attached = first[2] === undefined ? sticky(ATTACHMENT_WORD, text, pos + first[0].length) : null;
    const head = attached
      ? { dockets: [`${first[1] ?? ''}-${attached[1] ?? ''}`], end: pos + first[0].length + attached[0].length }
      : read(first[1] ?? '', first[2], pos + first[0].length);
    const dockets = head.dockets;
    pos = head.end;
    /** Where the last entry written with its own marker begins ("Dkt. 40-2, Dkt. 40-3, and Dkt. 41 at 5-6"). */
    let split: { index: number; end: number; start: number } | null = null;
    for (;;) {
      // "NYSCEF Document Numbers 139, 141, and 142 (MS 008); 169, 173 …": groups labelled by motion sequence.
      const group = perDocument ? sticky(SEQUENCE_GROUP, text, pos) : null;
      if (group && pos + group[0].length <= to) {
        pos += group[0].length;
        const next = sticky(ENTRY, text, pos);
        if (next) {
          const got = read(next[1] ?? '', next[2], pos + next[0].length);
          dockets.push(...got.dockets);
          pos = got.end;
          continue;
        }
      }
      const more = sticky(MORE, text, pos);
      if (more && pos + more[0].length <= to) {
        const own = /(?:#|ECF|[Dd]kts?\.|[Dd]ocs?\.)/.exec(more[0]);
        if (own) split = { index: dockets.length, end: pos, start: pos + own.index };
        const got = read(more[1] ?? '', more[2], pos + more[0].length);
        dockets.push(...got.dockets);
        pos = got.end;
        continue;
      }
      const elision = sticky(ELISION, text, pos);
      if (elision && pos + elision[0].length <= to) {
        dockets.push(...elide(dockets[dockets.length - 1], elision[1] ?? '', elision[2]));
        pos += elision[0].length;
        continue;
      }
      break;
    }
    // "ECF No. [57]", "[158]": the bracket belongs to the reference.
    if (m[0].endsWith('[')) {
      const close = sticky(CLOSE_BRACKET, text, pos);
      if (!close) continue;
      pos += 1;
    }
    let pin: CitedRange[] = [];
    const pinStart = sticky(PIN, text, pos);
    if (pinStart) {
      // (A pin ends at a semicolon: "ECF No. 77-2 at 4-32; footnote 4 on page 9 of ECF No. 70" names another entry's part.)
      const semicolon = text.indexOf(';', pos);
      const limit = semicolon >= 0 && semicolon < to ? semicolon : to;
      const full = parseRangeList(text, pos + pinStart[0].length, { at: true, context: 'ecf', limit });
      // "Doc. 57 at 6-7 and 14 and paragraphs 22 through 30 of Doc. 59": the last locators belong to the entry named
      // right after them.
      const list = full && withoutNextEntryTail(text, full, PIN_TAIL);
      if (list && list.end <= to) {
        pin = list.ranges;
        pos = list.end;
        // "footnote 4 on Doc. 62 at 9": the footnote on that page of the entry.
        const note = /\b(?:footnote|fn\.|n\.)\s*(\d{1,3})\s+(?:on|of|in)\s+$/i.exec(
          text.slice(Math.max(0, start - 30), start),
        );
        const only = pin.length === 1 ? pin[0] : undefined;
        if (note && only && only.kind === 'ecfPages' && only.from === only.to) {
          pin = [{ kind: 'footnote', page: only.from, note: Number(note[1]) }];
        }
      }
    }
    if (dockets.some((d) => /^0+(-|$)/.test(d))) continue;
    // "Docket No. 217-2023-CV-00588": a case number, not an entry.
    if (
      /^-?[A-Za-z]{1,4}-\d/.test(text.slice(pos, pos + 8)) ||
      /^-\d{4}-/.test(text.slice(pos - 5, pos + 6).replace(/^\d*/, ''))
    )
      continue;
    // "(Dkt. 41; Trans. ID 69284517)": Delaware's File & ServeXpress number beside the docket entry names the same filing.
    if (
      /^Trans(?:action)?\.?\s*ID/i.test(m[0]) &&
      /\b(?:Dkts?\.?|D\.I\.)\s*(?:Nos?\.\s*)?\d{1,5}(?:-\d{1,4})?\s*[;,]\s*$/.test(
        text.slice(Math.max(0, start - 20), start),
      )
    )
      continue;
    // A pin cite after entries that each have their own marker belongs to the last of them only.
    if (pin.length > 0 && split) {
      const head = [...new Set(dockets.slice(0, split.index))];
      refs.push({ start, end: split.end, dockets: head, pin: [], warnings, perDocument });
      refs.push({
        start: split.start,
        end: pos,
        dockets: [...new Set(dockets.slice(split.index))],
        pin,
        warnings: [],
        perDocument,
      });
      marker.lastIndex = pos;
      continue;
    }
    refs.push({ start, end: pos, dockets: [...new Set(dockets)], pin, warnings, perDocument });
    marker.lastIndex = pos;
  }
  // "(D0097)", "(D0099, D0100, D0101, D0102)": Iowa EDMS document numbers, as written.
  const edms = /\bD\d{4}\b(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)D\d{4}\b)*/g;
  edms.lastIndex = from;
  for (let m = edms.exec(text); m && m.index < to; m = edms.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to || refs.some((r) => start < r.end && end > r.start)) continue;
    refs.push({ start, end, dockets: m[0].match(/D\d{4}/g) ?? [], pin: [], warnings: [], perDocument: true });
  }
  // "(Trans ID: CHC2024058214)": New Jersey eCourts transaction IDs, letters and all, as the order writes them; "(Filing ID
  // 7C41A2E9B0D53)": Colorado Courts E-Filing's hexadecimal IDs.
  const ids =
    /\b(?:Trans(?:action)?\.?\s*ID\.?:?\s*([A-Z]{2,5}\d{6,12})|Filing\s+ID\.?:?\s*((?=[0-9A-F]*\d)[0-9A-F]{10,16}))\b/g;
  ids.lastIndex = from;
  for (let m = ids.exec(text); m && m.index < to; m = ids.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to || refs.some((r) => start < r.end && end > r.start)) continue;
    refs.push({ start, end, dockets: [m[1] ?? m[2] ?? ''], pin: [], warnings: [], perDocument: true });
  }
  // "4 AA 812-845", "2 RT 318:4-321:20": a California appellate record cite, volume and record (appellant's or
  // respondent's appendix, clerk's or reporter's transcript), then the record's own pages or page:lines.
  const record = /\b(\d{1,2})\s+(AA|RA|CT|RT)\s+(?=\d)/g;
  record.lastIndex = from;
  for (let m = record.exec(text); m && m.index < to; m = record.exec(text)) {
    const start = m.index;
    const list = parseRangeList(text, start + m[0].length, { at: true, context: 'pages', limit: to });
    if (!list || refs.some((r) => start < r.end && list.end > r.start)) continue;
    refs.push({
      start,
      end: list.end,
      dockets: [`${m[1]} ${m[2]}`],
      pin: list.ranges,
      warnings: [],
      perDocument: true,
    });
    record.lastIndex = list.end;
  }
  refs.sort((a, b) => a.start - b.start);
  // (A number the order once shows as one document of its own, "Document Available (#1057533917)", is one wherever cited.)
  const single = new Set(refs.filter((r) => r.perDocument).flatMap((r) => r.dockets));
  for (const ref of refs) if (!ref.perDocument && ref.dockets.every((d) => single.has(d))) ref.perDocument = true;
  // "[70-3], [70-4], [70-5]": bare bracketed entries listed together are one list (so "Exhibits C, D, and E" pair with them).
  const merged: DocketRef[] = [];
  for (const ref of refs) {
    const last = merged[merged.length - 1];
    if (
      last &&
      text[last.start] === '[' &&
      text[ref.start] === '[' &&
      last.pin.length === 0 &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(last.end, ref.start))
    ) {
      merged[merged.length - 1] = { ...last, end: ref.end, dockets: [...last.dockets, ...ref.dockets], pin: ref.pin };
      continue;
    }
    merged.push(ref);
  }
  return merged;
}
