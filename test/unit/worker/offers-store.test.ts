import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AudiencePage } from '../../../src/core/audience';
import { openDatabase, type AssistantDatabase } from '../../../src/worker/database';
import { emptyFacts, OffersStore } from '../../../src/worker/offers-store';

let db: AssistantDatabase;
let notified: number;
let store: OffersStore;

beforeEach(() => {
  db = openDatabase(`offers-${Math.random()}`);
  notified = 0;
  store = new OffersStore(db, () => notified++);
});
afterEach(() => db.delete());

const page: AudiencePage = {
  locale: 'en',
  offerId: 'o1',
  offerName: 'O',
  offerType: 'saas',
  published: true,
  selectedOption: 2,
  partners: [{ tenantIdText: 'AAAAAAAA-0000-4000-A000-000000000001', name: 'A' }],
  unsavedChanges: false,
};

describe('OffersStore', () => {
  it('returns empty facts for an offer never seen, and keeps what is saved', async () => {
    expect(await store.getFacts('o1')).toEqual(emptyFacts('o1'));
    const facts = { ...emptyFacts('o1'), liveOption: 2 as const, resale: { x: 'yes' as const } };
    await store.saveFacts(facts);
    expect(await store.getFacts('o1')).toEqual(facts);
    expect(notified).toBe(1);
  });

  it('merges a change into the stored facts: two answers given one after the other both stay', async () => {
    await store.saveFacts({ ...emptyFacts('o1'), liveOption: 2, resale: { x: 'yes', y: 'unknown' } });
    await Promise.all([store.updateFacts('o1', { resale: { x: 'no' } }), store.updateFacts('o1', { resale: { y: 'no' } })]);
    await store.updateFacts('o1', { liveOption: 3, liveSource: 'user' });
    expect(await store.getFacts('o1')).toEqual({ ...emptyFacts('o1'), liveOption: 3, liveSource: 'user', resale: { x: 'no', y: 'no' } });
    expect(notified).toBe(4);
  });

  it('records a snapshot only when the audience changed, newest first', async () => {
    expect(await store.addSnapshot(page, new Date('2026-11-01T00:00:00Z'))).toBe(true);
    expect(await store.addSnapshot(page, new Date('2026-11-02T00:00:00Z'))).toBe(false);
    expect(await store.addSnapshot({ ...page, selectedOption: 3, partners: [] }, new Date('2026-11-03T00:00:00Z'))).toBe(true);
    const list = await store.listSnapshots('o1');
    expect(list.map((s) => [s.at, s.selectedOption, s.tenantIds])).toEqual([
      ['2026-11-03T00:00:00.000Z', 3, []],
      ['2026-11-01T00:00:00.000Z', 2, ['aaaaaaaa-0000-4000-a000-000000000001']],
    ]);
    expect(await store.listSnapshots('other')).toEqual([]);
  });

  it('lists the offers seen, each by its latest snapshot, most recently seen first', async () => {
    await store.addSnapshot({ ...page, offerId: 'old', offerName: 'Old offer' }, new Date('2026-10-01T00:00:00Z'));
    await store.addSnapshot(page, new Date('2026-11-01T00:00:00Z'));
    await store.addSnapshot({ ...page, selectedOption: 3, partners: [] }, new Date('2026-11-03T00:00:00Z'));
    const recent = await store.recentOffers();
    expect(recent.map((s) => [s.offerId, s.offerName, s.selectedOption])).toEqual([
      ['o1', page.offerName, 3],
      ['old', 'Old offer', 2],
    ]);
  });
});
