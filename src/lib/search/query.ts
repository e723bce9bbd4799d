// Search queries → matchers over a page's searchable text; bad or dangerous patterns become a SearchSyntaxError up front.
import { SearchSyntaxError } from '../util/errors.ts';
import { normalizeText } from './page-text.ts';
import { MAX_NAME_LENGTH, MAX_NAMES, presetMatcher, type PresetName } from './presets.ts';

export type SearchQuery =
  | { kind: 'text'; text: string; caseSensitive?: boolean; wholeWord?: boolean }
  | { kind: 'regex'; source: string; flags?: string }
  | {
      kind: 'preset';
      preset: PresetName;
      /** minor-name: the names typed by the user. */
      names?: string[];
      /** Mark the whole token instead of leaving what Fed. R. Civ. P. 5.2(a) lets remain (last four digits, birth year). */
      whole?: boolean;
    };

/** One match in a text: [start, end) is what was found, [markStart, markEnd) the part a mark covers. */
export interface Match {
  start: number;
  end: number;
  markStart: number;
  markEnd: number;
}

export type Matcher = (text: string, limit: number) => Match[];

/** Longest query text or regex source accepted (characters). */
export const MAX_QUERY_LENGTH = 500;

function describe(query: SearchQuery): string {
  if (query.kind === 'text') return query.text;
  if (query.kind === 'regex') return `/${query.source}/${query.flags ?? ''}`;
  return query.preset;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => (c === '-' ? '\\x2d' : `\\${c}`));
}

/** Runs a global regex over a text, skipping empty matches, up to `limit` matches. */
export function execAll(re: RegExp, text: string, limit: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      // Step over a whole code point: a unicode regex moves a lastIndex inside a surrogate pair back to its start.
      const code = text.charCodeAt(m.index);
      re.lastIndex = m.index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      continue;
    }
    out.push(m);
  }
  return out;
}

function whole(re: RegExp): Matcher {
  return (text, limit) =>
    execAll(re, text, limit).map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      markStart: m.index,
      markEnd: m.index + m[0].length,
    }));
}

/** A regex matching the typed text as a person reads it: white space as any run of spaces, curly quotes as straight. */
export function textPattern(text: string): string {
  const norm = normalizeText(text).trim();
  return norm
    .split(' ')
    .map((part) => escapeRegex(part))
    .join(' +');
}

/**
 * Rejects patterns that can take exponential or long polynomial time on a page: a quantified group that itself holds a
 * quantifier ("(a+)+", "(\w*\s?)*"), and more than one unbounded repetition of a catch-all atom (".*.*").
 */
export function unsafePatternReason(source: string): string | null {
  const stack: { quantified: boolean }[] = [{ quantified: false }];
  let wideUnbounded = 0;
  let lastAtomWide = false;
  let i = 0;
  const n = source.length;
  const quantifierAt = (k: number): { len: number; unbounded: boolean; repeats: boolean } | null => {
    const c = source[k];
    if (c === '*' || c === '+') return { len: 1, unbounded: true, repeats: true };
    if (c === '?') return { len: 1, unbounded: false, repeats: false };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(k));
      if (!m) return null;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      return { len: m[0].length, unbounded: max === Infinity, repeats: max > 1 };
    }
    return null;
  };
  while (i < n) {
    const c = source[i]!;
    let atomWide = false;
    let group: { quantified: boolean } | null = null;
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      atomWide = /[SWD]/.test(e);
      i += 2;
      if (/[pPu]/.test(e) && source[i] === '{') i = source.indexOf('}', i) + 1 || n;
    } else if (c === '[') {
      let j = i + 1;
      const negated = source[j] === '^';
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < n && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, j);
      atomWide = negated || /\\s\\S|\\S\\s|\\w\\W|\\W\\w|\\d\\D|\\D\\d/.test(body);
      i = j + 1;
    } else if (c === '(') {
      stack.push({ quantified: false });
      let j = i + 1;
      if (source[j] === '?') {
        const named = source[j + 1] === '<' && source[j + 2] !== '=' && source[j + 2] !== '!';
        j = named ? source.indexOf('>', j) + 1 || n : j + (source[j + 1] === '<' ? 3 : 2);
      }
      i = j;
      lastAtomWide = false;
      continue;
    } else if (c === ')') {
      group = stack.length > 1 ? stack.pop()! : { quantified: false };
      i += 1;
    } else if (c === '|') {
      i += 1;
      lastAtomWide = false;
      continue;
    } else {
      atomWide = c === '.';
      i += 1;
    }
    const q = quantifierAt(i);
    if (q) {
      i += q.len;
      if (source[i] === '?') i += 1;
      if (group && group.quantified && q.repeats) return 'a repeated group holds a repetition itself, like (a+)+';
      if (q.repeats || q.unbounded) stack[stack.length - 1]!.quantified = true;
      if (q.unbounded && (atomWide || (group && lastAtomWide))) wideUnbounded++;
      if (wideUnbounded > 1) return 'more than one open-ended catch-all like .* or [^x]+; narrow the pattern';
    } else if (group?.quantified) stack[stack.length - 1]!.quantified = true;
    lastAtomWide = atomWide;
  }
  return null;
}

/** Compiles a query into a matcher; throws SearchSyntaxError for an empty, too long, invalid or unsafe query. */
export function compileQuery(query: SearchQuery): Matcher {
  const shown = describe(query);
  switch (query.kind) {
    case 'text': {
      if (typeof query.text !== 'string' || query.text.trim() === '')
        throw new SearchSyntaxError(shown, 'type some text to search for');
      if (query.text.length > MAX_QUERY_LENGTH)
        throw new SearchSyntaxError(shown.slice(0, 40) + '…', `longer than ${MAX_QUERY_LENGTH} characters`);
      let src = textPattern(query.text);
      if (query.wholeWord) src = `(?<![\\p{L}\\p{N}_])${src}(?![\\p{L}\\p{N}_])`;
      return whole(new RegExp(src, query.caseSensitive ? 'gu' : 'giu'));
    }
    case 'regex': {
      if (typeof query.source !== 'string' || query.source === '')
        throw new SearchSyntaxError(shown, 'type a pattern to search for');
      if (query.source.length > MAX_QUERY_LENGTH)
        throw new SearchSyntaxError(shown.slice(0, 40) + '…', `longer than ${MAX_QUERY_LENGTH} characters`);
      const flags = query.flags ?? 'i';
      if (!/^[dgimsuvy]*$/.test(flags) || new Set(flags).size !== flags.length)
        throw new SearchSyntaxError(shown, `unknown or repeated flags "${flags}" (use i, m, s, u)`);
      const cleaned = flags.replace(/[gyd]/g, '') + 'g';
      let re: RegExp;
      try {
        re = new RegExp(query.source, cleaned);
      } catch (error) {
        const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : 'invalid';
        throw new SearchSyntaxError(shown, `not a valid regular expression (${detail})`);
      }
      const unsafe = unsafePatternReason(query.source);
      if (unsafe) throw new SearchSyntaxError(shown, `${unsafe}, so the search could run for minutes`);
      return whole(re);
    }
    case 'preset': {
      const names = (query.names ?? []).filter((n) => typeof n === 'string' && n.trim() !== '');
      if (query.preset === 'minor-name') {
        if (names.length === 0) throw new SearchSyntaxError(shown, "type the minor's name (one or more)");
        if (names.length > MAX_NAMES) throw new SearchSyntaxError(shown, `more than ${MAX_NAMES} names`);
        const long = names.find((n) => n.length > MAX_NAME_LENGTH);
        if (long) throw new SearchSyntaxError(shown, `a name longer than ${MAX_NAME_LENGTH} characters`);
      }
      const m = presetMatcher(query.preset, names, query.whole ?? false);
      if (!m) throw new SearchSyntaxError(shown, 'unknown preset (ssn, tin, birth-date, account-number, minor-name)');
      return m;
    }
    default:
      throw new SearchSyntaxError(String((query as { kind?: unknown }).kind), 'unknown kind of search');
  }
}
