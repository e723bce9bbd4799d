// `lineseal redact FILING.pdf (--region P:x0,y0,x1,y1 | --regions R.json)… -o OUT.pdf [--report R.json]`: burn in,
// verify independently with pdf.js, and write the output atomically only when verification passed.
import { createHash, randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { normalizeRect, type LabelledRegion, type Region } from '../lib/model/region.ts';
import type { Report, Unresolved } from '../lib/model/report.ts';
import { resolveCitationArgs } from './citations.ts';
import { redactPdf, type RedactOptions } from '../lib/redaction/redact-document.ts';
import { makeSealedCopy, type SealedCopyStyle } from '../lib/redaction/sealed-copy.ts';
import { FileReadError } from '../lib/util/errors.ts';
import { decodeImageNode, rasterizePageNode } from '../platform/pdfjs/node-raster.ts';
import { CliUsageError, readInputFile, readInputText, type CliIo } from './command.ts';
import { verifyFiles } from './verify.ts';

/** Parses `PAGE:x0,y0,x1,y1` (PAGE 1-based, rect in PDF user space) into a region. */
export function parseRegionFlag(text: string): LabelledRegion {
  const m = /^\s*(\d+)\s*:\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*$/.exec(text);
  if (!m) throw new CliUsageError(`--region "${text}" is not PAGE:x0,y0,x1,y1 (e.g. 2:72,500,540,524)`);
  const page = Number(m[1]);
  if (page < 1) throw new CliUsageError(`--region "${text}": pages are numbered from 1`);
  return { pageIndex: page - 1, rect: normalizeRect([Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]) };
}

/** Reads REGIONS.json: `[{"pageIndex": 0, "rect": [x0, y0, x1, y1]}…]` (extra keys such as label/source kept). */
export async function readRegionsFile(path: string): Promise<LabelledRegion[]> {
  const text = await readInputText(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new CliUsageError(`${path} is not JSON; it should be [{"pageIndex": 0, "rect": [x0, y0, x1, y1]}…]`);
  }
  const list = Array.isArray(data) ? data : (data as { regions?: unknown })?.regions;
  if (!Array.isArray(list)) throw new CliUsageError(`${path} should hold an array of {"pageIndex", "rect"}`);
  return list.map((r: unknown, i: number) => {
    const o = r as {
      pageIndex?: unknown;
      rect?: unknown;
      label?: unknown;
      source?: unknown;
      citation?: unknown;
      line?: unknown;
    };
    if (
      typeof o?.pageIndex !== 'number' ||
      !Array.isArray(o.rect) ||
      o.rect.length !== 4 ||
      !o.rect.every((v) => typeof v === 'number' && Number.isFinite(v))
    ) {
      throw new CliUsageError(`${path}: entry [${i}] needs "pageIndex" (0-based) and "rect" [x0, y0, x1, y1]`);
    }
    const region: LabelledRegion = { pageIndex: o.pageIndex, rect: normalizeRect(o.rect as number[]) };
    if (typeof o.label === 'string') region.label = o.label;
    if (typeof o.source === 'string') region.source = o.source;
    if (typeof o.citation === 'string') region.citation = o.citation;
    return region;
  });
}

export interface RedactArgs {
  input: string;
  output: string;
  report?: string;
  label?: string;
  /** Password of an encrypted filing (the empty password is tried first). */
  password?: string;
  regions: LabelledRegion[];
  cites: string[];
  order?: string;
  docket?: string;
  sealedCopy?: string;
  sealedStyle?: SealedCopyStyle;
  legend?: string;
}

export function parseRedactArgs(args: string[]): RedactArgs {
  const parsed: Partial<RedactArgs> & { regions: LabelledRegion[]; cites: string[]; regionFiles: string[] } = {
    regions: [],
    cites: [],
    regionFiles: [],
  };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new CliUsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--region':
        parsed.regions.push(parseRegionFlag(value()));
        break;
      case '--regions':
        parsed.regionFiles.push(value());
        break;
      case '--cite':
        parsed.cites.push(value());
        break;
      case '--order':
        parsed.order = value();
        break;
      case '--docket':
        parsed.docket = value();
        break;
      case '-o':
      case '--output':
        parsed.output = value();
        break;
      case '--report':
        parsed.report = value();
        break;
      case '--label':
        parsed.label = value();
        break;
      case '--password':
        parsed.password = value();
        break;
      case '--sealed-copy':
        parsed.sealedCopy = value();
        break;
      case '--sealed-style': {
        const style = value();
        if (style !== 'highlight' && style !== 'outline')
          throw new CliUsageError(`--sealed-style is "highlight" (yellow) or "outline" (no colour), not "${style}"`);
        parsed.sealedStyle = style;
        break;
      }
      case '--legend':
        parsed.legend = value();
        break;
      default:
        if (a.startsWith('-')) throw new CliUsageError(`unknown option ${a}; run lineseal --help`);
        files.push(a);
    }
  }
  if (files.length !== 1)
    throw new CliUsageError(
      'usage: lineseal redact FILING.pdf (--region PAGE:x0,y0,x1,y1 | --regions R.json)… -o OUT.pdf [--report R.json]',
    );
  if (!parsed.output) throw new CliUsageError('give the output file with -o OUT.pdf');
  const result: RedactArgs = {
    input: files[0] as string,
    output: parsed.output,
    regions: parsed.regions,
    cites: parsed.cites,
  };
  if (parsed.report) result.report = parsed.report;
  if (parsed.label) result.label = parsed.label;
  if (parsed.password) result.password = parsed.password;
  if (parsed.order) result.order = parsed.order;
  if (parsed.docket) result.docket = parsed.docket;
  if (parsed.sealedCopy) result.sealedCopy = parsed.sealedCopy;
  if (parsed.sealedStyle) result.sealedStyle = parsed.sealedStyle;
  if (parsed.legend) result.legend = parsed.legend;
  if ((parsed.sealedStyle || parsed.legend) && !parsed.sealedCopy)
    throw new CliUsageError('--sealed-style and --legend describe the sealed copy: give --sealed-copy S.pdf too');
  (result as RedactArgs & { regionFiles: string[] }).regionFiles = parsed.regionFiles;
  return result;
}

/** Every region the arguments ask for: raw regions, plus `--cite` and `--order/--docket` resolved on the filing's line grid. */
export async function regionsFromArgs(
  args: RedactArgs,
  filing: Uint8Array,
): Promise<{ regions: LabelledRegion[]; unresolved: Unresolved[] }> {
  const regions = [...args.regions];
  for (const f of (args as RedactArgs & { regionFiles?: string[] }).regionFiles ?? [])
    regions.push(...(await readRegionsFile(f)));
  if (args.docket && !args.order) throw new CliUsageError('--docket goes with --order ORDER');
  const cited = await resolveCitationArgs(filing, basename(args.input), {
    cites: args.cites,
    ...(args.order ? { orderPath: args.order } : {}),
    ...(args.docket ? { docket: args.docket } : {}),
  });
  return { regions: [...regions, ...cited.regions], unresolved: cited.unresolved };
}

/** Writes bytes to `path` atomically: a temporary file in the same folder, then rename. */
export async function writeAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw new FileReadError(
      path,
      `cannot write: ${error instanceof Error && 'code' in error ? String(error.code) : 'error'}`,
    );
  }
}

export interface BurnResult {
  bytes: Uint8Array;
  report: Report;
}

/** Redacts and verifies in Node (pdf.js readers, canvas rasteriser and JPEG decoder). Used by redact and apply. */
export async function burnIn(
  bytes: Uint8Array,
  regions: readonly LabelledRegion[],
  options: Omit<RedactOptions, 'rasterizePage' | 'decodeImage'>,
): Promise<BurnResult> {
  const result = await redactPdf(bytes, regions, {
    ...options,
    rasterizePage: rasterizePageNode,
    decodeImage: decodeImageNode,
  });
  const plain: Region[] = regions.map((r) => ({ pageIndex: r.pageIndex, rect: r.rect }));
  const verification = await verifyFiles(
    bytes,
    options.fileName,
    result.bytes,
    result.report.output?.file ?? 'output.pdf',
    plain,
    {
      removedStrings: result.removedStrings,
      labels: result.labels,
      rasterizedPages: result.rasterizedPages.map((p) => p.pageIndex),
      excusedText: result.hiddenText,
      ...(options.password ? { password: options.password } : {}),
    },
  );
  if (result.rasterizedPages.length > 0) {
    verification.findings = [
      ...(verification.findings ?? []).filter((f) => !/was rasterised/.test(f)),
      ...result.rasterizedPages.map(
        (p) => `page ${p.pageIndex + 1} was rasterised (${p.reason}); its text was not kept`,
      ),
    ];
  }
  return { bytes: result.bytes, report: { ...result.report, verification } };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseRedactArgs(args);
  const bytes = await readInputFile(parsed.input);
  const { regions, unresolved } = await regionsFromArgs(parsed, bytes);
  if (regions.length === 0) {
    if (unresolved.length > 0)
      throw new CliUsageError(`nothing to redact: ${unresolved.map((u) => `${u.citation} (${u.reason})`).join('; ')}`);
    throw new CliUsageError('nothing to redact: give --region, --regions, --cite or --order with --docket');
  }
  const { bytes: out, report } = await burnIn(bytes, regions, {
    fileName: basename(parsed.input),
    outputFileName: basename(parsed.output),
    ...(parsed.label ? { label: parsed.label } : {}),
    ...(parsed.password ? { password: parsed.password } : {}),
  });
  report.unresolved = [...unresolved, ...report.unresolved];
  if (!report.verification.ok) {
    const failed: Report = { ...report, output: null };
    io.stdout(JSON.stringify(failed, null, 2));
    if (parsed.report) await writeAtomic(parsed.report, JSON.stringify(failed, null, 2) + '\n');
    io.stderr(
      `error: verification of the redacted ${basename(parsed.input)} failed (${(report.verification.findings ?? [])[0] ?? 'see the report'}); no output was written`,
    );
    return 1;
  }
  // The sealed copy is made before anything is written, so a failure leaves no partial set of outputs behind.
  const sealed = parsed.sealedCopy
    ? await makeSealedCopy(bytes, regions, {
        fileName: basename(parsed.input),
        ...(parsed.sealedStyle ? { style: parsed.sealedStyle } : {}),
        ...(parsed.legend ? { legend: parsed.legend } : {}),
      })
    : null;
  await writeAtomic(parsed.output, out);
  if (parsed.sealedCopy && sealed) {
    await writeAtomic(parsed.sealedCopy, sealed);
    (report as Report & { sealedCopy?: { file: string; sha256: string } }).sealedCopy = {
      file: basename(parsed.sealedCopy),
      sha256: createHash('sha256').update(sealed).digest('hex'),
    };
  }
  if (parsed.report) await writeAtomic(parsed.report, JSON.stringify(report, null, 2) + '\n');
  io.stdout(JSON.stringify(report, null, 2));
  return 0;
}
