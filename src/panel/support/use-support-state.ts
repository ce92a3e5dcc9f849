/** What the support tool shows, from extension storage, kept current: the request being filled, the prepared ones, the fill's report. */
import type { FillReport } from '../../core/support-request/fill-report';
import type { PendingRequest, SupportRequest } from '../../core/support-request/request';
import { fillReports } from '../../storage/fill-reports';
import { unexpiredPending } from '../../storage/pending-request';
import { unexpiredPrepared } from '../../storage/prepared-requests';
import { useStorageItem } from '../hooks/use-storage-item';

export interface SupportState {
  /** undefined until read. */
  pending: PendingRequest | null | undefined;
  prepared: SupportRequest[];
  reports: FillReport[];
}

export function useSupportState(): SupportState {
  return {
    pending: useStorageItem(unexpiredPending),
    prepared: useStorageItem(unexpiredPrepared) ?? [],
    reports: useStorageItem(fillReports) ?? [],
  };
}
