// Odd real-world PDFs (pdf.js's test corpus, outside the project): every query runs without throwing, rects stay on the page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchIndex, type SearchQuery } from '../../src/lib/search/index.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

const WILD = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'wild');
const present = existsSync(WILD);

const QUERIES: SearchQuery[] = [
  { kind: 'preset', preset: 'ssn' },
  { kind: 'preset', preset: 'tin' },
  { kind: 'preset', preset: 'account-number' },
  { kind: 'preset', preset: 'birth-date' },
  { kind: 'preset', preset: 'minor-name', names: ['Jane Q. Doe'] },
  { kind: 'text', text: 'the' },
  { kind: 'regex', source: '\\b\\w+ing\\b' },
];

describe.skipIf(!present)('search on wild PDFs', () => {
  it('indexes every page and runs every query; hits have rects on their page', { timeout: 120_000 }, async () => {
    let pages = 0;
    let hits = 0;
    for (const f of readdirSync(WILD).filter((n) => n.endsWith('.pdf'))) {
      let texts;
      try {
        const doc = await openPdfjsDocument(readFileSync(join(WILD, f)), f);
        texts = await readDocumentText(doc);
        await doc.destroy();
      } catch {
        continue; // encrypted or damaged: the loader's job
      }
      pages += texts.length;
      const index = buildSearchIndex(texts);
      for (const q of QUERIES)
        for (const h of searchIndex(index, q).hits) {
          hits++;
          const [vx0, vy0, vx1, vy1] = texts[h.pageIndex]!.view;
          for (const r of h.rects)
            expect(r[0] >= vx0 && r[1] >= vy0 && r[2] <= vx1 && r[3] <= vy1 && r[0] < r[2] && r[1] < r[3], f).toBe(
              true,
            );
        }
    }
    expect(pages).toBeGreaterThan(50);
    expect(hits).toBeGreaterThan(100);
  });
});
