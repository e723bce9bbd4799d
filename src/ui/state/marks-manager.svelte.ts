// Marks of the open filing: load, propose from directives, add/confirm/exclude/delete, undo/redo, persist each change.
import type { MarkStatus, StoredMark } from '../../platform/storage/types.ts';
import { lookup } from '../viewer/marks.ts';
import { notices } from './notices.svelte.ts';
import { getStore } from './store.ts';

const HISTORY_LIMIT = 200;

export class MarksManager {
  marks = $state<StoredMark[]>([]);
  private past = $state<StoredMark[][]>([]);
  private future = $state<StoredMark[][]>([]);
  loaded = $state(false);

  readonly canUndo = $derived(this.past.length > 0);
  readonly canRedo = $derived(this.future.length > 0);
  readonly counts = $derived({
    proposed: this.marks.filter((m) => m.status === 'proposed').length,
    confirmed: this.marks.filter((m) => m.status === 'confirmed').length,
    excluded: this.marks.filter((m) => m.status === 'excluded').length,
  });

  constructor(readonly documentId: string) {}

  async load(): Promise<void> {
    try {
      this.marks = await (await getStore()).getMarks(this.documentId);
    } catch (error) {
      notices.fail(error);
    } finally {
      this.loaded = true;
    }
  }

  onPage(pageIndex: number): StoredMark[] {
    return this.marks.filter((m) => m.pageIndex === pageIndex);
  }

  /** Applies a change as one undoable step and stores the result. */
  private commit(next: StoredMark[]): void {
    this.past = [...this.past.slice(-HISTORY_LIMIT + 1), $state.snapshot(this.marks) as StoredMark[]];
    this.future = [];
    this.marks = next;
    void this.persist();
  }

  private async persist(): Promise<void> {
    try {
      await (await getStore()).setMarks(this.documentId, $state.snapshot(this.marks) as StoredMark[]);
    } catch (error) {
      notices.fail(error);
    }
  }

  add(marks: StoredMark[]): void {
    if (marks.length > 0) this.commit([...this.marks, ...marks]);
  }

  /** Removes some marks and adds others as one undoable step (a shift-click widening the last selection). */
  replace(removeIds: readonly string[], marks: StoredMark[]): void {
    const set = lookup(removeIds);
    this.commit([...this.marks.filter((m) => !set.has(m.id)), ...marks]);
  }

  /** Adds proposals (dropping stale ones) without an undo step: they are the starting point, not a user action. */
  propose(marks: StoredMark[], stale: readonly string[] = []): void {
    if (marks.length === 0 && stale.length === 0) return;
    const drop = lookup(stale);
    this.marks = [...this.marks.filter((m) => !drop.has(m.id)), ...marks];
    void this.persist();
  }

  setStatus(ids: readonly string[], status: MarkStatus): void {
    const set = lookup(ids);
    this.commit(this.marks.map((m) => (set.has(m.id) ? { ...m, status } : m)));
  }

  confirmAllProposed(): void {
    this.setStatus(
      this.marks.filter((m) => m.status === 'proposed').map((m) => m.id),
      'confirmed',
    );
  }

  remove(ids: readonly string[]): void {
    const set = lookup(ids);
    this.commit(this.marks.filter((m) => !set.has(m.id)));
  }

  undo(): void {
    const previous = this.past[this.past.length - 1];
    if (!previous) return;
    this.future = [...this.future, $state.snapshot(this.marks) as StoredMark[]];
    this.past = this.past.slice(0, -1);
    this.marks = previous;
    void this.persist();
  }

  redo(): void {
    const next = this.future[this.future.length - 1];
    if (!next) return;
    this.past = [...this.past, $state.snapshot(this.marks) as StoredMark[]];
    this.future = this.future.slice(0, -1);
    this.marks = next;
    void this.persist();
  }
}
