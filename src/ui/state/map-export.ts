// Builds a case's redaction map from the store (marks, corrected page numbers, the order's SHA-256) and names its file.
import { version } from '../../../package.json';
import { orderDateOf } from '../../lib/redaction-map/case-map.ts';
import { createRedactionMap, type RedactionMap } from '../../lib/redaction-map/index.ts';
import type { FilingLayout } from '../../lib/resolve/index.ts';
import { sha256Hex } from '../../platform/files.ts';
import type { CaseRecord, DocumentRecord } from '../../platform/storage/types.ts';
import { toMapDocument } from './case-map.ts';
import { filingLayout } from './filing-layout.ts';
import { getStore } from './store.ts';

export const APP_SOURCE = `LineSeal ${version}`;

/** A file name safe on every system: `Case title.lineseal-map.json`. */
export function mapFileName(caseTitle: string): string {
  const base = caseTitle.replace(/\s*[\\/:*?"<>|]+\s*/g, ' - ').replace(/^[\s-]+|[\s-]+$/g, '') || 'case';
  return `${base.slice(0, 120)}.lineseal-map.json`;
}

async function layoutOrNull(doc: DocumentRecord): Promise<FilingLayout | null> {
  try {
    return await filingLayout(doc);
  } catch {
    return null;
  }
}

/** Builds the case's redaction map from what is stored now. */
export async function buildCaseMap(record: CaseRecord, documents: readonly DocumentRecord[]): Promise<RedactionMap> {
  const store = await getStore();
  const createdAt = new Date().toISOString();
  const directives = record.directives ?? [];
  const mapDocuments = [];
  for (const doc of documents) {
    const marks = await store.getMarks(doc.id);
    mapDocuments.push(toMapDocument(doc, marks, directives, await layoutOrNull(doc), createdAt));
  }
  const order = record.order;
  let orderSha: string | null = null;
  if (order.pdfBlobId) orderSha = await sha256Hex(await store.getBytes(order.pdfBlobId));
  else if (order.text?.trim()) orderSha = await sha256Hex(new TextEncoder().encode(order.text));
  return createRedactionMap({
    source: APP_SOURCE,
    createdAt,
    case: { title: record.title, court: record.court || null, caseNumber: record.caseNumber || null },
    order:
      orderSha !== null
        ? {
            title: order.fileName ?? 'Sealing order (pasted text)',
            date: order.text ? orderDateOf(order.text) : null,
            sha256: orderSha,
            fileName: order.fileName ?? null,
          }
        : null,
    directives: directives.map((d) => ({
      item: d.item,
      document: d.document,
      dockets: d.dockets,
      disposition: d.disposition,
      ranges: d.ranges,
      basis: d.basis,
      standard: d.standard,
    })),
    documents: mapDocuments,
  });
}
