// `lineseal verify ORIGINAL.pdf REDACTED.pdf (--regions R.json | --region P:x0,y0,x1,y1)…`: the independent check.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Region } from '../lib/model/region.ts';
import type { Verification } from '../lib/model/report.ts';
import { verifyRedaction } from '../lib/redaction/verify.ts';
import { FileReadError } from '../lib/util/errors.ts';
import { openPdfjsDocument, readDocumentText } from '../platform/pdfjs/node.ts';
import { decodeImageNode } from '../platform/pdfjs/node-raster.ts';
import { CliUsageError, type CliIo } from './command.ts';
import { parseRegionFlag, readRegionsFile } from './redact.ts';

export interface VerifyFilesOptions {
  removedStrings?: readonly string[];
  labels?: readonly string[];
  rasterizedPages?: readonly number[];
  excusedText?: readonly string[];
  password?: string;
}

/** Verifies REDACTED against ORIGINAL for the regions, reading both with pdf.js (Node). */
export async function verifyFiles(
  original: Uint8Array,
  originalName: string,
  redacted: Uint8Array,
  redactedName: string,
  regions: readonly Region[],
  options: VerifyFilesOptions = {},
): Promise<Verification> {
  const origDoc = await openPdfjsDocument(original, originalName, options.password);
  const originalText = await readDocumentText(origDoc);
  await origDoc.destroy();
  const outDoc = await openPdfjsDocument(redacted, redactedName);
  const outputText = await readDocumentText(outDoc);
  await outDoc.destroy();
  return verifyRedaction({
    regions,
    originalText,
    outputText,
    outputBytes: redacted,
    decodeImage: decodeImageNode,
    ...(options.removedStrings ? { removedStrings: options.removedStrings } : {}),
    ...(options.labels ? { labels: options.labels } : {}),
    ...(options.rasterizedPages ? { rasterizedPages: options.rasterizedPages } : {}),
    ...(options.excusedText ? { excusedText: options.excusedText } : {}),
  });
}

export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new FileReadError(path, error instanceof Error && 'code' in error ? String(error.code) : 'unreadable');
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  const regions: Region[] = [];
  const labels: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new CliUsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--region') regions.push(parseRegionFlag(value()));
    else if (a === '--regions') regions.push(...(await readRegionsFile(value())));
    else if (a === '--label') labels.push(value());
    else if (a === '--map' || a === '--cite')
      throw new CliUsageError(`${a} is not yet supported by verify; pass --regions R.json`);
    else if (a.startsWith('-')) throw new CliUsageError(`unknown option ${a}; run lineseal --help`);
    else files.push(a);
  }
  if (files.length !== 2)
    throw new CliUsageError(
      'usage: lineseal verify ORIGINAL.pdf REDACTED.pdf (--regions R.json | --region PAGE:x0,y0,x1,y1)…',
    );
  if (regions.length === 0)
    throw new CliUsageError('give the regions to check with --regions R.json or --region PAGE:x0,y0,x1,y1');
  const [origPath, outPath] = files as [string, string];
  const verification = await verifyFiles(
    await readInput(origPath),
    basename(origPath),
    await readInput(outPath),
    basename(outPath),
    regions,
    { labels },
  );
  io.stdout(JSON.stringify(verification, null, 2));
  return verification.ok ? 0 : 1;
}
