// The case list: load, create, rename, delete, and the bundled sample case.
import type { CaseRecord, NewCase } from '../../platform/storage/types.ts';
import { importFilings } from './import-filings.ts';
import { notices } from './notices.svelte.ts';
import { getStore } from './store.ts';

interface SampleManifest {
  case: NewCase;
  order: { file: string };
  filings: { file: string; fileName: string; title: string; docket?: string }[];
}

export class CasesManager {
  cases = $state<CaseRecord[]>([]);
  /** Number of filings per case id. */
  counts = $state<Record<string, number>>({});
  loaded = $state(false);
  busy = $state(false);

  async load(): Promise<void> {
    try {
      const store = await getStore();
      const cases = await store.listCases();
      const counts: Record<string, number> = {};
      for (const c of cases) counts[c.id] = await store.countDocuments(c.id);
      this.cases = cases;
      this.counts = counts;
    } catch (error) {
      notices.fail(error);
    } finally {
      this.loaded = true;
    }
  }

  async create(input: NewCase): Promise<CaseRecord | null> {
    try {
      const record = await (await getStore()).createCase(input);
      await this.load();
      return record;
    } catch (error) {
      notices.fail(error);
      return null;
    }
  }

  async rename(id: string, input: NewCase): Promise<void> {
    try {
      await (await getStore()).updateCase(id, input);
      await this.load();
    } catch (error) {
      notices.fail(error);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await (await getStore()).deleteCase(id);
      await this.load();
    } catch (error) {
      notices.fail(error);
    }
  }

  /** Creates the sample case from the files bundled under /sample/ (precached, so it works offline too). */
  async loadSample(): Promise<CaseRecord | null> {
    this.busy = true;
    try {
      const base = `${import.meta.env.BASE_URL}sample/`;
      const manifest = (await (await fetch(`${base}sample.json`)).json()) as SampleManifest;
      const store = await getStore();
      const record = await store.createCase(manifest.case);
      const orderText = await (await fetch(base + manifest.order.file)).text();
      await store.setOrderText(record.id, orderText);
      const files = await Promise.all(
        manifest.filings.map(async (f) => {
          const response = await fetch(base + f.file);
          if (!response.ok) throw new Error(`the sample file ${f.file} is missing (${response.status})`);
          const buffer = await response.arrayBuffer();
          return { name: f.fileName, arrayBuffer: () => Promise.resolve(buffer), meta: f };
        }),
      );
      const result = await importFilings(store, record.id, files, (file) => {
        const meta = files.find((f) => f === file)?.meta;
        return meta ? { title: meta.title, ...(meta.docket ? { docket: meta.docket } : {}) } : {};
      });
      for (const failure of result.failed) notices.error(failure.message);
      await this.load();
      return record;
    } catch (error) {
      notices.fail(error);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
