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
}

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/;

/** One-for-one replacements: curly quotes, dashes, emphasis markers, odd spaces, superscript markers. */
function mapChar(ch: string): string {
  switch (ch) {
    case '\u2018':
    case '\u2019':
    case '\u02bc':
    case '\u2032':
      return "'";
    case '\u201c':
    case '\u201d':
    case '\u2033':
      return '"';
    case '\u2010':
    case '\u2011':
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
    case '\u2212':
      return '-';
    case '*':
    case '\u00a0':
    case '\u2002':
    case '\u2003':
    case '\u2009':
    case '\u202f':
    case '\t':
    case '\r':
    case '\f':
    case '\u00ad':
      return ' ';
    case '\u00b7':
    case '\u2022':
      return ' ';
    default:
      return SUPERSCRIPT.test(ch) ? ' ' : ch;
  }
}

const LINE_NUMBER = /^(\s*(?:[-\u2022]\s+)?)(\d{1,2})(?=\s|$)/;
const BULLET = /^(\s*)([-\u2022])(\s+)/;

/** Cleans an order's text; blanks its own pleading line numbers when most lines carry them in sequence. */
export function cleanOrderText(original: string): CleanText {
  // Code unit by code unit: surrogate halves match nothing in mapChar and pass through, so lengths agree.
  const chars: string[] = [];
  for (let i = 0; i < original.length; i++) chars.push(mapChar(original[i] ?? ''));
  const lineStarts: number[] = [0];
  for (let i = 0; i < original.length; i++) if (original[i] === '\n') lineStarts.push(i + 1);

  const lineText = (index: number): string => {
    const start = lineStarts[index] ?? 0;
    const end = index + 1 < lineStarts.length ? (lineStarts[index + 1] ?? original.length) - 1 : original.length;
    return chars.slice(start, end).join('');
  };

  // Pass 1: which lines begin with a number that continues the 1…28 sequence of the order's own line numbers?
  const accepted: { line: number; start: number; end: number }[] = [];
  let previous: number | null = null;
  let nonBlank = 0;
  for (let index = 0; index < lineStarts.length; index++) {
    const line = lineText(index);
    if (line.trim() === '') continue;
    nonBlank++;
    const match = LINE_NUMBER.exec(line);
    if (!match) continue;
    const n = Number(match[2]);
    if (n < 1 || n > 28) continue;
    if (previous === null || n === 1 || (n > previous && n <= previous + 3)) {
      previous = n;
      const start = (lineStarts[index] ?? 0) + (match[1] ?? '').length;
      accepted.push({ line: index, start, end: start + (match[2] ?? '').length });
    }
  }
  const numbered = accepted.length >= 10 && accepted.length >= nonBlank * 0.4;
  if (numbered) for (const { start, end } of accepted) for (let i = start; i < end; i++) chars[i] = ' ';

  // Pass 2: markdown bullets at line starts, footnote lines.
  const footnoteLines = new Set<number>();
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index] ?? 0;
    const line = lineText(index);
    const bullet = BULLET.exec(line);
    if (bullet) chars[start + (bullet[1] ?? '').length] = ' ';
    const firstVisible = /\S/.exec(chars.slice(start, start + line.length).join(''));
    // A superscript marker (blanked above) before the first visible character opens a footnote.
    const offset = firstVisible ? firstVisible.index : 0;
    if (SUPERSCRIPT.test(original.slice(start, start + offset))) footnoteLines.add(index);
  }
  return { original, text: chars.join(''), lineStarts, numbered, footnoteLines };
}
