// JPEG decoding in a worker with the browser's own decoder (createImageBitmap + OffscreenCanvas), for the engine.
import type { ImageDecoder, ImageDecoderResult } from '../lib/redaction/redact-content.ts';
import { jpegComponents } from '../lib/redaction/jpeg.ts';

export { jpegComponents };

/** RGBA (canvas order) → `components` (1 gray or 3 RGB) samples per pixel. */
export function fromRgba(rgba: ArrayLike<number>, width: number, height: number, components: 1 | 3): Uint8Array {
  const pixels = new Uint8Array(width * height * components);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j += components) {
    pixels[j] = rgba[i] ?? 0;
    if (components === 3) {
      pixels[j + 1] = rgba[i + 1] ?? 0;
      pixels[j + 2] = rgba[i + 2] ?? 0;
    }
  }
  return pixels;
}

/**
 * Decodes a gray or RGB JPEG; null for CMYK/YCCK (the browser would convert its colours, so the engine rasterises
 * such a page instead), for JPX, or where the platform has no OffscreenCanvas.
 */
export const decodeImageBrowser: ImageDecoder = async (data, filter): Promise<ImageDecoderResult | null> => {
  if (filter !== 'DCTDecode' || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') {
    return null;
  }
  const components = jpegComponents(data);
  if (components !== 1 && components !== 3) return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
  } catch {
    return null;
  }
  try {
    const { width, height } = bitmap;
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    const rgba = context.getImageData(0, 0, width, height).data;
    return { width, height, components, pixels: fromRgba(rgba, width, height, components) };
  } finally {
    bitmap.close();
  }
};
