// Main-thread bridge to the redaction worker: lazy spawn, one job at a time, AbortSignal first, idle teardown.
import * as errors from '../lib/util/errors.ts';
import { AbortError } from '../lib/util/errors.ts';
import { transferablesOf, type FromWorker, type RequestName, type Requests, type ToWorker } from './protocol.ts';

const IDLE_MS = 30_000;

/** Rebuilds a worker error as the named class from errors.ts (message kept), or a plain Error. */
export function rehydrate(name: string, message: string): Error {
  const ctor = (errors as Record<string, unknown>)[name];
  if (typeof ctor === 'function' && ctor.prototype instanceof Error) {
    const error = Object.create(ctor.prototype as object) as Error;
    Object.defineProperty(error, 'message', { value: message, enumerable: false, writable: true });
    return error;
  }
  const error = new Error(message);
  error.name = name;
  return error;
}

export class RedactionClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly spawn: () => Worker = () =>
      new Worker(new URL('./redaction.worker.ts', import.meta.url), { type: 'module', name: 'lineseal-redaction' }),
  ) {}

  /** Runs `name` in the worker. Aborting terminates the worker (the next call spawns a fresh one). */
  call<K extends RequestName>(
    signal: AbortSignal,
    name: K,
    input: Requests[K][0],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Requests[K][1]> {
    const run = (): Promise<Requests[K][1]> => this.run(signal, name, input, onProgress);
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private run<K extends RequestName>(
    signal: AbortSignal,
    name: K,
    input: Requests[K][0],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Requests[K][1]> {
    if (signal.aborted) return Promise.reject(new AbortError());
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<Requests[K][1]>((resolve, reject) => {
      const cleanup = (): void => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        signal.removeEventListener('abort', onAbort);
        this.idleTimer = setTimeout(() => this.terminate(), IDLE_MS);
      };
      const onMessage = (event: MessageEvent<FromWorker>): void => {
        const message = event.data;
        if (message.id !== id) return;
        if (message.kind === 'progress') {
          onProgress?.(message.done, message.total);
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
