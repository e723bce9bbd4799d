// A filing that needs a user password keeps that fact (a flag) in IndexedDB; its bytes are stored as given.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LineSealStore } from '../../src/platform/storage/store.ts';

const open: LineSealStore[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('needsPassword', () => {
  it('is stored when set, absent otherwise, and survives reopening the database', async () => {
    const name = `lineseal-needs-password-${Date.now()}`;
    const store = await LineSealStore.open(name);
    open.push(store);
    const c = await store.createCase({ title: 'T', court: 'C', caseNumber: '1' });
    const bytes = new TextEncoder().encode('%PDF-1.7 encrypted\n%%EOF');
    const base = { pageCount: 5, docket: null, title: 'Locked' };
    const locked = await store.addDocument(c.id, {
      ...base,
      fileName: 'locked.pdf',
      bytes,
      sha256: 'a',
      needsPassword: true,
    });
    const plain = await store.addDocument(c.id, { ...base, fileName: 'plain.pdf', bytes, sha256: 'b' });
    expect(locked.needsPassword).toBe(true);
    expect('needsPassword' in plain).toBe(false);
    store.close();
    open.length = 0;

    const again = await LineSealStore.open(name);
    open.push(again);
    expect((await again.getDocument(locked.id))?.needsPassword).toBe(true);
    expect((await again.getDocument(plain.id))?.needsPassword).toBeUndefined();
    expect(await again.getBytes(locked.blobId)).toEqual(bytes);
  });
});
