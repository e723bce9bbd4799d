// MarksManager (runes) on fake-indexeddb: each change is one undoable step, undo/redo restore exactly, and it persists.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { StoredMark } from '../../src/platform/storage/types.ts';
import { MarksManager } from '../../src/ui/state/marks-manager.svelte.ts';
import { getStore } from '../../src/ui/state/store.ts';

function mark(id: string, status: StoredMark['status'] = 'confirmed'): StoredMark {
  return { id, pageIndex: 0, rect: [10, 10, 100, 30], status, source: 'manual', citation: '1:1' };
}

describe('MarksManager', () => {
  it('adds, changes status, removes, undoes and redoes, persisting each state', async () => {
    const manager = new MarksManager(`doc-${Date.now()}`);
    await manager.load();
    expect(manager.marks).toEqual([]);
    expect(manager.canUndo).toBe(false);

    manager.add([mark('a'), mark('b')]);
    manager.propose([mark('p', 'proposed')]);
    expect(manager.counts).toEqual({ proposed: 1, confirmed: 2, excluded: 0 });
    manager.setStatus(['p'], 'excluded');
    manager.remove(['a']);
    expect(manager.marks.map((m) => m.id)).toEqual(['b', 'p']);

    manager.undo();
    expect(manager.marks.map((m) => m.id)).toEqual(['a', 'b', 'p']);
    manager.undo();
    expect(manager.marks.find((m) => m.id === 'p')?.status).toBe('proposed');
    expect(manager.canRedo).toBe(true);
    manager.redo();
    expect(manager.marks.find((m) => m.id === 'p')?.status).toBe('excluded');

    // A new change clears the redo history.
    manager.replace(['b'], [mark('c')]);
    expect(manager.canRedo).toBe(false);
    expect(manager.marks.map((m) => m.id)).toEqual(['a', 'p', 'c']);

    const store = await getStore();
    await vi.waitFor(async () =>
      expect((await store.getMarks(manager.documentId)).map((m) => m.id)).toEqual(['a', 'p', 'c']),
    );

    const again = new MarksManager(manager.documentId);
    await again.load();
    expect(again.marks.map((m) => m.id)).toEqual(['a', 'p', 'c']);
  });
});
