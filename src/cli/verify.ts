// `lineseal verify ORIGINAL.pdf REDACTED.pdf (--regions R.json | --region P:x0,y0,x1,y1)…`: the independent check.
import { basename } from 'node:path';
import type { Region } from '../lib/model/region.ts';
import type { Verification } from '../lib/model/report.ts';
import { verifyRedaction } from '../lib/redaction/verify.ts';
import { openPdfjsDocument, readDocumentText } from '../platform/pdfjs/node.ts';
import { decodeImageNode } from '../platform/pdfjs/node-raster.ts';
import { CliUsageError, readInputFile, type CliIo } from './command.ts';
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

export async function run(args: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  const regions: Region[] = [];
  const labels: string[] = [];
  const cites: string[] = [];
  let mapPath: string | undefined;
  let password: string | undefined;
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
    else if (a === '--cite') cites.push(value());
    else if (a === '--map') mapPath = value();
    else if (a === '--password') password = value();
    else if (a.startsWith('-')) throw new CliUsageError(`unknown option ${a}; run lineseal --help`);
    else files.push(a);
  }
  if (files.length !== 2) {
    throw new CliUsageError(
      'usage: lineseal verify ORIGINAL.pdf REDACTED.pdf (--map MAP.json | --cite C | --regions R.json | --region PAGE:x0,y0,x1,y1)…',
    );
  }
  const [origPath, outPath] = files as [string, string];
  const original = await readInputFile(origPath);
  if (mapPath) {
    const { readMapFile, regionsForFiling } = await import('./apply.ts');
    const { sha256Hex } = await import('../lib/redaction/hash.ts');
    const map = await readMapFile(mapPath);
    const sha = await sha256Hex(original);
    const doc =
      map.documents.find((d) => d.sha256 === sha) ?? (map.documents.length === 1 ? map.documents[0] : undefined);
    if (!doc)
      throw new CliUsageError(
        `none of the documents in ${basename(mapPath)} is ${basename(origPath)} (SHA-256 ${sha.slice(0, 12)}…)`,
      );
    const fromMap = await regionsForFiling(doc, original, basename(origPath));
    regions.push(...fromMap.regions);
    for (const m of doc.marks) if (m.label) labels.push(m.label);
  }
  if (cites.length > 0) {
    const { resolveCitationArgs } = await import('./citations.ts');
    const cited = await resolveCitationArgs(original, basename(origPath), { cites });
    regions.push(...cited.regions);
  }
  if (regions.length === 0) {
    throw new CliUsageError(
      'give the regions to check with --map, --cite, --regions R.json or --region PAGE:x0,y0,x1,y1',
    );
  }
  const verification = await verifyFiles(
    original,
    basename(origPath),
    await readInputFile(outPath),
    basename(outPath),
    regions,
    {
      labels,
      ...(password ? { password } : {}),
    },
  );
  io.stdout(JSON.stringify(verification, null, 2));
  return verification.ok ? 0 : 1;
}
