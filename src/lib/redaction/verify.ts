// Post-condition check of a redacted file, independent of the writer's model: text comes from pdf.js (injected as
// PageText), strings from a raw scan of the decoded file, images from their decoded samples.
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFRawStream,
  PDFRef,
  PDFStream,
  decodePDFRawStream,
} from 'pdf-lib';
import { containsPoint } from '../geometry/rect.ts';
import type { Rect, Region } from '../model/region.ts';
import type { Verification } from '../model/report.ts';
import type { PageText, TextRun } from '../model/text-run.ts';
import { findUnblankedImages } from './verify-images.ts';
import type { ImageDecoder } from './redact-content.ts';

export interface VerifyInput {
  regions: readonly Region[];
  /** pdf.js text of the original file (for the kept-text ratio and the removed words). */
  originalText: readonly PageText[];
  /** pdf.js text of the redacted file. */
  outputText: readonly PageText[];
  outputBytes: Uint8Array;
  /** Strings the engine removed (RedactResult.removedStrings); the verifier adds the original's text under regions. */
  removedStrings?: readonly string[];
  /** Labels drawn on boxes: allowed inside regions. */
  labels?: readonly string[];
  /** Text removed on purpose outside regions (hidden optional-content layers): not expected to survive. */
  excusedText?: readonly string[];
  /** Pages rasterised on purpose (0-based): their text is not expected to survive. */
  rasterizedPages?: readonly number[];
  decodeImage?: ImageDecoder;
  /** Minimum kept ratio (default 0.999). */
  minKept?: number;
}

interface Char {
  ch: string;
  x: number;
  y: number;
  size: number;
  /** Distance from the run's start along its baseline (the estimate drifts with it). */
  along: number;
}

/** Splits a run into characters with estimated centres (proportional over the run's advance width). */
export function runChars(run: TextRun): Char[] {
  const chars = Array.from(run.str);
  const n = chars.length;
  if (n === 0) return [];
  const rad = (run.angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const step = run.width / n;
  const rise = run.height * 0.3;
  return chars.map((ch, i) => {
    const along = (i + 0.5) * step;
    return {
      ch,
      x: run.x + along * cos - rise * sin,
      y: run.y + along * sin + rise * cos,
      size: run.height,
      along,
    };
  });
}

function regionsOf(regions: readonly Region[], pageIndex: number): Rect[] {
  return regions.filter((r) => r.pageIndex === pageIndex).map((r) => r.rect);
}

function insideAny(rects: readonly Rect[], c: Char, shrinkX: number): boolean {
  return rects.some((r) => {
    const s = Math.min(shrinkX, (r[2] - r[0]) / 4);
    // Estimated centres are approximate: a glyph whose centre is within 15% of its size from the edge is ambiguous.
    const t = Math.min(c.size * 0.15, (r[3] - r[1]) / 4);
    return containsPoint([r[0] + s, r[1] + t, r[2] - s, r[3] - t], c.x, c.y);
  });
}

function nearAny(rects: readonly Rect[], c: Char, grow: number): boolean {
  return rects.some((r) => containsPoint([r[0] - grow, r[1] - grow / 2, r[2] + grow, r[3] + grow / 2], c.x, c.y));
}

const normalise = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Words worth searching for: long enough to mean something, not made only of punctuation. */
export function meaningfulTokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length >= 6 || (t.length >= 4 && /\d/.test(t) && /[\d].*[\d]/.test(t)));
}

const latin1Decoder = new TextDecoder('latin1');

/** Bytes as one char each (windows-1252, as TextDecoder does for "latin1": enough for searching text). */
function latin1(bytes: Uint8Array): string {
  return latin1Decoder.decode(bytes);
}

/**
 * What a reader of the file could find as text, apart from page content (checked through pdf.js): every string object
 * (literal or hex, UTF-16 decoded) of the file and of its inflated streams, and every XML (XMP) stream.
 * PDF syntax itself (/Resources, /DeviceRGB…) and binary streams are left out, so common words do not match it.
 */
export function decodedCorpus(bytes: Uint8Array): string[] {
  const raw = latin1(bytes);
  const texts: string[] = [];
  const xml: string[] = [];
  let outside = '';
  let last = 0;
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const data = bytes.subarray(start, end);
    outside += raw.slice(last, start);
    last = end;
    const rawText = latin1(data.subarray(0, 256));
    if (/<\?xpacket|xmpmeta|<\?xml/.test(rawText)) xml.push(latin1(data));
    try {
      const dict = decodeContext.obj({ Filter: 'FlateDecode' });
      const inflated = decodePDFRawStream(PDFRawStream.of(dict, data)).decode();
      // Font programs carry their own vendor strings (names, copyright), never page text: skip them.
      if (!isFontProgram(inflated)) {
        const text = latin1(inflated);
        if (isTexty(inflated)) texts.push(text);
        if (/<\?xpacket|xmpmeta|<\?xml/.test(text.slice(0, 256))) xml.push(text);
      }
    } catch {
      // not Flate (or not decodable): its raw bytes were searched for strings already
    }
    re.lastIndex = end;
  }
  outside += raw.slice(last);
  texts.push(outside);
  const strings: string[] = [];
  for (const text of texts) {
    for (const lit of text.matchAll(/\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)/gs)) {
      strings.push(unescapeLiteral(lit[0].slice(1, -1)));
    }
    for (const hex of text.matchAll(/<([0-9A-Fa-f\s]{4,})>/g)) strings.push(hexToText(hex[1] as string));
  }
  return [strings.join('\u0001'), ...xml];
}

const decodeContext = PDFContext.create();

/** Mostly printable (content streams, CMaps, XML), as opposed to images and other binary data. */
function isTexty(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let binary = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] as number;
    if (c < 9 || (c > 13 && c < 32) || c > 126) binary++;
  }
  return binary <= n * 0.05;
}

function isFontProgram(b: Uint8Array): boolean {
  const head = latin1(b.subarray(0, 24));
  return (
    head.startsWith('\x00\x01\x00\x00') ||
    head.startsWith('true') ||
    head.startsWith('OTTO') ||
    head.startsWith('ttcf') ||
    head.startsWith('%!PS-AdobeFont') ||
    head.startsWith('%!FontType1') ||
    (b[0] === 1 && b[1] === 0 && (b[2] === 4 || b[2] === 3))
  );
}

function unescapeLiteral(s: string): string {
  const decoded = s.replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_m, e: string) => {
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case '(':
        return '(';
      case ')':
        return ')';
      case '\\':
        return '\\';
      default:
        return /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8) & 0xff) : '';
    }
  });
  return maybeUtf16(decoded);
}

function hexToText(h: string): string {
  const clean = h.replace(/\s+/g, '');
  let s = '';
  for (let i = 0; i + 1 < clean.length; i += 2) s += String.fromCharCode(parseInt(clean.slice(i, i + 2), 16));
  return maybeUtf16(s);
}

function maybeUtf16(s: string): string {
  if (s.charCodeAt(0) === 0xfe && s.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < s.length; i += 2) out += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
    return out;
  }
  return s;
}

function countRevisions(bytes: Uint8Array): number {
  const raw = latin1(bytes);
  const eofs = raw.match(/%%EOF/g)?.length ?? 0;
  const prevs = raw.match(/\/Prev\s+\d+/g)?.length ?? 0;
  return Math.max(eofs - 1, prevs, 0);
}

async function unreachableObjects(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  const ctx = doc.context;
  const seen = new Set<string>();
  const stack: unknown[] = [ctx.trailerInfo.Root, ctx.trailerInfo.Info];
  while (stack.length) {
    const o = stack.pop();
    if (o instanceof PDFRef) {
      if (seen.has(o.tag)) continue;
      seen.add(o.tag);
      stack.push(ctx.lookup(o));
    } else if (o instanceof PDFDict) {
      for (const [, v] of o.entries()) stack.push(v);
    } else if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) stack.push(o.get(i));
    } else if (o instanceof PDFStream) {
      for (const [, v] of o.dict.entries()) stack.push(v);
    }
  }
  return ctx.enumerateIndirectObjects().filter(([ref]) => !seen.has(ref.tag)).length;
}

/** Runs every check; `ok` only when all pass. Findings say what was found where. */
export async function verifyRedaction(input: VerifyInput): Promise<Verification> {
  const findings: string[] = [];
  const labels = new Set((input.labels ?? []).map(normalise));
  const rasterized = new Set(input.rasterizedPages ?? []);
  const excused = (input.excusedText ?? []).map(normalise).filter((e) => e.length > 0);
  // 1. No text item inside a region.
  let textInside = 0;
  for (const page of input.outputText) {
    const rects = regionsOf(input.regions, page.pageIndex);
    if (rects.length === 0) continue;
    for (const run of page.runs) {
      if (labels.has(normalise(run.str))) continue;
      const hits = runChars(run).filter((c) => c.ch.trim() !== '' && insideAny(rects, c, c.size * 0.3));
      if (hits.length > 0) {
        textInside += hits.length;
        if (findings.length < 50) {
          findings.push(
            `page ${page.pageIndex + 1}: text "${hits.map((h) => h.ch).join('')}" (from "${run.str.slice(0, 60)}") at ${run.x.toFixed(1)},${run.y.toFixed(1)} is inside a region`,
          );
        }
      }
    }
  }
  // 2. Kept text: characters outside regions still there, in the same place.
  let keptTotal = 0;
  let keptFound = 0;
  const keptCorpus: string[] = [];
  const removedFromOriginal: string[] = [];
  const outByPage = new Map(input.outputText.map((p) => [p.pageIndex, p]));
  for (const page of input.originalText) {
    const rects = regionsOf(input.regions, page.pageIndex);
    const orig: Char[] = [];
    for (const run of page.runs) {
      const key = normalise(run.str);
      if (key && excused.some((e) => e.includes(key))) continue;
      let removedRun = '';
      let keptRun = '';
      for (const c of runChars(run)) {
        if (rects.length && insideAny(rects, c, 0)) {
          removedRun += c.ch;
          continue;
        }
        keptRun += c.ch;
        if (c.ch.trim() === '' || (rects.length && nearAny(rects, c, c.size * 0.6 + 0.1 * c.along))) continue;
        orig.push(c);
      }
      if (removedRun) removedFromOriginal.push(removedRun);
      keptCorpus.push(keptRun);
    }
    if (rasterized.has(page.pageIndex)) continue;
    const out = (outByPage.get(page.pageIndex)?.runs ?? []).flatMap(runChars).filter((c) => c.ch.trim() !== '');
    // A grid of the output's characters (48 pt cells, per character) so each lookup visits only its neighbourhood.
    const CELL = 48;
    const grid = new Map<string, Map<number, number[]>>();
    const cellKey = (gx: number, gy: number) => gx * 65536 + gy;
    let maxAlong = 0;
    out.forEach((c, i) => {
      let cells = grid.get(c.ch);
      if (!cells) {
        cells = new Map();
        grid.set(c.ch, cells);
      }
      const key = cellKey(Math.floor(c.x / CELL), Math.floor(c.y / CELL));
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
      if (c.along > maxAlong) maxAlong = c.along;
    });
    const used = new Uint8Array(out.length);
    let missing = 0;
    for (const c of orig) {
      keptTotal++;
      const tol = Math.max(2, c.size * 0.6);
      const ytol = Math.max(1, c.size * 0.2);
      // Positions are estimated proportionally along each run: allow the estimate to drift 5% of the distance
      // along it (tilted or scaled lines), on top of the fixed tolerance.
      const reach = tol + 0.05 * (c.along + maxAlong);
      let hit: number | undefined;
      let best = Infinity;
      const gx0 = Math.floor((c.x - reach) / CELL);
      const gx1 = Math.floor((c.x + reach) / CELL);
      const gy0 = Math.floor((c.y - reach) / CELL);
      const gy1 = Math.floor((c.y + reach) / CELL);
      for (let gx = gx0; gx <= gx1; gx++) {
        for (let gy = gy0; gy <= gy1; gy++) {
          for (const i of grid.get(c.ch)?.get(cellKey(gx, gy)) ?? []) {
            if (used[i]) continue;
            const o = out[i] as Char;
            const drift = 0.05 * (c.along + o.along);
            const dx = Math.abs(o.x - c.x);
            const dy = Math.abs(o.y - c.y);
            if (dx <= tol + drift && dy <= ytol + drift && dx + dy < best) {
              best = dx + dy;
              hit = i;
            }
          }
        }
      }
      if (hit !== undefined) {
        used[hit] = 1;
        keptFound++;
      } else if (missing++ < 3 && findings.length < 80) {
        findings.push(
          `page ${page.pageIndex + 1}: kept character "${c.ch}" at ${c.x.toFixed(1)},${c.y.toFixed(1)} is missing or moved`,
        );
      }
    }
  }
  const kept = keptTotal === 0 ? 1 : keptFound / keptTotal;
  // 3. Removed strings anywhere in the decoded file.
  const keptText = normalise(keptCorpus.join(' '));
  const candidates = new Set<string>();
  for (const s of [...(input.removedStrings ?? []), ...removedFromOriginal]) {
    for (const t of meaningfulTokens(s)) {
      const n = normalise(t);
      if (!keptText.includes(n) && !labels.has(n)) candidates.add(t);
    }
  }
  const corpus = decodedCorpus(input.outputBytes).map((c) => c.normalize('NFKC').toLowerCase().replace(/\s+/g, ''));
  corpus.push(normalise(input.outputText.flatMap((p) => p.runs.map((r) => r.str)).join('')));
  let stringsFound = 0;
  for (const t of candidates) {
    const n = normalise(t);
    if (corpus.some((c) => c.includes(n))) {
      stringsFound++;
      if (findings.length < 100) findings.push(`the removed text "${t}" is still in the file`);
    }
  }
  // 4. Images under regions are blank there.
  const images = await findUnblankedImages(input.outputBytes, input.regions, input.decodeImage);
  for (const f of images.slice(0, 20)) findings.push(f);
  // 5. One revision, no unreachable object.
  const revisions = countRevisions(input.outputBytes);
  if (revisions > 0) findings.push(`the file has ${revisions} incremental update(s)`);
  const orphans = await unreachableObjects(input.outputBytes);
  if (orphans > 0) findings.push(`the file holds ${orphans} unreachable object(s)`);
  if (kept < (input.minKept ?? 0.999)) {
    findings.push(`only ${(kept * 100).toFixed(2)}% of the text outside the regions is still extractable in place`);
  }
  const ok =
    textInside === 0 &&
    stringsFound === 0 &&
    images.length === 0 &&
    revisions === 0 &&
    orphans === 0 &&
    kept >= (input.minKept ?? 0.999);
  for (const p of rasterized) findings.push(`page ${p + 1} was rasterised: its text was not kept`);
  const result: Verification = {
    ok,
    textInsideRegions: textInside,
    redactedStringsFound: stringsFound,
    imagesUnderRegions: images.length,
    unredactedTextKept: Math.round(kept * 10000) / 10000,
    incrementalRevisions: revisions,
  };
  if (findings.length) result.findings = findings;
  return result;
}
