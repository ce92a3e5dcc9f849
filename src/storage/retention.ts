/**
 * How long extension storage keeps what it keeps (README, Privacy): a request prepared or being filled
 * for two hours, then deleted, not merely hidden; everything at once on "Delete all data".
 */
import { isExpired } from '../core/support-request/request';
import { ext } from '../platform/ext';
import { pendingRequest } from './pending-request';
import { preparedRequests } from './prepared-requests';

/** Deletes the requests past their two hours. Run whenever the service worker or a panel starts. */
export async function deleteExpiredRequests(now = new Date()): Promise<void> {
  const prepared = await preparedRequests.get();
  const kept = prepared.filter((r) => !isExpired(r, now));
  if (kept.length !== prepared.length) await preparedRequests.set(kept);
  const pending = await pendingRequest.get();
  if (pending && isExpired(pending.request, now)) await pendingRequest.set(null);
}

/** Every key this extension keeps in extension storage, declared or not: the storage half of "Delete all data". */
export const deleteAllStored = (): Promise<void> => ext.storage.local.clear();
