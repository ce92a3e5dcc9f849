/**
 * Support requests prepared from audience pages and not yet filed: one per offer, newest first. The
 * launcher on a support form fills with the only one; with several, the panel lets the publisher choose.
 */
import * as v from 'valibot';
import { isExpired, type SupportRequest } from '../core/support-request/request';
import { SupportRequestSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem, type Followed } from './storage-item';

export const preparedRequests = storageItem(STORAGE_KEYS.preparedRequests, v.array(SupportRequestSchema), [] as SupportRequest[]);

const unexpired = (requests: SupportRequest[], now = new Date()) => requests.filter((r) => !isExpired(r, now));

export async function loadPrepared(now = new Date()): Promise<SupportRequest[]> {
  return unexpired(await preparedRequests.get(), now);
}

/** The prepared requests as they change, expired ones left out (the change carries them: no re-read). */
export function onPreparedChange(listener: (requests: SupportRequest[]) => void): () => void {
  return preparedRequests.onChange((requests) => listener(unexpired(requests)));
}

export const unexpiredPrepared: Followed<SupportRequest[]> = { get: () => loadPrepared(), onChange: onPreparedChange };

/** A request prepared again for the same offer replaces the earlier one. */
export async function prepareRequest(request: SupportRequest): Promise<void> {
  await preparedRequests.set([request, ...(await loadPrepared()).filter((r) => r.offerId !== request.offerId)]);
}

export async function dropPrepared(offerId: string): Promise<void> {
  await preparedRequests.set((await loadPrepared()).filter((r) => r.offerId !== offerId));
}
