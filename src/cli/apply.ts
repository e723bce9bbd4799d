// `lineseal apply MAP.json --filing DOCKET=FILE.pdf … --out-dir DIR`: burn a redaction map into its filings, re-resolving citations on a copy whose SHA-256 differs.
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LabelledRegion } from '../lib/model/region.ts';
import type { Report, Unresolved } from '../lib/model/report.ts';
import { parseRedactionMapText, type MapDocument, type RedactionMap } from '../lib/redaction-map/index.ts';
import { MapFormatError } from '../lib/util/errors.ts';
import { loadFilingLayout } from '../platform/pdfjs/layout-node.ts';
import { resolveForMark, sha256Hex } from './citations.ts';
import { CliUsageError, readInputFile, readInputText, type CliIo } from './command.ts';
import { parseFilingFlag, splitArgs, type FilingArg } from './filing-args.ts';
import { burnIn, writeAtomic } from './redact.ts';

const USAGE = 'usage: lineseal apply MAP.json --filing DOCKET=FILE.pdf … --out-dir DIR';

export async function readMapFile(path: string): Promise<RedactionMap> {
  const text = await readInputText(path);
  const parsed = parseRedactionMapText(text);
  if (!parsed.ok) throw new MapFormatError(basename(path), parsed.issues);
  return parsed.map;
}

/**
 * The regions to burn for one filing: the map's exact regions when the SHA-256 matches, otherwise the marks'
 * citations re-resolved on this copy. Excluded marks are never burned; proposed and confirmed ones are.
 */
export async function regionsForFiling(
  doc: MapDocument,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ regions: LabelledRegion[]; unresolved: Unresolved[]; reResolved: boolean }> {
  const marks = doc.marks.filter((m) => m.status !== 'excluded');
  const label = (m: MapDocument['marks'][number]) => (m.label ? { label: m.label } : {});
  if (sha256Hex(bytes) === doc.sha256) {
    const regions = marks.flatMap((m) =>
      m.regions.map((r) => ({ ...r, source: m.id, ...(m.citation ? { citation: m.citation } : {}), ...label(m) })),
    );
    return { regions, unresolved: [], reResolved: false };
  }
  const layout = await loadFilingLayout(bytes, fileName);
  const regions: LabelledRegion[] = [];
  const unresolved: Unresolved[] = [];
  for (const mark of marks) {
    if (mark.ranges.length === 0) {
      unresolved.push({
        citation: `mark ${mark.id}`,
        reason: 'a drawn rectangle cannot be carried to a different copy of the filing; mark it again on this copy',
      });
      continue;
    }
    const resolved = resolveForMark(layout, mark.ranges, mark.id, mark.label ?? undefined);
    regions.push(...resolved.regions);
    unresolved.push(...resolved.unresolved);
  }
  return { regions, unresolved, reResolved: true };
}

function findDocument(map: RedactionMap, filing: FilingArg): MapDocument {
  const doc = map.documents.find((d) => d.dockets.includes(filing.docket));
  if (!doc)
    throw new CliUsageError(
      `the map has no document for docket ${filing.docket}; it has ${map.documents.map((d) => d.dockets.join('/')).join(', ') || 'none'}`,
    );
  return doc;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = splitArgs(args, ['--filing', '--out-dir']);
  const outDir = flags.get('--out-dir')?.[0];
  const filings = (flags.get('--filing') ?? []).map(parseFilingFlag);
  if (positional.length !== 1 || !outDir || filings.length === 0) throw new CliUsageError(USAGE);
  const map = await readMapFile(positional[0] as string);
  const jobs = filings.map((filing) => ({ filing, doc: findDocument(map, filing) }));
  await mkdir(outDir, { recursive: true });

  const reports: Report[] = [];
  let failed = 0;
  for (const { filing, doc } of jobs) {
    const bytes = await readInputFile(filing.path);
    const fileName = basename(filing.path);
    const outName = fileName.replace(/\.pdf$/i, '') + '-redacted.pdf';
    const { regions, unresolved, reResolved } = await regionsForFiling(doc, bytes, fileName);
    if (regions.length === 0) {
      io.stderr(`error: nothing to redact in ${fileName} for docket ${filing.docket}; no output written`);
      failed++;
      continue;
    }
    const { bytes: out, report } = await burnIn(bytes, regions, { fileName, outputFileName: outName });
    report.unresolved = [...unresolved, ...report.unresolved];
    if (reResolved) {
      report.verification.findings = [
        ...(report.verification.findings ?? []),
        `${fileName} differs from the copy the map was made on (SHA-256); its marks were re-resolved from their citations`,
      ];
    }
    if (report.verification.ok) await writeAtomic(join(outDir, outName), out);
    else {
      report.output = null;
      failed++;
      io.stderr(
        `error: verification of the redacted ${fileName} failed (${report.verification.findings?.[0] ?? 'see the report'}); no output was written`,
      );
    }
    reports.push(report);
  }
  io.stdout(JSON.stringify(reports, null, 2));
  return failed > 0 ? 1 : 0;
}
