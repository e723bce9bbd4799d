// Fingerprint of the marks a burn-in used, so a stored redacted copy can be recognised as out of date once marks change.
import type { RedactedOutput, StoredMark } from '../../platform/storage/types.ts';

const round = (n: number): string => (Math.round(n * 100) / 100).toFixed(2);

/**
 * A stable key of what a burn-in draws: the confirmed marks' page, rectangle (to 1/100 pt) and label, in a fixed order.
 * Proposed and excluded marks, mark ids and the order of the list do not change it.
 */
export function burnedMarksKey(marks: readonly StoredMark[]): string {
  return marks
    .filter((m) => m.status === 'confirmed')
    .map((m) => `${m.pageIndex}:${m.rect.map(round).join(',')}:${m.label ?? ''}`)
    .sort()
    .join('|');
}

/**
 * True when the stored redacted copy was burned from other confirmed marks than the filing has now (a copy stored
 * before the key was recorded is not judged).
 */
export function isRedactedStale(redacted: RedactedOutput | undefined, marks: readonly StoredMark[]): boolean {
  if (!redacted || redacted.marksKey === undefined) return false;
  return redacted.marksKey !== burnedMarksKey(marks);
}
