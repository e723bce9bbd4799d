// One open case: its record, its filings, adding filings (many at once) and its order.
import { downloadBytes, readFileBytes } from '../../platform/files.ts';
import { orderTextFromPages, parseOrder } from '../../lib/order-parser/index.ts';
import { readAllText } from './filing-text.ts';
import { isRedactedStale } from '../burn/marks-key.ts';
import type { CaseDirective, CaseRecord, DocumentRecord } from '../../platform/storage/types.ts';
import { relink, toCaseDirectives } from './directives.ts';
import { importFailureMessage, importFilings, type FileLike, type ImportFailure } from './import-filings.ts';
import { EncryptedPdfError } from '../../lib/util/errors.ts';
import { notices } from './notices.svelte.ts';
import { passwordPrompt } from './password-prompt.svelte.ts';
import { forgetPassword } from './passwords.ts';
import { getStore } from './store.ts';

export class CaseManager {
  record = $state<CaseRecord | null>(null);
  documents = $state<DocumentRecord[]>([]);
  missing = $state(false);
  loaded = $state(false);
  importing = $state(0);
  lastFailures = $state<ImportFailure[]>([]);
  /** Ids of filings whose stored redacted copy was burned from other marks than they have now. */
  staleRedacted = $state<string[]>([]);

  constructor(readonly caseId: string) {}

  async load(): Promise<void> {
    try {
      const store = await getStore();
      const record = await store.getCase(this.caseId);
      this.missing = !record;
      this.record = record ?? null;
      this.documents = record ? await store.listDocuments(this.caseId) : [];
      const stale: string[] = [];
      for (const doc of this.documents) {
        if (doc.redacted && isRedactedStale(doc.redacted, await store.getMarks(doc.id))) stale.push(doc.id);
      }
      this.staleRedacted = stale;
      await this.relinkDirectives();
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
      const result = await importFilings(store, this.caseId, files, undefined, {
        askPassword: (fileName, incorrect) => passwordPrompt.ask(fileName, incorrect),
      });
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
      await this.relinkDirectives();
    } catch (error) {
      notices.fail(error);
    }
  }

  /** Reads the order's text into directives to review (replacing earlier ones). */
  async readOrder(): Promise<void> {
    const text = this.record?.order.text ?? '';
    if (text.trim() === '') {
      notices.error('Paste the order text or attach the order PDF first.');
      return;
    }
    try {
      const parsed = parseOrder(text);
      const directives = toCaseDirectives(parsed, this.documents);
      this.record = await (await getStore()).setDirectives(this.caseId, directives, parsed.warnings);
      if (directives.length === 0)
        notices.error('No sealing directives were recognised in this order; add them by hand.');
    } catch (error) {
      notices.fail(error);
    }
  }

  async saveDirectives(directives: CaseDirective[]): Promise<void> {
    try {
      // Reactive proxies cannot be stored (structured clone): store a plain snapshot.
      this.record = await (await getStore()).setDirectives(this.caseId, $state.snapshot(directives));
    } catch (error) {
      notices.fail(error);
    }
  }

  /** Links directives to filings whose docket matches, when the filings or their dockets change. */
  private async relinkDirectives(): Promise<void> {
    const current = this.record?.directives;
    if (!current) return;
    const next = relink(current, this.documents);
    if (next.some((d, i) => d.documentId !== current[i]?.documentId)) await this.saveDirectives(next);
  }

  async removeDocument(id: string): Promise<void> {
    try {
      await (await getStore()).deleteDocument(id);
      const removed = this.documents.find((d) => d.id === id);
      if (removed) forgetPassword(removed.blobId);
      this.documents = this.documents.filter((d) => d.id !== id);
      await this.relinkDirectives();
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
      const { inspectPdf, openPdf } = await import('../../platform/pdfjs/browser.ts');
      const bytes = await readFileBytes(file);
      await inspectPdf(file.name, bytes);
      // The order parser's own reading of a PDF order: line numbers and running headers dropped, paragraphs kept.
      const doc = await openPdf(bytes);
      let text: string;
      try {
        text = orderTextFromPages(await readAllText(doc));
      } finally {
        void doc.destroy();
      }
      this.record = await (await getStore()).setOrderPdf(this.caseId, file.name, bytes, text);
      notices.info(`Order ${file.name} attached`);
    } catch (error) {
      if (error instanceof EncryptedPdfError) notices.error(importFailureMessage(file.name, error));
      else notices.fail(error);
    }
  }

  /** Saves the filing's verified redacted copy to the user's downloads. */
  async downloadRedacted(doc: DocumentRecord): Promise<void> {
    if (!doc.redacted) return;
    try {
      const bytes = await (await getStore()).getBytes(doc.redacted.blobId);
      downloadBytes(bytes, doc.fileName.replace(/(\.pdf)?$/i, '-redacted.pdf'));
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
