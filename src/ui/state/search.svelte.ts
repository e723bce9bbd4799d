// Search across a case's filings (text, regex, Rule 5.2 presets) and turn the chosen hits into proposed marks.
import { detectDocumentGrid } from '../../lib/pleading/index.ts';
import {
  buildSearchIndex,
  searchIndex,
  validateQuery,
  type PresetName,
  type SearchHit,
  type SearchQuery,
} from '../../lib/search/index.ts';
import type { DocumentRecord, StoredMark } from '../../platform/storage/types.ts';
import { filingText } from './filing-text.ts';
import { notices } from './notices.svelte.ts';
import { getStore } from './store.ts';

export const PRESET_LABELS: Record<PresetName, string> = {
  ssn: 'Social Security numbers',
  tin: 'Taxpayer identification numbers',
  'birth-date': 'Birth dates',
  'account-number': 'Financial account numbers',
  'minor-name': "Minors' names",
};

export interface FilingHits {
  document: DocumentRecord;
  hits: (SearchHit & { key: string; checked: boolean })[];
  truncated: boolean;
}

export class CaseSearch {
  kind = $state<'text' | 'regex' | 'preset'>('text');
  text = $state('');
  caseSensitive = $state(false);
  wholeWord = $state(false);
  preset = $state<PresetName>('ssn');
  names = $state('');
  wholeToken = $state(false);
  running = $state(false);
  progress = $state('');
  results = $state<FilingHits[] | null>(null);
  lastLabel = $state('');

  readonly query = $derived.by((): SearchQuery => {
    if (this.kind === 'regex') return { kind: 'regex', source: this.text, flags: this.caseSensitive ? '' : 'i' };
    if (this.kind === 'preset') {
      const names = this.names
        .split(/[\n,;]+/)
        .map((n) => n.trim())
        .filter(Boolean);
      return { kind: 'preset', preset: this.preset, whole: this.wholeToken, ...(names.length ? { names } : {}) };
    }
    return { kind: 'text', text: this.text, caseSensitive: this.caseSensitive, wholeWord: this.wholeWord };
  });

  readonly problem = $derived.by(() => {
    if (this.kind !== 'preset' && this.text.trim() === '') return 'Type what to look for.';
    if (this.kind === 'preset' && this.preset === 'minor-name' && this.names.trim() === '') {
      return 'Type the minors’ names, one per line.';
    }
    return validateQuery(this.query)?.message ?? null;
  });

  readonly checkedCount = $derived(
    (this.results ?? []).reduce((n, r) => n + r.hits.filter((h) => h.checked).length, 0),
  );

  private label(): string {
    if (this.kind === 'preset') return PRESET_LABELS[this.preset];
    return this.kind === 'regex' ? `/${this.text}/` : `“${this.text}”`;
  }

  async run(documents: readonly DocumentRecord[]): Promise<void> {
    if (this.problem) return;
    this.running = true;
    this.results = null;
    const query = $state.snapshot(this.query) as SearchQuery;
    this.lastLabel = this.label();
    try {
      const results: FilingHits[] = [];
      for (const [i, document] of documents.entries()) {
        this.progress = `Searching ${document.fileName} (${i + 1} of ${documents.length})…`;
        const texts = await filingText(document.blobId, document.fileName);
        const grid = detectDocumentGrid(texts);
        const found = searchIndex(buildSearchIndex(texts), query, { grid });
        results.push({
          document,
          truncated: found.truncatedPages.length > 0,
          hits: found.hits.map((h, j) => ({ ...h, key: `${document.id}:${j}`, checked: true })),
        });
      }
      this.results = results;
    } catch (error) {
      notices.fail(error);
    } finally {
      this.running = false;
      this.progress = '';
    }
  }

  /** Adds the checked hits as proposed marks to each filing (skipping boxes it already has). */
  async markChecked(): Promise<number> {
    const store = await getStore();
    let added = 0;
    try {
      for (const result of this.results ?? []) {
        const hits = result.hits.filter((h) => h.checked);
        if (hits.length === 0) continue;
        const existing = await store.getMarks(result.document.id);
        const seen: string[] = existing.map((m) => `${m.pageIndex}:${m.rect.map((v) => v.toFixed(2)).join(',')}`);
        const marks: StoredMark[] = [];
        for (const hit of hits) {
          for (const rect of hit.rects) {
            const key = `${hit.pageIndex}:${rect.map((v) => v.toFixed(2)).join(',')}`;
            if (seen.includes(key)) continue;
            seen.push(key);
            marks.push({
              id: crypto.randomUUID(),
              pageIndex: hit.pageIndex,
              rect: [...rect],
              status: 'proposed',
              source: 'manual',
              citation: hit.citation ?? `p. ${hit.pageIndex + 1}`,
              label: this.lastLabel,
            });
          }
        }
        if (marks.length > 0) await store.setMarks(result.document.id, [...existing, ...marks]);
        added += marks.length;
      }
      this.results = null;
      return added;
    } catch (error) {
      notices.fail(error);
      return added;
    }
  }
}
