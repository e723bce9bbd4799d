// Export and import of a case's redaction map in the UI: download the map; validate, plan, review and apply an import in one write.
import type { FormatIssue, RedactionMap } from '../../lib/redaction-map/index.ts';
import { parseRedactionMapText, serializeRedactionMap } from '../../lib/redaction-map/index.ts';
import { downloadBytes } from '../../platform/files.ts';
import { MarksChangedError } from '../../platform/storage/store.ts';
import type { CaseRecord, DocumentRecord, StoredMark } from '../../platform/storage/types.ts';
import { applyCaseImport, planCaseImport, type CaseImportPlan, type ConflictChoices } from './case-map.ts';
import { filingLayout } from './filing-layout.ts';
import { buildCaseMap, mapFileName } from './map-export.ts';
import { notices } from './notices.svelte.ts';
import { getStore } from './store.ts';

export class MapTransfer {
  busy = $state<'export' | 'import' | 'apply' | null>(null);
  issues = $state<FormatIssue[]>([]);
  fileName = $state<string | null>(null);
  plan = $state.raw<CaseImportPlan | null>(null);
  choices = $state<ConflictChoices>({});
  /** Stored marks the plan was made against, by filing id. */
  private current: Record<string, StoredMark[]> = {};
  private map: RedactionMap | null = null;

  constructor(readonly caseId: string) {}

  async exportMap(record: CaseRecord, documents: readonly DocumentRecord[]): Promise<void> {
    this.busy = 'export';
    try {
      const map = await buildCaseMap(record, documents);
      downloadBytes(
        new TextEncoder().encode(serializeRedactionMap(map)),
        mapFileName(record.title),
        'application/json',
      );
      const marks = map.documents.reduce((n, d) => n + d.marks.length, 0);
      notices.info(`Exported ${marks} mark${marks === 1 ? '' : 's'} of ${map.documents.length} filing(s)`);
    } catch (error) {
      notices.fail(error);
    } finally {
      this.busy = null;
    }
  }

  /** Validates and plans an import; nothing is written until `confirm`. */
  async importFile(file: { name: string; text(): Promise<string> }, record: CaseRecord): Promise<void> {
    this.cancel();
    this.busy = 'import';
    this.fileName = file.name;
    try {
      const parsed = parseRedactionMapText(await file.text());
      if (!parsed.ok) {
        this.issues = parsed.issues;
        return;
      }
      this.map = parsed.map;
      await this.replan(record);
    } catch (error) {
      notices.fail(error);
    } finally {
      this.busy = null;
    }
  }

  /** Plans the import of the map read last against the marks stored now. */
  private async replan(record: CaseRecord): Promise<void> {
    if (!this.map) return;
    const store = await getStore();
    const documents = await store.listDocuments(this.caseId);
    const filings = [];
    const current: Record<string, StoredMark[]> = {};
    for (const doc of documents) {
      const marks = await store.getMarks(doc.id);
      current[doc.id] = marks;
      filings.push({ doc, marks });
    }
    this.plan = await planCaseImport(this.map, filings, record.directives ?? [], filingLayout);
    this.current = current;
    this.choices = {};
  }

  choose(key: string, side: 'local' | 'incoming'): void {
    this.choices = { ...this.choices, [key]: side };
  }

  /** Writes every filing's new marks in one transaction; returns whether anything was written. */
  async confirm(record: CaseRecord): Promise<boolean> {
    const plan = this.plan;
    if (!plan) return false;
    this.busy = 'apply';
    try {
      const changes = applyCaseImport(plan, this.current, record.directives ?? [], $state.snapshot(this.choices));
      if (changes.size > 0) await (await getStore()).setMarksOfFilings(changes, this.current);
      const count = [...changes.values()].length;
      notices.info(
        count === 0 ? 'Nothing to import: every mark is already here' : `Imported marks into ${count} filing(s)`,
      );
      this.cancel();
      return true;
    } catch (error) {
      notices.fail(error);
      // Marks changed in another tab: show the review again against what is stored now.
      if (error instanceof MarksChangedError) await this.replan(record).catch((e: unknown) => notices.fail(e));
      return false;
    } finally {
      this.busy = null;
    }
  }

  cancel(): void {
    this.plan = null;
    this.issues = [];
    this.choices = {};
    this.current = {};
    this.map = null;
  }
}
