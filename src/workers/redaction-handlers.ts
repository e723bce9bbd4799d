// The worker's request handlers, apart from the message plumbing: redact with the engine, verify with the verifier.
import type { ImageDecoder } from '../lib/redaction/redact-content.ts';
import { redactPdf, verifyRedaction, type RasterPage } from '../lib/redaction/index.ts';
import { ownBuffer, type Requests } from './protocol.ts';

export type Handlers = {
  [K in keyof Requests]: (
    input: Requests[K][0],
    progress: (done: number, total: number) => void,
    signal?: AbortSignal,
  ) => Promise<Requests[K][1]>;
};

/**
 * What the realm running the handlers supplies: a JPEG decoder, and the page rasteriser for the fallback, which is
 * given `null` for bytes when the engine asks for a page of the request's own input (the caller still holds it).
 */
export interface HandlerHost {
  decodeImage?: ImageDecoder;
  rasterizePage?: (bytes: Uint8Array | null, pageIndex: number, dpi: number) => Promise<RasterPage>;
}

export function createHandlers(host: HandlerHost): Handlers {
  return {
    async redact(input, progress, signal) {
      const original = new Uint8Array(input.pdf);
      const raster = input.rasterize !== false ? host.rasterizePage : undefined;
      const result = await redactPdf(original, input.regions, {
        fileName: input.fileName,
        onProgress: progress,
        ...(signal ? { signal } : {}),
        ...(host.decodeImage ? { decodeImage: host.decodeImage } : {}),
        ...(raster
          ? {
              rasterizePage: (bytes: Uint8Array, i: number, dpi: number) =>
                raster(bytes === original ? null : bytes, i, dpi),
            }
          : {}),
        ...(input.label ? { label: input.label } : {}),
        ...(input.password !== undefined ? { password: input.password } : {}),
        ...(input.outputFileName ? { outputFileName: input.outputFileName } : {}),
      });
      return {
        pdf: ownBuffer(result.bytes),
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
        ...(host.decodeImage ? { decodeImage: host.decodeImage } : {}),
      });
    },
  };
}
