// Page rasterising in the browser for the engine's fallback: pdf.js (the app's adapter and worker) onto an OffscreenCanvas.
import { AnnotationMode } from 'pdfjs-dist';
import type { RasterPage } from '../../lib/redaction/redact-document.ts';
import { openPdf, type PDFDocumentProxy } from './browser.ts';

type Canvas2D = {
  canvas: OffscreenCanvas | HTMLCanvasElement;
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
};

function makeCanvas(width: number, height: number): Canvas2D {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context) return { canvas, context };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2-D canvas to rasterise the page on');
  return { canvas, context };
}

export interface PageRasterizer {
  /**
   * Renders page `pageIndex` unrotated, without annotations, on white, to RGB pixels at `dpi`: of `pdf` when given
   * (a scratch PDF of the engine's), else of the original.
   */
  rasterizePage(input: { pageIndex: number; dpi: number; pdf?: ArrayBuffer }): Promise<RasterPage>;
  /** Frees the pdf.js document of the original (if one was opened). */
  close(): Promise<void>;
}

/** Renders one page of an open pdf.js document to RGB pixels. */
async function render(doc: PDFDocumentProxy, pageIndex: number, dpi: number): Promise<RasterPage> {
  const page = await doc.getPage(pageIndex + 1);
  const viewport = page.getViewport({ scale: dpi / 72, rotation: 0 });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const { canvas, context } = makeCanvas(width, height);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  await page.render({
    canvas: canvas as HTMLCanvasElement,
    canvasContext: context as CanvasRenderingContext2D,
    viewport,
    background: '#ffffff',
    annotationMode: AnnotationMode.DISABLE,
  }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    pixels[j] = rgba[i] as number;
    pixels[j + 1] = rgba[i + 1] as number;
    pixels[j + 2] = rgba[i + 2] as number;
  }
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
  page.cleanup();
  // Free the backing store now rather than at the next GC.
  canvas.width = 0;
  canvas.height = 0;
  return { width, height, pixels, view: [x0, y0, x1, y1] };
}

/**
 * A rasteriser over `bytes` (the original PDF, opened with `password` when it needs one); pdf.js opens it on first
 * use only, once for all pages. Pages the engine sends back (`pdf`) are its own unencrypted output.
 */
export function createPageRasterizer(bytes: Uint8Array, password?: string): PageRasterizer {
  let doc: Promise<PDFDocumentProxy> | null = null;
  return {
    async rasterizePage({ pageIndex, dpi, pdf }) {
      if (pdf) {
        const scratch = await openPdf(new Uint8Array(pdf));
        try {
          return await render(scratch, pageIndex, dpi);
        } finally {
          void scratch.destroy();
        }
      }
      doc ??= openPdf(bytes, password);
      return render(await doc, pageIndex, dpi);
    },
    async close() {
      if (doc) await (await doc.catch(() => null))?.destroy();
      doc = null;
    },
  };
}
