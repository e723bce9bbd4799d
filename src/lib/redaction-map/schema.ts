// RedactionMapV1: the shareable JSON envelope of a case's marks (citations for any copy, regions for the exact copy).
import type { CitedRange, Directive } from '../model/directive.ts';
import type { Rect } from '../model/region.ts';

/** Frozen: changing these without a migration breaks every map ever exported. */
export const MAP_FORMAT_TYPE = 'lineseal-redaction-map';
export const MAP_FORMAT_VERSION = 1;

export type MarkStatus = 'proposed' | 'confirmed' | 'excluded';

export type MarkSource =
  { kind: 'directive'; item: string; dockets: string[] } | { kind: 'manual' } | { kind: 'search'; query: string };

export interface MapRegion {
  pageIndex: number;
  rect: Rect;
}

export interface MapMark {
  id: string;
  source: MarkSource;
  /** The citation as a person writes it ("5:17-6:14"), or null for a drawn rectangle. */
  citation: string | null;
  /** Portable: re-resolved on another copy of the filing. Empty for a drawn rectangle. */
  ranges: CitedRange[];
  /** Exact: valid for the copy whose SHA-256 the document records. */
  regions: MapRegion[];
  reason: string | null;
  label: string | null;
  status: MarkStatus;
  createdAt: string;
  createdBy: string | null;
  [unknown: string]: unknown;
}

export interface MapPageNumber {
  pageIndex: number;
  printedPage: number | null;
  ecfPage: number | null;
}

export interface MapDocument {
  id: string;
  dockets: string[];
  title: string;
  fileName: string | null;
  sha256: string;
  pageCount: number;
  /** Printed and ECF page number of every PDF page, as resolved (and possibly corrected by the user). */
  pageNumbers: MapPageNumber[];
  marks: MapMark[];
  [unknown: string]: unknown;
}

export interface RedactionMapV1 {
  type: typeof MAP_FORMAT_TYPE;
  version: typeof MAP_FORMAT_VERSION;
  source: string;
  createdAt: string;
  createdBy: string | null;
  case: { title: string; court: string | null; caseNumber: string | null; [unknown: string]: unknown };
  order: { title: string; date: string | null; sha256: string | null; fileName: string | null } | null;
  directives: Omit<Directive, 'source'>[];
  documents: MapDocument[];
  [unknown: string]: unknown;
}

export type RedactionMap = RedactionMapV1;
