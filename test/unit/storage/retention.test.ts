/** What extension storage keeps, and for how long (README, Privacy): each sentence there checked here. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FillReport } from '../../../src/core/support-request/fill-report';
import type { SupportRequest } from '../../../src/core/support-request/request';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { installFakeStorage } from '../../support/fake-extension-storage';

const data = installFakeStorage();
let retention: typeof import('../../../src/storage/retention');
let reports: typeof import('../../../src/storage/fill-reports');
beforeAll(async () => {
  retention = await import('../../../src/storage/retention');
  reports = await import('../../../src/storage/fill-reports');
});
beforeEach(() => data.clear());

const HOUR = 3_600_000;
const request = (offerId: string, ageMs: number): SupportRequest => ({
  offerId,
  offerName: `Offer ${offerId}`,
  offerType: 'saas',
  from: 2,
  to: 3,
  partners: [{ tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Alpha Korea' }],
  noResaleConfirmed: true,
  createdAt: new Date(Date.now() - ageMs).toISOString(),
});

describe('retention', () => {
  it('deletes prepared and pending requests older than two hours from storage itself, and keeps the others', async () => {
    data.set(STORAGE_KEYS.preparedRequests, [request('fresh', HOUR), request('old', 3 * HOUR)]);
    data.set(STORAGE_KEYS.pendingRequest, { request: request('old', 3 * HOUR), stage: 'request', autoFill: true });
    await retention.deleteExpiredRequests();
    expect((data.get(STORAGE_KEYS.preparedRequests) as SupportRequest[]).map((r) => r.offerId)).toEqual(['fresh']);
    expect(data.get(STORAGE_KEYS.pendingRequest)).toBeNull();
  });

  it('keeps what each field of a fill became, not the description written with the partners in it', async () => {
    const report: FillReport = {
      page: 'details',
      locale: 'en',
      fields: [
        { field: 'title', status: 'filled', label: 'Title', value: 'Deauthorize CSP' },
        { field: 'description', status: 'filled', label: 'Description', value: 'Remove Alpha Korea (0f8fad5b-…)' },
      ],
      userMustFill: [],
    };
    await reports.recordReport(report);
    const stored = JSON.stringify(data.get(STORAGE_KEYS.fillReports));
    expect(stored).not.toContain('Alpha Korea');
    expect(await reports.fillReports.get()).toEqual([
      {
        ...report,
        fields: [report.fields[0], { field: 'description', status: 'filled', label: 'Description' }],
      },
    ]);
  });

  it('"Delete all data" leaves no key in extension storage: every key the code declares, and any other', async () => {
    for (const key of Object.values(STORAGE_KEYS)) data.set(key, { planted: key });
    data.set('a-key-from-an-older-version', 1);
    await retention.deleteAllStored();
    expect([...data.keys()]).toEqual([]);
  });
});
