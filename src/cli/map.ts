// `lineseal map --order ORDER --filing DOCKET=FILE.pdf … -o MAP.json`: parse the order, resolve every granted directive on its filings, write a redaction map.
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { Directive } from '../lib/model/directive.ts';
import type { Unresolved } from '../lib/model/report.ts';
import {
  createRedactionMap,
  serializeRedactionMap,
  type MapDocument,
  type MapMark,
} from '../lib/redaction-map/index.ts';
import { loadFilingLayout } from '../platform/pdfjs/layout-node.ts';
import { citationOf, directivesForDocket, readOrderDirectives, resolveForMark, sha256Hex } from './citations.ts';
import { CliUsageError, readInputFile, type CliIo } from './command.ts';
import { parseFilingFlag, splitArgs } from './filing-args.ts';
import { writeAtomic } from './redact.ts';

const USAGE = 'usage: lineseal map --order ORDER --filing DOCKET=FILE.pdf … -o MAP.json';

export function lineSealVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  return `LineSeal ${pkg.version} (command line)`;
}

/** One mark per granted directive for the docket; unresolved portions are kept on the mark for the reviewer. */
export function marksForFiling(
  layout: Parameters<typeof resolveForMark>[0],
  directives: Directive[],
  docket: string,
  createdAt: string,
): { marks: MapMark[]; unresolved: Unresolved[] } {
  const marks: MapMark[] = [];
  const unresolved: Unresolved[] = [];
  for (const [n, directive] of directivesForDocket(directives, docket).entries()) {
    const resolved = resolveForMark(layout, directive.ranges, directive.item);
    unresolved.push(...resolved.unresolved);
    marks.push({
      id: `${docket}-${directive.item}-${n + 1}`,
      source: { kind: 'directive', item: directive.item, dockets: directive.dockets },
      citation: citationOf(directive.ranges),
      ranges: directive.ranges,
      regions: resolved.regions.map((r) => ({ pageIndex: r.pageIndex, rect: r.rect })),
      reason: directive.basis,
      label: null,
      status: 'confirmed',
      createdAt,
      createdBy: null,
      ...(resolved.unresolved.length > 0 ? { unresolved: resolved.unresolved } : {}),
    });
  }
  return { marks, unresolved };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = splitArgs(args, ['--order', '--filing', '-o', '--output']);
  const orderPath = flags.get('--order')?.[0];
  const output = (flags.get('-o') ?? flags.get('--output'))?.[0];
  const filings = (flags.get('--filing') ?? []).map(parseFilingFlag);
  if (positional.length > 0) throw new CliUsageError(`unexpected argument ${positional[0]}; ${USAGE}`);
  if (!orderPath || !output || filings.length === 0) throw new CliUsageError(USAGE);

  const createdAt = new Date().toISOString();
  const { bytes: orderBytes, directives } = await readOrderDirectives(orderPath);
  const documents: MapDocument[] = [];
  let unresolvedCount = 0;
  for (const filing of filings) {
    const bytes = await readInputFile(filing.path);
    const fileName = basename(filing.path);
    const layout = await loadFilingLayout(bytes, fileName);
    const { marks, unresolved } = marksForFiling(layout, directives, filing.docket, createdAt);
    unresolvedCount += unresolved.length;
    const title = directives.find((d) => d.dockets.includes(filing.docket))?.document ?? fileName;
    documents.push({
      id: `doc-${filing.docket}`,
      dockets: [filing.docket],
      title,
      fileName,
      sha256: sha256Hex(bytes),
      pageCount: layout.texts.length,
      pageNumbers: layout.grid.pages.map((p) => ({
        pageIndex: p.pageIndex,
        printedPage: p.printedPage,
        ecfPage: p.ecfPage,
      })),
      marks,
    });
  }
  const map = createRedactionMap({
    source: lineSealVersion(),
    createdAt,
    case: { title: basename(orderPath).replace(/\.(txt|pdf)$/i, ''), court: null, caseNumber: null },
    order: { title: basename(orderPath), date: null, sha256: sha256Hex(orderBytes), fileName: basename(orderPath) },
    directives: directives.map(({ source: _source, ...rest }) => rest),
    documents,
  });
  await writeAtomic(output, serializeRedactionMap(map));
  const given = new Set(filings.map((f) => f.docket));
  const missing = [...new Set(directives.filter((d) => d.disposition === 'redact').flatMap((d) => d.dockets))].filter(
    (d) => !given.has(d),
  );
  const markCount = documents.reduce((n, d) => n + d.marks.length, 0);
  const regionCount = documents.reduce((n, d) => n + d.marks.reduce((m, k) => m + k.regions.length, 0), 0);
  io.stdout(
    `map: ${documents.length} filing(s), ${markCount} mark(s), ${regionCount} region(s), ${unresolvedCount} unresolved, ` +
      `${missing.length} granted docket(s) without a filing${missing.length ? ` (${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''})` : ''} → ${output}`,
  );
  return 0;
}
