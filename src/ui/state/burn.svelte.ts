// Burning a filing's confirmed marks in: the worker redacts, pdf.js reads the result back, the worker verifies.
import type { LabelledRegion } from '../../lib/model/region.ts';
import type { Report } from '../../lib/model/report.ts';
import type { PageText } from '../../lib/model/text-run.ts';
import { readPageText } from '../../platform/pdfjs/text.ts';
import { sha256Hex } from '../../platform/files.ts';
import type { DocumentRecord, StoredMark } from '../../platform/storage/types.ts';
import { redactionClient } from '../../workers/redaction-client.ts';
import { getStore } from './store.ts';

export type BurnPhase = 'idle' | 'redacting' | 'reading' | 'verifying' | 'done' | 'failed' | 'cancelled';

/** The regions to burn: confirmed marks, each saying which mark or directive produced it. */
export function regionsFromMarks(marks: readonly StoredMark[]): LabelledRegion[] {
  return marks
    .filter((m) => m.status === 'confirmed')
    .map((m) => ({
      pageIndex: m.pageIndex,
      rect: [...m.rect],
      source: m.directiveId ?? m.id,
      ...(m.citation ? { citation: m.citation } : {}),
    }));
}

export function redactedName(fileName: string): string {
  return fileName.replace(/(\.pdf)?$/i, '-redacted.pdf');
}

export class Burn {
  phase = $state<BurnPhase>('idle');
  done = $state(0);
  total = $state(0);
  report = $state.raw<Report | null>(null);
  error = $state<string | null>(null);
  output = $state.raw<Uint8Array | null>(null);
  saved = $state.raw<DocumentRecord | null>(null);
  private controller: AbortController | null = null;

  readonly busy = $derived(this.phase === 'redacting' || this.phase === 'reading' || this.phase === 'verifying');
  readonly verified = $derived(this.phase === 'done' && this.report?.verification.ok === true);

  cancel(): void {
    this.controller?.abort();
  }

  reset(): void {
    this.phase = 'idle';
    this.report = null;
    this.error = null;
    this.output = null;
    this.saved = null;
  }

  /** Redacts and verifies; the result is kept beside the original only when verification passed. */
  async run(record: DocumentRecord, marks: readonly StoredMark[], originalText: PageText[]): Promise<void> {
    this.reset();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const client = redactionClient();
    try {
      const store = await getStore();
      const original = await store.getBytes(record.blobId);
      const regions = regionsFromMarks(marks);
      this.phase = 'redacting';
      this.done = 0;
      this.total = record.pageCount;
      const result = await client.call(
        signal,
        'redact',
        {
          pdf: original.slice().buffer,
          regions,
          fileName: record.fileName,
          outputFileName: redactedName(record.fileName),
        },
        (done, total) => {
          this.done = done;
          this.total = total;
        },
      );
      const output = new Uint8Array(result.pdf);
      this.phase = 'reading';
      const { openPdf } = await import('../../platform/pdfjs/browser.ts');
      const doc = await openPdf(output);
      const outputText: PageText[] = [];
      try {
        for (let n = 1; n <= doc.numPages; n++) {
          if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
          outputText.push(await readPageText(await doc.getPage(n)));
        }
      } finally {
        void doc.destroy();
      }
      this.phase = 'verifying';
      const verification = await client.call(signal, 'verify', {
        pdf: output.slice().buffer,
        regions: regions.map((r) => ({ pageIndex: r.pageIndex, rect: r.rect })),
        originalText,
        outputText,
        removedStrings: result.removedStrings,
        labels: result.labels,
        rasterizedPages: result.rasterizedPages.map((p) => p.pageIndex),
        excusedText: result.hiddenText,
      });
      if (result.rasterizedPages.length > 0) {
        verification.findings = [
          ...(verification.findings ?? []).filter((f) => !/was rasterised/.test(f)),
          ...result.rasterizedPages.map(
            (p) => `page ${p.pageIndex + 1} was rasterised (${p.reason}); its text was not kept`,
          ),
        ];
      }
      const report: Report = { ...result.report, verification };
      this.report = report;
      this.output = output;
      this.phase = 'done';
      if (verification.ok) {
        this.saved = await store.setRedacted(record.id, output, { sha256: await sha256Hex(output), report });
      }
    } catch (error) {
      if (signal.aborted || (error as { name?: string }).name === 'AbortError') {
        this.phase = 'cancelled';
        return;
      }
      this.phase = 'failed';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.controller = null;
    }
  }
}
