// Images under a region: decode the samples, set every pixel under the region to the fill colour, re-encode (Flate).
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { formatNumber } from './content-stream/serialize.ts';
import { invert, type Matrix } from '../geometry/matrix.ts';
import { transformRect } from '../geometry/rect.ts';
import type { Rect } from '../model/region.ts';
import { CsDict, CsName, type CsValue } from './content-stream/lexer.ts';
import type { InlineImage } from './content-stream/parser.ts';
import { N, arrayNumbers, decodeOne, decodeStream, get, nameOf, num, resolve } from './pdf-objects.ts';
import { UndecodableImageError, UnsafeContentError, type EngineContext } from './redact-content.ts';

interface Samples {
  width: number;
  height: number;
  comps: number;
  bpc: number;
  data: Uint8Array;
  /** Sample value (per component) that paints the fill colour. */
  fill: number[];
}

/** Number of colour components of a colour space object, or null when unknown. */
function componentsOf(context: PDFContext, cs: PDFObject | undefined, resources?: PDFDict): number | null {
  const v = resolve(context, cs);
  const n = nameOf(v);
  if (n) {
    if (n === 'DeviceGray' || n === 'G' || n === 'CalGray' || n === 'Pattern') return 1;
    if (n === 'DeviceRGB' || n === 'RGB') return 3;
    if (n === 'DeviceCMYK' || n === 'CMYK') return 4;
    if (n === 'Indexed' || n === 'I') return 1;
    const named = get(context, get(context, resources, 'ColorSpace') as PDFDict | undefined, n);
    return named ? componentsOf(context, named) : null;
  }
  if (v instanceof PDFArray) {
    const family = nameOf(resolve(context, v.get(0)));
    switch (family) {
      case 'ICCBased': {
        const s = resolve(context, v.get(1));
        return s instanceof PDFStream ? (num(context, s.dict, 'N') ?? null) : null;
      }
      case 'Indexed':
      case 'I':
      case 'Separation':
      case 'CalGray':
        return 1;
      case 'CalRGB':
      case 'Lab':
        return 3;
      case 'DeviceN': {
        const names = resolve(context, v.get(1));
        return names instanceof PDFArray ? names.size() : null;
      }
      default:
        return componentsOf(context, v.get(0));
    }
  }
  return null;
}

function fillFor(
  context: PDFContext,
  cs: PDFObject | undefined,
  comps: number,
  bpc: number,
  decode?: number[],
): number[] {
  const max = (1 << bpc) - 1;
  const v = resolve(context, cs);
  const family = v instanceof PDFArray ? nameOf(resolve(context, v.get(0))) : nameOf(v);
  let fill: number[];
  if (comps === 4) fill = [0, 0, 0, max];
  else if (family === 'Separation' || family === 'DeviceN') fill = new Array(comps).fill(max);
  else if (family === 'Indexed' || family === 'I') fill = [0];
  else fill = new Array(comps).fill(0);
  if (decode && decode.length >= 2 * comps) {
    fill = fill.map((f, i) => ((decode[2 * i] as number) > (decode[2 * i + 1] as number) ? max - f : f));
  }
  return fill;
}

/** Blanks every pixel whose square overlaps a region; returns how many pixels were blanked. */
function blank(samples: Samples, ctm: Matrix, regions: readonly Rect[]): number {
  const inv = invert(ctm);
  if (!inv) throw new UnsafeContentError('an image with a singular matrix');
  const { width: w, height: h, comps, bpc, data, fill } = samples;
  const rowBytes = Math.ceil((w * comps * bpc) / 8);
  const marked = new Uint8Array(w * h);
  let count = 0;
  for (const r of regions) {
    const [u0, v0, u1, v1] = transformRect(inv, r);
    const i0 = Math.max(0, Math.floor(u0 * w));
    const i1 = Math.min(w, Math.ceil(u1 * w));
    const j0 = Math.max(0, Math.floor((1 - v1) * h));
    const j1 = Math.min(h, Math.ceil((1 - v0) * h));
    for (let j = j0; j < j1; j++) {
      for (let i = i0; i < i1; i++) {
        if (marked[j * w + i]) continue;
        marked[j * w + i] = 1;
        count++;
        for (let c = 0; c < comps; c++) {
          const value = fill[c] ?? 0;
          const sampleIndex = i * comps + c;
          if (bpc === 8) data[j * rowBytes + sampleIndex] = value;
          else if (bpc === 16) {
            data[j * rowBytes + sampleIndex * 2] = value >> 8;
            data[j * rowBytes + sampleIndex * 2 + 1] = value & 0xff;
          } else {
            const bit = sampleIndex * bpc;
            const byte = j * rowBytes + (bit >> 3);
            const shift = 8 - bpc - (bit & 7);
            const mask = ((1 << bpc) - 1) << shift;
            data[byte] = ((data[byte] as number) & ~mask) | ((value << shift) & mask);
          }
        }
      }
    }
  }
  return count;
}

async function decodeSamples(
  ec: EngineContext,
  data: Uint8Array,
  imageFilter: string | undefined,
  info: { width: number; height: number; comps: number | null; bpc: number; isMask: boolean },
): Promise<{ data: Uint8Array; comps: number; bpc: number; decodedByPlatform: boolean }> {
  if (imageFilter) {
    if (imageFilter !== 'DCTDecode' && imageFilter !== 'JPXDecode') {
      throw new UndecodableImageError(`an image compressed with ${imageFilter}`);
    }
    const decoded = ec.decodeImage ? await ec.decodeImage(data, imageFilter) : null;
    if (!decoded) throw new UndecodableImageError(`an image compressed with ${imageFilter} and no decoder for it`);
    if (decoded.width !== info.width || decoded.height !== info.height) {
      throw new UndecodableImageError(`an image whose ${imageFilter} data does not match its size`);
    }
    if (decoded.components === 4) throw new UndecodableImageError('a CMYK JPEG image');
    return { data: new Uint8Array(decoded.pixels), comps: decoded.components, bpc: 8, decodedByPlatform: true };
  }
  if (info.comps === null) throw new UndecodableImageError('an image in an unknown colour space');
  const need = Math.ceil((info.width * info.comps * info.bpc) / 8) * info.height;
  if (data.length < need) {
    const padded = new Uint8Array(need);
    padded.set(data);
    data = padded;
  }
  return { data: new Uint8Array(data.subarray(0, need)), comps: info.comps, bpc: info.bpc, decodedByPlatform: false };
}

/**
 * Sets the decoded pixels under the regions to the fill (black for colour images, the "paint nothing" value for
 * masks) and counts them; null when no pixel lay under a region.
 */
function blankDecoded(
  ec: EngineContext,
  s: { data: Uint8Array; comps: number; bpc: number; decodedByPlatform: boolean },
  info: { width: number; height: number; isMask: boolean; decodeArr: number[] | undefined },
  fillForColourSpace: () => number[],
  ctm: Matrix,
  regions: readonly Rect[],
): Samples | null {
  const { decodeArr } = info;
  const samples: Samples = {
    width: info.width,
    height: info.height,
    comps: s.comps,
    bpc: s.bpc,
    data: s.data,
    fill: info.isMask
      ? [decodeArr && (decodeArr[0] ?? 0) > (decodeArr[1] ?? 1) ? 0 : 1]
      : s.decodedByPlatform
        ? new Array(s.comps).fill(0)
        : fillForColourSpace(),
  };
  const blanked = blank(samples, ctm, regions);
  if (blanked === 0) return null;
  ec.stats.images++;
  ec.stats.imagePixelsBlanked += blanked;
  return samples;
}

function deviceSpace(comps: number): string {
  return comps === 1 ? 'DeviceGray' : comps === 3 ? 'DeviceRGB' : 'DeviceCMYK';
}

/** Blanks an image XObject under the regions; returns the ref of a new image (the original stays for other users). */
export async function redactImageXObject(
  ec: EngineContext,
  stream: PDFStream,
  ctm: Matrix,
  regions: readonly Rect[],
): Promise<PDFRef | 'remove' | null> {
  const ctx = ec.context;
  const d = stream.dict;
  const width = num(ctx, d, 'Width') ?? 0;
  const height = num(ctx, d, 'Height') ?? 0;
  if (width <= 0 || height <= 0 || width * height > 200_000_000)
    throw new UnsafeContentError('an image of an unusable size');
  const isMask = get(ctx, d, 'ImageMask') instanceof Object && String(get(ctx, d, 'ImageMask')) === 'true';
  const bpc = isMask ? 1 : (num(ctx, d, 'BitsPerComponent') ?? 8);
  const cs = d.get(N('ColorSpace'));
  const comps = isMask ? 1 : componentsOf(ctx, cs);
  let decoded;
  try {
    decoded = decodeStream(ctx, stream);
  } catch (error) {
    throw new UndecodableImageError(`an undecodable image (${error instanceof Error ? error.message : String(error)})`);
  }
  const s = await decodeSamples(ec, decoded.data, decoded.imageFilter, { width, height, comps, bpc, isMask });
  const decodeArr = arrayNumbers(ctx, d.get(N('Decode')));
  const samples = blankDecoded(
    ec,
    s,
    { width, height, isMask, decodeArr },
    () => fillFor(ctx, cs, s.comps, s.bpc, decodeArr),
    ctm,
    regions,
  );
  if (!samples) return null;
  const copy = ctx.flateStream(samples.data);
  for (const [k, v] of d.entries()) {
    const kn = k.decodeText();
    if (['Filter', 'DecodeParms', 'Length', 'Metadata', 'SMask', 'Mask', 'Alternates', 'OPI', 'Thumb'].includes(kn))
      continue;
    copy.dict.set(k, v);
  }
  if (s.decodedByPlatform) {
    copy.dict.set(N('BitsPerComponent'), PDFNumber.of(8));
    if (comps !== s.comps) {
      copy.dict.set(N('ColorSpace'), PDFName.of(deviceSpace(s.comps)));
      copy.dict.delete(N('Decode'));
    }
  }
  // Soft mask and stencil mask: blank them too (fully transparent under the regions).
  for (const key of ['SMask', 'Mask']) {
    const m = resolve(ctx, d.get(N(key)));
    if (m instanceof PDFStream) {
      const isStencil = key === 'Mask';
      const sub = await redactMask(ec, m, ctm, regions, isStencil);
      copy.dict.set(N(key), sub);
    } else if (m) {
      copy.dict.set(N(key), d.get(N(key)) as PDFObject);
    }
  }
  return ctx.register(copy);
}

async function redactMask(
  ec: EngineContext,
  m: PDFStream,
  ctm: Matrix,
  regions: readonly Rect[],
  stencil: boolean,
): Promise<PDFRef> {
  const ctx = ec.context;
  const width = num(ctx, m.dict, 'Width') ?? 0;
  const height = num(ctx, m.dict, 'Height') ?? 0;
  const bpc = stencil ? 1 : (num(ctx, m.dict, 'BitsPerComponent') ?? 8);
  let decoded;
  try {
    decoded = decodeStream(ctx, m);
  } catch (error) {
    throw new UnsafeContentError(
      `an undecodable image mask (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const s = await decodeSamples(ec, decoded.data, decoded.imageFilter, {
    width,
    height,
    comps: 1,
    bpc,
    isMask: stencil,
  });
  const samples: Samples = {
    width,
    height,
    comps: s.comps,
    bpc: s.bpc,
    data: s.data,
    fill: [stencil ? (1 << s.bpc) - 1 : 0],
  };
  blank(samples, ctm, regions);
  const copy = ctx.flateStream(samples.data);
  for (const [k, v] of m.dict.entries()) {
    const kn = k.decodeText();
    if (['Filter', 'DecodeParms', 'Length'].includes(kn)) continue;
    copy.dict.set(k, v);
  }
  if (s.decodedByPlatform) copy.dict.set(N('BitsPerComponent'), PDFNumber.of(8));
  return ctx.register(copy);
}

const INLINE_KEYS: Record<string, string> = {
  W: 'Width',
  H: 'Height',
  BPC: 'BitsPerComponent',
  CS: 'ColorSpace',
  F: 'Filter',
  DP: 'DecodeParms',
  IM: 'ImageMask',
  D: 'Decode',
  I: 'Interpolate',
};

function csToPdf(ctx: PDFContext, v: CsValue | undefined): PDFObject | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return PDFNumber.of(v);
  if (v instanceof CsName) return PDFName.of(v.name);
  if (Array.isArray(v)) {
    const arr = ctx.obj([]) as PDFArray;
    for (const x of v) {
      const o = csToPdf(ctx, x);
      if (o) arr.push(o);
    }
    return arr;
  }
  if (v instanceof CsDict) {
    const d = ctx.obj({}) as PDFDict;
    for (const [k, x] of v.entries) {
      const o = csToPdf(ctx, x);
      if (o) d.set(PDFName.of(k), o);
    }
    return d;
  }
  return undefined;
}

/** Blanks an inline image under the regions; returns the replacement inline image (uncompressed → Flate). */
export async function redactInlineImage(
  ec: EngineContext,
  image: InlineImage,
  resources: PDFDict | undefined,
  ctm: Matrix,
  regions: readonly Rect[],
): Promise<InlineImage | 'remove' | null> {
  const ctx = ec.context;
  const entry = (k: string): CsValue | undefined => {
    for (const [key, v] of image.dict.entries) if ((INLINE_KEYS[key] ?? key) === k) return v;
    return undefined;
  };
  const width = entry('Width');
  const height = entry('Height');
  if (typeof width !== 'number' || typeof height !== 'number' || width <= 0 || height <= 0) {
    throw new UnsafeContentError('an inline image without a size');
  }
  const isMask = entry('ImageMask') === true;
  const bpcV = entry('BitsPerComponent');
  const bpc = isMask ? 1 : typeof bpcV === 'number' ? bpcV : 8;
  const csObj = csToPdf(ctx, entry('ColorSpace'));
  const comps = isMask ? 1 : componentsOf(ctx, csObj, resources);
  const filterV = entry('Filter');
  const filters =
    filterV instanceof CsName
      ? [filterV.name]
      : Array.isArray(filterV)
        ? filterV.map((f) => (f instanceof CsName ? f.name : ''))
        : [];
  const parmsV = entry('DecodeParms');
  let data = image.data;
  let imageFilter: string | undefined;
  for (let i = 0; i < filters.length; i++) {
    const f = filters[i] as string;
    if (
      f === 'DCT' ||
      f === 'DCTDecode' ||
      f === 'JPXDecode' ||
      f === 'CCF' ||
      f === 'CCITTFaxDecode' ||
      f === 'JBIG2Decode'
    ) {
      imageFilter = f === 'DCT' ? 'DCTDecode' : f === 'CCF' ? 'CCITTFaxDecode' : f;
      break;
    }
    const p = Array.isArray(parmsV) ? parmsV[i] : parmsV;
    const pd = csToPdf(ctx, p);
    try {
      data = decodeOne(ctx, data, f, pd instanceof PDFDict ? pd : undefined);
    } catch (error) {
      throw new UnsafeContentError(
        `an undecodable inline image (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  const s = await decodeSamples(ec, data, imageFilter, { width, height, comps, bpc, isMask });
  const decodeV = entry('Decode');
  const decodeArr = Array.isArray(decodeV) ? decodeV.map((x) => (typeof x === 'number' ? x : 0)) : undefined;
  const samples = blankDecoded(
    ec,
    s,
    { width, height, isMask, decodeArr },
    () => fillFor(ctx, csObj, s.comps, s.bpc, decodeArr),
    ctm,
    regions,
  );
  if (!samples) return null;
  const compressed = ctx.flateStream(samples.data).getContents();
  const dict = new CsDict();
  for (const [k, v] of image.dict.entries) {
    const full = INLINE_KEYS[k] ?? k;
    if (full === 'Filter' || full === 'DecodeParms' || full === 'Length') continue;
    if (s.decodedByPlatform && (full === 'BitsPerComponent' || full === 'ColorSpace' || full === 'Decode')) continue;
    dict.entries.set(k, v);
  }
  if (s.decodedByPlatform) {
    dict.entries.set('BPC', 8);
    dict.entries.set('CS', new CsName(deviceSpace(s.comps)));
  }
  dict.entries.set('F', new CsName('Fl'));
  return { dict, data: compressed };
}

const FILTER_NAMES: Record<string, string> = {
  AHx: 'ASCIIHexDecode',
  A85: 'ASCII85Decode',
  LZW: 'LZWDecode',
  Fl: 'FlateDecode',
  RL: 'RunLengthDecode',
  CCF: 'CCITTFaxDecode',
  DCT: 'DCTDecode',
};
const SPACE_NAMES: Record<string, string> = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK', I: 'Indexed' };

/** An inline image as an image XObject dictionary + data (abbreviations expanded), for flattening. */
export function inlineAsXObject(ctx: PDFContext, image: InlineImage, resources: PDFDict | undefined): PDFStream {
  const dict = ctx.obj({ Type: 'XObject', Subtype: 'Image' }) as PDFDict;
  for (const [k, v] of image.dict.entries) {
    const key = INLINE_KEYS[k] ?? k;
    let value: CsValue = v;
    if (key === 'Filter') {
      value =
        v instanceof CsName
          ? new CsName(FILTER_NAMES[v.name] ?? v.name)
          : Array.isArray(v)
            ? v.map((f) => (f instanceof CsName ? new CsName(FILTER_NAMES[f.name] ?? f.name) : f))
            : v;
    } else if (key === 'ColorSpace' && v instanceof CsName) {
      const named = SPACE_NAMES[v.name];
      if (named) value = new CsName(named);
      else {
        const res = get(ctx, get(ctx, resources, 'ColorSpace') as PDFDict | undefined, v.name);
        if (res) {
          dict.set(N('ColorSpace'), res);
          continue;
        }
      }
    } else if (key === 'ColorSpace' && Array.isArray(v) && v[0] instanceof CsName && SPACE_NAMES[v[0].name]) {
      value = [
        new CsName(SPACE_NAMES[v[0].name] as string),
        ...v
          .slice(1)
          .map((x) => (x instanceof CsName && SPACE_NAMES[x.name] ? new CsName(SPACE_NAMES[x.name] as string) : x)),
      ];
    }
    const o = csToPdf(ctx, value);
    if (o) dict.set(N(key), o);
    else if (typeof v === 'boolean') dict.set(N(key), PDFBool[v ? 'True' : 'False']);
  }
  const stream = ctx.stream(image.data);
  for (const [k, v] of dict.entries()) stream.dict.set(k, v);
  return stream;
}

/**
 * Replaces an image the core cannot decode with a flattened copy: the image alone is rendered by the platform's
 * rasteriser (in a one-page scratch PDF), the regions are filled, and the result is drawn where the image was.
 * Returns the content operators and the new image, or null without a rasteriser.
 */
export async function flattenImage(
  ec: EngineContext,
  image: PDFStream,
  ctm: Matrix,
  regions: readonly Rect[],
): Promise<{ content: string; ref: PDFRef } | null> {
  const rasterize = ec.rasterizePage;
  if (!rasterize) return null;
  const inv = invert(ctm);
  if (!inv) return null;
  const [bx0, by0, bx1, by1] = transformRect(ctm, [0, 0, 1, 1]);
  const w = bx1 - bx0;
  const h = by1 - by0;
  if (!(w > 0.01 && h > 0.01) || w * h > 1e8) return null;
  const scratch = await PDFDocument.create();
  const copied = PDFObjectCopier.for(ec.context, scratch.context).copy(image);
  const imgRef = scratch.context.register(copied);
  const page = scratch.addPage([w, h]);
  page.node.set(N('Resources'), scratch.context.obj({ XObject: { Im: imgRef } }));
  const m = [ctm[0], ctm[1], ctm[2], ctm[3], ctm[4] - bx0, ctm[5] - by0].map((v) => formatNumber(v)).join(' ');
  page.node.set(N('Contents'), scratch.context.register(scratch.context.stream(`q ${m} cm /Im Do Q`)));
  const bytes = await scratch.save({ useObjectStreams: false });
  const dpi = Math.min(300, Math.max(ec.rasterDpi, nativeDpi(ec.context, image, w, h)));
  const raster = await rasterize(bytes, 0, dpi, { transparent: true });
  const { width, height, pixels } = raster;
  const alpha = raster.alpha;
  const fill = Math.round(ec.fillGray * 255);
  let blanked = 0;
  for (const r of regions) {
    const i0 = Math.max(0, Math.floor(((r[0] - bx0) / w) * width));
    const i1 = Math.min(width, Math.ceil(((r[2] - bx0) / w) * width));
    const j0 = Math.max(0, Math.floor(((by1 - r[3]) / h) * height));
    const j1 = Math.min(height, Math.ceil(((by1 - r[1]) / h) * height));
    for (let j = j0; j < j1; j++) {
      pixels.fill(fill, (j * width + i0) * 3, (j * width + i1) * 3);
      if (alpha) alpha.fill(255, j * width + i0, j * width + i1);
      blanked += Math.max(0, i1 - i0);
    }
  }
  const ctx = ec.context;
  const flat = ctx.flateStream(pixels, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
  });
  if (alpha && alpha.some((a) => a !== 255)) {
    const smask = ctx.flateStream(alpha, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
    });
    flat.dict.set(N('SMask'), ctx.register(smask));
  }
  ec.stats.images++;
  ec.stats.imagePixelsBlanked += blanked;
  const undo = inv.map((v) => formatNumber(v)).join(' ');
  return {
    content: `${undo} cm ${formatNumber(w)} 0 0 ${formatNumber(h)} ${formatNumber(bx0)} ${formatNumber(by0)} cm`,
    ref: ctx.register(flat),
  };
}

function nativeDpi(ctx: PDFContext, image: PDFStream, w: number, h: number): number {
  const pw = num(ctx, image.dict, 'Width') ?? 0;
  const ph = num(ctx, image.dict, 'Height') ?? 0;
  return Math.max((pw / w) * 72, (ph / h) * 72, 72);
}
