// Burn-in state for one filing: the confirmed marks burned in the worker, progress, cancel, report, the stored copy.
import type { LabelledRegion } from '../../lib/model/region.ts';
import type { Report } from '../../lib/model/report.ts';
import type { PageText } from '../../lib/model/text-run.ts';
import { downloadBytes, sha256Hex } from '../../platform/files.ts';
import { readPageText } from '../../platform/pdfjs/text.ts';
import type { DocumentRecord, StoredMark } from '../../platform/storage/types.ts';
import { AbortError } from '../../lib/util/errors.ts';
import { burnIn, redactedName, type BurnDeps, type BurnPhase } from '../../workers/burn-in.ts';
import { redactionClient } from '../../workers/redaction-client.ts';
import { passwordFor } from '../state/passwords.ts';
import { getStore } from '../state/store.ts';
import { burnedMarksKey } from './marks-key.ts';

export { redactedName };

export type Phase = 'idle' | BurnPhase | 'done' | 'failed' | 'cancelled';

/** The regions to burn: confirmed marks only, each saying which mark or directive produced it. */
export function regionsFromMarks(marks: readonly StoredMark[]): LabelledRegion[] {
  return marks
    .filter((m) => m.status === 'confirmed')
    .map((m) => ({
      pageIndex: m.pageIndex,
      rect: [m.rect[0], m.rect[1], m.rect[2], m.rect[3]],
      source: m.directiveId ?? m.id,
      ...(m.citation ? { citation: m.citation } : {}),
      ...(m.label ? { label: m.label } : {}),
    }));
}

/** The browser's pdf.js, loaded on demand (it is a large chunk): text read-back and the fallback rasteriser. */
async function browserDeps(): Promise<BurnDeps> {
  const [{ openPdf }, { createPageRasterizer }] = await Promise.all([
    import('../../platform/pdfjs/browser.ts'),
    import('../../platform/pdfjs/browser-raster.ts'),
  ]);
  return {
    client: redactionClient(),
    async readText(bytes, signal, onPage, password) {
      const doc = await openPdf(bytes, password);
      try {
        const pages: PageText[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          if (signal.aborted) throw new AbortError();
          const page = await doc.getPage(n);
          pages.push(await readPageText(page));
          page.cleanup();
          onPage?.(n, doc.numPages);
        }
        return pages;
      } finally {
        void doc.destroy();
      }
    },
    rasterizer: createPageRasterizer,
  };
}

/** This session's password for an encrypted filing; burning one without it would fail, so say so first. */
function passwordOf(record: DocumentRecord): { password: string } {
  const password = passwordFor(record.blobId);
  if (password === undefined) throw new Error(`${record.fileName} needs its password: open it again to enter it`);
  return { password };
}

export class Burn {
  phase = $state<Phase>('idle');
  done = $state(0);
  total = $state(0);
  report = $state.raw<Report | null>(null);
  error = $state<string | null>(null);
  /** The redacted bytes of the last burn (kept in memory for Save; stored only when verified). */
  output = $state.raw<Uint8Array | null>(null);
  /** The record as stored with its redacted copy, once the verified copy is kept beside the original. */
  saved = $state.raw<DocumentRecord | null>(null);
  /** Confirmed marks of the burn under way (for the panel's wording). */
  regions = $state(0);
  #controller: AbortController | null = null;

  readonly busy = $derived(this.phase === 'redacting' || this.phase === 'reading' || this.phase === 'verifying');
  readonly verified = $derived(this.phase === 'done' && this.report?.verification.ok === true);

  cancel(): void {
    this.#controller?.abort();
  }

  reset(): void {
    this.phase = 'idle';
    this.done = 0;
    this.total = 0;
    this.report = null;
    this.error = null;
    this.output = null;
    this.saved = null;
  }

  /**
   * Burns the record's confirmed marks into a copy of its original, then verifies the copy. The copy and its report
   * are stored beside the untouched original only when verification passed; cancelling stores nothing.
   */
  async run(record: DocumentRecord, marks: readonly StoredMark[], originalText?: PageText[] | null): Promise<void> {
    this.#controller?.abort();
    this.reset();
    const controller = new AbortController();
    this.#controller = controller;
    const { signal } = controller;
    const regions = regionsFromMarks(marks);
    this.regions = regions.length;
    this.phase = 'redacting';
    this.total = record.pageCount;
    try {
      const [deps, store] = await Promise.all([browserDeps(), getStore()]);
      const original = await store.getBytes(record.blobId);
      const result = await burnIn(
        deps,
        signal,
        {
          original,
          fileName: record.fileName,
          regions,
          originalText: originalText ?? null,
          // The output is read back with no password: it must not be encrypted.
          ...(record.needsPassword ? passwordOf(record) : {}),
        },
        (phase, done, total) => {
          if (signal.aborted) return;
          this.phase = phase;
          this.done = done;
          this.total = total;
        },
      );
      if (signal.aborted) throw new AbortError();
      this.report = result.report;
      this.output = result.bytes;
      if (result.report.verification.ok) {
        this.saved = await store.setRedacted(record.id, result.bytes, {
          sha256: await sha256Hex(result.bytes),
          report: result.report,
          marksKey: burnedMarksKey(marks),
        });
      }
      this.phase = 'done';
    } catch (error) {
      if (signal.aborted || (error instanceof Error && error.name === 'AbortError')) {
        this.phase = 'cancelled';
        return;
      }
      this.phase = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  /** Offers the verified copy as NAME-redacted.pdf (a Blob URL download); refuses anything unverified. */
  save(fileName: string): boolean {
    if (!this.verified || !this.output) return false;
    downloadBytes(this.output, redactedName(fileName));
    return true;
  }
}
