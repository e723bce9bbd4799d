// One small fixture per leak class (built with pdf-lib here): each is redacted, then read back to prove it is gone.
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { burnIn } from '../../src/cli/redact.ts';
import type { LabelledRegion, Rect } from '../../src/lib/model/region.ts';
import { CsString } from '../../src/lib/redaction/content-stream/lexer.ts';
import { parseContentStream } from '../../src/lib/redaction/content-stream/parser.ts';
import { redactPdf } from '../../src/lib/redaction/redact-document.ts';
import { contentBytes } from '../../src/lib/redaction/redact-content.ts';
import { decodeStream } from '../../src/lib/redaction/pdf-objects.ts';
import { findUnblankedImages } from '../../src/lib/redaction/verify-images.ts';
import { decodeImageNode, rasterizePageNode } from '../../src/platform/pdfjs/node-raster.ts';
import { fileContains, newDoc, pageString, pdfjsText } from './helpers.ts';

const band = (pageIndex: number, y0: number, y1: number, x0 = 0, x1 = 612): LabelledRegion => ({
  pageIndex,
  rect: [x0, y0, x1, y1] as Rect,
});

async function burn(bytes: Uint8Array, regions: LabelledRegion[]) {
  const { bytes: out, report } = await burnIn(bytes, regions, { fileName: 'leak.pdf' });
  return { out, report };
}

async function pageOps(bytes: Uint8Array, pageIndex = 0) {
  const doc = await PDFDocument.load(bytes);
  const page = doc.getPage(pageIndex);
  return parseContentStream(contentBytes(doc.context, page.node.get(PDFName.of('Contents'))));
}

describe('text', () => {
  it('removes a kerned TJ word, keeps its neighbours in place and leaves one number for the gap', async () => {
    const b = await newDoc();
    b.addPage('BT /F1 12 Tf 72 700 Td [(Public) -250 (SECRETW) 120 (ORD) -300 (tail)] TJ 0 -20 Td (Second line) Tj ET');
    const bytes = await b.doc.save();
    const before = await pdfjsText(bytes);
    // "Public" is 32.7pt wide in Helvetica 12 and the kerning adds 3: the secret spans ~107.7 to ~193, "tail" starts ~196.6.
    const { out, report } = await burn(bytes, [band(0, 695, 712, 106, 194)]);
    expect(report.verification.ok).toBe(true);
    const after = await pdfjsText(out);
    const text = pageString(after, 0);
    expect(text).not.toMatch(/SECRET|ORD/);
    expect(text).toContain('Public');
    expect(text).toContain('tail');
    const pos = (pages: typeof before, s: string) => pages[0]?.runs.find((r) => r.str.includes(s));
    const end = (r?: { x: number; width: number }) => (r ? r.x + r.width : NaN);
    expect(end(pos(after, 'tail'))).toBeCloseTo(end(pos(before, 'tail')), 2);
    expect(pos(after, 'Public')?.x).toBeCloseTo(72, 3);
    expect(pos(after, 'Second')?.y).toBeCloseTo(pos(before, 'Second')?.y ?? NaN, 3);
    const tj = (await pageOps(out)).find((o) => o.op === 'TJ');
    const arr = tj?.args[0] as unknown[];
    expect(arr.filter((x) => typeof x === 'number')).toHaveLength(1);
    expect(arr.filter((x) => x instanceof CsString)).toHaveLength(2);
  });

  it("keeps the text position through TL, ' and T* when a middle line is removed", async () => {
    const b = await newDoc();
    b.addPage("BT /F1 12 Tf 14 TL 72 700 Td (Line one) Tj (Line SECRET two) ' T* (Line three) Tj (Line four) ' ET");
    const bytes = await b.doc.save();
    const { out, report } = await burn(bytes, [band(0, 684, 690)]);
    expect(report.verification.ok).toBe(true);
    const runs = (await pdfjsText(out))[0]?.runs ?? [];
    expect(runs.map((r) => r.str).join('|')).not.toContain('SECRET');
    expect(runs.find((r) => r.str === 'Line one')?.y).toBeCloseTo(700, 3);
    expect(runs.find((r) => r.str === 'Line three')?.y).toBeCloseTo(672, 3);
    expect(runs.find((r) => r.str === 'Line four')?.y).toBeCloseTo(658, 3);
  });

  it('removes invisible text (render mode 3, an OCR layer)', async () => {
    const b = await newDoc();
    b.addPage('BT 3 Tr /F1 12 Tf 72 500 Td (INVISIBLEOCRSECRET) Tj ET BT /F1 12 Tf 72 400 Td (visible kept) Tj ET');
    const { out, report } = await burn(await b.doc.save(), [band(0, 495, 512)]);
    expect(report.verification.ok).toBe(true);
    expect(await fileContains(out, 'INVISIBLEOCRSECRET')).toBe(false);
    expect(pageString(await pdfjsText(out), 0)).toContain('visible kept');
  });

  it('removes only the row whose glyph centres are inside the band, not the single-spaced neighbour row', async () => {
    const b = await newDoc();
    b.addPage(
      'BT /F1 12 Tf 72 700 Td (Upper neighbour row) Tj 0 -12 Td (REDACTEDROW target) Tj 0 -12 Td (Lower neighbour row) Tj ET',
    );
    // Band of the middle row only: its glyph centres are at ~691; the neighbours' font boxes overlap the band.
    const { out, report } = await burn(await b.doc.save(), [band(0, 686, 697)]);
    expect(report.verification.ok).toBe(true);
    const text = pageString(await pdfjsText(out), 0);
    expect(text).not.toContain('REDACTEDROW');
    expect(text).toContain('Upper neighbour row');
    expect(text).toContain('Lower neighbour row');
  });

  it('removes glyphs of a Type3 font using its FontMatrix and widths', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const proc = ctx.register(ctx.flateStream('750 0 0 0 750 750 d1 0 0 750 750 re f'));
    const t3 = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type3',
        FontBBox: [0, 0, 750, 750],
        FontMatrix: [0.001, 0, 0, 0.001, 0, 0],
        CharProcs: { a: proc, b: proc },
        Encoding: { Type: 'Encoding', Differences: [97, 'a', 'b'] },
        FirstChar: 97,
        LastChar: 98,
        Widths: [1000, 1000],
        Resources: {},
      }),
    );
    b.addPage('BT /T3 20 Tf 72 700 Td (abab) Tj ET BT /T3 20 Tf 72 600 Td (baba) Tj ET', {
      Font: { F1: b.helvetica, T3: t3 },
    });
    const { out, report } = await burn(await b.doc.save(), [band(0, 695, 720, 70, 115)]);
    expect(report.removed.glyphs).toBe(2);
    expect(report.verification.textInsideRegions).toBe(0);
    const runs = (await pdfjsText(out))[0]?.runs ?? [];
    expect(runs.map((r) => r.str).join('')).toContain('baba');
    // The kept half of the first line stays where it was: the third glyph starts at 72 + 2 × 20.
    expect(runs.find((r) => Math.abs(r.y - 700) < 1)?.x).toBeCloseTo(112, 1);
  });

  it('strips ActualText of a marked-content span that loses glyphs', async () => {
    const b = await newDoc();
    b.addPage(
      '/Span <</ActualText (SECRETACTUALTEXT)>> BDC BT /F1 12 Tf 72 500 Td (shown) Tj ET EMC BT /F1 12 Tf 72 300 Td (kept) Tj ET',
    );
    const { out, report } = await burn(await b.doc.save(), [band(0, 495, 512)]);
    expect(report.verification.ok).toBe(true);
    expect(await fileContains(out, 'SECRETACTUALTEXT')).toBe(false);
  });
});

describe('form XObjects', () => {
  it('copies a form shared by two pages before changing it, so each page keeps the other page’s text', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const form = ctx.register(
      ctx.flateStream('BT /F1 12 Tf 72 700 Td (FORMLINEONE) Tj 0 -50 Td (FORMLINETWO) Tj ET', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 612, 792],
        Resources: { Font: { F1: b.helvetica } },
      }),
    );
    b.addPage('/Fm0 Do', { XObject: { Fm0: form } });
    b.addPage('q 1 0 0 1 0 -100 cm /Fm0 Do Q', { XObject: { Fm0: form } });
    b.addPage('/Fm0 Do', { XObject: { Fm0: form } });
    const bytes = await b.doc.save();
    // Page 1: line one (y 700). Page 2: the form is moved down 100, so line two is at y 550.
    const { out, report } = await burn(bytes, [band(0, 695, 712), band(1, 545, 562)]);
    expect(report.verification.ok).toBe(true);
    const pages = await pdfjsText(out);
    expect(pageString(pages, 0)).not.toContain('FORMLINEONE');
    expect(pageString(pages, 0)).toContain('FORMLINETWO');
    expect(pageString(pages, 1)).not.toContain('FORMLINETWO');
    expect(pageString(pages, 1)).toContain('FORMLINEONE');
    expect(pageString(pages, 2)).toContain('FORMLINEONE'); // a page without regions keeps the original form
    // The redacted pages no longer list the original form in their resources (only their own copies).
    const doc = await PDFDocument.load(out);
    const originalRef = doc.getPage(2).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict).get(PDFName.of('Fm0'));
    for (const p of [0, 1]) {
      const xo = doc.getPage(p).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      expect(xo?.values()).not.toContain(originalRef);
    }
  });
});

function rgbImage(w: number, h: number): Uint8Array {
  const px = new Uint8Array(w * h * 3);
  for (let i = 0; i < px.length; i++) px[i] = (i * 37) % 251;
  return px;
}

describe('images', () => {
  it('blanks the pixels of a Flate image XObject under a region (and only there)', async () => {
    const b = await newDoc();
    const img = b.ctx.register(
      b.ctx.flateStream(rgbImage(20, 20), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: 20,
        Height: 20,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
      }),
    );
    b.addPage('q 200 0 0 200 100 100 cm /Im0 Do Q', { XObject: { Im0: img } });
    const bytes = await b.doc.save();
    const region = band(0, 100, 300, 100, 200);
    expect(await findUnblankedImages(bytes, [region])).toHaveLength(1); // control: the original shows content there
    const { out, report } = await burn(bytes, [region]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.imagePixelsBlanked).toBe(200);
    expect(await findUnblankedImages(out, [region])).toEqual([]);
    expect(await findUnblankedImages(out, [band(0, 100, 300, 200, 300)])).toHaveLength(1); // the right half survives
  });

  it('blanks a JPEG (DCT) image by decoding and re-encoding it', async () => {
    const canvas = createCanvas(64, 64);
    const g = canvas.getContext('2d');
    for (let i = 0; i < 64; i += 8) {
      g.fillStyle = i % 16 ? '#c03020' : '#2040d0';
      g.fillRect(i, 0, 8, 64);
    }
    const jpeg = new Uint8Array(canvas.encodeSync('jpeg', 90));
    const b = await newDoc();
    const embedded = await b.doc.embedJpg(jpeg);
    b.addPage('q 128 0 0 128 100 400 cm /Im0 Do Q', { XObject: { Im0: embedded.ref } });
    const region = band(0, 400, 528, 100, 164);
    const { out, report } = await burn(await b.doc.save(), [region]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.images).toBe(1);
    expect(report.removed.pagesRasterized).toBe(0);
    expect(await findUnblankedImages(out, [region])).toEqual([]);
  });

  it('flattens an image it cannot decode (here: no JPEG decoder) instead of rasterising the page', async () => {
    const canvas = createCanvas(32, 32);
    const g = canvas.getContext('2d');
    g.fillStyle = '#208040';
    g.fillRect(0, 0, 32, 32);
    g.fillStyle = '#f0f0f0';
    g.fillRect(8, 8, 16, 16);
    const b = await newDoc();
    const embedded = await b.doc.embedJpg(new Uint8Array(canvas.encodeSync('jpeg', 90)));
    b.addPage('q 128 0 0 128 100 400 cm /Im0 Do Q BT /F1 12 Tf 72 300 Td (text stays) Tj ET', {
      XObject: { Im0: embedded.ref },
    });
    const region = band(0, 400, 528, 100, 164);
    const r = await redactPdf(await b.doc.save(), [region], { fileName: 'f.pdf', rasterizePage: rasterizePageNode });
    expect(r.report.removed.pagesRasterized).toBe(0);
    expect(r.report.removed.images).toBe(1);
    expect(r.notes.join(' ')).toMatch(/flattened/);
    expect(await findUnblankedImages(r.bytes, [region], decodeImageNode)).toEqual([]);
    expect(await findUnblankedImages(r.bytes, [band(0, 400, 528, 164, 228)], decodeImageNode)).toHaveLength(1);
    expect(pageString(await pdfjsText(r.bytes), 0)).toContain('text stays');
  });

  it('blanks an inline image under a region', async () => {
    const data = Array.from({ length: 64 }, (_, i) => (i * 29) % 256)
      .map((v) => v.toString(16).padStart(2, '0'))
      .join('');
    const b = await newDoc();
    b.addPage(`q 80 0 0 80 100 100 cm BI /W 8 /H 8 /BPC 8 /CS /G /F /AHx ID ${data}> EI Q`);
    const original = await b.doc.save();
    expect(await findUnblankedImages(original, [band(0, 100, 180, 100, 140)])).toHaveLength(1); // control
    const { out, report } = await burn(original, [band(0, 100, 180, 100, 140)]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.imagePixelsBlanked).toBe(32);
    const doc = await PDFDocument.load(out);
    const bi = (await pageOps(out)).find((o) => o.op === 'BI');
    expect(bi?.inline).toBeDefined();
    const stream = doc.context.flateStream(new Uint8Array());
    void stream;
    const { decodeOne } = await import('../../src/lib/redaction/pdf-objects.ts');
    const px = decodeOne(doc.context, bi?.inline?.data ?? new Uint8Array(), 'Fl', undefined);
    for (let row = 0; row < 8; row++) {
      expect(Array.from(px.subarray(row * 8, row * 8 + 4))).toEqual([0, 0, 0, 0]);
      expect(px[row * 8 + 5]).toBe(((row * 8 + 5) * 29) % 256);
    }
  });
});

describe('vector paths', () => {
  it('removes a path entirely inside a region and keeps one that crosses its edge', async () => {
    const b = await newDoc();
    b.addPage('0 0 1 rg 110 110 30 30 re f 1 0 0 rg 180 110 60 30 re f');
    const { out, report } = await burn(await b.doc.save(), [band(0, 100, 150, 100, 200)]);
    expect(report.removed.paths).toBe(1);
    const res = (await pageOps(out)).filter((o) => o.op === 're').map((o) => o.args.slice(0, 2));
    expect(res).toContainEqual([180, 110]);
    expect(res).not.toContainEqual([110, 110]);
  });
});

describe('annotations and forms', () => {
  it('removes Text (with popup), FreeText and Widget annotations touching a region and the field value', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const page = b.addPage('BT /F1 12 Tf 72 500 Td (body) Tj ET');
    const ap = ctx.register(
      ctx.flateStream('BT /F1 10 Tf 2 2 Td (SECRETFREETEXT) Tj ET', {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 200, 20],
        Resources: { Font: { F1: b.helvetica } },
      }),
    );
    const popup = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Popup', Rect: [300, 600, 500, 700] }));
    const text = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Text',
        Rect: [80, 495, 100, 515],
        Contents: PDFString.of('SECRETNOTE'),
        Popup: popup,
      }),
    );
    ctx.lookup(popup, PDFDict).set(PDFName.of('Parent'), text);
    const free = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'FreeText',
        Rect: [100, 490, 300, 510],
        Contents: PDFString.of('SECRETFREETEXT'),
        AP: { N: ap },
        DA: PDFString.of('/F1 10 Tf'),
      }),
    );
    const widget = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Tx',
        T: PDFString.of('acct'),
        V: PDFString.of('SECRETFIELDVALUE'),
        Rect: [320, 495, 420, 515],
      }),
    );
    const link = ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [72, 100, 200, 120],
        A: { S: 'URI', URI: PDFString.of('https://example.com/kept') },
      }),
    );
    page.node.set(PDFName.of('Annots'), ctx.obj([text, popup, free, widget, link]));
    b.doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [widget] }));
    const { out, report } = await burn(await b.doc.save(), [band(0, 490, 520)]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.annotations).toBe(3);
    for (const s of ['SECRETNOTE', 'SECRETFREETEXT', 'SECRETFIELDVALUE'])
      expect(await fileContains(out, s)).toBe(false);
    const doc = await PDFDocument.load(out);
    const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
    expect(annots.size()).toBe(1);
    expect(await fileContains(out, 'example.com/kept')).toBe(true);
  });
});

describe('document level', () => {
  it('removes Info, XMP, outlines, attachments, JavaScript, thumbnails, structure tree, page-piece data and orphans', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const page = b.addPage('BT /F1 12 Tf 72 500 Td (body text stays) Tj ET');
    b.doc.setTitle('SECRETTITLE');
    b.doc.setAuthor('SECRETAUTHOR');
    const xmp = ctx.register(
      ctx.stream(
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta><dc:title>SECRETXMP</dc:title></x:xmpmeta><?xpacket end="w"?>',
        { Type: 'Metadata', Subtype: 'XML' },
      ),
    );
    b.doc.catalog.set(PDFName.of('Metadata'), xmp);
    const outline = ctx.register(ctx.obj({ Type: 'Outlines', Count: 1 }));
    const item = ctx.register(
      ctx.obj({ Title: PDFHexString.fromText('SECRETBOOKMARK'), Parent: outline, Dest: [page.ref, 'Fit'] }),
    );
    ctx.lookup(outline, PDFDict).set(PDFName.of('First'), item);
    ctx.lookup(outline, PDFDict).set(PDFName.of('Last'), item);
    b.doc.catalog.set(PDFName.of('Outlines'), outline);
    await b.doc.attach(new TextEncoder().encode('SECRETATTACHMENT'), 'notes.txt', { mimeType: 'text/plain' });
    const js = ctx.register(ctx.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("SECRETSCRIPT")') }));
    b.doc.catalog.set(PDFName.of('OpenAction'), js);
    const thumb = ctx.register(
      ctx.stream(new Uint8Array(12).fill(7), { Width: 2, Height: 2, ColorSpace: 'DeviceRGB', BitsPerComponent: 8 }),
    );
    page.node.set(PDFName.of('Thumb'), thumb);
    page.node.set(PDFName.of('PieceInfo'), ctx.obj({ App: { Private: PDFString.of('SECRETPIECEINFO') } }));
    b.doc.catalog.set(
      PDFName.of('StructTreeRoot'),
      ctx.obj({ Type: 'StructTreeRoot', K: { S: 'Figure', Alt: PDFString.of('SECRETALTTEXT') } }),
    );
    ctx.register(ctx.flateStream('BT /F1 12 Tf (SECRETORPHAN) Tj ET'));
    const bytes = await b.doc.save({ useObjectStreams: false });
    expect(await fileContains(bytes, 'SECRETTITLE')).toBe(true); // control
    const { out, report } = await burn(bytes, [band(0, 700, 720)]);
    expect(report.verification.ok).toBe(true);
    expect(report.removed.outlineItems).toBe(1);
    expect(report.removed.metadataFields).toBeGreaterThanOrEqual(3);
    for (const s of [
      'SECRETTITLE',
      'SECRETAUTHOR',
      'SECRETXMP',
      'SECRETBOOKMARK',
      'SECRETATTACHMENT',
      'SECRETSCRIPT',
      'SECRETPIECEINFO',
      'SECRETALTTEXT',
      'SECRETORPHAN',
    ]) {
      expect(await fileContains(out, s), s).toBe(false);
    }
    const doc = await PDFDocument.load(out);
    expect(doc.getPage(0).node.get(PDFName.of('Thumb'))).toBeUndefined();
    expect(pageString(await pdfjsText(out), 0)).toContain('body text stays');
  });

  it('excises content of optional-content layers hidden by default, on every page', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const ocg = ctx.register(ctx.obj({ Type: 'OCG', Name: PDFString.of('Hidden') }));
    b.doc.catalog.set(PDFName.of('OCProperties'), ctx.obj({ OCGs: [ocg], D: { OFF: [ocg] } }));
    b.addPage('BT /F1 12 Tf 72 700 Td (page one) Tj ET');
    b.addPage(
      '/OC /oc1 BDC BT /F1 12 Tf 72 500 Td (HIDDENLAYERSECRET) Tj ET EMC BT /F1 12 Tf 72 400 Td (shown layer) Tj ET',
      { Properties: { oc1: ocg } },
    );
    const bytes = await b.doc.save({ useObjectStreams: false });
    const { out, report } = await burn(bytes, [band(0, 695, 712)]);
    expect(report.verification.findings ?? []).toEqual([]);
    expect(report.verification.ok).toBe(true);
    expect(await fileContains(out, 'HIDDENLAYERSECRET')).toBe(false);
    expect(pageString(await pdfjsText(out), 1)).toContain('shown layer');
  });

  it('writes one revision only: the incremental updates of tricky-extras.pdf and their secrets are gone', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/pdfs/tricky-extras.pdf'));
    const truth = JSON.parse(readFileSync('tests/fixtures/pdfs/tricky-extras.truth.json', 'utf8')) as {
      pages: { lines: { page: number; line: number; bbox: number[] | null }[] }[];
    };
    const regions: LabelledRegion[] = [];
    for (const line of truth.pages[1]?.lines ?? []) {
      if (line.line >= 9 && line.line <= 12 && line.bbox)
        regions.push(band(1, (line.bbox[1] ?? 0) - 1, (line.bbox[3] ?? 0) + 1, 90, 560));
    }
    const { out, report } = await burn(bytes, regions);
    expect(report.verification.ok).toBe(true);
    const raw = Buffer.from(out).toString('latin1');
    expect(raw.match(/%%EOF/g)).toHaveLength(1);
    expect(raw).not.toMatch(/\/Prev\s/);
    for (const s of ['BLUEHERON', '2,874,116.40']) expect(await fileContains(out, s), s).toBe(false);
  });
});

describe('engine contract', () => {
  it('reports progress, refuses a region on a missing page, and never writes an encrypted file', async () => {
    const b = await newDoc();
    b.addPage('BT /F1 12 Tf 72 700 Td (one) Tj ET');
    b.addPage('BT /F1 12 Tf 72 700 Td (two) Tj ET');
    const bytes = await b.doc.save();
    const progress: number[] = [];
    const r = await redactPdf(bytes, [band(1, 695, 712)], {
      fileName: 'x.pdf',
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2]);
    expect(Buffer.from(r.bytes).toString('latin1')).not.toContain('/Encrypt');
    await expect(redactPdf(bytes, [band(5, 0, 10)], { fileName: 'x.pdf' })).rejects.toThrow(/page 6 does not exist/);
    const controller = new AbortController();
    controller.abort();
    await expect(redactPdf(bytes, [band(0, 0, 10)], { fileName: 'x.pdf', signal: controller.signal })).rejects.toThrow(
      /cancelled/,
    );
  });

  it('rasterises a page whose content cannot be parsed, says so, and refuses without a rasteriser', async () => {
    const b = await newDoc();
    b.addPage('BT /F1 12 Tf 72 700 Td (SECRETBROKEN) Tj ET BT /F1 12 Tf 72 600 Td (unterminated Tj ET');
    const bytes = await b.doc.save();
    await expect(redactPdf(bytes, [band(0, 695, 712)], { fileName: 'broken.pdf' })).rejects.toThrow(
      /broken\.pdf cannot be redacted safely/,
    );
    const { bytes: out, report } = await burnIn(bytes, [band(0, 695, 712)], { fileName: 'broken.pdf' });
    expect(report.removed.pagesRasterized).toBe(1);
    expect(report.verification.ok).toBe(true);
    expect(report.verification.findings?.join(' ')).toMatch(/page 1 was rasterised \(a broken content stream/);
    expect(await fileContains(out, 'SECRETBROKEN')).toBe(false);
  });

  it('keeps text in an unmeasurable font when it is clearly away from every region, and falls back when it is not', async () => {
    const b = await newDoc();
    const ctx = b.ctx;
    const cid = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType0',
        BaseFont: 'KozMinPr6N-Regular',
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Japan1'), Supplement: 6 },
        FontDescriptor: ctx.obj({
          Type: 'FontDescriptor',
          FontName: 'KozMinPr6N-Regular',
          Flags: 4,
          Ascent: 880,
          Descent: -120,
          FontBBox: [0, -120, 1000, 880],
          ItalicAngle: 0,
          StemV: 80,
          CapHeight: 700,
        }),
      }),
    );
    const jp = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: 'KozMinPr6N-Regular',
        Encoding: 'UniJIS-UCS2-H',
        DescendantFonts: [cid],
      }),
    );
    const content = 'BT /J 12 Tf 72 200 Td <30423044> Tj ET BT /F1 12 Tf 72 700 Td (SECRETNEARBY) Tj ET';
    b.addPage(content, { Font: { F1: b.helvetica, J: jp } });
    const bytes = await b.doc.save();
    const far = await redactPdf(bytes, [band(0, 695, 712)], { fileName: 'jp.pdf', rasterizePage: rasterizePageNode });
    expect(far.rasterizedPages).toEqual([]);
    expect(far.removedStrings.join('')).toContain('SECRETNEARBY');
    const near = await redactPdf(bytes, [band(0, 195, 212)], { fileName: 'jp.pdf', rasterizePage: rasterizePageNode });
    expect(near.rasterizedPages.map((p) => p.reason)).toEqual(['the predefined CMap UniJIS-UCS2-H']);
  });

  it('refuses a file that is not a readable PDF with one clear sentence', async () => {
    const garbage = new Uint8Array([
      ...new TextEncoder().encode('%PDF-1.4\n'),
      ...Array.from({ length: 400 }, (_, i) => (i * 73) % 256),
    ]);
    await expect(redactPdf(garbage, [], { fileName: 'junk.pdf' })).rejects.toThrow(/^junk\.pdf is damaged/);
    await expect(redactPdf(new Uint8Array(), [], { fileName: 'none.pdf' })).rejects.toThrow(/empty/);
  });

  it('draws labels on boxes and the verifier accepts them inside the regions', async () => {
    const b = await newDoc();
    b.addPage('BT /F1 12 Tf 72 700 Td (SECRETLABELLED line) Tj ET');
    const { bytes: out, report } = await burnIn(
      await b.doc.save(),
      [{ ...band(0, 690, 715, 60, 300), label: 'REDACTED' }],
      {
        fileName: 'l.pdf',
      },
    );
    expect(report.verification.ok).toBe(true);
    const text = pageString(await pdfjsText(out), 0);
    expect(text).toContain('REDACTED');
    expect(text).not.toContain('SECRETLABELLED');
  });

  it('decodes image streams with PNG predictors', async () => {
    const b = await newDoc();
    // One row of 2 gray pixels with the Up predictor (row type 2) over an implicit zero row.
    const img = b.ctx.register(
      b.ctx.flateStream(new Uint8Array([2, 10, 20, 2, 1, 1]), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: 2,
        Height: 2,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
        DecodeParms: { Predictor: 12, Colors: 1, Columns: 2 },
      }),
    );
    const doc = b.doc;
    expect(Array.from(decodeStream(doc.context, doc.context.lookup(img) as never).data)).toEqual([10, 20, 11, 21]);
  });
});
