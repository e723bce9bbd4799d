// `lineseal parse-order ORDER.txt|ORDER.pdf`: prints the order's directives and warnings as JSON.
import { basename } from 'node:path';
import { CliUsageError, readInputFile, type CliIo } from './command.ts';
import { orderTextFromPages, parseOrder } from '../lib/order-parser/index.ts';
import { NotAPdfError, OrderParseError } from '../lib/util/errors.ts';

const USAGE = 'usage: lineseal parse-order ORDER.txt|ORDER.pdf';

/** Reads an order file: its bytes (for its SHA-256) and its text — a .pdf (or anything starting with %PDF) through pdf.js, otherwise UTF-8. */
export async function readOrder(path: string): Promise<{ bytes: Uint8Array; text: string }> {
  const name = basename(path);
  const bytes = await readInputFile(path);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const looksPdf = head.includes('%PDF-');
  if (/\.pdf$/i.test(path) || looksPdf) {
    if (!looksPdf && bytes.length > 0) throw new NotAPdfError(name);
    const { openPdfjsDocument, readDocumentText } = await import('../platform/pdfjs/node.ts');
    const doc = await openPdfjsDocument(bytes, name);
    try {
      return { bytes, text: orderTextFromPages(await readDocumentText(doc)) };
    } finally {
      await doc.destroy();
    }
  }
  if (bytes.includes(0))
    throw new OrderParseError(name, 'is neither text nor a PDF; give the order as a .txt or .pdf file');
  return { bytes, text: new TextDecoder('utf-8').decode(bytes) };
}

/** Reads an order as text (see readOrder). */
export async function readOrderText(path: string): Promise<string> {
  return (await readOrder(path)).text;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const files = args.filter((a) => !a.startsWith('-'));
  const unknown = args.find((a) => a.startsWith('-') && a !== '-h' && a !== '--help');
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  if (unknown) throw new CliUsageError(`unknown option ${unknown}; ${USAGE}`);
  if (files.length !== 1) throw new CliUsageError(`give exactly one order file; ${USAGE}`);
  const path = files[0] ?? '';
  const text = await readOrderText(path);
  if (text.trim() === '')
    throw new OrderParseError(basename(path), 'has no text to read (a scanned order needs OCR first)');
  const parsed = parseOrder(text);
  if (parsed.directives.length === 0) {
    throw new OrderParseError(
      basename(path),
      'no sealing or redaction directive was found (no docket reference next to a ruling); check that this is the sealing order',
    );
  }
  io.stdout(JSON.stringify({ directives: parsed.directives, warnings: parsed.warnings }, null, 2));
  return 0;
}
