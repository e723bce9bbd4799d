// Opening a filing that may need a user password: no prompt when none is needed, retry on a wrong one, skip.
import { describe, expect, it } from 'vitest';
import { EncryptedPdfError, CorruptPdfError } from '../../src/lib/util/errors.ts';
import { importFilings, skippedMessage } from '../../src/ui/state/import-filings.ts';
import { passwordFor } from '../../src/ui/state/passwords.ts';
import { isPasswordError, openWithPassword } from '../../src/ui/state/unlock.ts';
import type { LineSealStore } from '../../src/platform/storage/store.ts';
import type { DocumentRecord, NewDocument } from '../../src/platform/storage/types.ts';

/** A fake opener: refuses unless given `secret` (or anything, when `secret` is undefined). */
function opener(secret: string | undefined) {
  const tried: (string | undefined)[] = [];
  const open = async (password?: string) => {
    tried.push(password);
    if (secret !== undefined && password !== secret) throw new EncryptedPdfError('f.pdf');
    return { pageCount: 5 };
  };
  return { open, tried };
}

function asker(answers: (string | null)[]) {
  const asked: boolean[] = [];
  const ask = async (_fileName: string, incorrect: boolean) => {
    asked.push(incorrect);
    return answers.shift() ?? null;
  };
  return { ask, asked };
}

describe('openWithPassword', () => {
  it('opens a file that needs no password without asking', async () => {
    const { open, tried } = opener(undefined);
    const { ask, asked } = asker(['x']);
    expect(await openWithPassword('f.pdf', open, ask)).toEqual({ value: { pageCount: 5 } });
    expect(tried).toEqual([undefined]);
    expect(asked).toEqual([]);
  });

  it('asks, says a wrong password was wrong, and returns the right one', async () => {
    const { open, tried } = opener('secret');
    const { ask, asked } = asker(['nope', 'secret']);
    expect(await openWithPassword('f.pdf', open, ask)).toEqual({ value: { pageCount: 5 }, password: 'secret' });
    expect(tried).toEqual([undefined, 'nope', 'secret']);
    expect(asked).toEqual([false, true]);
  });

  it('uses the known password first and asks only if it fails', async () => {
    const { open, tried } = opener('secret');
    const { ask, asked } = asker([]);
    expect(await openWithPassword('f.pdf', open, ask, 'secret')).toEqual({
      value: { pageCount: 5 },
      password: 'secret',
    });
    expect(tried).toEqual(['secret']);
    expect(asked).toEqual([]);
  });

  it('returns null when the user skips; throws when it cannot ask', async () => {
    const { open } = opener('secret');
    expect(await openWithPassword('f.pdf', open, asker([null]).ask)).toBeNull();
    await expect(openWithPassword('f.pdf', open)).rejects.toBeInstanceOf(EncryptedPdfError);
  });

  it('other errors are not taken for a password refusal', async () => {
    const { ask, asked } = asker(['x']);
    const broken = () => Promise.reject(new CorruptPdfError('f.pdf', 'cut'));
    await expect(openWithPassword('f.pdf', broken, ask)).rejects.toBeInstanceOf(CorruptPdfError);
    expect(asked).toEqual([]);
    expect(isPasswordError({ name: 'PasswordException' })).toBe(true);
    expect(isPasswordError(new Error('x'))).toBe(false);
  });
});

describe('importFilings with a password', () => {
  function fakeStore() {
    const added: NewDocument[] = [];
    const store = {
      async addDocument(caseId: string, input: NewDocument): Promise<DocumentRecord> {
        added.push(input);
        return {
          id: `d${added.length}`,
          caseId,
          fileName: input.fileName,
          sha256: input.sha256,
          pageCount: input.pageCount,
          docket: input.docket,
          title: input.title,
          blobId: `b${added.length}`,
          createdAt: 0,
          ...(input.needsPassword ? { needsPassword: true } : {}),
        };
      },
    } as unknown as LineSealStore;
    return { store, added };
  }
  const file = (name: string, text: string) => ({
    name,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
  });

  it('stores the untouched bytes flagged needsPassword and keeps the password in memory only', async () => {
    const { store, added } = fakeStore();
    const inspect = async (fileName: string, _bytes: Uint8Array, password?: string) => {
      if (fileName === 'locked.pdf' && password !== 'secret') throw new EncryptedPdfError(fileName);
      return { pageCount: 3 };
    };
    const { ask, asked } = asker(['wrong', 'secret']);
    const result = await importFilings(
      store,
      'c1',
      [file('open.pdf', '%PDF-open'), file('locked.pdf', '%PDF-locked')],
      undefined,
      { inspect, askPassword: ask },
    );
    expect(result.failed).toEqual([]);
    expect(asked).toEqual([false, true]);
    expect(added.map((d) => [d.fileName, d.needsPassword])).toEqual([
      ['open.pdf', undefined],
      ['locked.pdf', true],
    ]);
    expect(new TextDecoder().decode(added[1]?.bytes)).toBe('%PDF-locked');
    expect(JSON.stringify(added)).not.toContain('secret');
    expect(passwordFor('b2')).toBe('secret');
    expect(passwordFor('b1')).toBeUndefined();
  });

  it('a skipped file is reported and the others still go in', async () => {
    const { store, added } = fakeStore();
    const inspect = async (fileName: string) => {
      if (fileName === 'locked.pdf') throw new EncryptedPdfError(fileName);
      return { pageCount: 1 };
    };
    const result = await importFilings(store, 'c1', [file('locked.pdf', 'a'), file('b.pdf', 'b')], undefined, {
      inspect,
      askPassword: asker([null]).ask,
    });
    expect(result.failed).toEqual([{ fileName: 'locked.pdf', message: skippedMessage('locked.pdf') }]);
    expect(added.map((d) => d.fileName)).toEqual(['b.pdf']);
  });
});
