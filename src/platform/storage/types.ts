// Records the app keeps in IndexedDB: cases, filings' metadata, PDF bytes, marks. Geometry in PDF user space.
import type { Directive } from '../../lib/model/directive.ts';
import type { Rect } from '../../lib/model/region.ts';
import type { Report } from '../../lib/model/report.ts';

/** A sealing order as the user gave it: pasted text and/or the order's PDF. */
export interface OrderRecord {
  text?: string;
  /** Id of the order PDF's bytes in the blobs store. */
  pdfBlobId?: string;
  fileName?: string;
}

/** A directive as the user keeps it in the case: the parser's output plus review state. */
export interface CaseDirective extends Directive {
  id: string;
  /** Confirmed by the user (only confirmed directives propose marks). */
  confirmed: boolean;
  /** The case's filing this directive is linked to (by docket automatically, or picked by the user). */
  documentId: string | null;
  /** Added by hand rather than found by the parser. */
  manual?: boolean;
  /** Parser warnings that concern this directive. */
  warnings?: string[];
}

export interface CaseRecord {
  id: string;
  title: string;
  court: string;
  caseNumber: string;
  order: OrderRecord;
  /** Directives parsed from the order and reviewed by the user (null: never parsed). */
  directives: CaseDirective[] | null;
  /** The parser's warnings about the order as a whole. */
  orderWarnings?: string[];
  createdAt: number;
  updatedAt: number;
}

export interface RedactedOutput {
  blobId: string;
  sha256: string;
  report: Report;
  createdAt: number;
  /** burnedMarksKey() of the confirmed marks this copy was burned from (absent on copies stored before it existed). */
  marksKey?: string;
}

export interface DocumentRecord {
  id: string;
  caseId: string;
  fileName: string;
  sha256: string;
  pageCount: number;
  /** Docket entry, e.g. "62" or "129-3" (null when unknown). */
  docket: string | null;
  title: string;
  /** Id of the untouched original bytes in the blobs store. */
  blobId: string;
  createdAt: number;
  /** The latest burned-in copy, kept beside the original. */
  redacted?: RedactedOutput;
  /** The user's correction: 0-based PDF page that carries printed page 1 (earlier pages are unnumbered). */
  printedPageOne?: number;
  /** Line grids the user defined by hand on pages without detectable numbers, by 0-based page index. */
  calibrations?: Record<number, PageCalibration>;
  /** The original opens only with a user password (never stored: the app asks for it once per session). */
  needsPassword?: boolean;
}

/** A hand-made line grid: the centres of line 1 and of the last line (PDF user space) and the line count. */
export interface PageCalibration {
  firstLine: [number, number];
  lastLine: [number, number];
  lineCount: number;
}

export type BlobKind = 'original' | 'order' | 'redacted';

export interface BlobRecord {
  id: string;
  kind: BlobKind;
  bytes: ArrayBuffer;
}

export type MarkStatus = 'proposed' | 'confirmed' | 'excluded';

/** A rectangle to redact on one page, in PDF user space, with where it came from. */
export interface StoredMark {
  id: string;
  pageIndex: number;
  rect: Rect;
  status: MarkStatus;
  source: 'manual' | 'directive';
  /** Directive id (source 'directive'). */
  directiveId?: string;
  /** The directive's ranges when the mark was proposed (JSON), to re-propose after the directive is edited. */
  directiveRanges?: string;
  /** The citation as written, e.g. "5:17-6:14", or "p. 3 l. 4" for a hand-made line mark. */
  citation?: string;
  label?: string;
  /** Why it is sealed, as an imported redaction map gave it (the case's own directives give their basis). */
  reason?: string;
  /** Came from a redaction map and was re-resolved from its citation on this copy of the filing. */
  imported?: 'reresolved';
}

export interface MarksRecord {
  documentId: string;
  marks: StoredMark[];
  updatedAt: number;
}

export type NewCase = Pick<CaseRecord, 'title' | 'court' | 'caseNumber'>;

export interface NewDocument {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  pageCount: number;
  docket: string | null;
  title: string;
  /** The bytes open only with a user password (the password itself is never stored). */
  needsPassword?: boolean;
}
