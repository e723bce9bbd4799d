// Noise removal that keeps offsets: the cleaned text has the same length as the original, character for character.

/** The order's text with typographic noise blanked out; `text[i]` stands where `original[i]` stood. */
export interface CleanText {
  original: string;
  text: string;
  /** Offsets where each line of the text starts. */
  lineStarts: number[];
  /** True when the order carries its own pleading line numbers (and they were blanked). */
  numbered: boolean;
  /** Lines (indexes) whose first visible character in the original is a superscript footnote marker. */
  footnoteLines: Set<number>;
  /** Lines (indexes) of page furniture blanked out: the order's own ECF header, running headers and footers. */
  furnitureLines: Set<number>;
}

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/;

/** One-for-one replacements: curly quotes, dashes, emphasis markers, odd spaces, superscript markers (→ space). */
const NOISE_CHARACTERS =
  '\u2018\u2019\u02bc\u2032\u201c\u201d\u2033\u2010\u2011\u2012\u2013\u2014\u2015\u2212*\u00a0\u2002\u2003\u2009\u202f\t\r\f' +
  '\u00ad\u00b7\u2022\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079';
const NOISE = new RegExp(`[${NOISE_CHARACTERS}]`, 'g');
const REPLACEMENT: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};

/** Every character NOISE replaces, by code, and the code it becomes (a space where REPLACEMENT names nothing). */
const NOISE_CODES = new Map(
  [...NOISE_CHARACTERS].map((ch) => [ch.charCodeAt(0), (REPLACEMENT[ch] ?? ' ').charCodeAt(0)] as const),
);

/**
 * The text with NOISE replaced one for one, as a one-byte string when every character then fits in one byte (as it does
 * once curly quotes and dashes are gone; ¶ and § fit). V8 keeps a string two-byte through every later `replace` once one
 * curly quote was in it, and its compiled patterns test classes such as `\s` on two-byte text with a call out per
 * character: the rest of the parse, hundreds of patterns over the same text, runs markedly faster on one-byte text. One
 * pass over the codes and a Latin-1 decode, five times faster than the replacement by pattern on two-byte text.
 */
function withoutNoise(text: string): string {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // (Only these ASCII characters are noise: the rest go through untouched, with no lookup.)
    if (code >= 0x80 || code === 0x2a || code === 0x09 || code === 0x0d || code === 0x0c)
      code = NOISE_CODES.get(code) ?? code;
    // Past one byte, or a C1 control (which the decoder, windows-1252 by the Encoding standard, reads as another
    // character): by pattern, as before.
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) return text.replace(NOISE, (ch) => REPLACEMENT[ch] ?? ' ');
    bytes[i] = code;
  }
  return LATIN1.decode(bytes);
}
const LATIN1 = new TextDecoder('latin1');

const QUOTED_LABELS =
  /\b((?:Exhibits?|Exs?\.|Exh\.)\s+)(?:"[A-Z0-9]{1,3},?"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|through|to)\s+)?)+/g;
/** A page number on a line of its own: "3", "- 3 -", "Page 3". */
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$|^Page\s+\d{1,3}$/;
/** A word broken with a hyphen at a line's end, both halves in lower case or both in capitals (as a ruling is printed:
 * "SHALL REMAIN RE-" / "DACTED", "is DE-" / "NIED"). */
// (The next line may start with the order's own line number: "Defen-" / "17  dants' Motion".)
// (The hyphen first, its letters looked back at after: the scan stops only at hyphens.)
const HYPHENATED =
  /-(?<=(?:[a-z]{2}|\b[A-Z]{2,})-)\n([ \t]*(?:\d{1,2}[ \t]+)?)((?<=[a-z]-\n[ \t\d]*)[a-z]{2,}(?:'s?)?|(?<=[A-Z]-\n[ \t\d]*)[A-Z]{2,})(?=[\s.,;:)])/g;
/** A number broken at its dash: an attachment ("(Doc. 77-" / "2)") or the end of a range ("Pages 12-" / "19"). */
const SPLIT_DOCKET = /\n(?<=\d-\n)([ \t]*(?:\d{1,2}[ \t]+)?)(\d{1,4})(?=[\s.,;:)\]])/g;
const LINE_NUMBER = /^(\s*(?:[-\u2022]\s+)?)(\d{1,2})(?=\s|$)/;
// (D. Colo.: "Case No. 1:23-cv-02290-RTB-KLW   Document 97   filed 06/03/24   USDC Colorado   pg 2 of 4".)
// (E.D. Mich.: "Case 2:22-cv-10457-RSK-DRG ECF No. 88, PageID.2214 Filed 05/17/23 Page 1 of 6".)
const ECF_HEADER =
  /^\s*(?:\d{1,2}\s+)?Case\s+(?:No\.\s*)?\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}\S*\s+(?:Doc(?:ument|\.)?\s*#?\s*\d+(?:-\d+)?|ECF\s+No\.\s*\d+(?:-\d+)?,?(?:\s+PageID\.?\s*\d+)?)\s+Filed\s+\S+(?:\s+Page\s*(?:ID)?\s*\d+\s+of\s+\d+)?/i;
/** A court of appeals' header: "Case: 24-1391  Document: 32-1  Filed: 05/21/2024  Page: 1", "USCA11 Case: …". */
const APPELLATE_HEADER = /^\s*(?:USCA\d{1,2}\s+|Appellate\s+)?Case:\s*\d{1,2}-\d{3,6}\s+Document:\s*\S+/;
/** A clerk's filing stamp across the page: "Filed   22-CI-02218   03/27/2023   Nadine Corliss, Fayette Circuit Clerk". */
const CLERK_STAMP =
  /^\s*(?:(?:Filed|FILED|Entered|ENTERED|Received|RECEIVED)\b.*\s{3,}.*\b\d{1,2}\/\d{1,2}\/\d{2,4}\b.*\bClerk\b.*|\*{2,}.*\b(?:FILED|Filed|CLERK|Clerk)\b.*\*{2,}\s*)$/;
/** A running header or footer with a page count ("2023-201455-CB\tTroy-Belle … v Kestrel Tooling\tPage 1 of 3"). */
const RUNNING_FOOTER = /^[^.;()]{0,100}(?:\bPage\s+|\s{3,})\d{1,3}\s+of\s+\d{1,3}\s*$/;
/** The court's name printed in the margin of every page ("United States District Court" / "Northern District of
 * California", as a Northern District of California order comes out of its PDF), between the numbered lines. */
const MARGIN_COURT =
  /^\s*(?:United States District Court|(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$/;
/** A page number alone and far from the margin (centred in a footer), never one of the order's line numbers. */
const CENTRED_PAGE_NUMBER = /^\s{20,}\d{1,3}\s*$/;
/** The case number alone on a line, as a running footer prints it ("3:23-cv-00871-ALB-VNT", "…-TLB, Kachemak Bay v. …"). */
const CASE_NUMBER_LINE =
  /^\s*(?:\d{1,2}\s+)?\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}(?:-[A-Z]{2,4})*(?:\s*,\s+[^\n]{0,120}\bv\.?\s[^\n]{0,120})?\s*$/i;
/** A page number between dashes on a line of its own ("- 2 -"), never a line number or a bullet. */
const DASHED_PAGE_NUMBER = /^\s*-\s*\d{1,3}\s*-\s*$/;
const BULLET = /^(\s*)([-\u2022])(\s+)/;
/** Words of a ruling or of what it rules on: a line with one is never page furniture, however often it recurs. */
const RULING_WORDS =
  /order|grant|den(?:y|ie)|seal|redact|confiden|restrict|exhibit|\b(?:dkt|doc|ecf)\b|¶|:\d(?!\d\s*(?:AM|PM|a\.m\.|p\.m\.))/i;

/** Replaces [start, end) ranges of `text` with spaces (newlines kept), in one pass. */
export function blankRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Cleans an order's text; blanks its own pleading line numbers when most lines carry them in sequence. */
export function cleanOrderText(original: string): CleanText {
  // Code unit for code unit: every replacement is one character, so offsets agree with the original.
  let text = withoutNoise(sentenceCase(original))
    // 'Exhibits "E" and "F"', 'Exhibit "G,"' (Hawai'i, Pennsylvania): quoted labels read as bare ones.
    .replace(QUOTED_LABELS, (m: string, head: string) => head + m.slice(head.length).replace(/"/g, ' '))
    // "Decla-\n      ration": a word hyphenated at a line's end is joined (its second half moves up; the length stays).
    .replace(HYPHENATED, (_m, indent: string, second: string) => `${second} \n${indent}`)
    // "(Doc. 77-" / "2  2)": an attachment number carried to the next pleading line comes up to its entry; so does the end
    // of a page, paragraph or line range ("Pages 12-" / "19 of the Forensic Report").
    .replace(SPLIT_DOCKET, (m: string, indent: string, to: string, at: number, whole: string) => {
      const before = whole.slice(Math.max(0, at - 80), at);
      // (Or the last of a list: "(ECF Nos. 152-3, 152-4, and 152-" / "28  5)".)
      return /\b(?:Doc|Dkt|ECF(?:\s+No)?|No|Nos|Docket(?:\s+No)?)\.?\s*#?\s*(?:\d{1,5}(?:-\d{1,4})?\s*(?:,\s*(?:and\s+)?|and\s+))*\d{1,5}-$/i.test(
        before,
      ) || /\b(?:[Pp]ages?|pp\.|¶¶|[Pp]aragraphs|[Ll]ines)\s+\d{1,4}-$/.test(before)
        ? `${to}\n${indent}`
        : m;
    });
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineEnd = (index: number) => {
    const next = lineStarts[index + 1];
    return next === undefined ? text.length : next - 1;
  };

  // Pass 1: which lines begin with a number that continues the 1…28 sequence of the order's own line numbers?
  const accepted: [number, number][] = [];
  const blanks: [number, number][] = [];
  const furnitureLines = new Set<number>();
  let previous: number | null = null;
  /** A running header or footer came after the last numbered line. */
  let breakSince = false;
  const footnoteLines = new Set<number>();
  let nonBlank = 0;
  // A line printed the same on three pages or more is the page's furniture ("EFiled: Nov 04 2024 09:52AM EST",
  // "Transaction ID 74790312", a court reporter's name), unless it says something of a ruling.
  const seen = new Map<string, number>();
  for (let index = 0; index < lineStarts.length; index++) {
    const trimmed = text.slice(lineStarts[index] ?? 0, lineEnd(index)).trim();
    if (trimmed.length >= 6) seen.set(trimmed, (seen.get(trimmed) ?? 0) + 1);
  }
  const recurring = (line: string) => {
    const trimmed = line.trim();
    // (Words, not a table's rules or its empty cells.)
    return (
      (seen.get(trimmed) ?? 0) >= 3 &&
      /[A-Za-z]{3}/.test(trimmed) &&
      !trimmed.includes('|') &&
      !RULING_WORDS.test(trimmed) &&
      !/^\d{1,2}\s/.test(trimmed)
    );
  };
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index] ?? 0;
    const line = text.slice(start, lineEnd(index));
    if (line.trim() === '') continue;
    nonBlank++;
    // "Case 2:19-cv-00525-WSH Document 86 Filed 08/06/21 Page 1 of 6": the order's own ECF header, not a citation.
    // (The patterns that need a colon, or "of", are tried only on lines that have one: hundreds of lines an order.)
    const colon = line.includes(':');
    if (
      (colon && ECF_HEADER.test(line)) ||
      (colon && APPELLATE_HEADER.test(line)) ||
      (line.includes('of') && RUNNING_FOOTER.test(line)) ||
      CLERK_STAMP.test(line) ||
      DASHED_PAGE_NUMBER.test(line) ||
      (MARGIN_COURT.test(line) && previous !== null) ||
      (colon && CASE_NUMBER_LINE.test(line)) ||
      CENTRED_PAGE_NUMBER.test(line) ||
      recurring(line)
    ) {
      blanks.push([start, start + line.length]);
      furnitureLines.add(index);
      breakSince = true;
      continue;
    }
    const bullet = BULLET.exec(line);
    const match = LINE_NUMBER.exec(line);
    // A bullet before a line number is noise; a bullet before words opens a list item (the structure pass reads it).
    if (bullet && match) blanks.push([start + (bullet[1] ?? '').length, start + (bullet[1] ?? '').length + 1]);
    if (!match) continue;
    const n = Number(match[2]);
    if (n < 1 || n > 28) continue;
    // "28  197-4  Ex. 3 …" then "1 Lunaria's supporting declaration … asserts" and an unnumbered line under it, with no
    // page break between: the page's footnote, set out below its last numbered line, not the next page's line 1.
    if (
      n === 1 &&
      previous !== null &&
      previous >= 20 &&
      !breakSince &&
      /^\s+[A-Z]/.test(line.slice(match[0].length))
    ) {
      let next = index + 1;
      while (next < lineStarts.length && text.slice(lineStarts[next] ?? 0, lineEnd(next)).trim() === '') next++;
      const nextLine = text.slice(lineStarts[next] ?? 0, lineEnd(next));
      if (next === index + 1 && !LINE_NUMBER.test(nextLine)) {
        // (Up to a blank line, or to the page's footer or the next page's header when none comes: "2" / "Case 3:21-cv-…
        // Page 3 of 4" / "1 c. The Opposition. …".)
        for (let k = index; k < lineStarts.length; k++) {
          const said = text.slice(lineStarts[k] ?? 0, lineEnd(k)).trim();
          if (said === '' || PAGE_NUMBER.test(said) || ECF_HEADER.test(said) || APPELLATE_HEADER.test(said)) break;
          footnoteLines.add(k);
        }
        previous = null;
        continue;
      }
    }
    breakSince = false;
    if (previous === null || n === 1 || (n > previous && n <= previous + 3)) {
      previous = n;
      const from = start + (match[1] ?? '').length;
      accepted.push([from, from + (match[2] ?? '').length]);
    }
  }
  const numbered = accepted.length >= 10 && accepted.length >= nonBlank * 0.4;
  text = blankRanges(text, numbered ? [...blanks, ...accepted] : blanks);

  // Pass 2: page numbers standing alone between blank lines, and footnotes set off by a rule of underscores ("____"
  // then "1 Plaintiff opposes …"), as text taken from a PDF prints them.
  const lineText = (index: number) => text.slice(lineStarts[index] ?? 0, lineEnd(index));
  const blankLine = (index: number) => index < 0 || index >= lineStarts.length || lineText(index).trim() === '';
  // (A footnote's number as printed: pass 1 may have taken "1 Unredacted copies …" for line number 1.)
  const originalLine = (index: number) => original.slice(lineStarts[index] ?? 0, lineEnd(index));
  const furniture: [number, number][] = [];
  for (let index = 0; index < lineStarts.length; index++) {
    const trimmed = lineText(index).trim();
    const start = lineStarts[index] ?? 0;
    if (!numbered && PAGE_NUMBER.test(trimmed) && blankLine(index - 1) && blankLine(index + 1)) {
      furniture.push([start, lineEnd(index)]);
      furnitureLines.add(index);
    } else if (/^_{8,}$/.test(trimmed) && /^\s*(?:\d{1,2}\s|[¹²³⁴⁵⁶⁷⁸⁹⁰])/.test(originalLine(index + 1))) {
      furniture.push([start, lineEnd(index)]);
      furnitureLines.add(index);
      for (let k = index + 1; k < lineStarts.length && !blankLine(k); k++) footnoteLines.add(k);
    }
  }
  text = blankRanges(text, furniture);
  // A superscript marker (blanked above) before a line's first visible character opens a footnote.
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index] ?? 0;
    const line = text.slice(start, lineEnd(index));
    const firstVisible = /\S/.exec(line);
    const offset = firstVisible ? firstVisible.index : 0;
    if (offset > 0 && SUPERSCRIPT.test(original.slice(start, start + offset))) footnoteLines.add(index);
  }
  // (After the footnotes are known: a sentence broken by a page break goes on past the page's footnotes.)
  text = joinBrokenSentences(text, lineStarts, furnitureLines, footnoteLines);
  return { original, text, lineStarts, numbered, footnoteLines, furnitureLines };
}

/** Words an all-capitals order keeps as written: ruling words and docket prefixes the patterns read in capitals. */
const KEEP_CAPITALS = new Set([
  'GRANTED',
  'DENIED',
  'GRANTS',
  'DENIES',
  'ORDERED',
  'ECF',
  'DN',
  'DE',
  'ROA',
  'NYSCEF',
  'PAGEID',
]);
/** Words written with a capital in ordinary orders, which some patterns expect ("Exhibit 4", "Docket No. 88"). */
const CAPITALISED = new Set(['exhibit', 'exhibits', 'ex', 'docket', 'doc', 'docs', 'dkt', 'court', 'clerk', 'motion']);

/**
 * An order typed all in capitals (Ohio journal entries: "MOTION GRANTED AS TO EXHIBIT 4, WHICH SHALL BE MAINTAINED UNDER
 * SEAL."): read in sentence case, letter for letter, so the patterns written for ordinary prose apply. Other orders pass
 * unchanged.
 */
function sentenceCase(original: string): string {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
  }
  if (upper < 300 || upper < (upper + lower) * 0.85) return original;
  const words = original.replace(/[A-Za-z][A-Za-z'’]*/g, (word) => {
    const bare = word.replace(/['’].*$/, '');
    if (KEEP_CAPITALS.has(bare)) return word;
    const low = word.toLowerCase();
    return CAPITALISED.has(low) ? low[0]!.toUpperCase() + low.slice(1) : low;
  });
  // A sentence's or a line's first letter, and a party's or an exhibit's one-letter label, take capitals again.
  return words.replace(/(^|[.!?:]\s+|\n\s*|\(\s*)([a-z])/g, (_m, lead: string, ch: string) => lead + ch.toUpperCase());
}

/**
 * A page break inside a sentence ("redacting pages 2" / footer / header / "and 3."): the line breaks between the two
 * halves become U+2028, which is still white space to every pattern but no blank line that ends a list or paragraph.
 */
function joinBrokenSentences(
  text: string,
  lineStarts: number[],
  furnitureLines: Set<number>,
  footnoteLines: Set<number>,
): string {
  if (furnitureLines.size === 0) return text;
  const lineText = (index: number) => {
    const next = lineStarts[index + 1];
    return text.slice(lineStarts[index] ?? 0, next === undefined ? text.length : next - 1);
  };
  const joins: [number, number][] = [];
  for (const index of [...furnitureLines].sort((a, b) => a - b)) {
    // (Past the page's footnotes, which the structure pass sets aside: "… Schedule" / "____" / "1 The Court …" / header.)
    const skipped = (k: number) => lineText(k).trim() === '' || footnoteLines.has(k) || furnitureLines.has(k);
    let before = index - 1;
    while (before >= 0 && skipped(before)) before--;
    let after = index + 1;
    while (after < lineStarts.length && skipped(after)) after++;
    if (before < 0 || after >= lineStarts.length) continue;
    const head = lineText(before).trimEnd();
    const tail = lineText(after).trimStart();
    if (/[.:;!?]["')\]]*$/.test(head) || !/^[a-z0-9(]/.test(tail)) continue;
    joins.push([(lineStarts[before] ?? 0) + lineText(before).length, lineStarts[after] ?? 0]);
  }
  if (joins.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of joins) {
    if (from < at) continue;
    out += text.slice(at, from) + text.slice(from, to).replace(/\n/g, '\u2028');
    at = to;
  }
  return out + text.slice(at);
}
