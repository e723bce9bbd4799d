// Files in and out of the browser: read a picked/dropped file, sniff PDF bytes, hash them, save a download.
import { CorruptPdfError, EmptyFileError, NotAPdfError } from '../lib/util/errors.ts';

/** Hex SHA-256 of the bytes (Web Crypto; available in secure contexts and in Node). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const codes = Array.from(needle, (c) => c.charCodeAt(0));
  outer: for (let i = Math.max(0, from); i <= Math.min(bytes.length, to) - codes.length; i++) {
    for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Cheap checks before pdf.js sees the bytes: empty, not a PDF (no `%PDF-` in the first KiB), or cut short
 * (no `%%EOF` in the last 4 KiB, as when a download stopped part-way). Throws the named error for the user.
 */
export function sniffPdf(fileName: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new EmptyFileError(fileName);
  if (indexOfAscii(bytes, '%PDF-', 0, 1024) < 0) throw new NotAPdfError(fileName);
  if (indexOfAscii(bytes, '%%EOF', bytes.length - 4096, bytes.length) < 0) {
    throw new CorruptPdfError(fileName, 'the file is cut short: it has no end-of-file marker');
  }
}

/** Reads a File (from a picker or a drop) into bytes. */
export async function readFileBytes(file: { arrayBuffer(): Promise<ArrayBuffer> }): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Offers bytes to the user as a download named `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
