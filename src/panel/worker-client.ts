/**
 * The panel's handle on the storage worker. All storage goes through it. A worker that fails (an
 * uncaught error) is not trusted any further: it is stopped, which rolls back any transaction it had
 * open, and the next call starts a fresh one. Calls in flight learn of it through `storageFailure()`.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from '../worker/db.worker';
import { carryAssistantErrors } from '../worker/error-transfer';

interface Connection {
  remote: Comlink.Remote<WorkerApi>;
  failed: Promise<never>;
}

// The worker's errors arrive as AssistantErrors, with their codes (the worker installs the same).
carryAssistantErrors();

let connection: Connection | null = null;
const listeners = new Set<() => void>();

function connect(): Connection {
  if (connection) return connection;
  const worker = new Worker(new URL('../worker/db.worker.ts', import.meta.url), { type: 'module' });
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // Nobody may be waiting on it: that is not an unhandled rejection.
  failed.catch(() => undefined);
  const current: Connection = { remote: Comlink.wrap<WorkerApi>(worker), failed };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    if (connection === current) connection = null;
    fail(new Error(event.message || 'the storage worker stopped'));
    for (const listener of listeners) listener();
  });
  connection = current;
  return current;
}

export function storage(): Comlink.Remote<WorkerApi> {
  return connect().remote;
}

/** Rejects when the worker that serves calls made now fails. */
export function storageFailure(): Promise<never> {
  return connect().failed;
}

export function onStorageFailure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
