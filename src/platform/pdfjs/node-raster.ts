// Node adapters for the redaction engine: page rasterising (pdf.js legacy + @napi-rs/canvas) and JPEG/JPX decoding.
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { AnnotationMode } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImageDecoder, ImageDecoderResult } from '../../lib/redaction/redact-content.ts';
import type { RasterPage, RasterizePage } from '../../lib/redaction/redact-document.ts';
import { openPdfjsDocument } from './node.ts';
import { jpegComponents } from '../../lib/redaction/jpeg.ts';

/** Renders one page of `bytes` (unrotated, without annotations) to RGB pixels at `dpi`. */
export const rasterizePageNode: RasterizePage = async (bytes, pageIndex, dpi, options = {}): Promise<RasterPage> => {
  const doc = await openPdfjsDocument(bytes, 'page raster');
  try {
    const page = await doc.getPage(pageIndex + 1);
    const viewport = page.getViewport({ scale: dpi / 72, rotation: 0 });
    const width = Math.max(1, Math.ceil(viewport.width));
    const height = Math.max(1, Math.ceil(viewport.height));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!options.transparent) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
    }
    await page.render({
      canvas: canvas as unknown as HTMLCanvasElement,
      canvasContext: ctx as unknown as CanvasRenderingContext2D,
      viewport,
      annotationMode: AnnotationMode.DISABLE,
    }).promise;
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const pixels = new Uint8Array(width * height * 3);
    const alpha = options.transparent ? new Uint8Array(width * height) : undefined;
    for (let i = 0, j = 0, k = 0; i < rgba.length; i += 4, j += 3, k++) {
      pixels[j] = rgba[i] as number;
      pixels[j + 1] = rgba[i + 1] as number;
      pixels[j + 2] = rgba[i + 2] as number;
      if (alpha) alpha[k] = rgba[i + 3] as number;
    }
    const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
    page.cleanup();
    return { width, height, pixels, view: [x0, y0, x1, y1], ...(alpha ? { alpha } : {}) };
  } finally {
    await doc.destroy();
  }
};

/** Decodes a baseline or progressive JPEG (gray or RGB) with @napi-rs/canvas; null for CMYK or JPX. */
export const decodeImageNode: ImageDecoder = async (data, filter): Promise<ImageDecoderResult | null> => {
  if (filter !== 'DCTDecode') return null;
  const components = jpegComponents(data);
  if (components !== 1 && components !== 3) return null;
  let image;
  try {
    image = await loadImage(Buffer.from(data));
  } catch {
    return null;
  }
  const { width, height } = image;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height * components);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += components) {
    pixels[j] = rgba[i] as number;
    if (components === 3) {
      pixels[j + 1] = rgba[i + 1] as number;
      pixels[j + 2] = rgba[i + 2] as number;
    }
  }
  return { width, height, components, pixels };
};
