// Citations → regions for one filing in Node: `--cite` texts, or every granted directive of an order for a docket.
import { createHash } from 'node:crypto';
import type { CitedRange, Directive } from '../lib/model/directive.ts';
import type { LabelledRegion } from '../lib/model/region.ts';
import type { Unresolved } from '../lib/model/report.ts';
import { formatRange, parseCitation, parseOrder } from '../lib/order-parser/index.ts';
import { resolveRanges, type FilingLayout } from '../lib/resolve/index.ts';
import { OrderParseError } from '../lib/util/errors.ts';
import { loadFilingLayout } from '../platform/pdfjs/layout-node.ts';
import { readOrder } from './parse-order.ts';
import { basename } from 'node:path';

export interface ResolvedCitations {
  regions: LabelledRegion[];
  unresolved: Unresolved[];
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The citation of a list of ranges as an order writes it, e.g. "5:17-6:14; 7:1-3". */
export function citationOf(ranges: CitedRange[]): string {
  return ranges.map(formatRange).join('; ');
}

/** Reads and parses an order file; an order with no directive is an error naming the file. */
export async function readOrderDirectives(
  path: string,
): Promise<{ bytes: Uint8Array; text: string; directives: Directive[] }> {
  const { bytes, text } = await readOrder(path);
  const { directives } = parseOrder(text);
  if (directives.length === 0)
    throw new OrderParseError(
      basename(path),
      'no sealing or redaction directive was found; check that this is the sealing order',
    );
  return { bytes, text, directives };
}

/** Granted directives of the order that name this docket. */
export function directivesForDocket(directives: Directive[], docket: string): Directive[] {
  return directives.filter((d) => d.disposition === 'redact' && d.dockets.includes(docket));
}

/** Resolves ranges on a filing's layout, labelling every region and unresolved entry with where it came from. */
export function resolveForMark(
  layout: FilingLayout,
  ranges: CitedRange[],
  source: string,
  label?: string,
): ResolvedCitations {
  const result = resolveRanges(layout, ranges, { source, ...(label ? { label } : {}) });
  return { regions: result.regions, unresolved: result.unresolved };
}

/** Resolves `--cite` texts and/or an order's directives for `docket` against one filing. */
export async function resolveCitationArgs(
  bytes: Uint8Array,
  fileName: string,
  request: { cites: string[]; orderPath?: string; docket?: string },
): Promise<ResolvedCitations> {
  const out: ResolvedCitations = { regions: [], unresolved: [] };
  if (request.cites.length === 0 && !request.orderPath) return out;
  const jobs: { ranges: CitedRange[]; source: string }[] = request.cites.map((cite) => ({
    ranges: parseCitation(cite),
    source: `--cite ${cite}`,
  }));
  if (request.orderPath) {
    if (!request.docket)
      throw new OrderParseError(basename(request.orderPath), 'give --docket with --order, e.g. --docket 62');
    const { directives } = await readOrderDirectives(request.orderPath);
    const granted = directivesForDocket(directives, request.docket);
    if (granted.length === 0)
      throw new OrderParseError(
        basename(request.orderPath),
        `grants no redaction of docket ${request.docket}; dockets it names: ${[...new Set(directives.flatMap((d) => d.dockets))].join(', ')}`,
      );
    for (const d of granted) jobs.push({ ranges: d.ranges, source: d.item });
  }
  const layout = await loadFilingLayout(bytes, fileName);
  for (const job of jobs) {
    const resolved = resolveForMark(layout, job.ranges, job.source);
    out.regions.push(...resolved.regions);
    out.unresolved.push(...resolved.unresolved);
  }
  return out;
}
