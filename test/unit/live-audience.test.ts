/** The live audience against the page: which partners the resale questions are about, and what is taken as live. */
import { describe, expect, it } from 'vitest';
import type { AudiencePage, OfferFacts } from '../../src/core/audience';
import { liveFromPage, resaleRows, takenAsLiveOnSight } from '../../src/core/live-audience';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const C = '16fd2706-8baf-433b-82eb-8c7fada847da';

const page = (over: Partial<AudiencePage> = {}): AudiencePage => ({
  locale: 'en',
  offerId: 'o',
  offerName: 'O',
  offerType: 'saas',
  published: true,
  selectedOption: 2,
  partners: [
    { tenantIdText: A.toUpperCase(), name: 'Alpha' },
    { tenantIdText: C, name: 'Charlie' },
    { tenantIdText: 'not-a-guid', name: 'Broken' },
  ],
  unsavedChanges: false,
  ...over,
});
const facts = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  offerId: 'o',
  liveOption: 2,
  livePartners: [
    { tenantId: A, name: 'Alpha' },
    { tenantId: B, name: 'Beta' },
  ],
  unsyncedPartners: [],
  resale: { [B]: 'no' },
  ...over,
});

describe('resale rows', () => {
  it('lists partners kept, added and taken off the live list, each with its answer', () => {
    expect(resaleRows(page(), facts())).toEqual([
      { tenantId: A, name: 'Alpha', status: 'kept', resale: 'unknown' },
      { tenantId: C, name: 'Charlie', status: 'added', resale: 'unknown' },
      { tenantId: B, name: 'Beta', status: 'removed', resale: 'no' },
    ]);
  });

  it('counts every live partner as removed when the page leaves option 2', () => {
    expect(resaleRows(page({ selectedOption: 3 }), facts()).map((r) => [r.name, r.status])).toEqual([
      ['Alpha', 'removed'],
      ['Beta', 'removed'],
    ]);
  });
});

describe('the page taken as live', () => {
  it('takes option 2 with its valid partners, canonical, and clears what was unsynced', () => {
    expect(liveFromPage(page(), 'user')).toEqual({
      liveOption: 2,
      liveSource: 'user',
      livePartners: [
        { tenantId: A, name: 'Alpha' },
        { tenantId: C, name: 'Charlie' },
      ],
      unsyncedPartners: [],
    });
    expect(liveFromPage(page({ selectedOption: 1 }), 'page').livePartners).toEqual([]);
  });

  it('on first sight only: published, nothing unsaved, an option selected, and live not yet known', () => {
    const unknown = facts({ liveOption: null, livePartners: [] });
    expect(takenAsLiveOnSight(page(), unknown)).toBe(true);
    expect(takenAsLiveOnSight(page({ published: false }), unknown)).toBe(false);
    expect(takenAsLiveOnSight(page({ unsavedChanges: true }), unknown)).toBe(false);
    expect(takenAsLiveOnSight(page({ selectedOption: null }), unknown)).toBe(false);
    expect(takenAsLiveOnSight(page(), { ...unknown, liveSource: 'user' })).toBe(false);
  });
});
