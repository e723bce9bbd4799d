// Verification of images: every image sample under a region of the redacted file must be one uniform value.
import { PDFBool, PDFDict, PDFDocument, PDFRef, PDFStream, type PDFContext } from 'pdf-lib';
import { invert, isFiniteMatrix, multiply, IDENTITY, type Matrix } from '../geometry/matrix.ts';
import { intersects, transformRect } from '../geometry/rect.ts';
import type { Rect, Region } from '../model/region.ts';
import { CsName } from './content-stream/lexer.ts';
import { parseContentStream } from './content-stream/parser.ts';
import { N, arrayNumbers, decodeOne, decodeStream, get, nameOf, num, resolve } from './pdf-objects.ts';
import type { InlineImage } from './content-stream/parser.ts';
import { contentBytes, type ImageDecoder } from './redact-content.ts';

interface ImageData {
  width: number;
  height: number;
  comps: number;
  bpc: number;
  data: Uint8Array;
}

function componentCount(ctx: PDFContext, cs: unknown): number {
  const v = resolve(ctx, cs as never);
  const n = nameOf(v);
  if (n === 'DeviceRGB' || n === 'RGB' || n === 'CalRGB' || n === 'Lab') return 3;
  if (n === 'DeviceCMYK' || n === 'CMYK') return 4;
  if (n) return 1;
  if (v && 'size' in v) {
    const arr = v as unknown as { get(i: number): never; size(): number };
    const fam = nameOf(resolve(ctx, arr.get(0)));
    if (fam === 'ICCBased') {
      const s = resolve(ctx, arr.get(1));
      return s instanceof PDFStream ? (num(ctx, s.dict, 'N') ?? 3) : 3;
    }
    if (fam === 'CalRGB' || fam === 'Lab') return 3;
    if (fam === 'DeviceN') {
      const names = resolve(ctx, arr.get(1));
      return names && 'size' in names ? (names as unknown as { size(): number }).size() : 1;
    }
  }
  return 1;
}

function sampleKey(img: ImageData, i: number, j: number): string {
  const rowBytes = Math.ceil((img.width * img.comps * img.bpc) / 8);
  const bitsPerPixel = img.comps * img.bpc;
  const bitStart = i * bitsPerPixel;
  let key = '';
  for (let b = bitStart; b < bitStart + bitsPerPixel; b++) {
    const byte = img.data[j * rowBytes + (b >> 3)] ?? 0;
    key += (byte >> (7 - (b & 7))) & 1;
  }
  return key;
}

/** True when every pixel lying wholly inside `r` (user space) has the same value. */
function uniformUnder(img: ImageData, ctm: Matrix, r: Rect): boolean {
  const inv = invert(ctm);
  if (!inv) return true;
  const [u0, v0, u1, v1] = transformRect(inv, r);
  const i0 = Math.max(0, Math.ceil(u0 * img.width));
  const i1 = Math.min(img.width, Math.floor(u1 * img.width));
  const j0 = Math.max(0, Math.ceil((1 - v1) * img.height));
  const j1 = Math.min(img.height, Math.floor((1 - v0) * img.height));
  let first: string | undefined;
  for (let j = j0; j < j1; j++) {
    for (let i = i0; i < i1; i++) {
      const k = sampleKey(img, i, j);
      if (first === undefined) first = k;
      else if (k !== first) return false;
    }
  }
  return true;
}

async function imageOf(ctx: PDFContext, stream: PDFStream, decodeImage?: ImageDecoder): Promise<ImageData | string> {
  const d = stream.dict;
  const width = num(ctx, d, 'Width') ?? 0;
  const height = num(ctx, d, 'Height') ?? 0;
  const mask = get(ctx, d, 'ImageMask');
  const isMask = mask instanceof PDFBool && mask.asBoolean();
  const bpc = isMask ? 1 : (num(ctx, d, 'BitsPerComponent') ?? 8);
  const comps = isMask ? 1 : componentCount(ctx, d.get(N('ColorSpace')));
  let decoded;
  try {
    decoded = decodeStream(ctx, stream);
  } catch (error) {
    return `an undecodable image (${error instanceof Error ? error.message : String(error)})`;
  }
  if (decoded.imageFilter) {
    const r = decodeImage ? await decodeImage(decoded.data, decoded.imageFilter) : null;
    if (!r) return `an image compressed with ${decoded.imageFilter} that the verifier cannot decode`;
    return { width: r.width, height: r.height, comps: r.components, bpc: 8, data: r.pixels };
  }
  return { width, height, comps, bpc, data: decoded.data };
}

const INLINE: Record<string, string> = {
  W: 'Width',
  H: 'Height',
  BPC: 'BitsPerComponent',
  CS: 'ColorSpace',
  F: 'Filter',
  DP: 'DecodeParms',
  IM: 'ImageMask',
};

function inlineImageOf(ctx: PDFContext, image: InlineImage, resources: PDFDict | undefined): ImageData | string {
  const e = (k: string) => {
    for (const [key, v] of image.dict.entries) if ((INLINE[key] ?? key) === k) return v;
    return undefined;
  };
  const width = e('Width');
  const height = e('Height');
  if (typeof width !== 'number' || typeof height !== 'number') return 'an inline image without a size';
  const isMask = e('ImageMask') === true;
  const bpcV = e('BitsPerComponent');
  const bpc = isMask ? 1 : typeof bpcV === 'number' ? bpcV : 8;
  const cs = e('ColorSpace');
  let comps = 1;
  if (!isMask && cs instanceof CsName) {
    const n = cs.name;
    if (n === 'RGB' || n === 'DeviceRGB') comps = 3;
    else if (n === 'CMYK' || n === 'DeviceCMYK') comps = 4;
    else if (!['G', 'DeviceGray', 'I', 'Indexed'].includes(n)) {
      const named = get(ctx, get(ctx, resources, 'ColorSpace') as PDFDict | undefined, n);
      comps = componentCount(ctx, named);
    }
  } else if (Array.isArray(cs) && cs[0] instanceof CsName && ['I', 'Indexed'].includes(cs[0].name)) {
    comps = 1;
  }
  const f = e('Filter');
  const filters =
    f instanceof CsName ? [f.name] : Array.isArray(f) ? f.map((x) => (x instanceof CsName ? x.name : '')) : [];
  let data = image.data;
  for (const name of filters) {
    try {
      data = decodeOne(ctx, data, name, undefined);
    } catch {
      return `an inline image compressed with ${name} that the verifier cannot decode`;
    }
  }
  return { width, height, comps, bpc, data };
}

/** Walks each page that has regions and lists every image whose samples under a region are not uniform. */
export async function findUnblankedImages(
  bytes: Uint8Array,
  regions: readonly Region[],
  decodeImage?: ImageDecoder,
): Promise<string[]> {
  const findings: string[] = [];
  if (regions.length === 0) return findings;
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  const ctx = doc.context;
  const pages = doc.getPages();
  const checked = new Set<string>();
  const walk = async (
    src: Uint8Array,
    resources: PDFDict | undefined,
    ctm0: Matrix,
    rects: Rect[],
    pageNumber: number,
    depth: number,
  ) => {
    if (depth > 24) return;
    let ops;
    try {
      ops = parseContentStream(src);
    } catch {
      findings.push(`page ${pageNumber}: a content stream the verifier cannot parse`);
      return;
    }
    let ctm = ctm0;
    const stack: Matrix[] = [];
    // A form listed in the resources but never drawn would keep unredacted content one lookup away.
    const drawn = new Set(
      ops.filter((o) => o.op === 'Do' && o.args[0] instanceof CsName).map((o) => (o.args[0] as CsName).name),
    );
    const xobjects = get(ctx, resources, 'XObject');
    if (xobjects instanceof PDFDict) {
      for (const key of xobjects.keys()) {
        const xo = get(ctx, xobjects, key.decodeText());
        if (
          xo instanceof PDFStream &&
          nameOf(get(ctx, xo.dict, 'Subtype')) === 'Form' &&
          !drawn.has(key.decodeText())
        ) {
          findings.push(
            `page ${pageNumber}: the form XObject /${key.decodeText()} is in the resources but never drawn`,
          );
        }
      }
    }
    for (const o of ops) {
      if (o.op === 'q') stack.push(ctm);
      else if (o.op === 'Q') ctm = stack.pop() ?? ctm;
      else if (o.op === 'cm' && o.args.length === 6 && o.args.every((a) => typeof a === 'number'))
        ctm = multiply(o.args as Matrix, ctm);
      else if (o.op === 'BI' && o.inline) {
        const box = transformRect(ctm, [0, 0, 1, 1]);
        const hit = rects.filter((r) => intersects(r, box));
        if (hit.length === 0) continue;
        const img = inlineImageOf(ctx, o.inline, resources);
        if (typeof img === 'string') {
          findings.push(`page ${pageNumber}: ${img} lies under a region`);
          continue;
        }
        if (hit.some((r) => !uniformUnder(img, ctm, r)))
          findings.push(`page ${pageNumber}: an inline image still shows content under a region`);
      } else if (o.op === 'Do' && o.args[0] instanceof CsName) {
        const xo = get(ctx, get(ctx, resources, 'XObject') as PDFDict | undefined, o.args[0].name);
        if (!(xo instanceof PDFStream)) continue;
        const subtype = nameOf(get(ctx, xo.dict, 'Subtype'));
        if (subtype === 'Form') {
          const fm = arrayNumbers(ctx, xo.dict.get(N('Matrix'))) ?? [1, 0, 0, 1, 0, 0];
          const res = get(ctx, xo.dict, 'Resources');
          let data: Uint8Array;
          try {
            data = decodeStream(ctx, xo).data;
          } catch {
            continue;
          }
          await walk(
            data,
            res instanceof PDFDict ? res : resources,
            multiply((isFiniteMatrix(fm) ? fm : [1, 0, 0, 1, 0, 0]) as Matrix, ctm),
            rects,
            pageNumber,
            depth + 1,
          );
        } else if (subtype === 'Image') {
          const box = transformRect(ctm, [0, 0, 1, 1]);
          const hit = rects.filter((r) => intersects(r, box));
          if (hit.length === 0) continue;
          const raw = (get(ctx, resources, 'XObject') as PDFDict).get(N(o.args[0].name));
          const key = `${raw instanceof PDFRef ? raw.tag : o.args[0].name}@${ctm.join(',')}`;
          if (checked.has(key)) continue;
          checked.add(key);
          const img = await imageOf(ctx, xo, decodeImage);
          if (typeof img === 'string') {
            findings.push(`page ${pageNumber}: ${img} lies under a region`);
            continue;
          }
          for (const r of hit) {
            if (!uniformUnder(img, ctm, r)) {
              findings.push(
                `page ${pageNumber}: image /${o.args[0].name} still shows content under the region [${r.map((v) => v.toFixed(1)).join(', ')}]`,
              );
              break;
            }
          }
        }
      }
    }
  };
  for (const [pageIndex, page] of pages.entries()) {
    const rects = regions.filter((r) => r.pageIndex === pageIndex).map((r) => r.rect);
    if (rects.length === 0) continue;
    let src: Uint8Array;
    try {
      src = contentBytes(ctx, page.node.get(N('Contents')));
    } catch {
      findings.push(`page ${pageIndex + 1}: content the verifier cannot decode`);
      continue;
    }
    await walk(src, page.node.Resources(), IDENTITY, rects, pageIndex + 1, 0);
  }
  return findings;
}
