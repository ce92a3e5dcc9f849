/** The autofill's reports, page by page, for the panel to show: kept in extension storage like the request. */
import { ext } from '../platform/ext';
import type { FillReport } from '../portal/support-form/report';

const KEY = 'fillReports';

export async function loadReports(): Promise<FillReport[]> {
  return ((await ext.storage.local.get(KEY))[KEY] as FillReport[] | undefined) ?? [];
}

/** A report of the first page starts a new run; the details page's report joins it. */
export async function recordReport(report: FillReport): Promise<void> {
  const previous = report.page === 'request' ? [] : (await loadReports()).filter((r) => r.page === 'request');
  await ext.storage.local.set({ [KEY]: [...previous, report] });
}

export async function clearReports(): Promise<void> {
  await ext.storage.local.remove(KEY);
}

export function onReportsChange(listener: (reports: FillReport[]) => void): () => void {
  const handler = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) listener((changes[KEY]?.newValue as FillReport[] | undefined) ?? []);
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
