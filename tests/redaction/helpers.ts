// Shared helpers for the redaction tests: build small PDFs with pdf-lib, read them back with pdf.js and pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, StandardFonts, type PDFContext, type PDFPage, type PDFRef } from 'pdf-lib';
import type { PageText } from '../../src/lib/model/text-run.ts';
import { decodedCorpus } from '../../src/lib/redaction/verify.ts';
import { openPdfjsDocument, readDocumentText } from '../../src/platform/pdfjs/node.ts';

export interface Built {
  doc: PDFDocument;
  ctx: PDFContext;
  helvetica: PDFRef;
  addPage(content: string, resources?: Record<string, unknown>): PDFPage;
}

/** A new document with Helvetica (/F1) available; pages are added with a raw content stream. */
export async function newDoc(): Promise<Built> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const ctx = doc.context;
  return {
    doc,
    ctx,
    helvetica: font.ref,
    addPage(content, resources = {}) {
      const page = doc.addPage([612, 792]);
      const res = ctx.obj({ Font: { F1: font.ref }, ...resources }) as PDFDict;
      page.node.set(PDFName.of('Resources'), res);
      page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(content)));
      return page;
    },
  };
}

export async function pdfjsText(bytes: Uint8Array): Promise<PageText[]> {
  const doc = await openPdfjsDocument(bytes, 'test.pdf');
  const pages = await readDocumentText(doc);
  await doc.destroy();
  return pages;
}

export function pageString(pages: PageText[], pageIndex: number): string {
  return (pages[pageIndex]?.runs ?? []).map((r) => r.str).join(' ');
}

/** Does the text appear anywhere a reader could find it (string objects, XMP, or pdf.js text)? */
export async function fileContains(bytes: Uint8Array, needle: string): Promise<boolean> {
  const n = needle.toLowerCase().replace(/\s+/g, '');
  const corpus = decodedCorpus(bytes).map((c) => c.toLowerCase().replace(/\s+/g, ''));
  const raw = Buffer.from(bytes).toString('latin1').toLowerCase();
  const text = (await pdfjsText(bytes))
    .flatMap((p) => p.runs.map((r) => r.str))
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  return corpus.some((c) => c.includes(n)) || raw.includes(needle.toLowerCase()) || text.includes(n);
}

export const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface BboxWord {
  text: string;
  /** PDF user space, y up. */
  bbox: [number, number, number, number];
}

/** Words of every page via `pdftotext -bbox`, converted to PDF user space (MediaBox at the origin). */
export function pdftotextWords(bytes: Uint8Array): BboxWord[][] {
  const dir = mkdtempSync(join(tmpdir(), 'lineseal-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const pages: BboxWord[][] = [];
    for (const page of html.split(/<page /).slice(1)) {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 792);
      const words: BboxWord[] = [];
      for (const m of page.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      )) {
        const text = (m[5] as string)
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'");
        words.push({ text, bbox: [Number(m[1]), height - Number(m[4]), Number(m[3]), height - Number(m[2])] });
      }
      pages.push(words);
    }
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
