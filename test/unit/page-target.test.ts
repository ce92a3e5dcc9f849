import { describe, expect, it } from 'vitest';
import type { AudiencePage } from '../../src/core/audience';
import { pageTarget, targetMismatch } from '../../src/core/page-target';

const A = '0f8fad5b-d9cb-469f-a165-70867728950e';
const B = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const page = (offerId: string, ids: string[]): AudiencePage => ({
  locale: 'en',
  offerId,
  offerName: 'Contoso',
  offerType: 'saas',
  published: true,
  selectedOption: 2,
  partners: ids.map((tenantIdText) => ({ tenantIdText, name: tenantIdText })),
  unsavedChanges: false,
});

describe('page target', () => {
  const target = pageTarget(page('offer-1', [B.toUpperCase(), A, 'not-a-guid']), 'frame-1');

  it('names the frame, the offer and the table as canonical tenant IDs in one order', () => {
    expect(target).toEqual({ frame: 'frame-1', offerId: 'offer-1', tenantIds: [A, B] });
  });

  it('matches the same page, whatever the rows order or the IDs case', () => {
    expect(targetMismatch(target, page('offer-1', [A, B]))).toBeNull();
  });

  it('says what differs: no page, another offer, another table', () => {
    expect(targetMismatch(target, null)).toBe('page-gone');
    expect(targetMismatch(target, page('offer-2', [A, B]))).toBe('other-offer');
    expect(targetMismatch(target, page('offer-1', [A]))).toBe('table-changed');
    expect(targetMismatch(target, page('offer-1', [A, B, '3f2504e0-4f89-11d3-9a0c-0305e82c3301']))).toBe('table-changed');
  });
});
