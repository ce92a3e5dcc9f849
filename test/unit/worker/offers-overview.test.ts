import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AudiencePage } from '../../../src/core/audience';
import { searchOffers, sortOffers } from '../../../src/core/offers-overview';
import { openDatabase, type AssistantDatabase } from '../../../src/worker/database';
import { listsApi, type ListsApi } from '../../../src/worker/lists-api';
import { offersOverview } from '../../../src/worker/offers-overview';
import { OffersStore } from '../../../src/worker/offers-store';

let db: AssistantDatabase;
let offers: OffersStore;
let lists: ListsApi;

beforeEach(() => {
  db = openDatabase(`overview-${Math.random()}`);
  offers = new OffersStore(db, () => undefined);
  lists = listsApi(db, () => undefined);
});
afterEach(() => db.delete());

const id = (n: number) => `aaaaaaaa-0000-4000-a000-${String(n).padStart(12, '0')}`;
const page = (offerId: string, partners: number[], published = true): AudiencePage => ({
  locale: 'en',
  offerId,
  offerName: `Offer ${offerId}`,
  offerType: 'saas',
  published,
  selectedOption: 2,
  partners: partners.map((n) => ({ tenantIdText: id(n), name: `P${n}` })),
  unsavedChanges: false,
});

describe('offersOverview', () => {
  it('has one row per offer from its latest snapshot: live option, drift, last seen, address, matching list', async () => {
    await offers.addSnapshot(
      page('a', [1, 2]),
      new Date('2026-11-01T10:00:00Z'),
      'https://partner.microsoft.com/en-us/x/offers/a/resellers',
    );
    await offers.updateFacts('a', { liveOption: 2, livePartners: [1, 2].map((n) => ({ tenantId: id(n), name: `P${n}` })) });
    await offers.addSnapshot(
      page('a', [1, 2, 3]),
      new Date('2026-11-02T10:00:00Z'),
      'https://partner.microsoft.com/en-us/x/offers/a/resellers',
    );
    await offers.addSnapshot(page('b', [4], false), new Date('2026-11-03T10:00:00Z'));
    await lists.createList(
      'Three',
      [1, 2, 3].map((n) => ({ tenantId: id(n), name: `P${n}` })),
    );
    await lists.createList(
      'Other three',
      [1, 2, 4].map((n) => ({ tenantId: id(n), name: `P${n}` })),
    );

    const rows = sortOffers(await offersOverview(db, offers, lists), 'name');
    expect(rows.map((r) => r.offerId)).toEqual(['a', 'b']);
    expect(rows[0]).toMatchObject({
      liveOption: 2,
      livePartners: 2,
      drift: true,
      seenAt: '2026-11-02T10:00:00.000Z',
      url: 'https://partner.microsoft.com/en-us/x/offers/a/resellers',
      matchingList: 'Three',
    });
    expect(rows[1]).toMatchObject({ published: false, liveOption: null, livePartners: null, drift: false, url: null, matchingList: null });
  });

  it('sorts by last seen, name or live partners, and searches names, IDs and list names', async () => {
    await offers.addSnapshot(page('zeta', [1]), new Date('2026-11-05T00:00:00Z'));
    await offers.addSnapshot(page('alpha', [2]), new Date('2026-11-04T00:00:00Z'));
    const rows = await offersOverview(db, offers, lists);
    expect(sortOffers(rows, 'seen').map((r) => r.offerId)).toEqual(['zeta', 'alpha']);
    expect(sortOffers(rows, 'name').map((r) => r.offerId)).toEqual(['alpha', 'zeta']);
    expect(searchOffers(rows, ' ZET ').map((r) => r.offerId)).toEqual(['zeta']);
    expect(searchOffers(rows, 'nothing')).toEqual([]);
  });
});
