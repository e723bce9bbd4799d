// orderTextFromPages and parseOrder on odd real-world PDFs (skipped when ../shared/fixtures/wild is absent): never throw.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPdfjsDocument } from '../../src/platform/pdfjs/node.ts';
import { readPageText } from '../../src/platform/pdfjs/text.ts';
import { orderTextFromPages, parseOrder } from '../../src/lib/order-parser/index.ts';
import type { PageText } from '../../src/lib/model/text-run.ts';

const wild = join(import.meta.dirname, '../../../shared/fixtures/wild');
const files = existsSync(wild) ? readdirSync(wild).filter((f) => f.endsWith('.pdf')) : [];

describe.skipIf(files.length === 0)('odd real-world PDFs as orders', () => {
  it('turn into text and parse without throwing (first 3 pages of each)', async () => {
    let read = 0;
    for (const file of files) {
      let doc;
      try {
        doc = await openPdfjsDocument(new Uint8Array(readFileSync(join(wild, file))), file);
      } catch {
        continue; // encrypted or broken files are the CLI's business (exit 2), not this test's
      }
      const pages: PageText[] = [];
      try {
        for (let n = 1; n <= Math.min(3, doc.numPages); n++) pages.push(await readPageText(await doc.getPage(n)));
      } catch {
        continue; // pdf.js failing on a page is not the parser's business
      } finally {
        await doc.destroy();
      }
      // The parser itself must never throw.
      const text = orderTextFromPages(pages);
      expect(typeof text).toBe('string');
      for (const d of parseOrder(text).directives) expect(d.source.text).toBe(text.slice(d.source.start, d.source.end));
      read++;
    }
    expect(read).toBeGreaterThan(10);
  }, 120_000);
});
