/** The toolbar badge's state from the findings: blocked by any error, else a support request, else nothing. */
import { describe, expect, it } from 'vitest';
import type { AudiencePage, OfferFacts } from '../../../src/core/audience';
import { evaluateAudience } from '../../../src/core/rules';
import { badgeState } from '../../../src/core/rules/toolbar-badge';

const A = { tenantId: 'aaaaaaaa-0000-4000-a000-000000000001', name: 'Alpha' };
const page = (overrides: Partial<AudiencePage>): AudiencePage => ({
  locale: 'en',
  offerId: 'o',
  offerName: 'Offer',
  offerType: 'saas',
  published: true,
  selectedOption: 2,
  partners: [{ tenantIdText: A.tenantId, name: A.name }],
  unsavedChanges: false,
  ...overrides,
});
const facts = (overrides: Partial<OfferFacts>): OfferFacts => ({
  offerId: 'o',
  liveOption: 2,
  livePartners: [A],
  unsyncedPartners: [],
  resale: {},
  ...overrides,
});
const badgeFor = (p: Partial<AudiencePage>, f: Partial<OfferFacts>) => badgeState(evaluateAudience({ page: page(p), facts: facts(f) }));

describe('toolbar badge', () => {
  it('is blocked when a partner who resold is taken off the list', () => {
    expect(badgeFor({ partners: [] }, { resale: { [A.tenantId]: 'yes' } })).toBe('blocked');
  });
  it('asks for a request when a published offer leaves any partner', () => {
    expect(badgeFor({ selectedOption: 3, partners: [], unsavedChanges: true }, { liveOption: 1, livePartners: [] })).toBe('needs-request');
  });
  it('says nothing when the page shows what is live, or a change the publisher can make', () => {
    expect(badgeFor({}, {})).toBeNull();
    expect(badgeFor({ selectedOption: 1, partners: [], unsavedChanges: true }, { liveOption: 3, livePartners: [] })).toBeNull();
  });
});
