// The pleading fixtures: redact about a third of the numbered lines, then prove with pdf.js AND poppler's pdftotext
// that the redacted words are gone and every kept word is still there, in the same place (±0.5 pt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { burnIn } from '../../src/cli/redact.ts';
import type { LabelledRegion, Rect } from '../../src/lib/model/region.ts';
import { runChars } from '../../src/lib/redaction/verify.ts';
import { hasPdftotext, pdfjsText, pdftotextWords } from './helpers.ts';
import { ALL_FIXTURES, fixtureTruth, type TruthWord } from '../pleading/fixture-helpers.ts';

// Every pleading fixture but tricky-extras, whose extra revisions and annotations have their own leak tests.
const FIXTURES = ALL_FIXTURES.filter((name) => name !== 'tricky-extras');

const centre = (b: readonly number[]) => [((b[0] ?? 0) + (b[2] ?? 0)) / 2, ((b[1] ?? 0) + (b[3] ?? 0)) / 2] as const;
const inside = (r: Rect, x: number, y: number) => x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3];

if (!hasPdftotext) console.warn('pdftotext (poppler-utils) is not installed: the poppler cross-checks are skipped');

describe.each(FIXTURES)('%s', (name) => {
  it('redacts every third numbered line and keeps all the rest in place', async () => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/pdfs/${name}.pdf`));
    const truth = fixtureTruth(name);
    const regions: LabelledRegion[] = [];
    const redacted: { pageIndex: number; words: TruthWord[] }[] = [];
    const kept: { pageIndex: number; words: TruthWord[] }[] = [];
    for (const page of truth.pages) {
      const pageIndex = page.pdfPage - 1;
      page.lines.forEach((line, i) => {
        if (!line.bbox || line.words.length === 0) return;
        if (i % 3 === 1) {
          const [x0, y0, x1, y1] = line.bbox;
          regions.push({ pageIndex, rect: [x0 - 1, y0 - 1, x1 + 1, y1 + 1] });
          redacted.push({ pageIndex, words: line.words });
        } else {
          kept.push({ pageIndex, words: line.words });
        }
      });
    }
    expect(regions.length).toBeGreaterThan(10);
    const { bytes: out, report } = await burnIn(bytes, regions, { fileName: `${name}.pdf` });
    expect(report.verification.findings ?? []).toEqual([]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.pagesRasterized).toBe(0);
    if (name.startsWith('scanned')) expect(report.removed.imagePixelsBlanked).toBeGreaterThan(0);

    // pdf.js: no character inside a region; every original run clear of the regions is still there, same place.
    const before = await pdfjsText(bytes);
    const after = await pdfjsText(out);
    const rectsOf = (p: number) => regions.filter((r) => r.pageIndex === p).map((r) => r.rect);
    for (const page of after) {
      for (const run of page.runs) {
        for (const c of runChars(run)) {
          if (c.ch.trim() === '') continue;
          expect(
            rectsOf(page.pageIndex).some((r) => inside(r, c.x, c.y)),
            `"${run.str}" on page ${page.pageIndex + 1}`,
          ).toBe(false);
        }
      }
    }
    let checkedRuns = 0;
    for (const page of before) {
      const rects = rectsOf(page.pageIndex);
      const outRuns = after[page.pageIndex]?.runs ?? [];
      for (const run of page.runs) {
        const chars = runChars(run);
        const near = chars.some((c) => rects.some((r) => inside([r[0] - 2, r[1] - 2, r[2] + 2, r[3] + 2], c.x, c.y)));
        if (near || run.str.trim() === '') continue;
        checkedRuns++;
        const twin = outRuns.find(
          (o) => o.str === run.str && Math.abs(o.x - run.x) <= 0.5 && Math.abs(o.y - run.y) <= 0.5,
        );
        expect(
          twin,
          `pdf.js run "${run.str}" at ${run.x.toFixed(1)},${run.y.toFixed(1)} on page ${page.pageIndex + 1}`,
        ).toBeDefined();
      }
    }
    expect(checkedRuns).toBeGreaterThan(20);

    // poppler: redacted words gone from their places; every kept word found with the same box (±0.5 pt).
    if (!hasPdftotext) return;
    const words = pdftotextWords(out);
    for (const { pageIndex, words: lineWords } of redacted) {
      for (const w of lineWords) {
        const [cx, cy] = centre(w.bbox);
        const hit = (words[pageIndex] ?? []).find((o) => {
          const [ox, oy] = centre(o.bbox);
          return Math.abs(ox - cx) < 1 && Math.abs(oy - cy) < 1;
        });
        expect(hit, `redacted word "${w.text}" on page ${pageIndex + 1}`).toBeUndefined();
      }
    }
    for (const { pageIndex, words: lineWords } of kept) {
      for (const w of lineWords) {
        const twin = (words[pageIndex] ?? []).find(
          (o) => o.text === w.text && o.bbox.every((v, k) => Math.abs(v - (w.bbox[k] ?? 0)) <= 0.5),
        );
        expect(twin, `kept word "${w.text}" [${w.bbox.join(', ')}] on page ${pageIndex + 1}`).toBeDefined();
      }
    }
  }, 60_000);
});

describe('rendering', () => {
  it.each(['libreoffice-pleading', 'scanned-ocr-pleading'])(
    '%s: regions render black and nothing outside them changes',
    async (name) => {
      const { rasterizePageNode } = await import('../../src/platform/pdfjs/node-raster.ts');
      const bytes = new Uint8Array(readFileSync(`tests/fixtures/pdfs/${name}.pdf`));
      const truth = fixtureTruth(name);
      const pageIndex = 1;
      const regions: LabelledRegion[] = [];
      (truth.pages[pageIndex]?.lines ?? []).forEach((line, i) => {
        if (line.bbox && i % 3 === 1) {
          const [x0, y0, x1, y1] = line.bbox;
          regions.push({ pageIndex, rect: [x0 - 1, y0 - 1, x1 + 1, y1 + 1] });
        }
      });
      const { bytes: out } = await burnIn(bytes, regions, { fileName: `${name}.pdf` });
      const dpi = 72;
      const a = await rasterizePageNode(bytes, pageIndex, dpi);
      const b = await rasterizePageNode(out, pageIndex, dpi);
      expect([b.width, b.height]).toEqual([a.width, a.height]);
      const [, , , vy1] = a.view;
      let inside = 0;
      let notBlack = 0;
      let outside = 0;
      let changed = 0;
      for (let j = 0; j < a.height; j++) {
        for (let i = 0; i < a.width; i++) {
          const x = (i + 0.5) * (72 / dpi);
          const y = vy1 - (j + 0.5) * (72 / dpi);
          const k = (j * a.width + i) * 3;
          const near = regions.some(
            (r) => x > r.rect[0] - 2 && x < r.rect[2] + 2 && y > r.rect[1] - 2 && y < r.rect[3] + 2,
          );
          const within = regions.some(
            (r) => x > r.rect[0] + 1 && x < r.rect[2] - 1 && y > r.rect[1] + 1 && y < r.rect[3] - 1,
          );
          if (within) {
            inside++;
            if ((b.pixels[k] ?? 0) + (b.pixels[k + 1] ?? 0) + (b.pixels[k + 2] ?? 0) > 30) notBlack++;
          } else if (!near) {
            outside++;
            const d =
              Math.abs((a.pixels[k] ?? 0) - (b.pixels[k] ?? 0)) +
              Math.abs((a.pixels[k + 1] ?? 0) - (b.pixels[k + 1] ?? 0)) +
              Math.abs((a.pixels[k + 2] ?? 0) - (b.pixels[k + 2] ?? 0));
            if (d > 24) changed++;
          }
        }
      }
      expect(inside).toBeGreaterThan(1000);
      expect(notBlack).toBe(0);
      expect(changed / outside).toBeLessThan(0.001);
    },
    60_000,
  );
});
