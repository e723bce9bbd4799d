// A stored redacted copy is recognised as out of date when the filing's confirmed marks change after the burn.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/lib/model/report.ts';
import type { RedactedOutput, StoredMark } from '../../src/platform/storage/types.ts';
import { burnedMarksKey, isRedactedStale } from '../../src/ui/burn/marks-key.ts';

const mark = (id: string, pageIndex: number, y: number, status: StoredMark['status'] = 'confirmed'): StoredMark => ({
  id,
  pageIndex,
  rect: [72, y, 540, y + 20],
  status,
  source: 'manual',
});

const burned = [mark('a', 0, 100), mark('b', 1, 300)];
const copy = (marksKey?: string): RedactedOutput => ({
  blobId: 'x',
  sha256: '0',
  report: {} as Report,
  createdAt: 0,
  ...(marksKey !== undefined ? { marksKey } : {}),
});

describe('burnedMarksKey / isRedactedStale', () => {
  it('the copy matches the marks it was burned from, whatever their order, ids or unconfirmed marks', () => {
    const stored = copy(burnedMarksKey(burned));
    expect(isRedactedStale(stored, burned)).toBe(false);
    expect(isRedactedStale(stored, [mark('z', 1, 300), mark('y', 0, 100), mark('p', 2, 50, 'proposed')])).toBe(false);
    expect(isRedactedStale(stored, [...burned, mark('e', 3, 10, 'excluded')])).toBe(false);
  });

  it('a confirmed mark added, moved, removed, excluded or relabelled after the burn makes the copy out of date', () => {
    const stored = copy(burnedMarksKey(burned));
    expect(isRedactedStale(stored, [...burned, mark('c', 2, 50)])).toBe(true);
    expect(isRedactedStale(stored, [mark('a', 0, 100), mark('b', 1, 310)])).toBe(true);
    expect(isRedactedStale(stored, [mark('a', 0, 100)])).toBe(true);
    expect(isRedactedStale(stored, [mark('a', 0, 100), mark('b', 1, 300, 'excluded')])).toBe(true);
    expect(isRedactedStale(stored, [mark('a', 0, 100), { ...mark('b', 1, 300), label: 'REDACTED' }])).toBe(true);
  });

  it('no copy, or a copy stored before the key existed, is never called out of date', () => {
    expect(isRedactedStale(undefined, burned)).toBe(false);
    expect(isRedactedStale(copy(), [])).toBe(false);
  });
});
