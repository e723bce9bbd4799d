// Burn-in on the main thread's side of the worker: redact in the worker, read the output back with pdf.js, verify.
import type { LabelledRegion, Region } from '../lib/model/region.ts';
import type { Report } from '../lib/model/report.ts';
import type { PageText } from '../lib/model/text-run.ts';
import type { RasterPage } from '../lib/redaction/redact-document.ts';
import { AbortError } from '../lib/util/errors.ts';
import type { CallbackHandlers, RasterizeInput, RequestName, Requests } from './protocol.ts';

export type BurnPhase = 'redacting' | 'reading' | 'verifying';

/** The client's `call`, as burn-in uses it (the app's RedactionClient, or a fake in tests). */
export interface Caller {
  call<K extends RequestName>(
    signal: AbortSignal,
    name: K,
    input: Requests[K][0],
    onProgress?: (done: number, total: number) => void,
    host?: CallbackHandlers,
  ): Promise<Requests[K][1]>;
}

export interface BurnDeps {
  client: Caller;
  /** pdf.js text of a PDF, page by page (pdf.js parses in its own worker; the main thread only converts). */
  readText(
    bytes: Uint8Array,
    signal: AbortSignal,
    onPage?: (done: number, total: number) => void,
    password?: string,
  ): Promise<PageText[]>;
  /** The fallback rasteriser over the original (pdf.js render); without it, such pages are refused. */
  rasterizer?(
    bytes: Uint8Array,
    password?: string,
  ): {
    rasterizePage(input: RasterizeInput): Promise<RasterPage>;
    close(): Promise<void>;
  };
}

export interface BurnInput {
  /** The original PDF; never modified, never transferred. */
  original: Uint8Array;
  fileName: string;
  regions: LabelledRegion[];
  /** pdf.js text of the original when the caller already has it (else it is read here). */
  originalText?: PageText[] | null;
  label?: string;
  /** User password of an encrypted original: given to the engine and to the original's read-back, never stored. */
  password?: string;
}

export interface BurnResult {
  bytes: Uint8Array;
  /** The engine's report with the verification's result in it. */
  report: Report;
  rasterizedPages: { pageIndex: number; reason: string }[];
  notes: string[];
}

/** `NAME.pdf` → `NAME-redacted.pdf`. */
export function redactedName(fileName: string): string {
  return fileName.replace(/(\.pdf)?$/i, '-redacted.pdf');
}

function check(signal: AbortSignal): void {
  if (signal.aborted) throw new AbortError();
}

/** Redacts `regions` out of a copy of the original and verifies the copy; `ok` in the report gates any export. */
export async function burnIn(
  deps: BurnDeps,
  signal: AbortSignal,
  input: BurnInput,
  onProgress: (phase: BurnPhase, done: number, total: number) => void = () => undefined,
): Promise<BurnResult> {
  check(signal);
  const rasterizer = deps.rasterizer?.(input.original, input.password);
  let result: Requests['redact'][1];
  try {
    onProgress('redacting', 0, 0);
    result = await deps.client.call(
      signal,
      'redact',
      {
        pdf: input.original.slice().buffer,
        regions: input.regions,
        fileName: input.fileName,
        outputFileName: redactedName(input.fileName),
        rasterize: rasterizer !== undefined,
        ...(input.label ? { label: input.label } : {}),
        ...(input.password !== undefined ? { password: input.password } : {}),
      },
      (done, total) => onProgress('redacting', done, total),
      rasterizer ? { rasterizePage: (i) => rasterizer.rasterizePage(i) } : {},
    );
  } finally {
    await rasterizer?.close();
  }
  const bytes = new Uint8Array(result.pdf);
  check(signal);
  const pages = result.report.input.pages;
  const originalText =
    input.originalText ??
    (await deps.readText(
      input.original,
      signal,
      (done, total) => onProgress('reading', done, total * 2),
      input.password,
    ));
  const offset = input.originalText ? 0 : pages;
  const outputText = await deps.readText(bytes, signal, (done, total) =>
    onProgress('reading', offset + done, offset + total),
  );
  check(signal);
  onProgress('verifying', 0, 0);
  const plain: Region[] = input.regions.map((r) => ({ pageIndex: r.pageIndex, rect: r.rect }));
  const verification = await deps.client.call(signal, 'verify', {
    pdf: bytes.slice().buffer,
    regions: plain,
    originalText,
    outputText,
    removedStrings: result.removedStrings,
    labels: result.labels,
    rasterizedPages: result.rasterizedPages.map((p) => p.pageIndex),
    excusedText: result.hiddenText,
  });
  if (result.rasterizedPages.length > 0) {
    verification.findings = [
      ...(verification.findings ?? []).filter((f) => !/was rasterised/.test(f)),
      ...result.rasterizedPages.map(
        (p) => `page ${p.pageIndex + 1} was rasterised (${p.reason}); its text was not kept`,
      ),
    ];
  }
  const report: Report = { ...result.report, verification };
  if (!verification.ok) report.output = null;
  return { bytes, report, rasterizedPages: result.rasterizedPages, notes: result.notes };
}
