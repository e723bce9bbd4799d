// Document-level scrubbing: metadata, outlines, attachments, scripts, thumbnails, structure tree, hidden layers,
// annotations and form fields touching a region; and the reachability sweep that drops every unreferenced object.
import {
  PDFArray,
  PDFDict,
  PDFNumber,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { intersects } from '../geometry/rect.ts';
import { normalizeRect, type Rect } from '../model/region.ts';
import { N, arrayNumbers, dictOf, get, nameOf } from './pdf-objects.ts';

export interface SanitizeCounts {
  annotations: number;
  metadataFields: number;
  outlineItems: number;
}

/** Tags of the optional-content groups that are OFF in the default configuration. */
export function hiddenOptionalContent(doc: PDFDocument): Set<string> {
  const ctx = doc.context;
  const hidden = new Set<string>();
  const ocp = get(ctx, doc.catalog, 'OCProperties');
  const d = ocp instanceof PDFDict ? get(ctx, ocp, 'D') : undefined;
  if (!(ocp instanceof PDFDict) || !(d instanceof PDFDict)) return hidden;
  const ocgs = get(ctx, ocp, 'OCGs');
  const all: PDFRef[] = [];
  if (ocgs instanceof PDFArray)
    for (let i = 0; i < ocgs.size(); i++) {
      const r = ocgs.get(i);
      if (r instanceof PDFRef) all.push(r);
    }
  const refsOf = (key: string): PDFRef[] => {
    const a = get(ctx, d, key);
    const out: PDFRef[] = [];
    if (a instanceof PDFArray)
      for (let i = 0; i < a.size(); i++) {
        const r = a.get(i);
        if (r instanceof PDFRef) out.push(r);
      }
    return out;
  };
  if (nameOf(get(ctx, d, 'BaseState')) === 'OFF') {
    const on = new Set(refsOf('ON').map((r) => r.tag));
    for (const r of all) if (!on.has(r.tag)) hidden.add(r.tag);
  }
  for (const r of refsOf('OFF')) hidden.add(r.tag);
  return hidden;
}

function countOutline(ctx: PDFContext, first: PDFObject | undefined, seen = new Set<PDFObject>()): number {
  let n = 0;
  let item = dictOf(ctx, first);
  while (item && !seen.has(item) && n < 100_000) {
    seen.add(item);
    n += 1 + countOutline(ctx, item.get(N('First')), seen);
    item = dictOf(ctx, item.get(N('Next')));
  }
  return n;
}

/** Removes what must never survive, whatever the regions: metadata, outlines, attachments, scripts, thumbnails… */
export function sanitizeDocument(doc: PDFDocument, counts: SanitizeCounts): void {
  const ctx = doc.context;
  const cat = doc.catalog;
  const info = dictOf(ctx, ctx.trailerInfo.Info);
  if (info) counts.metadataFields += info.keys().length;
  ctx.trailerInfo.Info = undefined;
  ctx.trailerInfo.Encrypt = undefined;
  if (cat.get(N('Metadata'))) counts.metadataFields += 1;
  const outlines = dictOf(ctx, cat.get(N('Outlines')));
  if (outlines) counts.outlineItems += countOutline(ctx, outlines.get(N('First')));
  for (const key of [
    'Metadata',
    'Outlines',
    'OpenAction',
    'AA',
    'PieceInfo',
    'StructTreeRoot',
    'MarkInfo',
    'SpiderInfo',
    'Threads',
    'URI',
    'Perms',
    'Legal',
    'Collection',
    'AF',
    'DSS',
  ]) {
    cat.delete(N(key));
  }
  // PageMode UseOutlines/UseAttachments would open an empty panel.
  const mode = nameOf(get(ctx, cat, 'PageMode'));
  if (mode === 'UseOutlines' || mode === 'UseAttachments' || mode === 'UseOC') cat.delete(N('PageMode'));
  const names = get(ctx, cat, 'Names');
  if (names instanceof PDFDict) {
    for (const key of [
      'EmbeddedFiles',
      'JavaScript',
      'AlternatePresentations',
      'Renditions',
      'IDS',
      'URLS',
      'Templates',
      'Pages',
    ]) {
      names.delete(N(key));
    }
  }
  const acro = get(ctx, cat, 'AcroForm');
  if (acro instanceof PDFDict) {
    acro.delete(N('XFA'));
  }
  // Hidden optional content has been excised from the content; the layer configuration goes too.
  cat.delete(N('OCProperties'));
  for (const page of doc.getPages()) {
    const leaf = page.node;
    for (const key of [
      'Thumb',
      'PieceInfo',
      'Metadata',
      'AA',
      'StructParents',
      'B',
      'ID',
      'PZ',
      'SeparationInfo',
      'AF',
    ]) {
      leaf.delete(N(key));
    }
  }
}

/** Removes annotations that touch a region (with their popups and parents), hidden ones, attachments and scripts. */
export function removeAnnotations(
  doc: PDFDocument,
  regionsByPage: Map<number, Rect[]>,
  hiddenOcgs: Set<string>,
  counts: SanitizeCounts,
): Set<PDFObject> {
  const ctx = doc.context;
  const removedWidgets = new Set<PDFObject>();
  doc.getPages().forEach((page, pageIndex) => {
    const leaf = page.node;
    const annots = get(ctx, leaf, 'Annots');
    if (!(annots instanceof PDFArray)) return;
    const regions = regionsByPage.get(pageIndex) ?? [];
    const drop = new Set<PDFObject>();
    const entries: { raw: PDFObject; dict: PDFDict | undefined }[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      entries.push({ raw, dict: dictOf(ctx, raw) });
    }
    for (const { raw, dict } of entries) {
      if (!dict) {
        drop.add(raw);
        continue;
      }
      const subtype = nameOf(get(ctx, dict, 'Subtype'));
      const rectArr = arrayNumbers(ctx, dict.get(N('Rect')));
      const rect = rectArr && rectArr.length >= 4 ? normalizeRect(rectArr) : null;
      const oc = dict.get(N('OC'));
      const hidden = oc instanceof PDFRef && hiddenOcgs.has(oc.tag);
      const touches =
        rect !== null &&
        regions.some((r) => intersects(r, rect) || (rect[0] === rect[2] || rect[1] === rect[3] ? false : false));
      const parentPopupTouches =
        subtype === 'Popup' &&
        (() => {
          const parent = dictOf(ctx, dict.get(N('Parent')));
          const pr = parent ? arrayNumbers(ctx, parent.get(N('Rect'))) : undefined;
          return pr && pr.length >= 4 ? regions.some((r) => intersects(r, normalizeRect(pr))) : false;
        })();
      if (
        touches ||
        hidden ||
        parentPopupTouches ||
        subtype === 'FileAttachment' ||
        subtype === 'Redact' ||
        subtype === 'Sound' ||
        subtype === 'Movie' ||
        subtype === 'Screen' ||
        subtype === 'RichMedia'
      ) {
        drop.add(raw);
        drop.add(dict);
        const popup = dict.get(N('Popup'));
        if (popup) {
          drop.add(popup);
          const pd = dictOf(ctx, popup);
          if (pd) drop.add(pd);
        }
        if (subtype === 'Widget') removedWidgets.add(dict);
      } else {
        // Kept annotations lose scripts.
        dict.delete(N('AA'));
        const action = dictOf(ctx, dict.get(N('A')));
        const s = action ? nameOf(get(ctx, action, 'S')) : undefined;
        if (s === 'JavaScript' || s === 'Launch' || s === 'ImportData' || s === 'SubmitForm' || s === 'Rendition')
          dict.delete(N('A'));
      }
    }
    // Replies (IRT) to dropped annotations go too.
    for (const { raw, dict } of entries) {
      const irt = dict?.get(N('IRT'));
      const irtDict = irt ? dictOf(ctx, irt) : undefined;
      if ((irt && drop.has(irt)) || (irtDict && drop.has(irtDict))) {
        drop.add(raw);
        if (dict) drop.add(dict);
      }
    }
    const kept = entries.filter(({ raw, dict }) => !drop.has(raw) && !(dict && drop.has(dict)));
    counts.annotations +=
      entries.filter(({ dict }) => dict && nameOf(get(ctx, dict, 'Subtype')) !== 'Popup').length -
      kept.filter(({ dict }) => dict && nameOf(get(ctx, dict, 'Subtype')) !== 'Popup').length;
    if (kept.length === entries.length) return;
    if (kept.length === 0) leaf.delete(N('Annots'));
    else leaf.set(N('Annots'), ctx.obj(kept.map((k) => k.raw)) as PDFArray);
  });
  pruneFields(doc, removedWidgets);
  return removedWidgets;
}

/** Drops form fields whose widgets were removed (their values hold text under a region). */
function pruneFields(doc: PDFDocument, removedWidgets: Set<PDFObject>): void {
  const ctx = doc.context;
  const acro = get(ctx, doc.catalog, 'AcroForm');
  if (!(acro instanceof PDFDict) || removedWidgets.size === 0) return;
  const prune = (arr: PDFArray, depth: number): PDFArray => {
    const kept: PDFObject[] = [];
    for (let i = 0; i < arr.size(); i++) {
      const raw = arr.get(i);
      const d = dictOf(ctx, raw);
      if (!d || removedWidgets.has(d)) continue;
      const kids = get(ctx, d, 'Kids');
      if (kids instanceof PDFArray && depth < 64) {
        const k = prune(kids, depth + 1);
        if (k.size() === 0) continue;
        d.set(N('Kids'), k);
      }
      kept.push(raw);
    }
    return ctx.obj(kept) as PDFArray;
  };
  const fields = get(ctx, acro, 'Fields');
  if (fields instanceof PDFArray) acro.set(N('Fields'), prune(fields, 0));
}

/** Deletes every indirect object not reachable from the catalog (old content streams, copied forms, old revisions). */
export function sweepUnreachable(doc: PDFDocument): number {
  const ctx = doc.context;
  const reachable = new Set<string>();
  const stack: PDFObject[] = [ctx.trailerInfo.Root as PDFObject];
  while (stack.length) {
    const o = stack.pop();
    if (o === undefined) continue;
    if (o instanceof PDFRef) {
      if (reachable.has(o.tag)) continue;
      reachable.add(o.tag);
      const target = ctx.lookup(o);
      if (target) stack.push(target);
    } else if (o instanceof PDFDict) {
      for (const [, v] of o.entries()) stack.push(v);
    } else if (o instanceof PDFArray) {
      for (let i = 0; i < o.size(); i++) stack.push(o.get(i));
    } else if (o instanceof PDFStream) {
      // pdf-lib writes /Length directly: an indirect Length object would be left unreferenced.
      if (o.dict.get(N('Length')) instanceof PDFRef) o.dict.set(N('Length'), PDFNumber.of(o.getContentsSize()));
      for (const [, v] of o.dict.entries()) stack.push(v);
    }
  }
  let removed = 0;
  for (const [ref] of ctx.enumerateIndirectObjects()) {
    if (!reachable.has(ref.tag)) {
      ctx.delete(ref);
      removed++;
    }
  }
  return removed;
}
