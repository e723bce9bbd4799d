// One open case: its record, its filings, adding filings (many at once) and its order.
import { readFileBytes } from '../../platform/files.ts';
import type { CaseRecord, DocumentRecord } from '../../platform/storage/types.ts';
import { importFilings, type FileLike, type ImportFailure } from './import-filings.ts';
import { notices } from './notices.svelte.ts';
import { getStore } from './store.ts';

export class CaseManager {
  record = $state<CaseRecord | null>(null);
  documents = $state<DocumentRecord[]>([]);
  missing = $state(false);
  loaded = $state(false);
  importing = $state(0);
  lastFailures = $state<ImportFailure[]>([]);

  constructor(readonly caseId: string) {}

  async load(): Promise<void> {
    try {
      const store = await getStore();
      const record = await store.getCase(this.caseId);
      this.missing = !record;
      this.record = record ?? null;
      this.documents = record ? await store.listDocuments(this.caseId) : [];
    } catch (error) {
      notices.fail(error);
    } finally {
      this.loaded = true;
    }
  }

  /** Adds every file; bad ones are listed with what to do, the others go in. */
  async addFiles(files: FileLike[]): Promise<void> {
    if (files.length === 0) return;
    this.importing += files.length;
    this.lastFailures = [];
    try {
      const store = await getStore();
      const result = await importFilings(store, this.caseId, files);
      this.lastFailures = result.failed;
      if (result.added.length > 0) {
        notices.info(
          result.added.length === 1 ? `Added ${result.added[0]?.fileName}` : `Added ${result.added.length} filings`,
        );
      }
      await this.load();
    } catch (error) {
      notices.fail(error);
    } finally {
      this.importing -= files.length;
    }
  }

  async updateDocument(id: string, patch: { docket?: string | null; title?: string }): Promise<void> {
    try {
      const updated = await (await getStore()).updateDocument(id, patch);
      this.documents = this.documents.map((d) => (d.id === id ? updated : d));
    } catch (error) {
      notices.fail(error);
    }
  }

  async removeDocument(id: string): Promise<void> {
    try {
      await (await getStore()).deleteDocument(id);
      this.documents = this.documents.filter((d) => d.id !== id);
    } catch (error) {
      notices.fail(error);
    }
  }

  async saveOrderText(text: string): Promise<void> {
    try {
      this.record = await (await getStore()).setOrderText(this.caseId, text);
      notices.info('Order saved');
    } catch (error) {
      notices.fail(error);
    }
  }

  /** Stores the order's PDF and the text read from it (the user can correct the text afterwards). */
  async attachOrderPdf(file: FileLike): Promise<void> {
    try {
      const { inspectPdf, extractPlainText } = await import('../../platform/pdfjs/browser.ts');
      const bytes = await readFileBytes(file);
      await inspectPdf(file.name, bytes);
      const text = await extractPlainText(bytes);
      this.record = await (await getStore()).setOrderPdf(this.caseId, file.name, bytes, text);
      notices.info(`Order ${file.name} attached`);
    } catch (error) {
      notices.fail(error);
    }
  }

  async openOrderPdf(): Promise<Uint8Array | null> {
    const id = this.record?.order.pdfBlobId;
    if (!id) return null;
    return (await getStore()).getBytes(id);
  }
}
