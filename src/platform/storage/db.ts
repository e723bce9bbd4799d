// The IndexedDB schema: frozen name and version, and the ordered `if (oldVersion < n)` migrations.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { BlobRecord, CaseRecord, DocumentRecord, MarksRecord } from './types.ts';

/** Frozen: renaming the database would orphan every user's cases. */
export const DB_NAME = 'lineseal';
/** Bump by one with each schema change and add an `if (oldVersion < n)` step below; never edit an old step. */
export const DB_VERSION = 2;

export interface LineSealSchema extends DBSchema {
  cases: { key: string; value: CaseRecord; indexes: { updatedAt: number } };
  documents: {
    key: string;
    value: DocumentRecord;
    indexes: { caseId: string; caseSha: [string, string] };
  };
  blobs: { key: string; value: BlobRecord };
  marks: { key: string; value: MarksRecord };
}

export type LineSealDb = IDBPDatabase<LineSealSchema>;
type UpgradeTx = IDBPTransaction<LineSealSchema, StoreNames<LineSealSchema>[], 'versionchange'>;

/**
 * Runs every migration step between `oldVersion` and `newVersion`. Steps are cumulative and written against
 * the raw stores, so a database at any older version reaches the current one.
 */
export async function migrate(
  db: IDBPDatabase<LineSealSchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) {
    // v1: cases, filings' metadata (by case) and PDF bytes apart from metadata.
    const cases = db.createObjectStore('cases', { keyPath: 'id' });
    cases.createIndex('updatedAt', 'updatedAt');
    const documents = db.createObjectStore('documents', { keyPath: 'id' });
    documents.createIndex('caseId', 'caseId');
    db.createObjectStore('blobs', { keyPath: 'id' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    // v2: one filing per content within a case (unique [caseId, sha256]); marks per filing; directives on cases.
    tx.objectStore('documents').createIndex('caseSha', ['caseId', 'sha256'], { unique: true });
    db.createObjectStore('marks', { keyPath: 'documentId' });
    let cursor = await tx.objectStore('cases').openCursor();
    while (cursor) {
      const record = cursor.value as Partial<CaseRecord> & { id: string };
      if (record.directives === undefined) await cursor.update({ ...record, directives: null } as CaseRecord);
      cursor = await cursor.continue();
    }
  }
}

/** Opens (creating or upgrading) the database. `version` is only lowered by tests that build an old schema. */
export function openLineSealDb(name = DB_NAME, version = DB_VERSION): Promise<LineSealDb> {
  return openDB<LineSealSchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      await migrate(db, oldVersion, newVersion ?? version, tx);
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer tab wants to upgrade: step aside so it can.
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
