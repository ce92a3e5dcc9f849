/** What the support tool shows, from extension storage, kept current: the request being filled, the prepared ones, the fill's report. */
import { useEffect, useState } from 'preact/hooks';
import type { FillReport } from '../../core/support-request/fill-report';
import type { SupportRequest } from '../../core/support-request/request';
import { loadReports, onReportsChange } from '../../storage/fill-reports';
import { loadPending, onPendingChange } from '../../storage/pending-request';
import type { PendingRequest } from '../../core/support-request/request';
import { loadPrepared, onPreparedChange } from '../../storage/prepared-requests';

export interface SupportState {
  /** undefined until read. */
  pending: PendingRequest | null | undefined;
  prepared: SupportRequest[];
  reports: FillReport[];
}

export function useSupportState(): SupportState {
  const [pending, setPending] = useState<PendingRequest | null | undefined>(undefined);
  const [prepared, setPrepared] = useState<SupportRequest[]>([]);
  const [reports, setReports] = useState<FillReport[]>([]);
  useEffect(() => {
    void loadPending().then(setPending);
    void loadPrepared().then(setPrepared);
    void loadReports().then(setReports);
    const offs = [onPendingChange(setPending), onPreparedChange(setPrepared), onReportsChange(setReports)];
    return () => {
      for (const off of offs) off();
    };
  }, []);
  return { pending, prepared, reports };
}
