/**
 * Chromium's DevTools protocol over the pipe Chromium opens with --remote-debugging-pipe: JSON
 * messages separated by NUL bytes, commands written to the browser's fd 3, replies and events read
 * from its fd 4. No port is opened, so nothing on the network can reach the browser.
 */
import type { Readable, Writable } from 'node:stream';

export interface DevtoolsEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

export interface DevtoolsPipe {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<T>;
  /** Calls `listener` with every event; returns the function that stops it. */
  listen(listener: (event: DevtoolsEvent) => void): () => void;
  /** Rejects every command waiting and every later one with `error` (the browser is gone). */
  fail(error: Error): void;
}

interface Reply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export function devtoolsPipe(toBrowser: Writable, fromBrowser: Readable): DevtoolsPipe {
  let nextId = 0;
  let failure: Error | null = null;
  const waiting = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; method: string }>();
  const listeners = new Set<(event: DevtoolsEvent) => void>();
  const chunks: Buffer[] = [];

  const dispatch = (text: string): void => {
    const message = JSON.parse(text) as Partial<Reply> & Partial<DevtoolsEvent>;
    if (typeof message.id === 'number') {
      const pending = waiting.get(message.id);
      if (!pending) return;
      waiting.delete(message.id);
      if (message.error) pending.reject(new Error(`${pending.method}: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
    } else if (typeof message.method === 'string') {
      const event: DevtoolsEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of listeners) listener(event);
    }
  };

  // A message (a printed PDF is megabytes of base64) arrives in many chunks: they are joined once.
  fromBrowser.on('data', (chunk: Buffer) => {
    let start = 0;
    for (let end = chunk.indexOf(0); end >= 0; end = chunk.indexOf(0, start)) {
      chunks.push(chunk.subarray(start, end));
      const text = Buffer.concat(chunks).toString('utf8');
      chunks.length = 0;
      start = end + 1;
      dispatch(text);
    }
    if (start < chunk.length) chunks.push(chunk.subarray(start));
  });

  const pipe: DevtoolsPipe = {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
      if (failure) return Promise.reject(failure);
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (result: Record<string, unknown>) => void, reject, method });
        toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      });
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail(error) {
      failure ??= error;
      for (const pending of waiting.values()) pending.reject(failure);
      waiting.clear();
    },
  };
  fromBrowser.on('error', (error: Error) => pipe.fail(error));
  toBrowser.on('error', (error: Error) => pipe.fail(error));
  return pipe;
}
