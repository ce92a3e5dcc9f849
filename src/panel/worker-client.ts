/** The panel's handle on the storage worker. One worker per panel; all storage goes through it. */
import * as Comlink from 'comlink';
import type { WorkerApi } from '../worker/db.worker';

let remote: Comlink.Remote<WorkerApi> | null = null;

export function storage(): Comlink.Remote<WorkerApi> {
  remote ??= Comlink.wrap<WorkerApi>(new Worker(new URL('../worker/db.worker.ts', import.meta.url), { type: 'module' }));
  return remote;
}
