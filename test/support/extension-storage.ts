/**
 * The extension's storage as the tests set and read it, through the service worker, by the keys the
 * product itself uses (src/storage/keys), never retyped.
 */
import type { Worker } from 'playwright-core';
import type { SupportRequest } from '../../src/core/support-request/request';
import type { FillReport } from '../../src/core/support-request/fill-report';
import { STORAGE_KEYS, type StorageKey } from '../../src/storage/keys';

export { STORAGE_KEYS };
export { requestFor } from './requests';

export function readStored<T>(worker: Worker, key: StorageKey): Promise<T | undefined> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T | undefined, key);
}

export async function writeStored(worker: Worker, values: Partial<Record<StorageKey, unknown>>): Promise<void> {
  await worker.evaluate((v) => chrome.storage.local.set(v), values);
}

export async function forget(worker: Worker, ...keys: StorageKey[]): Promise<void> {
  await worker.evaluate((k) => chrome.storage.local.remove(k), keys);
}

/** A request waiting to be filled (as the panel leaves it), and no report from an earlier fill. */
export async function seedPending(worker: Worker, request: SupportRequest): Promise<void> {
  await forget(worker, STORAGE_KEYS.fillReports);
  await writeStored(worker, { [STORAGE_KEYS.pendingRequest]: { request, stage: 'request', autoFill: false } });
}

export async function fillReports(worker: Worker): Promise<FillReport[]> {
  return (await readStored<FillReport[]>(worker, STORAGE_KEYS.fillReports)) ?? [];
}

/** A request for a made-up offer, as the panel prepares it. */
