/** Support requests as tests prepare them: the product's own shape, with what a case does not name filled in. */
import type { SupportRequest } from '../../src/core/support-request/request';

export const ALPHA_CLOUD = { tenantId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Alpha Cloud' };

export function requestFor(offerId: string, overrides: Partial<SupportRequest> = {}): SupportRequest {
  return {
    offerId,
    offerName: offerId.toUpperCase(),
    offerType: 'saas',
    from: 1,
    to: 3,
    partners: [],
    noResaleConfirmed: false,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Specific partners → no partners, one partner confirmed as not having resold: the common case of a fill. */
export const deauthorizeRequest = (offerId: string, offerName: string): SupportRequest =>
  requestFor(offerId, { offerName, from: 2, to: 3, partners: [ALPHA_CLOUD], noResaleConfirmed: true });
