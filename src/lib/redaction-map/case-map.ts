// Small pure helpers for building a case's redaction map in the app: the order's date as the order states it.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = MONTHS.join('|');

/** "Dated: April 29, 2011" / "DATED this 29th day of April, 2011" / "Signed on …" / "Entered …". */
const DATE_LINES = [
  new RegExp(String.raw`\b(?:dated|signed|entered|so ordered)\b[^\n]{0,20}?\b(${MONTH})\s+(\d{1,2}),?\s+(\d{4})`, 'gi'),
  new RegExp(
    String.raw`\b(?:dated|signed|entered)\b[^\n]{0,12}?\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(${MONTH}),?\s+(\d{4})`,
    'gi',
  ),
];

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * The date an order was signed, as `YYYY-MM-DD`, from its last "Dated …" line (orders are dated at the end);
 * null when the text states none.
 */
export function orderDateOf(text: string): string | null {
  let best: { at: number; date: string } | null = null;
  for (const [n, pattern] of DATE_LINES.entries()) {
    for (const m of text.matchAll(pattern)) {
      const [, a = '', b = '', year = ''] = m;
      const monthName = (n === 0 ? a : b).toLowerCase();
      const day = Number(n === 0 ? b : a);
      const date = iso(Number(year), MONTHS.indexOf(monthName), day);
      if (date && (!best || m.index > best.at)) best = { at: m.index, date };
    }
  }
  return best?.date ?? null;
}
