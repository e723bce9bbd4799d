// Burn-in of a whole document: load → redact each page (or rasterise it) → sanitise → sweep → full rewrite → report.
import { PDFDocument, PDFName, PDFDict, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { IDENTITY } from '../geometry/matrix.ts';
import type { LabelledRegion, Rect } from '../model/region.ts';
import type { RemovedCounts, Report, Verification } from '../model/report.ts';
import {
  LineSealError,
  AbortError,
  CorruptPdfError,
  EmptyFileError,
  EncryptedPdfError,
  InvalidRegionError,
  NotAPdfError,
  UnsupportedPdfError,
} from '../util/errors.ts';
import { serializeContentStream, formatNumber } from './content-stream/serialize.ts';
import { N, get } from './pdf-objects.ts';
import { contentBytes, redactStream, type EngineContext, type ImageDecoder } from './redact-content.ts';
import { PasswordRequiredError, UnsupportedEncryptionError, loadDecrypted } from './decrypt.ts';
import { hiddenOptionalContent, removeAnnotations, sanitizeDocument, sweepUnreachable } from './sanitize.ts';
import { sha256Hex } from './hash.ts';

/** A page rendered by the platform (pdf.js): RGB pixels covering `view` (user space), top row first, unrotated. */
export interface RasterPage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Coverage (0 transparent … 255 opaque), when rendered with `transparent`. */
  alpha?: Uint8Array;
  view: [number, number, number, number];
}

/**
 * Renders page `pageIndex` of `bytes` at `dpi` without annotations and without /Rotate (injected by the platform).
 * With `transparent`, the background is left transparent and `alpha` returned (used to flatten one image).
 */
export type RasterizePage = (
  bytes: Uint8Array,
  pageIndex: number,
  dpi: number,
  options?: { transparent?: boolean },
) => Promise<RasterPage>;

export interface RedactOptions {
  fileName: string;
  /** Password of an encrypted input (the empty password is tried first); the output is never encrypted. */
  password?: string;
  /** Default label drawn on every box that has none of its own; omit for plain boxes. */
  label?: string;
  /** Box colour, 0 (black, default) … 1 (white) gray. */
  fillGray?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Rasterising fallback for pages that cannot be interpreted safely; without it such pages are refused. */
  rasterizePage?: RasterizePage;
  /** Decoder for DCT/JPX images; without it, pages with such images under a region are rasterised. */
  decodeImage?: ImageDecoder;
  /** Resolution of rasterised pages (default 150). */
  rasterDpi?: number;
  /** Output file name for the report (default NAME-redacted.pdf). */
  outputFileName?: string;
}

export interface RedactResult {
  bytes: Uint8Array;
  /** The report; `verification` is a placeholder (ok: false, "not verified") until verify() runs. */
  report: Report;
  /** Text of the removed glyphs (one entry per text operation that lost glyphs), for the verifier. */
  removedStrings: string[];
  /** 0-based indexes of the pages that were rasterised, with why. */
  rasterizedPages: { pageIndex: number; reason: string }[];
  /** Label texts drawn on boxes (the verifier allows them inside regions). */
  labels: string[];
  /** Text removed from hidden optional-content layers (outside regions; the verifier excuses it). */
  hiddenText: string[];
  notes: string[];
}

export const NOT_VERIFIED: Verification = {
  ok: false,
  textInsideRegions: 0,
  redactedStringsFound: 0,
  imagesUnderRegions: 0,
  unredactedTextKept: 0,
  incrementalRevisions: 0,
  findings: ['not verified yet'],
};

function checkHeader(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new EmptyFileError(fileName);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1024)));
  if (!head.includes('%PDF-')) throw new NotAPdfError(fileName);
}

/** Runs `fn` with console.warn/log silenced: pdf-lib reports every damaged object there, which is noise here. */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const { warn, log } = console;
  console.warn = () => undefined;
  console.log = () => undefined;
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.log = log;
  }
}

export async function loadDocument(bytes: Uint8Array, fileName: string, password?: string): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await quietly(() =>
      PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false }),
    );
  } catch (error) {
    throw new CorruptPdfError(
      fileName,
      error instanceof Error ? (error.message.split('\n')[0] ?? 'unreadable') : String(error),
    );
  }
  if (doc.isEncrypted) {
    try {
      return await quietly(() => loadDecrypted(bytes, password));
    } catch (error) {
      if (error instanceof PasswordRequiredError) throw new EncryptedPdfError(fileName);
      if (error instanceof UnsupportedEncryptionError)
        throw new UnsupportedPdfError(fileName, `it uses ${error.message}`);
      throw new CorruptPdfError(
        fileName,
        `its encryption could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return doc;
}

export function rectsByPage(
  regions: readonly LabelledRegion[],
  pageCount: number,
  fileName: string,
): Map<number, LabelledRegion[]> {
  const map = new Map<number, LabelledRegion[]>();
  for (const r of regions) {
    if (!Number.isInteger(r.pageIndex) || r.pageIndex < 0 || r.pageIndex >= pageCount) {
      throw new InvalidRegionError(
        fileName,
        `page ${r.pageIndex + 1} does not exist (the document has ${pageCount} pages)`,
      );
    }
    const [x0, y0, x1, y1] = r.rect;
    if (![x0, y0, x1, y1].every(Number.isFinite) || !(x1 > x0) || !(y1 > y0)) {
      throw new InvalidRegionError(
        fileName,
        `the rectangle [${r.rect.join(', ')}] on page ${r.pageIndex + 1} is empty or invalid`,
      );
    }
    const list = map.get(r.pageIndex) ?? [];
    list.push(r);
    map.set(r.pageIndex, list);
  }
  return map;
}

function boxOps(
  regions: readonly LabelledRegion[],
  gray: number,
  font: PDFFont | null,
  fontName: string,
  defaultLabel?: string,
): { text: string; labels: string[] } {
  let s = `q ${formatNumber(gray)} g\n`;
  for (const r of regions) {
    const [x0, y0, x1, y1] = r.rect;
    s += `${formatNumber(x0)} ${formatNumber(y0)} ${formatNumber(x1 - x0)} ${formatNumber(y1 - y0)} re f\n`;
  }
  const labels: string[] = [];
  if (font) {
    s += `${gray < 0.5 ? 1 : 0} g\n`;
    for (const r of regions) {
      const label = (r.label ?? defaultLabel ?? '').replace(/[^\x20-\x7e]/g, '').trim();
      if (!label) continue;
      const [x0, y0, x1, y1] = r.rect;
      const h = y1 - y0;
      const w = x1 - x0;
      let size = Math.min(10, h * 0.7);
      let width = font.widthOfTextAtSize(label, size);
      if (width > w * 0.95) {
        size = (size * (w * 0.95)) / width;
        width = font.widthOfTextAtSize(label, size);
      }
      if (size < 3) continue;
      labels.push(label);
      const tx = x0 + (w - width) / 2;
      const ty = y0 + (h - size * 0.7) / 2;
      s += `BT /${fontName} ${formatNumber(size)} Tf ${formatNumber(tx)} ${formatNumber(ty)} Td ${font.encodeText(label).toString()} Tj ET\n`;
    }
  }
  return { text: s + 'Q\n', labels };
}

function setPageContent(doc: PDFDocument, page: PDFPage, bytes: Uint8Array): void {
  const stream = doc.context.flateStream(bytes);
  page.node.set(N('Contents'), doc.context.register(stream));
}

async function rasterizeInto(
  doc: PDFDocument,
  page: PDFPage,
  original: Uint8Array,
  pageIndex: number,
  regions: readonly Rect[],
  options: RedactOptions,
): Promise<Uint8Array> {
  if (!options.rasterizePage) {
    throw new UnsupportedPdfError(options.fileName, 'page content the engine cannot rewrite safely and no rasteriser');
  }
  const raster = await options.rasterizePage(original, pageIndex, options.rasterDpi ?? 150);
  const { width, height, pixels, view } = raster;
  const [vx0, vy0, vx1, vy1] = view;
  const sx = width / (vx1 - vx0);
  const sy = height / (vy1 - vy0);
  const fill = Math.round((options.fillGray ?? 0) * 255);
  for (const r of regions) {
    const i0 = Math.max(0, Math.floor((r[0] - vx0) * sx));
    const i1 = Math.min(width, Math.ceil((r[2] - vx0) * sx));
    const j0 = Math.max(0, Math.floor((vy1 - r[3]) * sy));
    const j1 = Math.min(height, Math.ceil((vy1 - r[1]) * sy));
    for (let j = j0; j < j1; j++) pixels.fill(fill, (j * width + i0) * 3, (j * width + i1) * 3);
  }
  const ctx = doc.context;
  const image = ctx.flateStream(pixels, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceRGB',
    BitsPerComponent: 8,
  });
  const imageRef = ctx.register(image);
  const resources = ctx.obj({}) as PDFDict;
  resources.set(N('XObject'), ctx.obj({ LSraster: imageRef }));
  page.node.set(N('Resources'), resources);
  const content = `q ${formatNumber(vx1 - vx0)} 0 0 ${formatNumber(vy1 - vy0)} ${formatNumber(vx0)} ${formatNumber(vy0)} cm /LSraster Do Q\n`;
  page.node.delete(N('Group'));
  return new TextEncoder().encode(content);
}

/**
 * Redacts `regions` (page user space, the same space as pdf.js text runs) from `bytes`. The output is a complete new
 * file: no earlier revision, no unreachable object, no metadata, outlines, attachments, scripts or thumbnails.
 */
export async function redactPdf(
  bytes: Uint8Array,
  regions: readonly LabelledRegion[],
  options: RedactOptions,
): Promise<RedactResult> {
  const { fileName } = options;
  checkHeader(bytes, fileName);
  const inputSha = await sha256Hex(bytes);
  const doc = await loadDocument(bytes, fileName, options.password);
  let pages: PDFPage[];
  try {
    pages = doc.getPages();
  } catch (error) {
    throw new CorruptPdfError(
      fileName,
      `no readable page tree: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (pages.length === 0) throw new CorruptPdfError(fileName, 'it has no pages');
  const byPage = rectsByPage(regions, pages.length, fileName);
  const hiddenOcgs = hiddenOptionalContent(doc);
  const ec: EngineContext = {
    context: doc.context,
    fonts: new Map(),
    stats: { glyphs: 0, paths: 0, images: 0, imagePixelsBlanked: 0 },
    removedText: [],
    hiddenText: [],
    hiddenOcgs,
    fillGray: options.fillGray ?? 0,
    nameCounter: { n: 0 },
    notes: [],
    ...(options.decodeImage ? { decodeImage: options.decodeImage } : {}),
    ...(options.rasterizePage ? { rasterizePage: options.rasterizePage } : {}),
    rasterDpi: options.rasterDpi ?? 150,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const rasterized: { pageIndex: number; reason: string }[] = [];
  const labels: string[] = [];
  const wantsLabels = regions.some((r) => r.label) || !!options.label;
  const font = wantsLabels ? await doc.embedFont(StandardFonts.Helvetica) : null;
  const fontName = 'LSlabel';
  for (let pageIndex = 0; pageIndex < pages.length; pageIndex++) {
    if (options.signal?.aborted) throw new AbortError();
    const page = pages[pageIndex] as PDFPage;
    const pageRegions = byPage.get(pageIndex) ?? [];
    const rects = pageRegions.map((r) => r.rect);
    const enc = new TextEncoder();
    let body: Uint8Array | null = null;
    if (pageRegions.length > 0 || hiddenOcgs.size > 0) {
      const statsBefore = { ...ec.stats };
      const removedBefore = ec.removedText.length;
      try {
        const src = contentBytes(doc.context, page.node.get(N('Contents')));
        const res = page.node.Resources();
        const result = await redactStream(ec, src, res, IDENTITY, rects, 0);
        if (result.changed || pageRegions.length > 0) {
          const inner = serializeContentStream(result.ops, src);
          if (result.resources) page.node.set(N('Resources'), result.resources);
          body = new Uint8Array(inner.length + 4);
          body.set(enc.encode('q\n'), 0);
          body.set(inner, 2);
          body.set(enc.encode('Q\n'), inner.length + 2);
        }
      } catch (error) {
        if (options.signal?.aborted) throw new AbortError();
        // Any failure to interpret the page (our own checks, or pdf-lib meeting a damaged object) sends it to the
        // rasteriser; only cancellation and LineSeal's own errors (e.g. a refused password) stop the run.
        if (error instanceof LineSealError) throw error;
        // The partial pass over this page counted nothing that will be written: forget it.
        Object.assign(ec.stats, statsBefore);
        ec.removedText.length = removedBefore;
        const reason = error instanceof Error ? error.message : String(error);
        try {
          body = await rasterizeInto(doc, page, bytes, pageIndex, rects, options);
        } catch (rasterError) {
          if (rasterError instanceof LineSealError) throw rasterError;
          throw new UnsupportedPdfError(
            fileName,
            `page ${pageIndex + 1} could not be rewritten (${reason}) nor rendered (${rasterError instanceof Error ? rasterError.message : String(rasterError)})`,
          );
        }
        rasterized.push({ pageIndex, reason });
      }
    }
    if (pageRegions.length > 0) {
      if (font) {
        const current = page.node.Resources();
        const resources = current ? (current.clone(doc.context) as PDFDict) : (doc.context.obj({}) as PDFDict);
        const fonts = get(doc.context, resources, 'Font');
        const f = fonts instanceof PDFDict ? (fonts.clone(doc.context) as PDFDict) : (doc.context.obj({}) as PDFDict);
        f.set(PDFName.of(fontName), font.ref);
        resources.set(N('Font'), f);
        page.node.set(N('Resources'), resources);
      }
      const boxes = boxOps(pageRegions, options.fillGray ?? 0, font, fontName, options.label);
      labels.push(...boxes.labels);
      const boxBytes = enc.encode(boxes.text);
      const head = body ?? new Uint8Array();
      const all = new Uint8Array(head.length + boxBytes.length);
      all.set(head, 0);
      all.set(boxBytes, head.length);
      body = all;
    }
    if (body) setPageContent(doc, page, body);
    options.onProgress?.(pageIndex + 1, pages.length);
    if (pageIndex % 8 === 7) await new Promise((r) => setTimeout(r, 0));
  }
  const counts = { annotations: 0, metadataFields: 0, outlineItems: 0 };
  const rectMap = new Map<number, Rect[]>();
  for (const [k, v] of byPage)
    rectMap.set(
      k,
      v.map((r) => r.rect),
    );
  try {
    removeAnnotations(doc, rectMap, hiddenOcgs, counts);
    sanitizeDocument(doc, counts);
    sweepUnreachable(doc);
  } catch (error) {
    throw new UnsupportedPdfError(
      fileName,
      `its document structure could not be cleaned (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  let out: Uint8Array;
  try {
    out = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  } catch (error) {
    throw new UnsupportedPdfError(
      fileName,
      `writing failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const removed: RemovedCounts = {
    glyphs: ec.stats.glyphs,
    images: ec.stats.images,
    imagePixelsBlanked: ec.stats.imagePixelsBlanked,
    paths: ec.stats.paths,
    annotations: counts.annotations,
    metadataFields: counts.metadataFields,
    outlineItems: counts.outlineItems,
    pagesRasterized: rasterized.length,
  };
  const outputFile = options.outputFileName ?? fileName.replace(/\.pdf$/i, '') + '-redacted.pdf';
  const report: Report = {
    input: { file: fileName, sha256: inputSha, pages: pages.length },
    output: { file: outputFile, sha256: await sha256Hex(out) },
    regions: regions.length,
    unresolved: [],
    removed,
    verification: NOT_VERIFIED,
  };
  return {
    bytes: out,
    report,
    removedStrings: ec.removedText,
    rasterizedPages: rasterized,
    labels,
    hiddenText: ec.hiddenText,
    notes: ec.notes,
  };
}
