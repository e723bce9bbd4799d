// The worker client with an in-process fake worker: results, progress, errors rebuilt by name, abort terminates.
import { describe, expect, it, vi } from 'vitest';
import { AbortError, EncryptedPdfError } from '../../src/lib/util/errors.ts';
import type { FromWorker, ToWorker } from '../../src/workers/protocol.ts';
import { RedactionClient, rehydrate } from '../../src/workers/redaction-client.ts';

type Listener = (event: { data: FromWorker }) => void;

class FakeWorker {
  listeners = new Map<string, Set<Listener>>();
  terminated = false;
  received: ToWorker[] = [];
  constructor(private readonly behave: (message: ToWorker, reply: (m: FromWorker) => void) => void) {}
  addEventListener(type: string, fn: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(fn);
  }
  removeEventListener(type: string, fn: Listener): void {
    this.listeners.get(type)?.delete(fn);
  }
  postMessage(message: ToWorker): void {
    this.received.push(message);
    queueMicrotask(() =>
      this.behave(message, (m) => {
        if (!this.terminated) for (const fn of this.listeners.get('message') ?? []) fn({ data: m });
      }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

const verification = {
  ok: true,
  textInsideRegions: 0,
  redactedStringsFound: 0,
  imagesUnderRegions: 0,
  unredactedTextKept: 1,
  incrementalRevisions: 0,
};

describe('RedactionClient', () => {
  it('returns results, reports progress and reuses one worker', async () => {
    const spawned: FakeWorker[] = [];
    const client = new RedactionClient(() => {
      const w = new FakeWorker((m, reply) => {
        reply({ id: m.id, kind: 'progress', done: 1, total: 2 });
        reply({ id: m.id, kind: 'result', output: verification });
      });
      spawned.push(w);
      return w as unknown as Worker;
    });
    const progress: number[] = [];
    const input = {
      pdf: new ArrayBuffer(4),
      regions: [],
      originalText: [],
      outputText: [],
      removedStrings: [],
      labels: [],
      rasterizedPages: [],
      excusedText: [],
    };
    const out = await client.call(new AbortController().signal, 'verify', input, (d) => progress.push(d));
    expect(out).toEqual(verification);
    expect(progress).toEqual([1]);
    await client.call(new AbortController().signal, 'verify', { ...input, pdf: new ArrayBuffer(4) });
    expect(spawned).toHaveLength(1);
    client.terminate();
  });

  it('rebuilds named errors from the worker', async () => {
    const client = new RedactionClient(
      () =>
        new FakeWorker((m, reply) =>
          reply({ id: m.id, kind: 'error', name: 'EncryptedPdfError', message: 'x.pdf is encrypted' }),
        ) as unknown as Worker,
    );
    const input = { pdf: new ArrayBuffer(1), regions: [], fileName: 'x.pdf' };
    const error = await client.call(new AbortController().signal, 'redact', input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EncryptedPdfError);
    expect((error as Error).message).toBe('x.pdf is encrypted');
    expect(rehydrate('SomethingElse', 'boom').name).toBe('SomethingElse');
    client.terminate();
  });

  it('aborting rejects with AbortError, terminates the worker, and the next call spawns a fresh one', async () => {
    const spawned: FakeWorker[] = [];
    const client = new RedactionClient(() => {
      // Never answers the first request; answers later ones.
      const w = new FakeWorker((m, reply) => {
        if (spawned.length > 1) reply({ id: m.id, kind: 'result', output: verification });
      });
      spawned.push(w);
      return w as unknown as Worker;
    });
    const controller = new AbortController();
    const input = {
      pdf: new ArrayBuffer(1),
      regions: [],
      originalText: [],
      outputText: [],
      removedStrings: [],
      labels: [],
      rasterizedPages: [],
      excusedText: [],
    };
    const pending = client.call(controller.signal, 'verify', input);
    await vi.waitFor(() => expect(spawned[0]?.received).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(spawned[0]?.terminated).toBe(true);
    await expect(
      client.call(new AbortController().signal, 'verify', { ...input, pdf: new ArrayBuffer(1) }),
    ).resolves.toEqual(verification);
    expect(spawned).toHaveLength(2);
    client.terminate();
  });

  it('an already aborted signal never reaches the worker', async () => {
    let spawned = 0;
    const client = new RedactionClient(() => {
      spawned++;
      return new FakeWorker(() => {}) as unknown as Worker;
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.call(controller.signal, 'redact', { pdf: new ArrayBuffer(1), regions: [], fileName: 'a.pdf' }),
    ).rejects.toBeInstanceOf(AbortError);
    expect(spawned).toBe(0);
  });
});
