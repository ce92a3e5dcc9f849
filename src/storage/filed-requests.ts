/** Support requests the publisher filed, per offer, in extension storage: the support page records them, the panel shows them. */
import * as v from 'valibot';
import type { FiledRequest } from '../core/support-request/filed-request';
import { OptionSchema } from '../core/schemas';
import { CANONICAL_TENANT_ID } from '../core/tenant-id';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

const FiledRequestSchema = v.object({
  offerId: v.string(),
  from: OptionSchema,
  to: OptionSchema,
  tenantIds: v.array(v.pipe(v.string(), v.regex(CANONICAL_TENANT_ID))),
  filedAt: v.string(),
  caseNumber: v.string(),
  carriedOutAt: v.optional(v.string()),
}) satisfies v.GenericSchema<FiledRequest>;

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
