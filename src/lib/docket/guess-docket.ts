// Guesses a filing's docket number ("62", "129-3") from its file name; pure, so the app and the CLI agree.

const PACER_NAME = /^gov\.uscourts\.[a-z0-9]+\.\d+\.(\d+)\.(\d+)(?:\.[a-z0-9]+)?$/i;
const PREFIXED =
  /(?:^|[^a-z])(?:ecf|dkt|docket|doc|dk|d\.e)\.?\s*(?:no\.?|nos\.?|#)?\s*[_-]?\s*#?(\d{1,5})(?:\s*[-_.]\s*(\d{1,3}))?(?![\d])/i;
const HASH = /#\s*(\d{1,5})(?:-(\d{1,3}))?(?!\d)/;
const LEADING = /^(\d{1,5})(?:[-_](\d{1,3}))?(?![\d])/;
const DATE_LIKE = /^\d{4}[-_.]\d{1,2}[-_.]\d{1,2}/;

function docket(main: string, attachment: string | undefined): string {
  const m = String(Number(main));
  const a = attachment === undefined ? 0 : Number(attachment);
  return a > 0 ? `${m}-${a}` : m;
}

/**
 * Docket entry guessed from a file name, or null when the name says nothing recognisable.
 * `62.pdf` → "62"; `ECF 129-3.pdf` → "129-3"; `Doc 62-1 Exhibit A.pdf` → "62-1";
 * `gov.uscourts.nvd.123456.62.0.pdf` → "62" (`.0` is the main document, `.1` attachment 1 → "62-1").
 */
export function guessDocket(fileName: string): string | null {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.pdf$/i, '').trim();
  if (base === '') return null;
  const pacer = PACER_NAME.exec(base);
  if (pacer?.[1] !== undefined) return docket(pacer[1], pacer[2]);
  const prefixed = PREFIXED.exec(base);
  if (prefixed?.[1] !== undefined) return docket(prefixed[1], prefixed[2]);
  const hash = HASH.exec(base);
  if (hash?.[1] !== undefined) return docket(hash[1], hash[2]);
  if (DATE_LIKE.test(base)) return null;
  const leading = LEADING.exec(base);
  if (leading?.[1] !== undefined) return docket(leading[1], leading[2]);
  return null;
}

/** A readable default title from a file name: the docket prefix and extension removed, separators made spaces. */
export function titleFromFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.pdf$/i, '');
  if (PACER_NAME.test(base)) return '';
  const cleaned = base
    .replace(/^(?:ecf|dkt|docket|doc)\.?\s*(?:no\.?)?\s*#?\d{1,5}(?:[-_.]\d{1,3})?/i, '')
    .replace(/^\d{1,5}(?:-\d{1,3})?(?!\d)/, '')
    .replace(/[_]+/g, ' ')
    .replace(/^[\s\-–—.:]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned;
}
