// Fonts as the interpreter needs them: split a string into character codes, each code's advance width and Unicode text.
import { Encodings, Font, type IFontNames } from '@pdf-lib/standard-fonts';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { CsKeyword, CsName, CsString, Lexer } from './content-stream/lexer.ts';
import { arrayNumbers, decodeStream, get, nameOf, num, resolve } from './pdf-objects.ts';

export interface Glyph {
  code: number;
  /** The code's bytes in the shown string. */
  bytes: Uint8Array;
  /** Horizontal advance in text space units per unit of font size (w0 of the PDF spec). */
  width: number;
  /** True for the single-byte code 32, to which word spacing applies. */
  isSpace: boolean;
}

export interface PdfFont {
  split(bytes: Uint8Array): Glyph[];
  unicode(code: number): string;
  /** Ascent and descent in text space units per unit of font size (for the glyph's vertical centre). */
  ascent: number;
  descent: number;
  /** Set when the font cannot be interpreted safely; the page then goes to the fallback. */
  problem?: string;
}

// ---------- CMaps (embedded encodings and ToUnicode) ----------

interface CodespaceRange {
  length: number;
  low: number;
  high: number;
}

export interface ParsedCMap {
  codespace: CodespaceRange[];
  cid: Map<number, number>;
  cidRanges: { low: number; high: number; start: number; length: number }[];
  unicode: Map<number, string>;
  vertical: boolean;
}

function bytesToInt(b: Uint8Array): number {
  let v = 0;
  for (const x of b) v = v * 256 + x;
  return v;
}

function utf16be(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(((b[i] as number) << 8) | (b[i + 1] as number));
  if (b.length % 2 === 1) s += String.fromCharCode(b[b.length - 1] as number);
  return s;
}

/** Parses the parts of a CMap program we need: codespace ranges, CID mappings and bf (Unicode) mappings. */
export function parseCMap(bytes: Uint8Array): ParsedCMap {
  const cmap: ParsedCMap = { codespace: [], cid: new Map(), cidRanges: [], unicode: new Map(), vertical: false };
  const lexer = new Lexer(bytes);
  const stack: unknown[] = [];
  let mode = '';
  let arr: CsString[] | null = null;
  for (let guard = 0; guard < 5_000_000; guard++) {
    let t;
    try {
      t = lexer.next();
    } catch {
      lexer.pos++;
      continue;
    }
    if (t === undefined) break;
    if (t instanceof CsKeyword) {
      const w = t.word;
      if (w.startsWith('begin')) {
        mode = w;
        stack.length = 0;
      } else if (w.startsWith('end')) {
        mode = '';
        stack.length = 0;
      } else if (w === 'def' && stack.length >= 2) {
        const key = stack[stack.length - 2];
        const val = stack[stack.length - 1];
        if (key instanceof CsName && key.name === 'WMode' && val === 1) cmap.vertical = true;
        stack.length = 0;
      }
      continue;
    }
    if (typeof t === 'object' && t !== null && 'mark' in t) {
      if (t.mark === '[') arr = [];
      else if (t.mark === ']' && arr) {
        stack.push(arr);
        arr = null;
      }
    } else if (arr && t instanceof CsString) {
      arr.push(t);
      continue;
    } else {
      stack.push(t);
    }
    if (mode === 'begincodespacerange' && stack.length === 2) {
      const [lo, hi] = stack as [CsString, CsString];
      if (lo instanceof CsString && hi instanceof CsString) {
        cmap.codespace.push({ length: lo.bytes.length, low: bytesToInt(lo.bytes), high: bytesToInt(hi.bytes) });
      }
      stack.length = 0;
    } else if (mode === 'begincidrange' && stack.length === 3) {
      const [lo, hi, start] = stack as [CsString, CsString, number];
      if (lo instanceof CsString && hi instanceof CsString && typeof start === 'number') {
        cmap.cidRanges.push({ low: bytesToInt(lo.bytes), high: bytesToInt(hi.bytes), start, length: lo.bytes.length });
      }
      stack.length = 0;
    } else if (mode === 'begincidchar' && stack.length === 2) {
      const [c, cid] = stack as [CsString, number];
      if (c instanceof CsString && typeof cid === 'number') cmap.cid.set(bytesToInt(c.bytes), cid);
      stack.length = 0;
    } else if (mode === 'beginbfchar' && stack.length === 2) {
      const [c, dst] = stack as [CsString, unknown];
      if (c instanceof CsString) {
        if (dst instanceof CsString) cmap.unicode.set(bytesToInt(c.bytes), utf16be(dst.bytes));
        else if (dst instanceof CsName) cmap.unicode.set(bytesToInt(c.bytes), glyphNameToUnicode(dst.name));
      }
      stack.length = 0;
    } else if (mode === 'beginbfrange' && stack.length === 3) {
      const [lo, hi, dst] = stack as [CsString, CsString, unknown];
      if (lo instanceof CsString && hi instanceof CsString) {
        const l = bytesToInt(lo.bytes);
        const h = Math.min(bytesToInt(hi.bytes), l + 65535);
        if (Array.isArray(dst)) {
          dst.forEach((d, i) => {
            if (d instanceof CsString && l + i <= h) cmap.unicode.set(l + i, utf16be(d.bytes));
          });
        } else if (dst instanceof CsString && dst.bytes.length > 0) {
          const base = Uint8Array.from(dst.bytes);
          for (let c = l; c <= h; c++) {
            cmap.unicode.set(c, utf16be(base));
            base[base.length - 1] = ((base[base.length - 1] as number) + 1) & 0xff;
          }
        }
      }
      stack.length = 0;
    }
  }
  return cmap;
}

function cmapCid(cmap: ParsedCMap, code: number, length: number): number {
  const direct = cmap.cid.get(code);
  if (direct !== undefined) return direct;
  for (const r of cmap.cidRanges) {
    if (r.length === length && code >= r.low && code <= r.high) return r.start + (code - r.low);
  }
  return 0;
}

/** Splits bytes into codes by codespace ranges (as pdf.js does: shortest matching length, else 1 byte). */
function splitByCodespace(
  bytes: Uint8Array,
  ranges: CodespaceRange[],
): { code: number; start: number; length: number }[] {
  const out: { code: number; start: number; length: number }[] = [];
  let i = 0;
  while (i < bytes.length) {
    let matched = 0;
    let code = 0;
    for (let n = 1; n <= 4 && i + n <= bytes.length; n++) {
      code = code * 256 + (bytes[i + n - 1] as number);
      if (ranges.some((r) => r.length === n && code >= r.low && code <= r.high)) {
        matched = n;
        break;
      }
    }
    if (matched === 0) {
      // pdf.js falls back to the shortest codespace length.
      const n = Math.max(1, Math.min(...ranges.map((r) => r.length), bytes.length - i));
      matched = Math.min(n, bytes.length - i);
      code = bytesToInt(bytes.subarray(i, i + matched));
    }
    out.push({ code, start: i, length: matched });
    i += matched;
  }
  return out;
}

// ---------- glyph names, standard fonts ----------

const winAnsiCodeToName = new Map<number, string>();
const nameToUnicode = new Map<string, string>();
for (const [cp, [code, name]] of Object.entries(
  (Encodings.WinAnsi as unknown as { unicodeMappings: Record<string, [number, string]> }).unicodeMappings,
)) {
  winAnsiCodeToName.set(code, name);
  nameToUnicode.set(name, String.fromCodePoint(Number(cp)));
}
for (const enc of [Encodings.Symbol, Encodings.ZapfDingbats]) {
  for (const [cp, [, name]] of Object.entries(
    (enc as unknown as { unicodeMappings: Record<string, [number, string]> }).unicodeMappings,
  )) {
    if (!nameToUnicode.has(name)) nameToUnicode.set(name, String.fromCodePoint(Number(cp)));
  }
}

function glyphNameToUnicode(name: string): string {
  const known = nameToUnicode.get(name);
  if (known) return known;
  const m = /^uni([0-9A-Fa-f]{4,})$/.exec(name) ?? /^u([0-9A-Fa-f]{4,6})$/.exec(name);
  if (m) return String.fromCodePoint(parseInt((m[1] as string).slice(0, 6), 16) || 0xfffd);
  const base = name.split('.')[0] ?? '';
  if (base !== name) return glyphNameToUnicode(base);
  if (name.length === 1) return name;
  return '';
}

const STANDARD_ALIASES: Record<string, IFontNames> = {
  Arial: 'Helvetica',
  'Arial,Bold': 'Helvetica-Bold',
  'Arial,Italic': 'Helvetica-Oblique',
  'Arial,BoldItalic': 'Helvetica-BoldOblique',
  ArialMT: 'Helvetica',
  'Arial-BoldMT': 'Helvetica-Bold',
  'Arial-ItalicMT': 'Helvetica-Oblique',
  'Arial-BoldItalicMT': 'Helvetica-BoldOblique',
  TimesNewRoman: 'Times-Roman',
  'TimesNewRoman,Bold': 'Times-Bold',
  'TimesNewRoman,Italic': 'Times-Italic',
  'TimesNewRoman,BoldItalic': 'Times-BoldItalic',
  TimesNewRomanPSMT: 'Times-Roman',
  'TimesNewRomanPS-BoldMT': 'Times-Bold',
  'TimesNewRomanPS-ItalicMT': 'Times-Italic',
  'TimesNewRomanPS-BoldItalicMT': 'Times-BoldItalic',
  CourierNew: 'Courier',
  'CourierNew,Bold': 'Courier-Bold',
  'CourierNew,Italic': 'Courier-Oblique',
  'CourierNew,BoldItalic': 'Courier-BoldOblique',
  CourierNewPSMT: 'Courier',
  Symbol: 'Symbol',
  ZapfDingbats: 'ZapfDingbats',
  Helvetica: 'Helvetica',
  'Helvetica-Bold': 'Helvetica-Bold',
  'Helvetica-Oblique': 'Helvetica-Oblique',
  'Helvetica-BoldOblique': 'Helvetica-BoldOblique',
  'Times-Roman': 'Times-Roman',
  'Times-Bold': 'Times-Bold',
  'Times-Italic': 'Times-Italic',
  'Times-BoldItalic': 'Times-BoldItalic',
  Courier: 'Courier',
  'Courier-Bold': 'Courier-Bold',
  'Courier-Oblique': 'Courier-Oblique',
  'Courier-BoldOblique': 'Courier-BoldOblique',
};

const standardCache = new Map<IFontNames, Font>();
function standardFont(baseFont: string): Font | undefined {
  const stripped = baseFont.replace(/^[A-Z]{6}\+/, '');
  const name = STANDARD_ALIASES[stripped] ?? STANDARD_ALIASES[stripped.replace(/-/g, ',')];
  if (!name) return undefined;
  let f = standardCache.get(name);
  if (!f) {
    f = Font.load(name);
    standardCache.set(name, f);
  }
  return f;
}

let standardEncoding: Map<number, string> | undefined;
function standardEncodingNames(): Map<number, string> {
  if (!standardEncoding) {
    standardEncoding = new Map();
    for (const m of Font.load('Times-Roman').CharMetrics as unknown as { C: number; N: string }[]) {
      if (m.C >= 0) standardEncoding.set(m.C, m.N);
    }
  }
  return standardEncoding;
}

function builtinCodeToName(font: Font): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of font.CharMetrics as unknown as { C: number; N: string }[]) if (m.C >= 0) map.set(m.C, m.N);
  return map;
}

// ---------- loading ----------

function descriptorMetrics(context: PDFContext, fd: PDFDict | undefined): { ascent: number; descent: number } {
  let ascent = (num(context, fd, 'Ascent') ?? 0) / 1000;
  let descent = (num(context, fd, 'Descent') ?? 0) / 1000;
  // Implausible metrics (common in symbolic and broken fonts): use the usual em box for both.
  if (!(ascent > 0.2 && ascent < 1.3) || !(descent <= 0 && descent > -0.6)) {
    ascent = 0.75;
    descent = -0.25;
  }
  return { ascent, descent };
}

function toUnicodeMap(context: PDFContext, dict: PDFDict): Map<number, string> | undefined {
  const tu = get(context, dict, 'ToUnicode');
  if (!(tu instanceof PDFStream)) return undefined;
  try {
    return parseCMap(decodeStream(context, tu).data).unicode;
  } catch {
    return undefined;
  }
}

function simpleFont(context: PDFContext, dict: PDFDict, type3: boolean): PdfFont {
  const firstChar = num(context, dict, 'FirstChar') ?? 0;
  const widthsArr = arrayNumbers(context, dict.get(PDFName.of('Widths')));
  const fd = get(context, dict, 'FontDescriptor');
  const fdDict = fd instanceof PDFDict ? fd : undefined;
  const missingWidth = num(context, fdDict, 'MissingWidth') ?? 0;
  const baseFont = nameOf(get(context, dict, 'BaseFont')) ?? '';
  const std = standardFont(baseFont);
  let scale = 1 / 1000;
  let ascent: number;
  let descent: number;
  let problem: string | undefined;
  if (type3) {
    const fm = arrayNumbers(context, dict.get(PDFName.of('FontMatrix'))) ?? [0.001, 0, 0, 0.001, 0, 0];
    scale = fm[0] ?? 0.001;
    const bbox = arrayNumbers(context, dict.get(PDFName.of('FontBBox'))) ?? [0, 0, 0, 0];
    const y0 = (bbox[1] ?? 0) * (fm[3] ?? 0.001);
    const y1 = (bbox[3] ?? 0) * (fm[3] ?? 0.001);
    ascent = Math.max(y0, y1);
    descent = Math.min(y0, y1);
    if (!(ascent - descent > 0.05 && ascent - descent < 5)) {
      ascent = 0.75;
      descent = -0.25;
    }
    if ((fm[1] ?? 0) !== 0 || (fm[2] ?? 0) !== 0) problem = 'a Type3 font with a skewed FontMatrix';
  } else {
    ({ ascent, descent } = descriptorMetrics(context, fdDict));
  }
  // Code → glyph name, for standard-14 widths and Unicode fallbacks.
  const encObj = get(context, dict, 'Encoding');
  const codeToName = new Map<number, string>(
    std && (std.FontName === 'Symbol' || std.FontName === 'ZapfDingbats') ? builtinCodeToName(std) : winAnsiCodeToName,
  );
  const baseEnc = nameOf(encObj instanceof PDFDict ? get(context, encObj, 'BaseEncoding') : encObj);
  if (baseEnc === 'StandardEncoding') {
    codeToName.clear();
    for (const [c, n] of standardEncodingNames()) codeToName.set(c, n);
  }
  if (encObj instanceof PDFDict) {
    const diffs = get(context, encObj, 'Differences');
    if (diffs instanceof PDFArray) {
      let code = 0;
      for (let i = 0; i < diffs.size(); i++) {
        const v = resolve(context, diffs.get(i));
        if (v instanceof PDFNumber) code = v.asNumber();
        else if (v instanceof PDFName) codeToName.set(code++, v.decodeText());
      }
    }
  }
  const tu = toUnicodeMap(context, dict);
  if (!widthsArr && !std) problem = `font ${baseFont || '(unnamed)'} has no widths`;
  const widthOf = (code: number): number => {
    if (widthsArr) {
      const w = widthsArr[code - firstChar];
      if (w !== undefined) return w * scale;
      if (!std) return missingWidth * scale;
    }
    if (std) {
      const name = codeToName.get(code);
      const w = name ? std.getWidthOfGlyph(name) : undefined;
      return (typeof w === 'number' ? w : missingWidth) / 1000;
    }
    return missingWidth * scale;
  };
  const font: PdfFont = {
    ascent,
    descent,
    split(bytes) {
      const out: Glyph[] = [];
      for (let i = 0; i < bytes.length; i++) {
        const code = bytes[i] as number;
        out.push({ code, bytes: bytes.subarray(i, i + 1), width: widthOf(code), isSpace: code === 32 });
      }
      return out;
    },
    unicode(code) {
      const fromMap = tu?.get(code);
      if (fromMap !== undefined) return fromMap;
      const name = codeToName.get(code);
      if (name) return glyphNameToUnicode(name);
      return code >= 32 && code < 127 ? String.fromCharCode(code) : '';
    },
  };
  if (problem) font.problem = problem;
  return font;
}

function type0Font(context: PDFContext, dict: PDFDict): PdfFont {
  const descArr = get(context, dict, 'DescendantFonts');
  const desc = descArr instanceof PDFArray ? resolve(context, descArr.get(0)) : undefined;
  const cidFont = desc instanceof PDFDict ? desc : undefined;
  const fd = get(context, cidFont, 'FontDescriptor');
  const { ascent, descent } = descriptorMetrics(context, fd instanceof PDFDict ? fd : undefined);
  const dw = num(context, cidFont, 'DW') ?? 1000;
  const widths = new Map<number, number>();
  const ranges: { lo: number; hi: number; w: number }[] = [];
  const wArr = get(context, cidFont, 'W');
  if (wArr instanceof PDFArray) {
    const items: PDFObject[] = [];
    for (let i = 0; i < wArr.size(); i++) items.push(resolve(context, wArr.get(i)) as PDFObject);
    for (let i = 0; i < items.length;) {
      const first = items[i];
      const second = items[i + 1];
      if (!(first instanceof PDFNumber)) break;
      if (second instanceof PDFArray) {
        const ws = arrayNumbers(context, second) ?? [];
        ws.forEach((w, k) => widths.set(first.asNumber() + k, w));
        i += 2;
      } else {
        const third = items[i + 2];
        if (second instanceof PDFNumber && third instanceof PDFNumber) {
          ranges.push({ lo: first.asNumber(), hi: second.asNumber(), w: third.asNumber() });
        }
        i += 3;
      }
    }
  }
  const widthOfCid = (cid: number): number => {
    const w = widths.get(cid);
    if (w !== undefined) return w / 1000;
    for (const r of ranges) if (cid >= r.lo && cid <= r.hi) return r.w / 1000;
    return dw / 1000;
  };
  const enc = get(context, dict, 'Encoding');
  let cmap: ParsedCMap | undefined;
  let problem: string | undefined;
  let identity = false;
  const encName = nameOf(enc);
  if (encName === 'Identity-H') {
    identity = true;
  } else if (encName === 'Identity-V') {
    problem = 'vertical writing (Identity-V)';
  } else if (enc instanceof PDFStream) {
    try {
      cmap = parseCMap(decodeStream(context, enc).data);
      const useCMap = nameOf(get(context, enc.dict, 'UseCMap'));
      if (cmap.vertical || num(context, enc.dict, 'WMode') === 1) problem = 'vertical writing';
      if (cmap.codespace.length === 0) {
        if (useCMap === 'Identity-H') identity = true;
        else problem = 'an embedded CMap without codespace ranges';
      }
    } catch {
      problem = 'an unreadable embedded CMap';
    }
  } else {
    problem = `the predefined CMap ${encName ?? '(none)'}`;
  }
  const tu = toUnicodeMap(context, dict);
  const font: PdfFont = {
    ascent,
    descent,
    split(bytes) {
      if (identity || !cmap) {
        const out: Glyph[] = [];
        for (let i = 0; i + 1 < bytes.length; i += 2) {
          const code = ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
          out.push({ code, bytes: bytes.subarray(i, i + 2), width: widthOfCid(code), isSpace: false });
        }
        if (bytes.length % 2 === 1) {
          const code = bytes[bytes.length - 1] as number;
          out.push({ code, bytes: bytes.subarray(bytes.length - 1), width: widthOfCid(code), isSpace: false });
        }
        return out;
      }
      const parsed = cmap;
      return splitByCodespace(bytes, parsed.codespace).map(({ code, start, length }) => ({
        code,
        bytes: bytes.subarray(start, start + length),
        width: widthOfCid(cmapCid(parsed, code, length)),
        isSpace: length === 1 && code === 32,
      }));
    },
    unicode(code) {
      return tu?.get(code) ?? '';
    },
  };
  if (problem) font.problem = problem;
  return font;
}

/** Loads a font dictionary (cached per object by the caller). */
export function loadFont(context: PDFContext, dict: PDFDict): PdfFont {
  const subtype = nameOf(get(context, dict, 'Subtype'));
  if (subtype === 'Type0') return type0Font(context, dict);
  if (subtype === 'Type3') return simpleFont(context, dict, true);
  return simpleFont(context, dict, false);
}
