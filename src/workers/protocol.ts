// The redaction worker's protocol: one Requests map {name: [input, output]} shared by the worker and its client.
import type { LabelledRegion, Region } from '../lib/model/region.ts';
import type { Report, Verification } from '../lib/model/report.ts';
import type { PageText } from '../lib/model/text-run.ts';

export interface RedactInput {
  /** The original PDF (transferred). */
  pdf: ArrayBuffer;
  regions: LabelledRegion[];
  fileName: string;
  outputFileName?: string;
  label?: string;
}

export interface RedactOutput {
  /** The redacted PDF (transferred back). */
  pdf: ArrayBuffer;
  report: Report;
  removedStrings: string[];
  labels: string[];
  rasterizedPages: { pageIndex: number; reason: string }[];
  hiddenText: string[];
  notes: string[];
}

export interface VerifyInput {
  /** The redacted PDF (transferred). */
  pdf: ArrayBuffer;
  regions: Region[];
  originalText: PageText[];
  outputText: PageText[];
  removedStrings: string[];
  labels: string[];
  rasterizedPages: number[];
  excusedText: string[];
}

export type Requests = {
  redact: [RedactInput, RedactOutput];
  verify: [VerifyInput, Verification];
};

export type RequestName = keyof Requests;

/** Error classes that cross the boundary by name and are rebuilt on the main thread. */
export type WorkerErrorName =
  | 'AbortError'
  | 'NotAPdfError'
  | 'EmptyFileError'
  | 'CorruptPdfError'
  | 'EncryptedPdfError'
  | 'UnsupportedPdfError'
  | 'InvalidRegionError'
  | 'Error';

export type ToWorker<K extends RequestName = RequestName> = { id: number; name: K; input: Requests[K][0] };

export type FromWorker =
  | { id: number; kind: 'result'; output: unknown }
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'error'; name: string; message: string };

/** The buffers of a value that should be transferred rather than copied. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (value && typeof value === 'object' && 'pdf' in value && value.pdf instanceof ArrayBuffer) return [value.pdf];
  return [];
}
