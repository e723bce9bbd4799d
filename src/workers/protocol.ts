// The redaction worker's protocol: one Requests map {name: [input, output]} shared by the worker and its client (no DOM).
import type { LabelledRegion, Region } from '../lib/model/region.ts';
import type { Report, Verification } from '../lib/model/report.ts';
import type { PageText } from '../lib/model/text-run.ts';
import type { RasterPage } from '../lib/redaction/redact-document.ts';

export interface RedactInput {
  /** The original PDF (transferred: the caller keeps its own copy if it still needs the bytes). */
  pdf: ArrayBuffer;
  regions: LabelledRegion[];
  fileName: string;
  outputFileName?: string;
  /** Default label drawn on every box that has none of its own. */
  label?: string;
  /**
   * Whether the main thread answers `rasterizePage` (default true). Without it, a page the engine cannot rewrite
   * safely is refused with UnsupportedPdfError instead of rasterised.
   */
  rasterize?: boolean;
  /** User password of an encrypted original (held in memory only); the output is never encrypted. */
  password?: string;
}

export interface RedactOutput {
  /** The redacted PDF (transferred back). */
  pdf: ArrayBuffer;
  /** The engine's report; its `verification` is a placeholder until `verify` has run. */
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
  /** pdf.js text of the original and of the redacted file (read on the main thread, see burn-in.ts). */
  originalText: PageText[];
  outputText: PageText[];
  removedStrings: string[];
  labels: string[];
  rasterizedPages: number[];
  excusedText: string[];
}

/** What the main thread can ask the worker to do: name → [input, output]. */
export type Requests = {
  redact: [RedactInput, RedactOutput];
  verify: [VerifyInput, Verification];
};

export type RequestName = keyof Requests;

/** Input of the `rasterizePage` callback. */
export interface RasterizeInput {
  pageIndex: number;
  dpi: number;
  /**
   * The PDF to render when it is not the request's original (e.g. the engine's one-page scratch PDF holding an image
   * to flatten), transferred; absent means the original, which the caller still holds (no copy back and forth).
   */
  pdf?: ArrayBuffer;
}

/**
 * What the worker can ask back of the main thread while a request runs: name → [input, output].
 * `rasterizePage` renders one page with pdf.js for the engine's fallback on content it cannot rewrite safely;
 * the pixels come back transferred.
 */
export type Callbacks = {
  rasterizePage: [RasterizeInput, RasterPage];
};

export type CallbackName = keyof Callbacks;

/** Main-thread implementations of the callbacks a request may use (a missing one fails that request). */
export type CallbackHandlers = { [K in CallbackName]?: (input: Callbacks[K][0]) => Promise<Callbacks[K][1]> };

/** Error classes that cross the boundary by name and are rebuilt on the main thread (src/lib/util/errors.ts). */
export type WorkerErrorName =
  | 'AbortError'
  | 'NotAPdfError'
  | 'EmptyFileError'
  | 'CorruptPdfError'
  | 'EncryptedPdfError'
  | 'UnsupportedPdfError'
  | 'InvalidRegionError'
  | 'Error';

/** A request, main thread → worker. */
export type ToWorker<K extends RequestName = RequestName> = { id: number; name: K; input: Requests[K][0] };

/** The answer to a callback, main thread → worker. */
export type CallbackReply =
  | { callId: number; kind: 'callback-result'; output: unknown }
  | { callId: number; kind: 'callback-error'; name: string; message: string };

export type MessageToWorker = ToWorker | CallbackReply;

/** Worker → main thread: a request's result, error or progress, or a callback the worker needs answered. */
export type FromWorker =
  | { id: number; kind: 'result'; output: unknown }
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'error'; name: string; message: string }
  | { id: number; kind: 'callback'; callId: number; name: CallbackName; input: unknown };

export function isCallbackReply(message: MessageToWorker): message is CallbackReply {
  return 'callId' in message;
}

/** The buffers of a value that should be transferred rather than copied (`pdf` bytes, raster `pixels`). */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (!value || typeof value !== 'object') return [];
  const out: ArrayBuffer[] = [];
  if ('pdf' in value && value.pdf instanceof ArrayBuffer) out.push(value.pdf);
  if ('pixels' in value && value.pixels instanceof Uint8Array) {
    const { buffer, byteOffset, byteLength } = value.pixels;
    if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) out.push(buffer);
  }
  return out;
}

/** A Uint8Array's bytes as a standalone ArrayBuffer, without a copy when the view already covers its whole buffer. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}
