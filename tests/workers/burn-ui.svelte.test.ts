// The burn panel's state: only confirmed marks become regions, and nothing unverified can be saved.
import { describe, expect, it } from 'vitest';
import type { StoredMark } from '../../src/platform/storage/types.ts';
import { Burn, redactedName, regionsFromMarks } from '../../src/ui/burn/burn.svelte.ts';

const mark = (id: string, status: StoredMark['status'], extra: Partial<StoredMark> = {}): StoredMark => ({
  id,
  pageIndex: 2,
  rect: [72, 100, 540, 124],
  status,
  source: 'manual',
  ...extra,
});

describe('burn state', () => {
  it('burns confirmed marks only, each naming the directive or mark that produced it', () => {
    const regions = regionsFromMarks([
      mark('a', 'confirmed', { source: 'directive', directiveId: 'I.A.15', citation: '9:3-23' }),
      mark('b', 'proposed'),
      mark('c', 'excluded'),
      mark('d', 'confirmed', { label: 'REDACTED' }),
    ]);
    expect(regions).toEqual([
      { pageIndex: 2, rect: [72, 100, 540, 124], source: 'I.A.15', citation: '9:3-23' },
      { pageIndex: 2, rect: [72, 100, 540, 124], source: 'd', label: 'REDACTED' },
    ]);
  });

  it('refuses to save before a verified burn', () => {
    const burn = new Burn();
    expect(burn.busy).toBe(false);
    expect(burn.verified).toBe(false);
    expect(burn.save('x.pdf')).toBe(false);
    burn.output = new Uint8Array([37, 80, 68, 70]);
    burn.phase = 'done';
    burn.report = {
      input: { file: 'x.pdf', sha256: '', pages: 1 },
      output: null,
      regions: 1,
      unresolved: [],
      removed: {
        glyphs: 0,
        images: 0,
        imagePixelsBlanked: 0,
        paths: 0,
        annotations: 0,
        metadataFields: 0,
        outlineItems: 0,
        pagesRasterized: 0,
      },
      verification: {
        ok: false,
        textInsideRegions: 1,
        redactedStringsFound: 0,
        imagesUnderRegions: 0,
        unredactedTextKept: 1,
        incrementalRevisions: 0,
        findings: ['text inside a region on page 1'],
      },
    };
    expect(burn.verified).toBe(false);
    expect(burn.save('x.pdf')).toBe(false);
    expect(redactedName('x.pdf')).toBe('x-redacted.pdf');
  });
});
