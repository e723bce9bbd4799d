// Fed. R. Civ. P. 5.2(a) presets: Social Security and taxpayer numbers, birth dates, financial-account numbers, minors' names.
//
// What each mark covers (Rule 5.2(a) lets a filing keep "the last four digits of the social-security number and
// taxpayer-identification number", "the year of the individual's birth", "the minor's initials" and "the last four
// digits of the financial-account number"):
// - ssn, tin, account-number: every digit but the last four (separators between masked digits included), so
//   "666-71-2049" becomes "███████2049". `whole: true` marks the whole number.
// - birth-date: month and day; the year stays ("███████ 1987", "██████1987", "1987██████"). `whole: true` marks it all.
// - minor-name: the whole name. The rule allows initials to remain, but a box that keeps each part's first letter would
//   still show the length of every part, so the name is covered whole and the initials belong in the box's label.
import type { Match, Matcher } from './query.ts';
import { execAll, textPattern } from './query.ts';

export type PresetName = 'ssn' | 'tin' | 'birth-date' | 'account-number' | 'minor-name';

export const PRESET_NAMES: readonly PresetName[] = ['ssn', 'tin', 'birth-date', 'account-number', 'minor-name'];

/** What each preset looks for and what its mark leaves, in words for the viewer. */
export const PRESET_LABELS: Readonly<Record<PresetName, { title: string; keeps: string }>> = {
  ssn: { title: 'Social Security numbers', keeps: 'last four digits stay' },
  tin: { title: 'Taxpayer identification numbers (EIN, ITIN, SSN)', keeps: 'last four digits stay' },
  'birth-date': { title: 'Birth dates', keeps: 'year stays' },
  'account-number': { title: 'Financial-account numbers', keeps: 'last four digits stay' },
  'minor-name': { title: 'Names of minors', keeps: 'whole name covered; label the box with the initials' },
};

/** Not glued to a word, an amount, or the tail of an identifier such as "BDW-0038817" or "3:19-cv-04417". */
const B = '(?<![\\p{L}\\p{N}$]|[\\p{L}\\p{N}][-/.:])';
/** Not followed by more of the same token ("04417-RS", "2049.5", "45.6"). */
const A = '(?![\\p{L}\\p{N}]|[-/.:,][\\p{L}\\p{N}])';

const SSN_CONTEXT = /(social[ -]*security|\bSSN|\bSS ?#|\bsoc\.? ?sec|\btaxpayer|\bI?TIN\b)/i;
const TIN_CONTEXT = /(\btaxpayer|\bI?TIN\b|\bF?EIN\b|\bemployer identification|\btax ?(id|identification))/i;
const SSN_OR_TIN_CONTEXT = new RegExp(`${SSN_CONTEXT.source}|${TIN_CONTEXT.source}`, 'i');
const ACCOUNT_WORDS = /\b(accounts?|acct|a\/c)\b/gi;
const NOT_ACCOUNT_WORDS =
  /\b(routing|ABA|RTN|patent|serial|docket|case|bates|invoice|tracking|application|registration|order|phone|tel|telephone|fax|facsimile|zip|SBN|bar|CSR|ISSN|ISBN|OMB|DOI)\b/gi;
const BIRTH_BEFORE = /\b(born|birth|birthdate|birthday|DOB|D\.O\.B)\b/i;
const THRESHOLD = /\b(before|after|prior to|on or before|on or after|between)\s*$/i;
const BIRTH_AFTER = /^\W{0,3}(DOB|D\.O\.B|date of birth|birth ?date|born)\b/i;

function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** The mark keeps the last four digits of [start, end). */
function keepLastFour(text: string, start: number, end: number, whole: boolean, kept = /\d/): Match {
  if (whole) return { start, end, markStart: start, markEnd: end };
  let count = 0;
  let k = end;
  while (k > start && count < 4) {
    k--;
    if (kept.test(text[k]!)) count++;
  }
  return { start, end, markStart: start, markEnd: k };
}

function validSsnParts(area: string, group: string, serial: string): boolean {
  return area !== '000' && group !== '00' && serial !== '0000';
}

const SSN_RE = new RegExp(`${B}(\\d{3})([- ]?)(\\d{2})\\2(\\d{4})${A}`, 'gu');
const EIN_RE = new RegExp(`${B}(\\d{2})-(\\d{7})${A}`, 'gu');

/** SSN-shaped numbers (SSNs and ITINs): 123-45-6789 anywhere; 123 45 6789 and 123456789 only after words naming one. */
function ssnMatches(text: string, limit: number, whole: boolean, context: RegExp): Match[] {
  const out: Match[] = [];
  for (const m of execAll(SSN_RE, text, limit)) {
    if (!validSsnParts(m[1]!, m[3]!, m[4]!)) continue;
    if (m[2] !== '-' && !context.test(before(text, m.index, 50))) continue;
    out.push(keepLastFour(text, m.index, m.index + m[0].length, whole));
  }
  return out;
}

/** Employer identification numbers 12-3456789 anywhere, plus SSN/ITIN-shaped numbers (an individual's TIN is one). */
function tinMatches(text: string, limit: number, whole: boolean): Match[] {
  const out = ssnMatches(text, limit, whole, SSN_OR_TIN_CONTEXT);
  for (const m of execAll(EIN_RE, text, limit)) out.push(keepLastFour(text, m.index, m.index + m[0].length, whole));
  return out.sort((a, b) => a.start - b.start).slice(0, limit);
}

/** International bank account numbers: country code, check digits, then up to 30 letters and digits in groups of four. */
const IBAN_RE = new RegExp(`${B}[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)${A}`, 'gu');
const ACCOUNT_RE = new RegExp(`${B}(\\d{4}(?: \\d{4}){2,3}(?: \\d{1,4})?|\\d+(?:-\\d+)+|\\d{5,19})${A}`, 'gu');

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) last = m.index;
  return last;
}

function plausibleDate(groups: number[]): boolean {
  const [a = 0, b = 0, c = 0] = groups;
  const md = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  if (String(a).length === 4 || groups.length === 3) {
    if (a >= 1800 && a <= 2100 && md(b, c)) return true;
    if (c >= 1800 && c <= 2100 && (md(a, b) || md(b, a))) return true;
  }
  return false;
}

/**
 * Financial-account numbers: 8 to 19 digits in one token (bare, dashed, or card-style groups of four), 5 or more right
 * after "account"/"acct", and IBANs. Not: SSN/EIN shapes, telephone numbers, dates, ZIP+4 codes (unless "account" is named right
 * before them), nor numbers introduced as routing, patent, case, docket, Bates, order, bar, phone, ISSN/ISBN or OMB numbers.
 */
function accountMatches(text: string, limit: number, whole: boolean): Match[] {
  const out: Match[] = [];
  for (const m of execAll(ACCOUNT_RE, text, limit * 4)) {
    if (out.length >= limit) break;
    const token = m[0];
    const digits = token.replace(/\D/g, '');
    const ctx = before(text, m.index, 30);
    const yes = lastIndexOf(ACCOUNT_WORDS, ctx);
    const no = lastIndexOf(NOT_ACCOUNT_WORDS, ctx);
    if (no > yes) continue;
    const named = yes >= 0;
    if (digits.length < (named ? 5 : 8) || digits.length > 19) continue;
    if (!named) {
      const groups = token.split(/[- ]/);
      const shape = groups.map((g) => g.length).join('-');
      const spaced = token.includes(' ');
      if (!spaced && (shape === '3-2-4' || shape === '2-7' || shape === '5-4')) continue;
      if (/^(1-)?3-3-4$/.test(shape)) continue;
      if (!spaced && groups.length === 3 && plausibleDate(groups.map(Number))) continue;
    }
    out.push(keepLastFour(text, m.index, m.index + token.length, whole));
  }
  // An IBAN replaces the digit groups found inside it.
  for (const m of execAll(IBAN_RE, text, limit)) {
    if (!/\d{4}/.test(m[0].slice(4))) continue;
    const start = m.index;
    const end = start + m[0].length;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > start) out.splice(i, 1);
    out.push(keepLastFour(text, start, end, whole, /[A-Z0-9]/));
  }
  return out.sort((a, b) => a.start - b.start).slice(0, limit);
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
/** Dates; group `y` is the year (kept), the rest is masked. */
const DATE_RES = [
  new RegExp(`${B}${MONTH} +\\d{1,2}${ORD},? +(?<y>\\d{4})${A}`, 'giu'),
  new RegExp(`${B}\\d{1,2}${ORD} +(?:of +)?${MONTH},? +(?<y>\\d{4})${A}`, 'giu'),
  new RegExp(`${B}(?<m>\\d{1,2})(?<s>[/.-])(?<d>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})${A}`, 'gu'),
  new RegExp(`${B}(?<y>\\d{4})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})${A}`, 'gu'),
];

/** Dates of birth: a date named as one ("born", "date of birth", "DOB" in the 60 characters before, or "(DOB)" after). */
function birthDateMatches(text: string, limit: number, whole: boolean): Match[] {
  const out: Match[] = [];
  for (const re of DATE_RES) {
    for (const m of execAll(re, text, limit)) {
      const g = m.groups ?? {};
      if (g.m !== undefined && g.d !== undefined) {
        const a = Number(g.m);
        const b = Number(g.d);
        if (!((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31))) continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const ctx = before(text, start, 60);
      if (!BIRTH_BEFORE.test(ctx) && !BIRTH_AFTER.test(text.slice(end, end + 25))) continue;
      // "born before January 2, 1946" is a cut-off date in a form or rule, not someone's birth date.
      if (THRESHOLD.test(ctx)) continue;
      if (whole) {
        out.push({ start, end, markStart: start, markEnd: end });
        continue;
      }
      const y = g.y!;
      const yearAtStart = m[0].startsWith(y) && DATE_RES.indexOf(re) === 3;
      if (yearAtStart) out.push({ start, end, markStart: start + y.length, markEnd: end });
      else {
        let markEnd = end - y.length;
        while (markEnd > start && text[markEnd - 1] === ' ') markEnd--;
        out.push({ start, end, markStart: start, markEnd });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((x, i) => i === 0 || x.start >= out[i - 1]!.end).slice(0, limit);
}

/** Largest number of names and longest name accepted by minor-name. */
export const MAX_NAMES = 50;
export const MAX_NAME_LENGTH = 100;

/** Patterns for one typed name: as typed, first + last, "Last, First", and the given name alone. */
function namePatterns(name: string): string[] {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const pat = (p: string) => (/^\p{L}\.?$/u.test(p) ? `${textPattern(p[0]!)}\\.?` : textPattern(p));
  const out = [parts.map(pat).join(' +')];
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length >= 3) out.push(`${pat(first)} +${pat(last)}`);
  if (parts.length >= 2) out.push(`${pat(last)}, *${pat(first)}`);
  if (parts.length >= 2 && first.replace(/\./g, '').length >= 2) out.push(pat(first));
  return out;
}

/** Builds the matcher for one preset (null for an unknown name). */
export function presetMatcher(preset: string, names: readonly string[], whole: boolean): Matcher | null {
  switch (preset) {
    case 'ssn':
      return (text, limit) => ssnMatches(text, limit, whole, SSN_CONTEXT);
    case 'tin':
      return (text, limit) => tinMatches(text, limit, whole);
    case 'account-number':
      return (text, limit) => accountMatches(text, limit, whole);
    case 'birth-date':
      return (text, limit) => birthDateMatches(text, limit, whole);
    case 'minor-name': {
      const pats = names.flatMap(namePatterns).sort((a, b) => b.length - a.length);
      if (pats.length === 0) return null;
      const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${pats.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
      return (text, limit) =>
        execAll(re, text, limit).map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          markStart: m.index,
          markEnd: m.index + m[0].length,
        }));
    }
    default:
      return null;
  }
}
