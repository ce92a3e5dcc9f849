/**
 * The support request being filled. It lives in extension storage (not the worker's IndexedDB)
 * because the content script on the support page must read it, across the page change to the details
 * page and a reload.
 */
import * as v from 'valibot';
import { isExpired, type PendingRequest } from '../core/support-request/request';
import { PendingRequestSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem, type Followed } from './storage-item';

export const pendingRequest = storageItem(STORAGE_KEYS.pendingRequest, v.nullable(PendingRequestSchema), null);

export async function loadPending(now = new Date()): Promise<PendingRequest | null> {
  const stored = await pendingRequest.get();
  if (stored && isExpired(stored.request, now)) {
    await clearPending();
    return null;
  }
  return stored;
}

export const savePending = (pending: PendingRequest): Promise<void> => pendingRequest.set(pending);
export const clearPending = (): Promise<void> => pendingRequest.set(null);
export const onPendingChange = (listener: (pending: PendingRequest | null) => void): (() => void) => pendingRequest.onChange(listener);

/** The request being filled, as a view follows it: an expired one reads as none. */
export const unexpiredPending: Followed<PendingRequest | null> = { get: () => loadPending(), onChange: onPendingChange };
