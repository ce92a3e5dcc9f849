/** Support requests the publisher filed, per offer, in extension storage: the support page records them, the panel shows them. */
import * as v from 'valibot';
import type { FiledRequest } from '../core/support-request/filed-request';
import { FiledRequestSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const filedRequests = storageItem(STORAGE_KEYS.filedRequests, v.array(FiledRequestSchema), [] as FiledRequest[]);

export async function recordFiled(request: FiledRequest): Promise<void> {
  const known = await filedRequests.get();
  // The same confirmation seen twice (a re-render) is one request.
  if (known.some((r) => r.caseNumber === request.caseNumber)) return;
  await filedRequests.set([...known, request]);
}

export async function markCarriedOut(offerId: string, at: string): Promise<void> {
  await filedRequests.set(
    (await filedRequests.get()).map((r) => (r.offerId === offerId && !r.carriedOutAt ? { ...r, carriedOutAt: at } : r)),
  );
}
