/** The stored support requests: parsed on every read, one prepared request per offer, expired ones dropped. */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SupportRequest } from '../../../src/core/support-request/request';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { installFakeStorage } from '../../support/fake-extension-storage';

const data = installFakeStorage();
// Imported after the fake is in place: the modules bind the extension API when loaded.
let prepared: typeof import('../../../src/storage/prepared-requests');
let pending: typeof import('../../../src/storage/pending-request');
beforeAll(async () => {
  prepared = await import('../../../src/storage/prepared-requests');
  pending = await import('../../../src/storage/pending-request');
});
beforeEach(() => data.clear());

const request = (offerId: string, createdAt = new Date().toISOString()): SupportRequest => ({
  offerId,
  offerName: offerId,
  offerType: 'saas',
  from: 2,
  to: 3,
  partners: [{ tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Alpha' }],
  noResaleConfirmed: true,
  createdAt,
});

describe('prepared requests', () => {
  it('keeps one per offer, the newest first', async () => {
    await prepared.prepareRequest(request('a'));
    await prepared.prepareRequest(request('b'));
    await prepared.prepareRequest({ ...request('a'), to: 1 });
    const loaded = await prepared.loadPrepared();
    expect(loaded.map((r) => [r.offerId, r.to])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
    await prepared.dropPrepared('a');
    expect((await prepared.loadPrepared()).map((r) => r.offerId)).toEqual(['b']);
  });

  it('drops a request older than its time to live', async () => {
    data.set(STORAGE_KEYS.preparedRequests, [request('old', '2020-01-01T00:00:00Z'), request('new')]);
    expect((await prepared.loadPrepared()).map((r) => r.offerId)).toEqual(['new']);
  });

  it('reads damaged or outdated storage as empty, never as a half-typed request', async () => {
    data.set(STORAGE_KEYS.preparedRequests, [{ offerId: 'x', partners: 'not a list' }]);
    expect(await prepared.loadPrepared()).toEqual([]);
    data.set(STORAGE_KEYS.pendingRequest, { request: request('y'), stage: 'submitted', autoFill: true });
    expect(await pending.loadPending()).toBeNull();
  });
});

describe('the request being filled', () => {
  it('is cleared once expired, and subscribers hear each change parsed', async () => {
    const heard: (string | null)[] = [];
    const off = pending.onPendingChange((p) => heard.push(p?.request.offerId ?? null));
    await pending.savePending({ request: request('c'), stage: 'request', autoFill: true, choosing: true });
    expect(await pending.loadPending()).toMatchObject({ stage: 'request', choosing: true });
    await pending.savePending({ request: request('d', '2020-01-01T00:00:00Z'), stage: 'details', autoFill: false });
    expect(await pending.loadPending()).toBeNull();
    off();
    await pending.savePending({ request: request('e'), stage: 'request', autoFill: false });
    expect(heard).toEqual(['c', 'd', null]);
  });
});
