// LineSealStore: the app's use cases over IndexedDB, one transaction each; storage failures become named errors.
import { DuplicateFilingError, LineSealError, StorageFullError } from '../../lib/util/errors.ts';
import { DB_NAME, openLineSealDb, type LineSealDb } from './db.ts';
import type {
  BlobKind,
  CaseDirective,
  CaseRecord,
  DocumentRecord,
  MarksRecord,
  NewCase,
  NewDocument,
  RedactedOutput,
  StoredMark,
} from './types.ts';

/** Thrown when a use case names a case or filing that is no longer there (e.g. deleted in another tab). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(what: string) {
    super(`${what} no longer exists; it may have been deleted in another tab`);
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  return name === 'UnknownError' && typeof message === 'string' && /quota|space|disk/i.test(message);
}

/** Thrown when marks changed (e.g. in another tab) between reviewing an import and confirming it. */
export class MarksChangedError extends Error {
  override readonly name = 'MarksChangedError';
  constructor() {
    super('The marks of a filing changed since the import was reviewed; nothing was imported. Review it again.');
  }
}

/** Maps a raw IndexedDB failure to the error the user is shown; named LineSeal errors pass through. */
export function toStorageError(error: unknown): Error {
  if (error instanceof LineSealError || error instanceof NotFoundError || error instanceof MarksChangedError)
    return error;
  if (isQuotaError(error)) {
    const message = (error as { message?: string }).message ?? '';
    return new StorageFullError(message || 'quota exceeded');
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

function newId(): string {
  return crypto.randomUUID();
}

/** Copies bytes into a fresh ArrayBuffer of exactly their length (views over larger buffers store too much). */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

export class LineSealStore {
  private constructor(readonly db: LineSealDb) {}

  static async open(name = DB_NAME): Promise<LineSealStore> {
    return new LineSealStore(await guarded(() => openLineSealDb(name)));
  }

  close(): void {
    this.db.close();
  }

  // ---- cases ----

  /** Every case, most recently changed first. */
  listCases(): Promise<CaseRecord[]> {
    return guarded(async () => (await this.db.getAllFromIndex('cases', 'updatedAt')).reverse());
  }

  getCase(id: string): Promise<CaseRecord | undefined> {
    return guarded(() => this.db.get('cases', id));
  }

  createCase(input: NewCase, now = Date.now()): Promise<CaseRecord> {
    return guarded(async () => {
      const record: CaseRecord = {
        id: newId(),
        title: input.title.trim(),
        court: input.court.trim(),
        caseNumber: input.caseNumber.trim(),
        order: {},
        directives: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.add('cases', record);
      return record;
    });
  }

  /** Renames a case or changes its court / number. */
  updateCase(id: string, patch: Partial<NewCase>): Promise<CaseRecord> {
    return this.mutateCase(id, (record) => ({
      ...record,
      ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
      ...(patch.court !== undefined ? { court: patch.court.trim() } : {}),
      ...(patch.caseNumber !== undefined ? { caseNumber: patch.caseNumber.trim() } : {}),
    }));
  }

  /** Stores the order's pasted text (the order PDF, if any, is kept). */
  setOrderText(caseId: string, text: string): Promise<CaseRecord> {
    return this.mutateCase(caseId, (record) => ({ ...record, order: { ...record.order, text } }));
  }

  /** Stores the order's PDF (replacing an earlier one) and, when given, the text read from it. */
  setOrderPdf(caseId: string, fileName: string, bytes: Uint8Array, text?: string): Promise<CaseRecord> {
    return guarded(async () => {
      const tx = this.db.transaction(['cases', 'blobs'], 'readwrite');
      const cases = tx.objectStore('cases');
      const record = await cases.get(caseId);
      if (!record) throw new NotFoundError('This case');
      const blobs = tx.objectStore('blobs');
      if (record.order.pdfBlobId) await blobs.delete(record.order.pdfBlobId);
      const blobId = newId();
      await blobs.add({ id: blobId, kind: 'order', bytes: ownBuffer(bytes) });
      const updated: CaseRecord = {
        ...record,
        order: { ...record.order, pdfBlobId: blobId, fileName, ...(text !== undefined ? { text } : {}) },
        updatedAt: Date.now(),
      };
      await cases.put(updated);
      await tx.done;
      return updated;
    });
  }

  /** Saves the reviewed directives with the case. */
  setDirectives(caseId: string, directives: CaseDirective[] | null, orderWarnings?: string[]): Promise<CaseRecord> {
    return this.mutateCase(caseId, (record) => ({
      ...record,
      directives,
      ...(orderWarnings !== undefined ? { orderWarnings } : {}),
    }));
  }

  /** Deletes a case with all its filings, their bytes and marks, in one transaction. */
  deleteCase(id: string): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction(['cases', 'documents', 'blobs', 'marks'], 'readwrite');
      const record = await tx.objectStore('cases').get(id);
      const docs = await tx.objectStore('documents').index('caseId').getAll(id);
      for (const doc of docs) {
        await tx.objectStore('blobs').delete(doc.blobId);
        if (doc.redacted) await tx.objectStore('blobs').delete(doc.redacted.blobId);
        await tx.objectStore('marks').delete(doc.id);
        await tx.objectStore('documents').delete(doc.id);
      }
      if (record?.order.pdfBlobId) await tx.objectStore('blobs').delete(record.order.pdfBlobId);
      await tx.objectStore('cases').delete(id);
      await tx.done;
    });
  }

  private mutateCase(id: string, change: (record: CaseRecord) => CaseRecord): Promise<CaseRecord> {
    return guarded(async () => {
      const tx = this.db.transaction('cases', 'readwrite');
      const record = await tx.store.get(id);
      if (!record) throw new NotFoundError('This case');
      const updated = { ...change(record), id, updatedAt: Date.now() };
      await tx.store.put(updated);
      await tx.done;
      return updated;
    });
  }

  // ---- filings ----

  /** A case's filings in the order they were added. */
  listDocuments(caseId: string): Promise<DocumentRecord[]> {
    return guarded(async () => {
      const docs = await this.db.getAllFromIndex('documents', 'caseId', caseId);
      return docs.sort((a, b) => a.createdAt - b.createdAt || a.fileName.localeCompare(b.fileName));
    });
  }

  countDocuments(caseId: string): Promise<number> {
    return guarded(() => this.db.countFromIndex('documents', 'caseId', caseId));
  }

  getDocument(id: string): Promise<DocumentRecord | undefined> {
    return guarded(() => this.db.get('documents', id));
  }

  /**
   * Stores a filing: its untouched bytes and its metadata, in one transaction. The same contents twice in one
   * case throw DuplicateFilingError (the unique [caseId, sha256] index aborts the transaction, bytes included).
   */
  addDocument(caseId: string, input: NewDocument, now = Date.now()): Promise<DocumentRecord> {
    return guarded(async () => {
      const record: DocumentRecord = {
        id: newId(),
        caseId,
        fileName: input.fileName,
        sha256: input.sha256,
        pageCount: input.pageCount,
        docket: input.docket,
        title: input.title,
        blobId: newId(),
        createdAt: now,
        ...(input.needsPassword ? { needsPassword: true } : {}),
      };
      try {
        const tx = this.db.transaction(['cases', 'documents', 'blobs'], 'readwrite');
        const done = tx.done;
        done.catch(() => {});
        const owner = await tx.objectStore('cases').get(caseId);
        if (!owner) {
          tx.abort();
          throw new NotFoundError('This case');
        }
        await tx.objectStore('blobs').add({ id: record.blobId, kind: 'original', bytes: ownBuffer(input.bytes) });
        await tx.objectStore('documents').add(record);
        await tx.objectStore('cases').put({ ...owner, updatedAt: now });
        await done;
        return record;
      } catch (error) {
        if ((error as { name?: string }).name === 'ConstraintError') {
          const existing = await this.db.getFromIndex('documents', 'caseSha', [caseId, input.sha256]);
          if (existing) throw new DuplicateFilingError(input.fileName, existing.fileName);
        }
        throw error;
      }
    });
  }

  /** Edits a filing's docket or title. */
  updateDocument(
    id: string,
    patch: Partial<Pick<DocumentRecord, 'docket' | 'title' | 'printedPageOne' | 'calibrations'>>,
  ): Promise<DocumentRecord> {
    return guarded(async () => {
      const tx = this.db.transaction('documents', 'readwrite');
      const record = await tx.store.get(id);
      if (!record) throw new NotFoundError('This filing');
      const updated: DocumentRecord = {
        ...record,
        ...(patch.docket !== undefined ? { docket: patch.docket?.trim() || null } : {}),
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...('printedPageOne' in patch ? { printedPageOne: patch.printedPageOne } : {}),
        ...(patch.calibrations !== undefined ? { calibrations: patch.calibrations } : {}),
      };
      if (updated.printedPageOne === undefined) delete updated.printedPageOne;
      await tx.store.put(updated);
      await tx.done;
      return updated;
    });
  }

  /** Removes a filing with its bytes, its redacted copy and its marks. */
  deleteDocument(id: string): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction(['documents', 'blobs', 'marks'], 'readwrite');
      const record = await tx.objectStore('documents').get(id);
      if (record) {
        await tx.objectStore('blobs').delete(record.blobId);
        if (record.redacted) await tx.objectStore('blobs').delete(record.redacted.blobId);
        await tx.objectStore('marks').delete(id);
        await tx.objectStore('documents').delete(id);
      }
      await tx.done;
    });
  }

  // ---- bytes ----

  /** The stored bytes (a fresh copy each call, safe to hand to pdf.js, which detaches buffers). */
  getBytes(blobId: string): Promise<Uint8Array> {
    return guarded(async () => {
      const blob = await this.db.get('blobs', blobId);
      if (!blob) throw new NotFoundError('This file');
      return new Uint8Array(blob.bytes);
    });
  }

  countBlobs(kind?: BlobKind): Promise<number> {
    return guarded(async () => {
      if (!kind) return this.db.count('blobs');
      return (await this.db.getAll('blobs')).filter((b) => b.kind === kind).length;
    });
  }

  /** Keeps a burned-in copy beside the original (replacing an earlier one), with its report. */
  setRedacted(
    documentId: string,
    bytes: Uint8Array,
    output: Omit<RedactedOutput, 'blobId' | 'createdAt'>,
  ): Promise<DocumentRecord> {
    return guarded(async () => {
      const tx = this.db.transaction(['documents', 'blobs'], 'readwrite');
      const docs = tx.objectStore('documents');
      const record = await docs.get(documentId);
      if (!record) throw new NotFoundError('This filing');
      if (record.redacted) await tx.objectStore('blobs').delete(record.redacted.blobId);
      const blobId = newId();
      await tx.objectStore('blobs').add({ id: blobId, kind: 'redacted', bytes: ownBuffer(bytes) });
      const updated: DocumentRecord = { ...record, redacted: { ...output, blobId, createdAt: Date.now() } };
      await docs.put(updated);
      await tx.done;
      return updated;
    });
  }

  // ---- marks ----

  getMarks(documentId: string): Promise<StoredMark[]> {
    return guarded(async () => (await this.db.get('marks', documentId))?.marks ?? []);
  }

  /** Replaces a filing's marks in one write. */
  setMarks(documentId: string, marks: StoredMark[]): Promise<void> {
    return guarded(async () => {
      const record: MarksRecord = { documentId, marks, updatedAt: Date.now() };
      await this.db.put('marks', record);
    });
  }

  /**
   * Replaces the marks of several filings in ONE transaction (a redaction-map import): all are written or none.
   * A filing deleted meanwhile aborts the whole write with NotFoundError; with `expected` (the marks the import was
   * planned against), marks that changed meanwhile abort it with MarksChangedError.
   */
  setMarksOfFilings(
    changes: ReadonlyMap<string, StoredMark[]>,
    expected?: Readonly<Record<string, readonly StoredMark[]>>,
  ): Promise<void> {
    return guarded(async () => {
      const tx = this.db.transaction(['documents', 'marks'], 'readwrite');
      const done = tx.done;
      done.catch(() => {});
      const now = Date.now();
      for (const [documentId, marks] of changes) {
        if (!(await tx.objectStore('documents').get(documentId))) {
          tx.abort();
          throw new NotFoundError('A filing of this import');
        }
        if (expected) {
          const now = (await tx.objectStore('marks').get(documentId))?.marks ?? [];
          if (JSON.stringify(now) !== JSON.stringify(expected[documentId] ?? [])) {
            tx.abort();
            throw new MarksChangedError();
          }
        }
        await tx.objectStore('marks').put({ documentId, marks, updatedAt: now });
      }
      await done;
    });
  }
}

/** Asks the browser to keep our storage under pressure; returns whether it agreed (false where unsupported). */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
