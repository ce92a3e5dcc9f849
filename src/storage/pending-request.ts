/**
 * The support request being filled. It lives in extension storage (not the worker's IndexedDB)
 * because the content script on the support page must read it, across the page change to the details
 * page and a reload.
 */
import * as v from 'valibot';
import { isExpired, type SupportRequest } from '../core/support-request/request';
import { SupportRequestSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export type FillStage = 'request' | 'details' | 'done';

export interface PendingRequest {
  request: SupportRequest;
  stage: FillStage;
  /** Fill as soon as the support page shows up (the user already clicked "Fill" in the panel). */
  autoFill: boolean;
  /**
   * Several requests are prepared and the publisher has not chosen one yet (in the panel): the form is
   * filled with what they share, and no category remembered for another offer is guessed.
   */
  choosing?: boolean;
}

const PendingSchema = v.object({
  request: SupportRequestSchema,
  stage: v.picklist(['request', 'details', 'done']),
  autoFill: v.boolean(),
  choosing: v.optional(v.boolean()),
}) satisfies v.GenericSchema<PendingRequest>;

export const pendingRequest = storageItem(STORAGE_KEYS.pendingRequest, v.nullable(PendingSchema), null);

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
