// The worker side of the protocol: answers requests by name, reports progress, asks callbacks of the main thread.
import type { ImageDecoder } from '../lib/redaction/redact-content.ts';
import {
  isCallbackReply,
  transferablesOf,
  type CallbackName,
  type Callbacks,
  type FromWorker,
  type MessageToWorker,
} from './protocol.ts';
import { createHandlers } from './redaction-handlers.ts';

/** The worker's global scope, or one end of a MessageChannel in tests. */
export interface Endpoint {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<MessageToWorker>) => void): void;
}

/** Serves the redaction requests on `endpoint`; `decodeImage` is the realm's JPEG decoder. */
export function serve(endpoint: Endpoint, decodeImage?: ImageDecoder): void {
  /** The request being handled (the client sends one at a time); callbacks are asked on its behalf. */
  let currentId = 0;
  let nextCallId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  function ask<K extends CallbackName>(name: K, input: Callbacks[K][0]): Promise<Callbacks[K][1]> {
    const callId = nextCallId++;
    return new Promise<Callbacks[K][1]>((resolve, reject) => {
      pending.set(callId, { resolve: resolve as (v: unknown) => void, reject });
      endpoint.postMessage({ id: currentId, kind: 'callback', callId, name, input });
    });
  }

  /** The engine's fallback: the main thread renders the page with pdf.js (browser-raster.ts). */
  const handlers = createHandlers({
    rasterizePage: (bytes, pageIndex, dpi) =>
      ask('rasterizePage', { pageIndex, dpi, ...(bytes ? { pdf: bytes.slice().buffer } : {}) }),
    ...(decodeImage ? { decodeImage } : {}),
  });

  endpoint.addEventListener('message', (event) => {
    const message = event.data;
    if (isCallbackReply(message)) {
      const waiter = pending.get(message.callId);
      pending.delete(message.callId);
      if (!waiter) return;
      if (message.kind === 'callback-result') waiter.resolve(message.output);
      else {
        const error = new Error(message.message);
        error.name = message.name;
        waiter.reject(error);
      }
      return;
    }
    const { id, name, input } = message;
    currentId = id;
    const handler = handlers[name] as (i: unknown, p: (d: number, t: number) => void) => Promise<unknown>;
    if (typeof handler !== 'function') {
      endpoint.postMessage({ id, kind: 'error', name: 'Error', message: `unknown request ${String(name)}` });
      return;
    }
    let last = 0;
    const progress = (done: number, total: number): void => {
      const now = Date.now();
      // At most ~20 messages a second, but always the first and the last.
      if (done > 0 && done < total && now - last < 50) return;
      last = now;
      endpoint.postMessage({ id, kind: 'progress', done, total });
    };
    handler(input, progress).then(
      (output) => endpoint.postMessage({ id, kind: 'result', output }, transferablesOf(output)),
      (error: unknown) => {
        const e = error instanceof Error ? error : new Error(String(error));
        endpoint.postMessage({ id, kind: 'error', name: e.name, message: e.message });
      },
    );
  });
}
