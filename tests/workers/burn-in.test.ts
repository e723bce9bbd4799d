// The worker boundary end to end in Node: client ⇄ MessageChannel ⇄ serve() with the real engine, pdf.js reading back.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LabelledRegion } from '../../src/lib/model/region.ts';
import type { PageText } from '../../src/lib/model/text-run.ts';
import { AbortError, InvalidRegionError, UnsupportedPdfError } from '../../src/lib/util/errors.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import { decodeImageNode, rasterizePageNode } from '../../src/platform/pdfjs/node-raster.ts';
import { burnIn, redactedName, type BurnDeps } from '../../src/workers/burn-in.ts';
import type { ImageDecoder } from '../../src/lib/redaction/redact-content.ts';
import { RedactionClient } from '../../src/workers/redaction-client.ts';
import { serve, type Endpoint } from '../../src/workers/serve.ts';

const PDFS = 'tests/fixtures/pdfs';

interface TruthLine {
  line: number;
  text: string;
  bbox: [number, number, number, number];
  band?: [number, number];
}
interface Truth {
  pages: { pdfPage: number; width: number; lines: TruthLine[] }[];
}

function truth(name: string): Truth {
  return JSON.parse(readFileSync(`${PDFS}/${name}.truth.json`, 'utf8')) as Truth;
}

/** Regions covering numbered lines `from`–`to` of PDF page `pageNumber` (the whole text width, band height). */
function lineRegions(t: Truth, pageNumber: number, from: number, to: number): LabelledRegion[] {
  const page = t.pages.find((p) => p.pdfPage === pageNumber);
  if (!page) throw new Error(`no page ${pageNumber}`);
  return page.lines
    .filter((l) => l.line >= from && l.line <= to && l.text.trim().length > 0)
    .map((l) => ({
      pageIndex: pageNumber - 1,
      rect: [80, l.band?.[0] ?? l.bbox[1] - 2, page.width - 40, l.band?.[1] ?? l.bbox[3] + 2],
      source: `test ${pageNumber}:${l.line}`,
    }));
}

/** A worker made of a MessageChannel: the real protocol, structured cloning and transfers, in-process. */
function channelWorker(decodeImage?: ImageDecoder): { worker: Worker; closed: () => boolean } {
  const { port1, port2 } = new MessageChannel();
  serve(port1 as unknown as Endpoint, decodeImage);
  port1.start();
  port2.start();
  let closed = false;
  const worker = {
    addEventListener: port2.addEventListener.bind(port2),
    removeEventListener: port2.removeEventListener.bind(port2),
    postMessage: (message: unknown, transfer: ArrayBuffer[] = []) => port2.postMessage(message, transfer),
    terminate: () => {
      closed = true;
      port2.close();
      port1.close();
    },
  };
  return { worker: worker as unknown as Worker, closed: () => closed };
}

async function textOf(bytes: Uint8Array, name = 'x.pdf'): Promise<PageText[]> {
  const doc = await openPdfjsDocument(bytes, name);
  try {
    return await readDocumentText(doc);
  } finally {
    await doc.destroy();
  }
}

const readText: BurnDeps['readText'] = async (bytes, signal, onPage) => {
  const doc = await openPdfjsDocument(bytes, 'read.pdf');
  try {
    const pages: PageText[] = [];
    const all = await readDocumentText(doc);
    for (const p of all) {
      if (signal.aborted) throw new AbortError();
      pages.push(p);
      onPage?.(pages.length, all.length);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
};

const joined = (pages: PageText[], pageIndex: number): string =>
  (pages[pageIndex]?.runs ?? []).map((r) => r.str).join(' ');

const clients: RedactionClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.terminate();
});

function client(decodeImage?: ImageDecoder): { client: RedactionClient; workers: ReturnType<typeof channelWorker>[] } {
  const workers: ReturnType<typeof channelWorker>[] = [];
  const c = new RedactionClient(() => {
    const w = channelWorker(decodeImage);
    workers.push(w);
    return w.worker;
  });
  clients.push(c);
  return { client: c, workers };
}

describe('burn-in across the worker boundary', () => {
  it('redacts and verifies: the marked lines are gone, the rest is kept, the original is untouched', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/chromium-pleading.pdf`));
    const before = original.slice();
    const t = truth('chromium-pleading');
    const regions = lineRegions(t, 9, 3, 23);
    expect(regions.length).toBeGreaterThan(5);
    const { client: c } = client(decodeImageNode);
    const phases = new Set<string>();
    let lastRedact = [0, 0];
    const result = await burnIn(
      { client: c, readText },
      new AbortController().signal,
      {
        original,
        fileName: 'chromium-pleading.pdf',
        regions,
      },
      (phase, done, total) => {
        phases.add(phase);
        if (phase === 'redacting') lastRedact = [done, total];
      },
    );
    expect(result.report.verification.ok).toBe(true);
    expect(result.report.verification.textInsideRegions).toBe(0);
    expect(result.report.removed.glyphs).toBeGreaterThan(300);
    expect(result.report.output?.file).toBe('chromium-pleading-redacted.pdf');
    expect([...phases]).toEqual(['redacting', 'reading', 'verifying']);
    expect(lastRedact).toEqual([9, 9]);
    // The original was copied for the worker, never transferred away or changed.
    expect(original).toEqual(before);

    const out = await textOf(result.bytes);
    const page9 = t.pages[8]!;
    const line = (n: number): string => page9.lines.find((l) => l.line === n)!.text;
    const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length >= 6);
    const outText = joined(out, 8);
    for (const w of words(line(5))) expect(outText).not.toContain(w);
    for (const w of words(line(1))) expect(outText).toContain(w);
    // Other pages keep their text.
    expect(joined(out, 0).replace(/\s+/g, '')).toBe(joined(await textOf(original), 0).replace(/\s+/g, ''));
  });

  it('a page the engine cannot rewrite is rasterised by the main thread through the rasterizePage callback', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/scanned-ocr-pleading.pdf`));
    const t = truth('scanned-ocr-pleading');
    const regions = lineRegions(t, 2, 4, 6);
    // No JPEG decoder in this "worker": the scan under the region cannot be blanked pixel-wise.
    const { client: c } = client(undefined);
    const asked: { pageIndex: number; dpi: number; scratch: boolean }[] = [];
    let closed = 0;
    const result = await burnIn(
      {
        client: c,
        readText,
        rasterizer: (bytes) => ({
          rasterizePage: async ({ pageIndex, dpi, pdf }) => {
            asked.push({ pageIndex, dpi, scratch: pdf !== undefined });
            // The original is never sent back; anything else (a scratch PDF of the engine's) comes with its bytes.
            return rasterizePageNode(pdf ? new Uint8Array(pdf) : bytes, pageIndex, dpi);
          },
          close: async () => void closed++,
        }),
      },
      new AbortController().signal,
      { original, fileName: 'scan.pdf', regions },
    );
    // Either the whole page (pageIndex 1 of the original) or the scan alone (a scratch PDF) was rendered.
    expect(asked.length).toBeGreaterThan(0);
    for (const a of asked) expect(a.scratch || a.pageIndex === 1).toBe(true);
    expect(closed).toBe(1);
    const v = result.report.verification;
    expect(v.textInsideRegions).toBe(0);
    expect(v.imagesUnderRegions).toBe(0);
    const out = await textOf(result.bytes);
    // Words of the redacted lines that appear nowhere else on the page are gone.
    const lines = truth('scanned-ocr-pleading').pages[1]!.lines;
    const words = (ls: TruthLine[]): string[] => ls.flatMap((l) => l.text.split(/\s+/)).filter((x) => x.length >= 6);
    const kept = new Set(words(lines.filter((l) => l.line < 4 || l.line > 6)));
    const gone = words(lines.filter((l) => l.line >= 4 && l.line <= 6)).filter((w) => !kept.has(w));
    expect(gone.length).toBeGreaterThan(3);
    const outWords = new Set(joined(out, 1).split(/\s+/));
    for (const w of gone) expect(outWords.has(w)).toBe(false);
    expect(joined(out, 0).length).toBeGreaterThan(100);
  });

  it('with no rasteriser on the main thread such content is refused with UnsupportedPdfError', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/scanned-ocr-pleading.pdf`));
    const regions = lineRegions(truth('scanned-ocr-pleading'), 2, 4, 6);
    const { client: c } = client(undefined);
    await expect(
      burnIn({ client: c, readText }, new AbortController().signal, { original, fileName: 'scan.pdf', regions }),
    ).rejects.toBeInstanceOf(UnsupportedPdfError);
  });

  it('errors come back as the named classes of errors.ts', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/ghostscript-pleading.pdf`));
    const { client: c } = client(decodeImageNode);
    const error = await burnIn({ client: c, readText }, new AbortController().signal, {
      original,
      fileName: 'gs.pdf',
      regions: [{ pageIndex: 40, rect: [0, 0, 10, 10] }],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRegionError);
    expect((error as Error).name).toBe('InvalidRegionError');
    expect((error as Error).message).toMatch(/page 41 does not exist/);
  });

  it('the request buffer is transferred to the worker, and the result transferred back', async () => {
    const bytes = new Uint8Array(readFileSync(`${PDFS}/ghostscript-pleading.pdf`));
    const { client: c } = client(decodeImageNode);
    const input = bytes.slice().buffer;
    const pending = c.call(new AbortController().signal, 'redact', {
      pdf: input,
      regions: [{ pageIndex: 0, rect: [100, 600, 400, 650] }],
      fileName: 'gs.pdf',
    });
    await vi.waitFor(() => expect(input.byteLength).toBe(0));
    const out = await pending;
    expect(out.pdf.byteLength).toBeGreaterThan(1000);
    expect(new TextDecoder('latin1').decode(new Uint8Array(out.pdf, 0, 5))).toBe('%PDF-');
  });

  it('cancelling mid-burn rejects with AbortError, kills the worker, and the next burn gets a fresh one', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/chromium-pleading.pdf`));
    const regions = lineRegions(truth('chromium-pleading'), 9, 3, 23);
    const { client: c, workers } = client(decodeImageNode);
    const controller = new AbortController();
    const pending = burnIn(
      { client: c, readText },
      controller.signal,
      {
        original,
        fileName: 'p.pdf',
        regions,
      },
      (phase, done) => {
        if (phase === 'redacting' && done >= 1) controller.abort();
      },
    );
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(workers[0]?.closed()).toBe(true);
    expect(c.alive).toBe(false);
    const again = await burnIn({ client: c, readText }, new AbortController().signal, {
      original,
      fileName: 'p.pdf',
      regions,
    });
    expect(again.report.verification.ok).toBe(true);
    expect(workers).toHaveLength(2);
  });

  it('a call aborted while queued gives up at once and never reaches the worker', async () => {
    const bytes = new Uint8Array(readFileSync(`${PDFS}/ghostscript-pleading.pdf`));
    const { client: c, workers } = client(decodeImageNode);
    const first = c.call(new AbortController().signal, 'redact', {
      pdf: bytes.slice().buffer,
      regions: [{ pageIndex: 0, rect: [100, 600, 400, 650] }],
      fileName: 'gs.pdf',
    });
    const controller = new AbortController();
    const second = c.call(controller.signal, 'redact', {
      pdf: bytes.slice().buffer,
      regions: [{ pageIndex: 0, rect: [100, 600, 400, 650] }],
      fileName: 'gs.pdf',
    });
    controller.abort();
    await expect(second).rejects.toBeInstanceOf(AbortError);
    await expect(first).resolves.toHaveProperty('report');
    expect(workers).toHaveLength(1);
    expect(c.alive).toBe(true);
  });

  it('an idle worker is torn down and respawned on the next call', async () => {
    vi.useFakeTimers();
    try {
      let spawned = 0;
      const c = new RedactionClient(() => {
        spawned++;
        const listeners = new Set<(e: { data: unknown }) => void>();
        return {
          addEventListener: (_: string, fn: (e: { data: unknown }) => void) => listeners.add(fn),
          removeEventListener: (_: string, fn: (e: { data: unknown }) => void) => listeners.delete(fn),
          postMessage: (m: { id: number }) =>
            queueMicrotask(() => listeners.forEach((fn) => fn({ data: { id: m.id, kind: 'result', output: 1 } }))),
          terminate: () => undefined,
        } as unknown as Worker;
      }, 1000);
      clients.push(c);
      const input = { pdf: new ArrayBuffer(1), regions: [], fileName: 'a.pdf' };
      await c.call(new AbortController().signal, 'redact', input);
      expect(c.alive).toBe(true);
      vi.advanceTimersByTime(999);
      expect(c.alive).toBe(true);
      vi.advanceTimersByTime(1);
      expect(c.alive).toBe(false);
      await c.call(new AbortController().signal, 'redact', { ...input, pdf: new ArrayBuffer(1) });
      expect(spawned).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the output NAME-redacted.pdf', () => {
    expect(redactedName('ECF 62.pdf')).toBe('ECF 62-redacted.pdf');
    expect(redactedName('scan.PDF')).toBe('scan-redacted.pdf');
    expect(redactedName('noext')).toBe('noext-redacted.pdf');
  });
});

describe('the worker JPEG decoder helpers', () => {
  it('reads the component count from the SOF marker, skipping other segments', async () => {
    const { jpegComponents, fromRgba } = await import('../../src/workers/decode-image.ts');
    // SOI, APP0 (length 4), SOF0 with 3 components.
    const rgb = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 17, 8, 0, 2, 0, 2, 3, 0, 0, 0]);
    expect(jpegComponents(rgb)).toBe(3);
    const gray = rgb.slice();
    gray[17] = 1;
    expect(jpegComponents(gray)).toBe(1);
    // A DHT segment (0xC4) is not a frame header.
    const dht = new Uint8Array([0xff, 0xd8, 0xff, 0xc4, 0, 4, 0, 0, 0xff, 0xc2, 0, 17, 8, 0, 2, 0, 2, 4, 0, 0, 0]);
    expect(jpegComponents(dht)).toBe(4);
    expect(jpegComponents(new Uint8Array([0xff, 0xd8]))).toBe(0);
    expect(Array.from(fromRgba([1, 2, 3, 255, 4, 5, 6, 255], 2, 1, 3))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(fromRgba([1, 2, 3, 255, 4, 5, 6, 255], 2, 1, 1))).toEqual([1, 4]);
  });
});
