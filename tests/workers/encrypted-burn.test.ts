// Burn-in of a filing encrypted with a user password: the password reaches the engine and the original's read-back;
// the redacted copy is not encrypted (pdf.js opens it with no password, pdf-lib says it is not encrypted).
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { LabelledRegion } from '../../src/lib/model/region.ts';
import type { PageText } from '../../src/lib/model/text-run.ts';
import { EncryptedPdfError } from '../../src/lib/util/errors.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';
import { decodeImageNode } from '../../src/platform/pdfjs/node-raster.ts';
import { burnIn, type BurnDeps } from '../../src/workers/burn-in.ts';
import { RedactionClient } from '../../src/workers/redaction-client.ts';
import { serve, type Endpoint } from '../../src/workers/serve.ts';

const PDFS = 'tests/fixtures/pdfs';

interface Truth {
  pages: { pdfPage: number; width: number; lines: { line: number; text: string; band?: [number, number] }[] }[];
}
const truth = JSON.parse(readFileSync(`${PDFS}/libreoffice-pleading.truth.json`, 'utf8')) as Truth;

function channelWorker(): Worker {
  const { port1, port2 } = new MessageChannel();
  serve(port1 as unknown as Endpoint, decodeImageNode);
  port1.start();
  port2.start();
  return {
    addEventListener: port2.addEventListener.bind(port2),
    removeEventListener: port2.removeEventListener.bind(port2),
    postMessage: (message: unknown, transfer: ArrayBuffer[] = []) => port2.postMessage(message, transfer),
    terminate: () => {
      port2.close();
      port1.close();
    },
  } as unknown as Worker;
}

async function textOf(bytes: Uint8Array, password?: string): Promise<PageText[]> {
  const doc = await openPdfjsDocument(bytes, 'x.pdf', password);
  try {
    return await readDocumentText(doc);
  } finally {
    await doc.destroy();
  }
}

/** The read-back as the app does it: the password it is given, and none for the output. */
const passwordsSeen: (string | undefined)[] = [];
const readText: BurnDeps['readText'] = async (bytes, _signal, _onPage, password) => {
  passwordsSeen.push(password);
  return textOf(bytes, password);
};

const clients: RedactionClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.terminate();
  passwordsSeen.length = 0;
});

function client(): RedactionClient {
  const c = new RedactionClient(channelWorker);
  clients.push(c);
  return c;
}

const page2 = truth.pages.find((p) => p.pdfPage === 2)!;
const marked = page2.lines.find((l) => l.line === 10 && l.text.trim().length > 20)!;
const regions: LabelledRegion[] = [
  { pageIndex: 1, rect: [80, marked.band![0], page2.width - 40, marked.band![1]], source: 'test 2:10' },
];
const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length >= 6);
const joined = (pages: PageText[], i: number): string => (pages[i]?.runs ?? []).map((r) => r.str).join(' ');

describe('burn-in of an encrypted filing', () => {
  it('with its user password: verified, and the copy opens with no password, is not encrypted, lacks the line', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/encrypted-user-password.pdf`));
    await expect(textOf(original)).rejects.toBeInstanceOf(EncryptedPdfError);
    const result = await burnIn({ client: client(), readText }, new AbortController().signal, {
      original,
      fileName: 'locked.pdf',
      regions,
      password: 'secret',
    });
    expect(result.report.verification.ok).toBe(true);
    // The original was read with the password, the output with none.
    expect(passwordsSeen).toEqual(['secret', undefined]);
    const out = await textOf(result.bytes);
    // Words of the marked line that appear nowhere else on the page are gone; the rest of the page is kept.
    const elsewhere = new Set(page2.lines.filter((l) => l !== marked).flatMap((l) => words(l.text)));
    const gone = words(marked.text).filter((w) => !elsewhere.has(w));
    expect(gone.length).toBeGreaterThan(1);
    const outWords = new Set(joined(out, 1).split(/\s+/));
    for (const w of gone) expect(outWords.has(w)).toBe(false);
    for (const w of elsewhere) if (!marked.text.includes(w)) expect(joined(out, 1)).toContain(w);
    expect(joined(out, 0).length).toBeGreaterThan(100);
    const lib = await PDFDocument.load(result.bytes);
    expect(lib.isEncrypted).toBe(false);
  });

  it('without it the engine refuses the file', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/encrypted-user-password.pdf`));
    await expect(
      burnIn({ client: client(), readText }, new AbortController().signal, {
        original,
        fileName: 'locked.pdf',
        regions,
      }),
    ).rejects.toMatchObject({ name: 'EncryptedPdfError' });
  });

  it('an owner-password-only filing needs no password and its copy is not encrypted', async () => {
    const original = new Uint8Array(readFileSync(`${PDFS}/encrypted-owner-only.pdf`));
    const result = await burnIn({ client: client(), readText }, new AbortController().signal, {
      original,
      fileName: 'owner.pdf',
      regions,
    });
    expect(result.report.verification.ok).toBe(true);
    expect((await PDFDocument.load(result.bytes)).isEncrypted).toBe(false);
  });
});
