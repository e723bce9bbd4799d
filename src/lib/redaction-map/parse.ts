// Importing a redaction map: guard the JSON (issues name their JSON path), migrate to the current version, restore defaults, keep unknown fields.
import type { CitedRange } from '../model/directive.ts';
import { MAP_FORMAT_TYPE, MAP_FORMAT_VERSION, type MapDocument, type MapMark, type RedactionMap } from './schema.ts';
import { migrateToCurrent } from './migrations.ts';

export interface FormatIssue {
  /** JSON path of the offending value, e.g. `$.documents[0].marks[3].regions[0].rect`. */
  path: string;
  message: string;
}

export type ParseMapResult = { ok: true; map: RedactionMap } | { ok: false; issues: FormatIssue[] };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const SHA256 = /^[0-9a-f]{64}$/;
const STATUSES = new Set(['proposed', 'confirmed', 'excluded']);

/** Parses map text; never throws. */
export function parseRedactionMapText(text: string): ParseMapResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ path: '$', message: `not JSON (${(error as Error).message})` }] };
  }
  return parseRedactionMap(json);
}

/** Validates an already-parsed value, then migrates it to the current version and fills defaults. */
export function parseRedactionMap(value: unknown): ParseMapResult {
  const issues: FormatIssue[] = [];
  if (!isObject(value)) return { ok: false, issues: [{ path: '$', message: 'must be a JSON object' }] };
  if (value.type !== MAP_FORMAT_TYPE) {
    return {
      ok: false,
      issues: [{ path: '$.type', message: `must be "${MAP_FORMAT_TYPE}"; this is not a LineSeal map` }],
    };
  }
  if (!isPositiveInteger(value.version)) {
    return { ok: false, issues: [{ path: '$.version', message: 'must be a whole number from 1' }] };
  }
  if (value.version > MAP_FORMAT_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: '$.version',
          message: `is ${value.version}, newer than this LineSeal understands (${MAP_FORMAT_VERSION}); update LineSeal`,
        },
      ],
    };
  }
  const migrated = migrateToCurrent(value);
  checkEnvelope(migrated, issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, map: restoreDefaults(migrated) };
}

function checkEnvelope(map: Json, issues: FormatIssue[]): void {
  const need = (ok: boolean, path: string, message: string) => {
    if (!ok) issues.push({ path, message });
  };
  need(typeof map.createdAt === 'string', '$.createdAt', 'must be a date-time string');
  need(map.source === undefined || typeof map.source === 'string', '$.source', 'must be a string');
  need(isObject(map.case), '$.case', 'must be an object with the case title');
  if (isObject(map.case)) need(typeof map.case.title === 'string', '$.case.title', 'must be a string');
  if (map.order !== undefined && map.order !== null) {
    need(isObject(map.order), '$.order', 'must be an object or null');
    if (isObject(map.order) && map.order.sha256 != null)
      need(
        typeof map.order.sha256 === 'string' && SHA256.test(map.order.sha256),
        '$.order.sha256',
        'must be 64 hex digits',
      );
  }
  if (!Array.isArray(map.documents)) {
    issues.push({ path: '$.documents', message: 'must be an array' });
    return;
  }
  const ids = new Set<string>();
  map.documents.forEach((doc, d) => checkDocument(doc, `$.documents[${d}]`, issues, ids));
}

function checkDocument(doc: unknown, path: string, issues: FormatIssue[], ids: Set<string>): void {
  if (!isObject(doc)) {
    issues.push({ path, message: 'must be an object' });
    return;
  }
  if (typeof doc.id !== 'string' || doc.id === '')
    issues.push({ path: `${path}.id`, message: 'must be a non-empty string' });
  else if (ids.has(doc.id)) issues.push({ path: `${path}.id`, message: `"${doc.id}" is used by two documents` });
  else ids.add(doc.id);
  if (!Array.isArray(doc.dockets) || !doc.dockets.every((d) => typeof d === 'string'))
    issues.push({ path: `${path}.dockets`, message: 'must be an array of docket strings such as "62" or "129-3"' });
  if (typeof doc.sha256 !== 'string' || !SHA256.test(doc.sha256))
    issues.push({ path: `${path}.sha256`, message: 'must be the SHA-256 of the filing, 64 hex digits' });
  if (!isPositiveInteger(doc.pageCount))
    issues.push({ path: `${path}.pageCount`, message: 'must be a whole number from 1' });
  if (doc.pageNumbers !== undefined) {
    if (!Array.isArray(doc.pageNumbers)) issues.push({ path: `${path}.pageNumbers`, message: 'must be an array' });
    else
      doc.pageNumbers.forEach((entry, i) => {
        const p = `${path}.pageNumbers[${i}]`;
        if (!isObject(entry) || !isIndex(entry.pageIndex))
          issues.push({ path: p, message: 'must have a pageIndex from 0' });
      });
  }
  if (!Array.isArray(doc.marks)) {
    issues.push({ path: `${path}.marks`, message: 'must be an array' });
    return;
  }
  const pageCount = isPositiveInteger(doc.pageCount) ? doc.pageCount : Infinity;
  doc.marks.forEach((mark, m) => checkMark(mark, `${path}.marks[${m}]`, pageCount, issues));
}

function checkMark(mark: unknown, path: string, pageCount: number, issues: FormatIssue[]): void {
  if (!isObject(mark)) {
    issues.push({ path, message: 'must be an object' });
    return;
  }
  if (typeof mark.id !== 'string' || mark.id === '')
    issues.push({ path: `${path}.id`, message: 'must be a non-empty string' });
  if (mark.status !== undefined && !STATUSES.has(mark.status as string))
    issues.push({ path: `${path}.status`, message: 'must be "proposed", "confirmed" or "excluded"' });
  if (mark.source !== undefined) {
    const kind = isObject(mark.source) ? mark.source.kind : undefined;
    if (kind !== 'directive' && kind !== 'manual' && kind !== 'search')
      issues.push({ path: `${path}.source.kind`, message: 'must be "directive", "manual" or "search"' });
  }
  const regions = mark.regions ?? [];
  const ranges = mark.ranges ?? [];
  if (!Array.isArray(regions)) issues.push({ path: `${path}.regions`, message: 'must be an array' });
  else
    regions.forEach((region, r) => {
      const p = `${path}.regions[${r}]`;
      if (!isObject(region)) return issues.push({ path: p, message: 'must be an object' });
      if (!isIndex(region.pageIndex) || (region.pageIndex as number) >= pageCount)
        issues.push({ path: `${p}.pageIndex`, message: `must be a page index from 0 to ${pageCount - 1}` });
      const rect = region.rect;
      if (
        !Array.isArray(rect) ||
        rect.length !== 4 ||
        !rect.every((n) => typeof n === 'number' && Number.isFinite(n)) ||
        !(rect[0] < rect[2] && rect[1] < rect[3])
      )
        issues.push({ path: `${p}.rect`, message: 'must be [x0, y0, x1, y1] in PDF points with x0 < x1 and y0 < y1' });
    });
  if (!Array.isArray(ranges)) issues.push({ path: `${path}.ranges`, message: 'must be an array' });
  else ranges.forEach((range, r) => checkRange(range, `${path}.ranges[${r}]`, issues));
  if (Array.isArray(regions) && Array.isArray(ranges) && regions.length === 0 && ranges.length === 0)
    issues.push({ path, message: 'has neither ranges (a citation) nor regions: it marks nothing' });
}

function checkRange(range: unknown, path: string, issues: FormatIssue[]): void {
  if (!isObject(range)) {
    issues.push({ path, message: 'must be an object' });
    return;
  }
  const fromTo = (ok: (v: unknown) => boolean, what: string) => {
    if (!ok(range.from) || !ok(range.to)) issues.push({ path, message: `needs from and to, ${what}` });
  };
  const pageLine = (v: unknown) => isObject(v) && isPositiveInteger(v.page) && isPositiveInteger(v.line);
  switch (range.kind) {
    case 'whole':
      return;
    case 'lines':
      fromTo(pageLine, 'each {page, line} with whole numbers from 1');
      if (pageLine(range.from) && pageLine(range.to)) {
        const from = range.from as { page: number; line: number };
        const to = range.to as { page: number; line: number };
        if (from.page > to.page || (from.page === to.page && from.line > to.line))
          issues.push({ path, message: 'runs backwards: from comes after to' });
      }
      return;
    case 'paragraphs':
    case 'pages':
    case 'ecfPages':
      fromTo(isPositiveInteger, 'whole numbers from 1');
      if (isPositiveInteger(range.from) && isPositiveInteger(range.to) && range.from > range.to)
        issues.push({ path, message: 'runs backwards: from is greater than to' });
      return;
    case 'footnote':
      if (!isPositiveInteger(range.page) || !isPositiveInteger(range.note))
        issues.push({ path, message: 'needs page and note, whole numbers from 1' });
      return;
    case 'exhibits':
      fromTo((v) => typeof v === 'string' && v !== '', 'exhibit labels such as "A" or "1"');
      return;
    default:
      issues.push({
        path: `${path}.kind`,
        message: 'must be one of whole, lines, paragraphs, pages, ecfPages, footnote, exhibits',
      });
  }
}

/** Fills optional fields with their defaults, keeping every unknown field as it was. */
function restoreDefaults(map: Json): RedactionMap {
  const documents = (map.documents as Json[]).map((doc): MapDocument => ({
    ...doc,
    id: doc.id as string,
    dockets: doc.dockets as string[],
    title: typeof doc.title === 'string' ? doc.title : '',
    fileName: typeof doc.fileName === 'string' ? doc.fileName : null,
    sha256: doc.sha256 as string,
    pageCount: doc.pageCount as number,
    pageNumbers: (doc.pageNumbers as MapDocument['pageNumbers'] | undefined) ?? [],
    marks: (doc.marks as Json[]).map((mark): MapMark => ({
      ...mark,
      id: mark.id as string,
      source: (mark.source as MapMark['source'] | undefined) ?? { kind: 'manual' },
      citation: typeof mark.citation === 'string' ? mark.citation : null,
      ranges: (mark.ranges as CitedRange[] | undefined) ?? [],
      regions: (mark.regions as MapMark['regions'] | undefined) ?? [],
      reason: typeof mark.reason === 'string' ? mark.reason : null,
      label: typeof mark.label === 'string' ? mark.label : null,
      status: (mark.status as MapMark['status'] | undefined) ?? 'proposed',
      createdAt: typeof mark.createdAt === 'string' ? mark.createdAt : (map.createdAt as string),
      createdBy: typeof mark.createdBy === 'string' ? mark.createdBy : null,
    })),
  }));
  const caseJson = map.case as Json;
  return {
    ...map,
    type: MAP_FORMAT_TYPE,
    version: MAP_FORMAT_VERSION,
    source: typeof map.source === 'string' ? map.source : 'unknown',
    createdAt: map.createdAt as string,
    createdBy: typeof map.createdBy === 'string' ? map.createdBy : null,
    case: {
      ...caseJson,
      title: caseJson.title as string,
      court: typeof caseJson.court === 'string' ? caseJson.court : null,
      caseNumber: typeof caseJson.caseNumber === 'string' ? caseJson.caseNumber : null,
    },
    order: (map.order as RedactionMap['order'] | undefined) ?? null,
    directives: (map.directives as RedactionMap['directives'] | undefined) ?? [],
    documents,
  };
}
