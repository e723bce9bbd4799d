// The IndexedDB store on fake-indexeddb: CRUD, the v1 → current migration, and failed transactions leave nothing.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, migrate, openLineSealDb, type LineSealSchema } from '../../src/platform/storage/db.ts';
import { LineSealStore, MarksChangedError, NotFoundError, toStorageError } from '../../src/platform/storage/store.ts';
import type { NewDocument } from '../../src/platform/storage/types.ts';
import { DuplicateFilingError, StorageFullError } from '../../src/lib/util/errors.ts';

let counter = 0;
const open: LineSealStore[] = [];
async function freshStore(): Promise<{ store: LineSealStore; name: string }> {
  const name = `lineseal-test-${Date.now()}-${counter++}`;
  const store = await LineSealStore.open(name);
  open.push(store);
  return { store, name };
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function pdf(text: string, sha: string, fileName = `${sha}.pdf`): NewDocument {
  return {
    fileName,
    bytes: new TextEncoder().encode(`%PDF-1.4\n${text}\n%%EOF`),
    sha256: sha,
    pageCount: 3,
    docket: '62',
    title: 'Motion',
  };
}

describe('cases', () => {
  it('creates, lists (latest change first), renames and deletes', async () => {
    const { store } = await freshStore();
    const a = await store.createCase(
      { title: ' Halyard v. Bristlecone ', court: 'N.D. Cal.', caseNumber: '3:19-cv-04417' },
      1000,
    );
    const b = await store.createCase({ title: 'Selling Source', court: 'D. Nev.', caseNumber: '2:09-cv-01' }, 2000);
    expect(a.title).toBe('Halyard v. Bristlecone');
    expect((await store.listCases()).map((c) => c.id)).toEqual([b.id, a.id]);

    const renamed = await store.updateCase(a.id, { title: 'Halyard Optics v. Bristlecone' });
    expect(renamed.title).toBe('Halyard Optics v. Bristlecone');
    expect(renamed.court).toBe('N.D. Cal.');
    expect((await store.getCase(a.id))?.title).toBe('Halyard Optics v. Bristlecone');
    expect((await store.listCases())[0]?.id).toBe(a.id);

    await store.deleteCase(b.id);
    expect((await store.listCases()).map((c) => c.id)).toEqual([a.id]);
    await expect(store.updateCase(b.id, { title: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the order text and PDF, replacing an earlier PDF', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'T', court: '', caseNumber: '' });
    await store.setOrderText(c.id, 'IT IS ORDERED');
    const first = await store.setOrderPdf(c.id, 'order.pdf', new Uint8Array([1, 2, 3]));
    const second = await store.setOrderPdf(c.id, 'order2.pdf', new Uint8Array([4, 5]));
    expect(second.order.text).toBe('IT IS ORDERED');
    expect(second.order.fileName).toBe('order2.pdf');
    expect(second.order.pdfBlobId).not.toBe(first.order.pdfBlobId);
    expect(Array.from(await store.getBytes(second.order.pdfBlobId ?? ''))).toEqual([4, 5]);
    expect(await store.countBlobs()).toBe(1);
  });
});

describe('filings', () => {
  it('stores bytes apart from metadata, edits docket and title, deletes with bytes and marks', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'T', court: '', caseNumber: '' });
    const input = pdf('one', 'aaa');
    const doc = await store.addDocument(c.id, input);
    const other = await store.addDocument(c.id, pdf('two', 'bbb'));
    expect((await store.listDocuments(c.id)).map((d) => d.id)).toEqual([doc.id, other.id]);
    expect('bytes' in doc).toBe(false);
    expect(Array.from(await store.getBytes(doc.blobId))).toEqual(Array.from(input.bytes));

    const edited = await store.updateDocument(doc.id, { docket: ' 62-1 ', title: 'Exhibit A' });
    expect(edited).toMatchObject({ docket: '62-1', title: 'Exhibit A' });
    expect((await store.updateDocument(doc.id, { docket: '' })).docket).toBeNull();

    await store.setMarks(doc.id, [
      { id: 'm1', pageIndex: 0, rect: [1, 2, 3, 4], status: 'confirmed', source: 'manual' },
    ]);
    expect(await store.getMarks(doc.id)).toHaveLength(1);

    await store.deleteDocument(doc.id);
    expect((await store.listDocuments(c.id)).map((d) => d.id)).toEqual([other.id]);
    expect(await store.getMarks(doc.id)).toEqual([]);
    expect(await store.countBlobs()).toBe(1);
  });

  it('deleting a case removes its filings, bytes, redacted copies and order PDF, and nothing of other cases', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'A', court: '', caseNumber: '' });
    const keep = await store.createCase({ title: 'B', court: '', caseNumber: '' });
    const doc = await store.addDocument(c.id, pdf('one', 'aaa'));
    await store.setRedacted(doc.id, new Uint8Array([9]), {
      sha256: 'r',
      report: {
        input: { file: 'a', sha256: 'aaa', pages: 1 },
        output: null,
        regions: 0,
        unresolved: [],
        removed: {
          glyphs: 0,
          images: 0,
          imagePixelsBlanked: 0,
          paths: 0,
          annotations: 0,
          metadataFields: 0,
          outlineItems: 0,
          pagesRasterized: 0,
        },
        verification: {
          ok: true,
          textInsideRegions: 0,
          redactedStringsFound: 0,
          imagesUnderRegions: 0,
          unredactedTextKept: 1,
          incrementalRevisions: 0,
        },
      },
    });
    await store.setOrderPdf(c.id, 'order.pdf', new Uint8Array([1]));
    await store.addDocument(keep.id, pdf('one', 'aaa'));
    expect(await store.countBlobs()).toBe(4);

    await store.deleteCase(c.id);
    expect(await store.countBlobs()).toBe(1);
    expect(await store.listDocuments(c.id)).toEqual([]);
    expect(await store.listDocuments(keep.id)).toHaveLength(1);
  });

  it('a duplicate filing fails as a whole: no second record, no orphaned bytes', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'T', court: '', caseNumber: '' });
    await store.addDocument(c.id, pdf('one', 'same', 'ECF 62.pdf'));
    const error = await store.addDocument(c.id, pdf('one', 'same', 'copy of 62.pdf')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateFilingError);
    expect((error as Error).message).toContain('copy of 62.pdf');
    expect((error as Error).message).toContain('ECF 62.pdf');
    expect(await store.listDocuments(c.id)).toHaveLength(1);
    expect(await store.countBlobs()).toBe(1);
  });

  it('a filing for a case deleted meanwhile stores nothing', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'T', court: '', caseNumber: '' });
    await store.deleteCase(c.id);
    await expect(store.addDocument(c.id, pdf('one', 'x'))).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.countBlobs()).toBe(0);
  });
});

describe('errors', () => {
  it('maps quota failures to StorageFullError and passes other errors through', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(toStorageError(quota)).toBeInstanceOf(StorageFullError);
    expect(toStorageError(quota).message).toMatch(/storage .* is full/);
    const disk = new DOMException('Not enough disk space', 'UnknownError');
    expect(toStorageError(disk)).toBeInstanceOf(StorageFullError);
    const other = new DOMException('boom', 'DataError');
    expect(toStorageError(other)).toBe(other);
  });
});

describe('migrations', () => {
  it('upgrades a v1 database to the current version without losing data', async () => {
    const name = `lineseal-migrate-${Date.now()}-${counter++}`;
    const v1 = await openDB<LineSealSchema>(name, 1, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        await migrate(db, oldVersion, 1, tx);
      },
    });
    expect([...v1.objectStoreNames].sort()).toEqual(['blobs', 'cases', 'documents']);
    // A v1 case had no `directives` field.
    await v1.put('cases', {
      id: 'c1',
      title: 'Old',
      court: '',
      caseNumber: '',
      order: { text: 'x' },
      createdAt: 1,
      updatedAt: 1,
    } as never);
    await v1.put('documents', {
      id: 'd1',
      caseId: 'c1',
      fileName: '62.pdf',
      sha256: 's',
      pageCount: 2,
      docket: '62',
      title: '',
      blobId: 'b1',
      createdAt: 1,
    });
    await v1.put('blobs', { id: 'b1', kind: 'original', bytes: new Uint8Array([1, 2]).buffer });
    v1.close();

    const db = await openLineSealDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['blobs', 'cases', 'documents', 'marks']);
    expect(await db.get('cases', 'c1')).toMatchObject({ title: 'Old', order: { text: 'x' }, directives: null });
    expect(await db.getFromIndex('documents', 'caseSha', ['c1', 's'])).toMatchObject({ id: 'd1' });
    db.close();

    const store = await LineSealStore.open(name);
    open.push(store);
    expect(Array.from(await store.getBytes('b1'))).toEqual([1, 2]);
    expect((await store.listDocuments('c1')).map((d) => d.fileName)).toEqual(['62.pdf']);
  });

  it('a fresh database is created at the current version', async () => {
    const { store } = await freshStore();
    expect(store.db.version).toBe(DB_VERSION);
  });
});

describe('redaction-map import write', () => {
  it('writes the marks of several filings together, or none when one of them is gone', async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'Map', court: '', caseNumber: '' });
    const a = await store.addDocument(c.id, pdf('a', 'a'.repeat(64)));
    const b = await store.addDocument(c.id, pdf('b', 'b'.repeat(64)));
    const mark = (id: string) => ({
      id,
      pageIndex: 0,
      rect: [1, 2, 3, 4] as [number, number, number, number],
      status: 'confirmed' as const,
      source: 'manual' as const,
    });
    await store.setMarksOfFilings(
      new Map([
        [a.id, [mark('x')]],
        [b.id, [mark('y'), mark('z')]],
      ]),
    );
    expect((await store.getMarks(a.id)).map((m) => m.id)).toEqual(['x']);
    expect((await store.getMarks(b.id)).map((m) => m.id)).toEqual(['y', 'z']);

    await expect(
      store.setMarksOfFilings(
        new Map([
          [a.id, [mark('new')]],
          ['deleted-filing', [mark('w')]],
        ]),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await store.getMarks(a.id)).map((m) => m.id)).toEqual(['x']);
  });

  it("refuses the whole write when a filing's marks changed since the import was planned", async () => {
    const { store } = await freshStore();
    const c = await store.createCase({ title: 'Map', court: '', caseNumber: '' });
    const a = await store.addDocument(c.id, pdf('a', 'a'.repeat(64)));
    const b = await store.addDocument(c.id, pdf('b', 'b'.repeat(64)));
    const mark = (id: string) => ({
      id,
      pageIndex: 0,
      rect: [1, 2, 3, 4] as [number, number, number, number],
      status: 'confirmed' as const,
      source: 'manual' as const,
    });
    await store.setMarks(b.id, [mark('edited-meanwhile')]);
    const changes = new Map([
      [a.id, [mark('x')]],
      [b.id, [mark('y')]],
    ]);
    await expect(store.setMarksOfFilings(changes, { [a.id]: [], [b.id]: [] })).rejects.toBeInstanceOf(
      MarksChangedError,
    );
    expect(await store.getMarks(a.id)).toEqual([]);
    expect((await store.getMarks(b.id)).map((m) => m.id)).toEqual(['edited-meanwhile']);
    await store.setMarksOfFilings(changes, { [a.id]: [], [b.id]: [mark('edited-meanwhile')] });
    expect((await store.getMarks(a.id)).map((m) => m.id)).toEqual(['x']);
  });
});
