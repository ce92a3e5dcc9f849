/** The autofill's reports, page by page, for the panel to show: kept in extension storage like the request. */
import * as v from 'valibot';
import type { FillReport } from '../core/support-request/fill-report';
import { FillReportSchema } from '../core/schemas';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const fillReports = storageItem(STORAGE_KEYS.fillReports, v.array(FillReportSchema), [] as FillReport[]);

/**
 * A report of the first page starts a new run; the details page's report joins it. What each field
 * became is kept, not the description written (it names the partners): the form holds that.
 */
export async function recordReport(report: FillReport): Promise<void> {
  const previous = report.page === 'request' ? [] : (await fillReports.get()).filter((r) => r.page === 'request');
  const fields = report.fields.map(({ value, ...field }) =>
    field.field === 'description' || value === undefined ? field : { ...field, value },
  );
  await fillReports.set([...previous, { ...report, fields }]);
}

export const clearReports = (): Promise<void> => fillReports.set([]);
