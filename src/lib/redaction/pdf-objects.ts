// Small helpers over pdf-lib's object model: typed lookups, numbers, names, and stream decoding with predictors.
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  PDFHexString,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';

export const N = (s: string): PDFName => PDFName.of(s);

export function resolve(context: PDFContext, obj: PDFObject | undefined): PDFObject | undefined {
  let o = obj;
  for (let i = 0; i < 32 && o instanceof PDFRef; i++) o = context.lookup(o);
  return o instanceof PDFRef ? undefined : o;
}

export function dictOf(context: PDFContext, obj: PDFObject | undefined): PDFDict | undefined {
  const o = resolve(context, obj);
  if (o instanceof PDFDict) return o;
  if (o instanceof PDFStream) return o.dict;
  return undefined;
}

export function get(context: PDFContext, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  return dict ? resolve(context, dict.get(N(key))) : undefined;
}

export function num(context: PDFContext, dict: PDFDict | undefined, key: string): number | undefined {
  const o = get(context, dict, key);
  return o instanceof PDFNumber ? o.asNumber() : undefined;
}

export function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

export function arrayNumbers(context: PDFContext, obj: PDFObject | undefined): number[] | undefined {
  const a = resolve(context, obj);
  if (!(a instanceof PDFArray)) return undefined;
  const out: number[] = [];
  for (let i = 0; i < a.size(); i++) {
    const v = resolve(context, a.get(i));
    out.push(v instanceof PDFNumber ? v.asNumber() : 0);
  }
  return out;
}

export function textOf(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

export function filtersOf(context: PDFContext, dict: PDFDict): { filters: string[]; parms: (PDFDict | undefined)[] } {
  const f = get(context, dict, 'Filter');
  const p = get(context, dict, 'DecodeParms');
  const filters: string[] = [];
  const parms: (PDFDict | undefined)[] = [];
  if (f instanceof PDFName) {
    filters.push(f.decodeText());
    parms.push(p instanceof PDFDict ? p : undefined);
  } else if (f instanceof PDFArray) {
    for (let i = 0; i < f.size(); i++) {
      filters.push(nameOf(resolve(context, f.get(i))) ?? '');
      const pi = p instanceof PDFArray ? resolve(context, p.get(i)) : undefined;
      parms.push(pi instanceof PDFDict ? pi : undefined);
    }
  }
  return { filters, parms };
}

const IMAGE_FILTERS = new Set(['DCTDecode', 'DCT', 'JPXDecode', 'JBIG2Decode', 'CCITTFaxDecode', 'CCF']);
const SHORT: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  A85: 'ASCII85Decode',
  AHx: 'ASCIIHexDecode',
  RL: 'RunLengthDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

export interface DecodedStream {
  data: Uint8Array;
  /** The image filter left undecoded (DCTDecode, JPXDecode…), when the chain ends with one. */
  imageFilter?: string;
  imageParms?: PDFDict;
}

export class StreamDecodeError extends Error {
  override name = 'StreamDecodeError';
}

/** Decodes a stream's data through every non-image filter, applying PNG/TIFF predictors. */
export function decodeStream(context: PDFContext, stream: PDFStream): DecodedStream {
  if (!(stream instanceof PDFRawStream)) return { data: stream.getContents() };
  const { filters, parms } = filtersOf(context, stream.dict);
  let data = stream.getContents();
  for (let i = 0; i < filters.length; i++) {
    const name = SHORT[filters[i] as string] ?? (filters[i] as string);
    if (IMAGE_FILTERS.has(name)) {
      if (i !== filters.length - 1) throw new StreamDecodeError(`${name} followed by another filter`);
      const imageParms = parms[i];
      return imageParms ? { data, imageFilter: name, imageParms } : { data, imageFilter: name };
    }
    data = decodeOne(context, data, name, parms[i]);
  }
  return { data };
}

/** Decodes bytes with one filter (used for inline images too). */
export function decodeOne(context: PDFContext, data: Uint8Array, name: string, parms: PDFDict | undefined): Uint8Array {
  const full = SHORT[name] ?? name;
  if (!['FlateDecode', 'LZWDecode', 'ASCII85Decode', 'ASCIIHexDecode', 'RunLengthDecode'].includes(full)) {
    throw new StreamDecodeError(`unsupported filter ${name}`);
  }
  const dict = context.obj({ Filter: full });
  if (parms && full === 'LZWDecode') {
    const ec = parms.get(N('EarlyChange'));
    if (ec) dict.set(N('DecodeParms'), context.obj({ EarlyChange: ec }));
  }
  let out: Uint8Array;
  try {
    out = decodePDFRawStream(PDFRawStream.of(dict, data)).decode();
  } catch (error) {
    throw new StreamDecodeError(`${full}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (parms && (full === 'FlateDecode' || full === 'LZWDecode')) out = applyPredictor(context, out, parms);
  return out;
}

function applyPredictor(context: PDFContext, data: Uint8Array, parms: PDFDict): Uint8Array {
  const predictor = num(context, parms, 'Predictor') ?? 1;
  if (predictor <= 1) return data;
  const colors = num(context, parms, 'Colors') ?? 1;
  const bpc = num(context, parms, 'BitsPerComponent') ?? 8;
  const columns = num(context, parms, 'Columns') ?? 1;
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowBytes = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) {
    if (bpc !== 8) throw new StreamDecodeError('TIFF predictor with bpc other than 8');
    const out = new Uint8Array(data);
    for (let r = 0; r + rowBytes <= out.length; r += rowBytes) {
      for (let i = bpp; i < rowBytes; i++) out[r + i] = ((out[r + i] as number) + (out[r + i - bpp] as number)) & 0xff;
    }
    return out;
  }
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  let prev = new Uint8Array(rowBytes);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)] as number;
    const row = data.subarray(r * (rowBytes + 1) + 1, (r + 1) * (rowBytes + 1));
    const cur = out.subarray(r * rowBytes, (r + 1) * rowBytes);
    for (let i = 0; i < rowBytes; i++) {
      const raw = row[i] as number;
      const left = i >= bpp ? (cur[i - bpp] as number) : 0;
      const up = prev[i] as number;
      const upLeft = i >= bpp ? (prev[i - bpp] as number) : 0;
      let v: number;
      switch (type) {
        case 0:
          v = raw;
          break;
        case 1:
          v = raw + left;
          break;
        case 2:
          v = raw + up;
          break;
        case 3:
          v = raw + ((left + up) >> 1);
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
          break;
        }
        default:
          throw new StreamDecodeError(`bad PNG predictor row type ${type}`);
      }
      cur[i] = v & 0xff;
    }
    prev = cur;
  }
  return out;
}
