// The redaction worker: runs the engine (pdf-lib + src/lib) off the main thread; one request at a time.
import { redactPdf } from '../lib/redaction/redact-document.ts';
import { verifyRedaction } from '../lib/redaction/verify.ts';
import type { ImageDecoder } from '../lib/redaction/redact-content.ts';
import { transferablesOf, type FromWorker, type Requests, type ToWorker } from './protocol.ts';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** JPEG decoding with the browser's own decoder (createImageBitmap + OffscreenCanvas), so scans are blanked pixel-wise. */
const decodeImage: ImageDecoder = async (data, filter) => {
  if (filter !== 'DCTDecode' || typeof OffscreenCanvas === 'undefined') return null;
  try {
    const bitmap = await createImageBitmap(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    const rgba = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const pixels = new Uint8Array(bitmap.width * bitmap.height * 3);
    for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
      pixels[j] = rgba[i] ?? 0;
      pixels[j + 1] = rgba[i + 1] ?? 0;
      pixels[j + 2] = rgba[i + 2] ?? 0;
    }
    return { width: bitmap.width, height: bitmap.height, components: 3, pixels };
  } catch {
    return null;
  }
};

type Handlers = {
  [K in keyof Requests]: (
    input: Requests[K][0],
    progress: (done: number, total: number) => void,
  ) => Promise<Requests[K][1]>;
};

const handlers: Handlers = {
  async redact(input, progress) {
    const result = await redactPdf(new Uint8Array(input.pdf), input.regions, {
      fileName: input.fileName,
      decodeImage,
      onProgress: progress,
      ...(input.label ? { label: input.label } : {}),
      ...(input.outputFileName ? { outputFileName: input.outputFileName } : {}),
    });
    const bytes = result.bytes;
    const pdf =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : bytes.slice().buffer;
    return {
      pdf,
      report: result.report,
      removedStrings: result.removedStrings,
      labels: result.labels,
      rasterizedPages: result.rasterizedPages,
      hiddenText: result.hiddenText,
      notes: result.notes,
    };
  },
  async verify(input) {
    return verifyRedaction({
      regions: input.regions,
      originalText: input.originalText,
      outputText: input.outputText,
      outputBytes: new Uint8Array(input.pdf),
      removedStrings: input.removedStrings,
      labels: input.labels,
      rasterizedPages: input.rasterizedPages,
      excusedText: input.excusedText,
      decodeImage,
    });
  },
};

scope.onmessage = (event) => {
  const { id, name, input } = event.data;
  const handler = handlers[name] as (i: unknown, p: (d: number, t: number) => void) => Promise<unknown>;
  let last = 0;
  const progress = (done: number, total: number): void => {
    const now = Date.now();
    if (done < total && now - last < 50) return;
    last = now;
    scope.postMessage({ id, kind: 'progress', done, total });
  };
  handler(input, progress).then(
    (output) => scope.postMessage({ id, kind: 'result', output }, transferablesOf(output)),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      scope.postMessage({ id, kind: 'error', name: e.name, message: e.message });
    },
  );
};
