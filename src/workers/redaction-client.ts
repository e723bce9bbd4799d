// Main-thread bridge to the redaction worker: lazy spawn, one job at a time, AbortSignal first, idle teardown.
import * as errors from '../lib/util/errors.ts';
import { AbortError } from '../lib/util/errors.ts';
import {
  transferablesOf,
  type CallbackHandlers,
  type CallbackName,
  type FromWorker,
  type MessageToWorker,
  type RequestName,
  type Requests,
  type ToWorker,
} from './protocol.ts';

/** An idle worker is terminated after this long (it holds pdf-lib's heap of the last file). */
export const IDLE_MS = 30_000;

/** Rebuilds a worker error as the named class from errors.ts (message and name kept), or a plain Error. */
export function rehydrate(name: string, message: string): Error {
  const ctor = (errors as Record<string, unknown>)[name];
  const error =
    typeof ctor === 'function' && ctor.prototype instanceof Error
      ? (Object.create(ctor.prototype as object) as Error)
      : new Error(message);
  Object.defineProperty(error, 'message', { value: message, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(error, 'name', { value: name, enumerable: false, writable: true, configurable: true });
  return error;
}

type Spawn = () => Worker;

export class RedactionClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Workers spawned so far (a new one after each abort or idle teardown). */
  spawned = 0;

  constructor(
    private readonly spawn: Spawn = () =>
      new Worker(new URL('./redaction.worker.ts', import.meta.url), { type: 'module', name: 'lineseal-redaction' }),
    private readonly idleMs = IDLE_MS,
  ) {}

  /**
   * Runs `name` in the worker, one request at a time. Aborting (also while queued) rejects with AbortError and
   * terminates the worker; the next call spawns a fresh one. `host` answers the worker's callbacks (e.g. the
   * page rasteriser for the engine's fallback).
   */
  call<K extends RequestName>(
    signal: AbortSignal,
    name: K,
    input: Requests[K][0],
    onProgress?: (done: number, total: number) => void,
    host: CallbackHandlers = {},
  ): Promise<Requests[K][1]> {
    const run = (): Promise<Requests[K][1]> => this.run(signal, name, input, onProgress, host);
    const turn = this.queue.then(run, run);
    this.queue = turn.catch(() => undefined);
    if (signal.aborted) return Promise.reject(new AbortError());
    // A queued call that is aborted gives up at once (its turn, when it comes, ends immediately).
    return new Promise<Requests[K][1]>((resolve, reject) => {
      const onAbort = (): void => reject(new AbortError());
      signal.addEventListener('abort', onAbort, { once: true });
      turn.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private run<K extends RequestName>(
    signal: AbortSignal,
    name: K,
    input: Requests[K][0],
    onProgress: ((done: number, total: number) => void) | undefined,
    host: CallbackHandlers,
  ): Promise<Requests[K][1]> {
    if (signal.aborted) return Promise.reject(new AbortError());
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.worker) {
      this.worker = this.spawn();
      this.spawned++;
    }
    const worker = this.worker;
    const id = this.nextId++;
    return new Promise<Requests[K][1]>((resolve, reject) => {
      const cleanup = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal.removeEventListener('abort', onAbort);
        if (this.worker === worker) this.idleTimer = setTimeout(() => this.terminate(), this.idleMs);
      };
      const reply = (message: MessageToWorker, transfer: ArrayBuffer[] = []): void => {
        if (!signal.aborted && this.worker === worker) worker.postMessage(message, transfer);
      };
      const answer = (callId: number, callback: CallbackName, callInput: unknown): void => {
        const handler = host[callback] as ((i: unknown) => Promise<unknown>) | undefined;
        if (!handler) {
          reply({ callId, kind: 'callback-error', name: 'Error', message: `no ${callback} on the main thread` });
          return;
        }
        handler(callInput).then(
          (output) => reply({ callId, kind: 'callback-result', output }, transferablesOf(output)),
          (error: unknown) => {
            const e = error instanceof Error ? error : new Error(String(error));
            reply({ callId, kind: 'callback-error', name: e.name, message: e.message });
          },
        );
      };
      const onMessage = (event: MessageEvent<FromWorker>): void => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.kind === 'progress') {
          onProgress?.(message.done, message.total);
          return;
        }
        if (message.kind === 'callback') {
          answer(message.callId, message.name, message.input);
          return;
        }
        cleanup();
        if (message.kind === 'result') resolve(message.output as Requests[K][1]);
        else reject(rehydrate(message.name, message.message));
      };
      const onError = (event: ErrorEvent): void => {
        cleanup();
        this.terminate();
        reject(new Error(`the redaction worker failed: ${event.message || 'unknown error'}`));
      };
      const onAbort = (): void => {
        cleanup();
        this.terminate();
        reject(new AbortError());
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      signal.addEventListener('abort', onAbort);
      const message: ToWorker<K> = { id, name, input };
      worker.postMessage(message, transferablesOf(input));
    });
  }

  /** Whether a worker is alive now (spawned and not yet torn down). */
  get alive(): boolean {
    return this.worker !== null;
  }

  terminate(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.worker?.terminate();
    this.worker = null;
  }
}

let shared: RedactionClient | null = null;

/** The app's one redaction client. */
export function redactionClient(): RedactionClient {
  return (shared ??= new RedactionClient());
}
