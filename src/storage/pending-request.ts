/**
 * The support request waiting to be filled. It lives in extension storage (not the worker's
 * IndexedDB) because the content script on the support page must read it, across the page change
 * to the details page and a reload.
 */
import { ext } from '../platform/ext';
import { isExpired, type SupportRequest } from '../core/support-request/request';

const KEY = 'pendingSupportRequest';

export type FillStage = 'request' | 'details' | 'done';

export interface PendingRequest {
  request: SupportRequest;
  stage: FillStage;
  /** Fill as soon as the support page shows up (the user already clicked "Fill" in the panel). */
  autoFill: boolean;
}

export async function loadPending(now = new Date()): Promise<PendingRequest | null> {
  const stored = (await ext.storage.local.get(KEY))[KEY] as PendingRequest | undefined;
  if (!stored) return null;
  if (isExpired(stored.request, now)) {
    await ext.storage.local.remove(KEY);
    return null;
  }
  return stored;
}

export async function savePending(pending: PendingRequest): Promise<void> {
  await ext.storage.local.set({ [KEY]: pending });
}

export async function clearPending(): Promise<void> {
  await ext.storage.local.remove(KEY);
}

export function onPendingChange(listener: (pending: PendingRequest | null) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) listener((changes[KEY]?.newValue as PendingRequest | undefined) ?? null);
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
