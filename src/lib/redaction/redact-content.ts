// The interpreter and rewriter: walks one content stream with its graphics and text state, removes every glyph whose
// centre lies in a region, every path entirely inside one, and blanks images; recurses into Form XObjects.
import { PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { IDENTITY, applyToPoint, isFiniteMatrix, multiply, translation, type Matrix } from '../geometry/matrix.ts';
import { containsPoint, containsRect, intersects, transformRect, boundsOf } from '../geometry/rect.ts';
import type { Rect } from '../model/region.ts';
import { CsDict, CsName, CsString, type CsValue } from './content-stream/lexer.ts';
import { parseContentStream, type InlineImage, type Operation } from './content-stream/parser.ts';
import { makeOp, serializeContentStream } from './content-stream/serialize.ts';
import { loadFont, type PdfFont } from './fonts.ts';
import { N, decodeStream, dictOf, get, nameOf, resolve, arrayNumbers } from './pdf-objects.ts';
import { flattenImage, inlineAsXObject, redactImageXObject, redactInlineImage } from './redact-images.ts';

/** Content the engine cannot interpret safely; the page goes to the rasterising fallback. */
export class UnsafeContentError extends Error {
  override name = 'UnsafeContentError';
}

/** An image whose samples the core cannot read (JBIG2, CCITT, JPX…): flattened through the rasteriser. */
export class UndecodableImageError extends UnsafeContentError {
  override name = 'UndecodableImageError';
}

/** Renders page `pageIndex` of `bytes` (see RasterizePage in redact-document.ts). */
export type PageRasterizer = (
  bytes: Uint8Array,
  pageIndex: number,
  dpi: number,
  options?: { transparent?: boolean },
) => Promise<{
  width: number;
  height: number;
  pixels: Uint8Array;
  alpha?: Uint8Array;
  view: [number, number, number, number];
}>;

export interface RemovedStats {
  glyphs: number;
  paths: number;
  images: number;
  imagePixelsBlanked: number;
}

export interface ImageDecoderResult {
  width: number;
  height: number;
  /** 1 (gray), 3 (RGB) or 4 (CMYK) components of 8 bits, row-major, top row first. */
  components: 1 | 3 | 4;
  pixels: Uint8Array;
}

/** Decodes an image filter the core cannot (DCTDecode, JPXDecode…); null when it cannot. Injected by the platform. */
export type ImageDecoder = (data: Uint8Array, filter: string) => Promise<ImageDecoderResult | null>;

export interface EngineContext {
  context: PDFContext;
  fonts: Map<PDFObject, PdfFont>;
  stats: RemovedStats;
  /** Text of removed glyphs, one entry per text-showing operation that lost glyphs. */
  removedText: string[];
  /** Text removed because it was in a hidden optional-content layer (outside any region). */
  hiddenText: string[];
  /** Refs (tags) of optional-content groups that are hidden by default. */
  hiddenOcgs: Set<string>;
  decodeImage?: ImageDecoder;
  /** Platform rasteriser, used to flatten images the core cannot decode. */
  rasterizePage?: PageRasterizer;
  rasterDpi: number;
  fillGray: number;
  nameCounter: { n: number };
  signal?: AbortSignal;
  notes: string[];
}

interface GState {
  ctm: Matrix;
  font: PdfFont | null;
  fontSize: number;
  tc: number;
  tw: number;
  th: number;
  tl: number;
  ts: number;
}

export interface StreamResult {
  ops: Operation[];
  changed: boolean;
  /** New resources for the rewritten stream (copy-on-write), when an XObject was replaced. */
  resources?: PDFDict;
}

const MAX_FORM_DEPTH = 24;
const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

function numArg(args: CsValue[], i: number): number {
  const v = args[i];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new UnsafeContentError('a non-numeric operand');
  return v;
}

function nameArg(args: CsValue[], i: number): string | undefined {
  const v = args[i];
  return v instanceof CsName ? v.name : undefined;
}

/** Is this optional-content reference (OCG or OCMD) hidden by default? */
export function isHiddenOc(ec: EngineContext, obj: PDFObject | undefined): boolean {
  if (!(obj instanceof PDFRef) && !(obj instanceof PDFDict)) return false;
  if (obj instanceof PDFRef && ec.hiddenOcgs.has(obj.tag)) return true;
  const d = dictOf(ec.context, obj);
  if (!d || nameOf(get(ec.context, d, 'Type')) !== 'OCMD') return false;
  // OCMD: visible per its policy (default AnyOn) over its OCGs.
  const ocgs = d.get(N('OCGs'));
  const refs: PDFObject[] = [];
  const resolved = resolve(ec.context, ocgs);
  if (resolved && 'size' in resolved && typeof (resolved as { size: unknown }).size === 'function') {
    const arr = resolved as unknown as { size(): number; get(i: number): PDFObject };
    for (let i = 0; i < arr.size(); i++) refs.push(arr.get(i));
  } else if (ocgs) {
    refs.push(ocgs);
  }
  const hidden = refs.map((r) => r instanceof PDFRef && ec.hiddenOcgs.has(r.tag));
  const policy = nameOf(get(ec.context, d, 'P')) ?? 'AnyOn';
  if (refs.length === 0) return false;
  if (policy === 'AllOn') return hidden.some((h) => h);
  if (policy === 'AnyOff') return hidden.every((h) => !h) ? false : false;
  if (policy === 'AllOff') return hidden.some((h) => !h);
  return hidden.every((h) => h);
}

function fontFor(ec: EngineContext, resources: PDFDict | undefined, name: string): PdfFont {
  const fonts = get(ec.context, resources, 'Font');
  const raw = fonts instanceof PDFDict ? fonts.get(N(name)) : undefined;
  const dict = dictOf(ec.context, raw);
  if (!raw || !dict) throw new UnsafeContentError(`the font /${name} is missing`);
  let f = ec.fonts.get(raw instanceof PDFRef ? (ec.context.lookup(raw) ?? raw) : raw);
  if (!f) {
    f = loadFont(ec.context, dict);
    ec.fonts.set(raw instanceof PDFRef ? (ec.context.lookup(raw) ?? raw) : raw, f);
  }
  return f;
}

function uniqueName(ec: EngineContext, prefix: string): string {
  ec.nameCounter.n += 1;
  return `${prefix}${ec.nameCounter.n}`;
}

/** The operations that draw a flattened image replacement, registered under a fresh XObject name. */
function drawFlattened(
  ec: EngineContext,
  newXObjects: Map<string, PDFRef>,
  flat: { ref: PDFRef; content: string },
): Operation[] {
  const name = uniqueName(ec, 'LSi');
  newXObjects.set(name, flat.ref);
  const ops = parseContentStream(new TextEncoder().encode(`${flat.content} /${name} Do`));
  return [makeOp('q'), ...ops.map((x) => ({ ...x, start: -1, end: -1 })), makeOp('Q')];
}

function anyRegionContains(regions: readonly Rect[], x: number, y: number): boolean {
  for (const r of regions) if (containsPoint(r, x, y)) return true;
  return false;
}

/** Decodes a content stream (or the concatenation of a page's content streams). */
export function contentBytes(context: PDFContext, contents: PDFObject | undefined): Uint8Array {
  const resolved = resolve(context, contents);
  const parts: Uint8Array[] = [];
  if (resolved instanceof PDFStream) {
    parts.push(decodeStream(context, resolved).data);
  } else if (resolved && 'size' in resolved) {
    const arr = resolved as unknown as { size(): number; get(i: number): PDFObject };
    for (let i = 0; i < arr.size(); i++) {
      const s = resolve(context, arr.get(i));
      if (s instanceof PDFStream) parts.push(decodeStream(context, s).data);
    }
  }
  const total = parts.reduce((n, p) => n + p.length + 1, 0);
  const out = new Uint8Array(total);
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
    out[pos++] = 10;
  }
  return out;
}

/**
 * Rewrites one content stream. `regions` are in the page's user space; `ctm0` maps this stream's space to it.
 * Returns the new operation list (unchanged operations keep their source ranges).
 */
export async function redactStream(
  ec: EngineContext,
  source: Uint8Array,
  resources: PDFDict | undefined,
  ctm0: Matrix,
  regions: readonly Rect[],
  depth: number,
  formStack: readonly string[] = [],
): Promise<StreamResult> {
  if (depth > MAX_FORM_DEPTH) throw new UnsafeContentError('Form XObjects nested too deeply');
  if (ec.signal?.aborted) throw ec.signal.reason ?? new Error('aborted');
  let ops: Operation[];
  try {
    ops = parseContentStream(source);
  } catch (error) {
    throw new UnsafeContentError(`a broken content stream (${error instanceof Error ? error.message : String(error)})`);
  }
  const ctx = ec.context;
  const out: (Operation | null)[] = [];
  let changed = false;
  const newXObjects = new Map<string, PDFRef>();
  let gs: GState = { ctm: ctm0, font: null, fontSize: 0, tc: 0, tw: 0, th: 1, tl: 0, ts: 0 };
  const stack: GState[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let inText = false;
  let pathOps: number[] = [];
  let pathPoints: [number, number][] = [];
  let clipPending = false;
  let pathCurrent: [number, number] = [0, 0];
  // Marked content: hidden optional content and ActualText spans that lose glyphs.
  const marked: { hidden: boolean; opIndex: number; hasActualText: boolean }[] = [];
  let hiddenDepth = 0;
  const touchMarked = () => {
    for (const m of marked) {
      if (!m.hasActualText) continue;
      const o = out[m.opIndex];
      if (!o) continue;
      const props = o.args[1];
      if (props instanceof CsDict) {
        const copy = new CsDict(new Map(props.entries));
        copy.entries.delete('ActualText');
        copy.entries.delete('Alt');
        copy.entries.delete('E');
        out[m.opIndex] = makeOp(o.op, [o.args[0] as CsValue, copy]);
        m.hasActualText = false;
        changed = true;
      }
    }
  };

  // After text in a font we cannot measure, the text matrix is only known within ± `slack` along its x axis,
  // until the next line operator sets it from the line matrix again.
  let slack = 0;
  const td = (tx: number, ty: number) => {
    tlm = multiply(translation(tx, ty), tlm);
    tm = tlm;
    slack = 0;
  };
  const mayTouchRegions = (m: Matrix, x0: number, x1: number, y0: number, y1: number): boolean => {
    if (regions.length === 0) return false;
    const box = transformRect(m, [x0, y0, x1, y1]);
    return regions.some((r) => intersects(r, box));
  };

  /** Shows a string or TJ array; returns replacement TJ operands, or null when nothing was removed. */
  const show = (items: CsValue[]): CsValue[] | null => {
    const font = gs.font;
    if (!font) throw new UnsafeContentError('text shown without a font');
    const fs = gs.fontSize;
    const th = gs.th;
    const hiddenNow = hiddenDepth > 0;
    if (font.problem && !hiddenNow) {
      // Unmeasurable text: keep it only when even a generous bound of its extent (2 em per byte, both ways, in
      // both directions for vertical writing) stays clear of every region; else the page goes to the fallback.
      let bytes = 0;
      let kerning = 0;
      for (const item of items) {
        if (item instanceof CsString) bytes += item.bytes.length;
        else if (typeof item === 'number') kerning += Math.abs(item);
      }
      const reach =
        slack +
        (bytes * (2 * Math.abs(fs) + Math.abs(gs.tc) + Math.abs(gs.tw)) + (kerning / 1000) * Math.abs(fs)) *
          Math.abs(th) +
        2 * Math.abs(fs);
      const m0 = multiply(tm, gs.ctm);
      if (mayTouchRegions(m0, -reach, reach, -reach + gs.ts, reach + gs.ts)) throw new UnsafeContentError(font.problem);
      slack = reach;
      return null;
    }
    if (slack > 0 && !hiddenNow) {
      // Position known only within ± slack: decide nothing unless the whole run, so widened, is clear.
      let advance = 0;
      for (const item of items) {
        if (typeof item === 'number') advance += Math.abs((item / 1000) * fs * th);
        else if (item instanceof CsString)
          for (const g of font.split(item.bytes)) advance += Math.abs((g.width * fs + gs.tc + gs.tw) * th);
      }
      const m0 = multiply(tm, gs.ctm);
      const up = Math.max(font.ascent, 1) * Math.abs(fs);
      if (mayTouchRegions(m0, -slack, advance + slack, gs.ts - up, gs.ts + up)) {
        throw new UnsafeContentError('text placed after text in a font that cannot be measured');
      }
      slack += advance;
      return null;
    }
    type El =
      | { kind: 'g'; bytes: Uint8Array; removed: boolean; tx: number; text: string }
      | { kind: 'n'; n: number; tx: number };
    const els: El[] = [];
    let removedAny = false;
    const hidden = hiddenDepth > 0;
    // Glyph centres: text space point (advance so far + w/2 · fs · Th, centre height · fs + rise) through Tm × CTM.
    const m = multiply(tm, gs.ctm);
    const cyText = ((font.ascent + font.descent) / 2) * fs + gs.ts;
    const testRegions = !hidden && regions.length > 0;
    let advance = 0;
    for (const item of items) {
      if (typeof item === 'number') {
        const tx = (-item / 1000) * fs * th;
        els.push({ kind: 'n', n: item, tx });
        advance += tx;
        continue;
      }
      if (!(item instanceof CsString)) continue;
      for (const g of font.split(item.bytes)) {
        let removed = hidden;
        if (testRegions) {
          const px = advance + (g.width / 2) * fs * th;
          removed = anyRegionContains(regions, m[0] * px + m[2] * cyText + m[4], m[1] * px + m[3] * cyText + m[5]);
        }
        const tx = (g.width * fs + gs.tc + (g.isSpace ? gs.tw : 0)) * th;
        advance += tx;
        if (removed) {
          removedAny = true;
          els.push({ kind: 'g', bytes: g.bytes, removed, tx, text: font.unicode(g.code) });
        } else {
          els.push({ kind: 'g', bytes: g.bytes, removed, tx, text: '' });
        }
      }
    }
    tm = multiply(translation(advance, 0), tm);
    if (!removedAny) return null;
    if (Math.abs(fs * th) < 1e-9) throw new UnsafeContentError('text with a zero font size or scale');
    // Build the new TJ: kept glyphs and the kerning between kept glyphs stay; each stretch holding a removed glyph,
    // with every adjustment next to it, becomes one number that moves to the next kept glyph's exact position.
    const result: CsValue[] = [];
    let kept: number[] = [];
    const flushKept = () => {
      if (kept.length) result.push(new CsString(Uint8Array.from(kept), true));
      kept = [];
    };
    let gapTx = 0;
    let inGap = false;
    let pendingNumbers: El[] = [];
    let removedText = '';
    for (const el of els) {
      if (el.kind === 'n') {
        pendingNumbers.push(el);
        continue;
      }
      if (el.removed) {
        ec.stats.glyphs++;
        removedText += el.text;
        if (!inGap) {
          inGap = true;
          gapTx = 0;
        }
        for (const p of pendingNumbers) gapTx += p.tx;
        pendingNumbers = [];
        gapTx += el.tx;
        continue;
      }
      if (inGap) {
        for (const p of pendingNumbers) gapTx += p.tx;
        pendingNumbers = [];
        flushKept();
        result.push(-(gapTx * 1000) / (fs * th));
        inGap = false;
      } else if (pendingNumbers.length) {
        flushKept();
        for (const p of pendingNumbers) result.push((p as { n: number }).n);
        pendingNumbers = [];
      }
      for (const b of el.bytes) kept.push(b);
    }
    if (inGap) {
      for (const p of pendingNumbers) gapTx += p.tx;
      flushKept();
      result.push(-(gapTx * 1000) / (fs * th));
    } else {
      flushKept();
      for (const p of pendingNumbers) result.push((p as { n: number }).n);
    }
    if (removedText.trim()) (hidden ? ec.hiddenText : ec.removedText).push(removedText);
    touchMarked();
    return [result];
  };

  for (const o of ops) {
    const a = o.args;
    switch (o.op) {
      case 'q':
        stack.push({ ...gs });
        out.push(o);
        break;
      case 'Q':
        if (stack.length === 0) {
          changed = true; // an unbalanced Q is dropped, as viewers ignore it
          break;
        }
        gs = stack.pop() as GState;
        out.push(o);
        break;
      case 'cm': {
        const m = [0, 1, 2, 3, 4, 5].map((i) => numArg(a, i)) as Matrix;
        gs.ctm = multiply(m, gs.ctm);
        out.push(o);
        break;
      }
      case 'gs': {
        const eg = get(ctx, get(ctx, resources, 'ExtGState') as PDFDict | undefined, nameArg(a, 0) ?? '');
        const fontArr = eg instanceof PDFDict ? get(ctx, eg, 'Font') : undefined;
        if (fontArr && 'size' in fontArr) {
          const arr = fontArr as unknown as { get(i: number): PDFObject };
          const fref = arr.get(0);
          const size = arrayNumbers(ctx, fontArr)?.[1] ?? 0;
          const fd = dictOf(ctx, fref);
          if (fd) {
            const f = loadFont(ctx, fd);
            gs.font = f;
            gs.fontSize = size;
          }
        }
        out.push(o);
        break;
      }
      case 'BT':
        tm = IDENTITY;
        tlm = IDENTITY;
        slack = 0;
        inText = true;
        out.push(o);
        break;
      case 'ET':
        inText = false;
        out.push(o);
        break;
      case 'Tf':
        gs.font = fontFor(ec, resources, nameArg(a, 0) ?? '');
        gs.fontSize = numArg(a, 1);
        out.push(o);
        break;
      case 'Tc':
        gs.tc = numArg(a, 0);
        out.push(o);
        break;
      case 'Tw':
        gs.tw = numArg(a, 0);
        out.push(o);
        break;
      case 'Tz':
        gs.th = numArg(a, 0) / 100;
        out.push(o);
        break;
      case 'TL':
        gs.tl = numArg(a, 0);
        out.push(o);
        break;
      case 'Ts':
        gs.ts = numArg(a, 0);
        out.push(o);
        break;
      case 'Td':
        td(numArg(a, 0), numArg(a, 1));
        out.push(o);
        break;
      case 'TD':
        gs.tl = -numArg(a, 1);
        td(numArg(a, 0), numArg(a, 1));
        out.push(o);
        break;
      case 'Tm': {
        const m = [0, 1, 2, 3, 4, 5].map((i) => numArg(a, i)) as Matrix;
        tm = m;
        tlm = m;
        slack = 0;
        out.push(o);
        break;
      }
      case 'T*':
        td(0, -gs.tl);
        out.push(o);
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        let items: CsValue[];
        const pre: Operation[] = [];
        if (o.op === '"') {
          gs.tw = numArg(a, 0);
          gs.tc = numArg(a, 1);
          pre.push(makeOp('Tw', [gs.tw]), makeOp('Tc', [gs.tc]));
        }
        if (o.op === "'" || o.op === '"') {
          td(0, -gs.tl);
          pre.push(makeOp('T*'));
        }
        const arg = o.op === '"' ? a[2] : a[0];
        if (o.op === 'TJ') items = Array.isArray(arg) ? arg : [];
        else items = arg instanceof CsString ? [arg] : [];
        const replacement = show(items);
        if (replacement === null) {
          out.push(o);
        } else {
          changed = true;
          for (const p of pre) out.push(p);
          out.push(makeOp('TJ', replacement));
        }
        break;
      }
      case 'BDC':
      case 'BMC': {
        const tag = nameArg(a, 0);
        let hidden = false;
        let hasActualText = false;
        if (o.op === 'BDC') {
          const props = a[1];
          if (tag === 'OC' && props instanceof CsName) {
            const propsDict = get(ctx, resources, 'Properties');
            const ref = propsDict instanceof PDFDict ? propsDict.get(N(props.name)) : undefined;
            hidden = isHiddenOc(ec, ref);
          }
          if (props instanceof CsDict) {
            hasActualText =
              props.get('ActualText') !== undefined || props.get('Alt') !== undefined || props.get('E') !== undefined;
          }
        }
        marked.push({ hidden, opIndex: out.length, hasActualText });
        if (hidden) hiddenDepth++;
        out.push(o);
        break;
      }
      case 'EMC': {
        const m = marked.pop();
        if (m?.hidden) hiddenDepth--;
        out.push(o);
        break;
      }
      case 'Do': {
        const name = nameArg(a, 0) ?? '';
        const xobjects = get(ctx, resources, 'XObject');
        const raw = xobjects instanceof PDFDict ? xobjects.get(N(name)) : undefined;
        const stream = resolve(ctx, raw);
        if (!(stream instanceof PDFStream)) {
          out.push(o);
          break;
        }
        const subtype = nameOf(get(ctx, stream.dict, 'Subtype'));
        const oc = stream.dict.get(N('OC'));
        if (hiddenDepth > 0 || (oc && isHiddenOc(ec, oc))) {
          changed = true;
          if (subtype === 'Image') ec.stats.images++;
          break;
        }
        if (subtype === 'Form') {
          const key = raw instanceof PDFRef ? raw.tag : name;
          if (formStack.includes(key)) throw new UnsafeContentError('a Form XObject that draws itself');
          const fm = arrayNumbers(ctx, stream.dict.get(N('Matrix'))) ?? [1, 0, 0, 1, 0, 0];
          const formMatrix = (isFiniteMatrix(fm) ? fm : [1, 0, 0, 1, 0, 0]) as Matrix;
          const formCtm = multiply(formMatrix, gs.ctm);
          const formRes = (get(ctx, stream.dict, 'Resources') as PDFDict | undefined) ?? resources;
          const relevant = regions.length > 0 || ec.hiddenOcgs.size > 0;
          if (!relevant) {
            out.push(o);
            break;
          }
          let src: Uint8Array;
          try {
            src = decodeStream(ctx, stream).data;
          } catch (error) {
            throw new UnsafeContentError(
              `an undecodable Form XObject (${error instanceof Error ? error.message : String(error)})`,
            );
          }
          const r = await redactStream(
            ec,
            src,
            formRes instanceof PDFDict ? formRes : undefined,
            formCtm,
            regions,
            depth + 1,
            [...formStack, key],
          );
          if (!r.changed) {
            out.push(o);
            break;
          }
          // Copy on write: the form may be shared by other pages or uses.
          const bytes = serializeContentStream(r.ops, src);
          const dict: Record<string, PDFObject> = {};
          for (const [k, v] of stream.dict.entries()) {
            const kn = k.decodeText();
            if (kn === 'Filter' || kn === 'DecodeParms' || kn === 'Length' || kn === 'PieceInfo' || kn === 'Metadata')
              continue;
            dict[kn] = v;
          }
          if (r.resources) dict['Resources'] = r.resources;
          else if (!stream.dict.get(N('Resources')) && formRes instanceof PDFDict) dict['Resources'] = formRes;
          const copy = ctx.flateStream(bytes);
          for (const [k, v] of Object.entries(dict)) copy.dict.set(N(k), v);
          const newRef = ctx.register(copy);
          const newName = uniqueName(ec, 'LSf');
          newXObjects.set(newName, newRef);
          out.push(makeOp('Do', [new CsName(newName)]));
          changed = true;
          break;
        }
        if (subtype === 'Image') {
          const box = transformRect(gs.ctm, [0, 0, 1, 1]);
          const hit = regions.filter((r) => intersects(r, box));
          if (hit.length === 0) {
            out.push(o);
            break;
          }
          let replacement: PDFRef | 'remove' | null;
          try {
            replacement = await redactImageXObject(ec, stream, gs.ctm, hit);
          } catch (error) {
            if (!(error instanceof UndecodableImageError)) throw error;
            const flat = await flattenImage(ec, stream, gs.ctm, hit);
            if (!flat) throw error;
            out.push(...drawFlattened(ec, newXObjects, flat));
            ec.notes.push(`an image was flattened (${error.message})`);
            changed = true;
            break;
          }
          if (replacement === null) {
            out.push(o);
            break;
          }
          changed = true;
          if (replacement === 'remove') break;
          const newName = uniqueName(ec, 'LSi');
          newXObjects.set(newName, replacement);
          out.push(makeOp('Do', [new CsName(newName)]));
          break;
        }
        out.push(o);
        break;
      }
      case 'BI': {
        if (hiddenDepth > 0) {
          changed = true;
          ec.stats.images++;
          break;
        }
        const box = transformRect(gs.ctm, [0, 0, 1, 1]);
        const hit = regions.filter((r) => intersects(r, box));
        if (hit.length === 0 || !o.inline) {
          out.push(o);
          break;
        }
        let replacement: InlineImage | 'remove' | null;
        try {
          replacement = await redactInlineImage(ec, o.inline, resources, gs.ctm, hit);
        } catch (error) {
          if (!(error instanceof UndecodableImageError)) throw error;
          const flat = await flattenImage(ec, inlineAsXObject(ctx, o.inline, resources), gs.ctm, hit);
          if (!flat) throw error;
          out.push(...drawFlattened(ec, newXObjects, flat));
          ec.notes.push(`an inline image was flattened (${error.message})`);
          changed = true;
          break;
        }
        if (replacement === null) {
          out.push(o);
          break;
        }
        changed = true;
        if (replacement !== 'remove') out.push({ op: 'BI', args: [], start: -1, end: -1, inline: replacement });
        break;
      }
      case 'sh':
        if (hiddenDepth > 0) {
          changed = true;
          break;
        }
        out.push(o);
        break;
      case 'W':
      case 'W*':
        clipPending = true;
        out.push(o);
        break;
      default:
        if (PATH_CONSTRUCTION.has(o.op)) {
          const pts: [number, number][] = [];
          if (o.op === 're') {
            const [x, y, w, h] = [numArg(a, 0), numArg(a, 1), numArg(a, 2), numArg(a, 3)];
            pts.push([x, y], [x + w, y], [x, y + h], [x + w, y + h]);
            pathCurrent = [x, y];
          } else if (o.op !== 'h') {
            for (let i = 0; i + 1 < a.length; i += 2) pts.push([numArg(a, i), numArg(a, i + 1)]);
            if (o.op === 'v') pts.push(pathCurrent);
            const last = pts[pts.length - 1];
            if (last) pathCurrent = last;
          }
          for (const [x, y] of pts) pathPoints.push(applyToPoint(gs.ctm, x, y));
          pathOps.push(out.length);
          out.push(o);
          break;
        }
        if (PATH_PAINTING.has(o.op)) {
          const bounds = boundsOf(pathPoints);
          const inside =
            o.op !== 'n' && (hiddenDepth > 0 || (bounds !== null && regions.some((r) => containsRect(r, bounds))));
          if (inside) {
            changed = true;
            ec.stats.paths++;
            if (clipPending) {
              out.push(makeOp('n'));
            } else {
              for (const i of pathOps) out[i] = null;
              // Drop the clip operator-less path entirely.
            }
          } else {
            out.push(o);
          }
          pathOps = [];
          pathPoints = [];
          clipPending = false;
          break;
        }
        // d0/d1, BX/EX, MP/DP, colour operators, ri, i, j, J, M, d, w and unknown operators pass through.
        out.push(o);
        break;
    }
  }
  const finalOps = out.filter((x): x is Operation => x !== null);
  if (inText) {
    finalOps.push(makeOp('ET'));
    changed = true;
  }
  for (let i = 0; i < stack.length; i++) {
    finalOps.push(makeOp('Q'));
    changed = true;
  }
  const result: StreamResult = { ops: finalOps, changed };
  // XObjects the rewritten stream no longer draws (a form replaced by its redacted copy, or one never drawn) must
  // not stay in its resources: the unredacted original would still be one lookup away.
  const used = new Set<string>();
  for (const o of finalOps) if (o.op === 'Do' && o.args[0] instanceof CsName) used.add(o.args[0].name);
  const oldX = get(ctx, resources, 'XObject');
  const stale = oldX instanceof PDFDict ? oldX.keys().filter((k) => !used.has(k.decodeText())) : [];
  if (newXObjects.size > 0 || (changed && regions.length > 0 && stale.length > 0)) {
    const res = resources ? (resources.clone(ctx) as PDFDict) : ctx.obj({});
    const x = oldX instanceof PDFDict ? (oldX.clone(ctx) as PDFDict) : ctx.obj({});
    for (const k of stale) x.delete(k);
    for (const [k, v] of newXObjects) x.set(PDFName.of(k), v);
    res.set(N('XObject'), x);
    result.resources = res;
  }
  return result;
}
