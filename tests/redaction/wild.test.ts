// Robustness over ../shared/fixtures/wild (oddly built real-world PDFs; skipped when absent): redacting a band of
// page 1 either works with nothing left in the band, or is refused with a one-line LineSealError. Never a crash.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { burnIn } from '../../src/cli/redact.ts';
import type { Rect } from '../../src/lib/model/region.ts';
import { LineSealError } from '../../src/lib/util/errors.ts';
import { quietly } from '../../src/lib/redaction/redact-document.ts';
import { pdfjsText } from './helpers.ts';

const WILD = '/work/shared/fixtures/wild/';
const present = existsSync(WILD);
/** Overall budget: files are taken smallest first until it is spent (the rest are reported as not run). */
const BUDGET_MS = 45_000;

describe.skipIf(!present)('wild PDFs', () => {
  it('redact a band of page 1 of each file or refuse it clearly', async () => {
    const files = readdirSync(WILD)
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => ({ f, size: readFileSync(WILD + f).length }))
      .sort((a, b) => a.size - b.size);
    const started = Date.now();
    const outcomes: string[] = [];
    let worked = 0;
    let refused = 0;
    for (const { f } of files) {
      if (Date.now() - started > BUDGET_MS) {
        outcomes.push(`${f}: not run (time budget)`);
        continue;
      }
      const bytes = new Uint8Array(readFileSync(WILD + f));
      let rect: Rect = [0, 356, 612, 475];
      try {
        const doc = await quietly(() =>
          PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false }),
        );
        const mb = doc.getPage(0).getMediaBox();
        rect = [mb.x, mb.y + 0.45 * mb.height, mb.x + mb.width, mb.y + 0.6 * mb.height];
      } catch {
        // the engine will say what is wrong with it
      }
      try {
        const { bytes: out, report } = await burnIn(bytes, [{ pageIndex: 0, rect }], { fileName: f });
        expect(report.verification.textInsideRegions, f).toBe(0);
        expect(report.verification.incrementalRevisions, f).toBe(0);
        // The output opens again and its page 1 has no text in the band.
        const text = await pdfjsText(out);
        expect(text.length, f).toBe(report.input.pages);
        worked++;
        outcomes.push(`${f}: ok${report.removed.pagesRasterized ? ' (rasterised)' : ''}`);
      } catch (error) {
        if (!(error instanceof LineSealError))
          throw new Error(`${f}: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
        expect(error.message, f).not.toContain('\n');
        expect(error.message, f).toContain(f);
        refused++;
        outcomes.push(`${f}: refused: ${error.message}`);
      }
    }
    console.info(outcomes.join('\n'));
    expect(worked).toBeGreaterThan(files.length / 2);
    expect(worked + refused).toBeGreaterThan(20);
  }, 120_000);
});
