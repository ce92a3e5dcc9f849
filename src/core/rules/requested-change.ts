/** What a support request asks Microsoft for, built once here for every finding and view that asks. */
import type { AudienceOption, OfferFacts, PartnerRef } from '../audience';

export interface RequestedChange {
  from: AudienceOption | null;
  to: AudienceOption | null;
  /** Partners to deauthorise (leaving option 2, or taken off its list). */
  partners: PartnerRef[];
  /** The publisher said none of these partners has resold the offer. */
  noResaleConfirmed: boolean;
}

const ref = ({ tenantId, name }: PartnerRef): PartnerRef => ({ tenantId, name });

/** Moving a published offer between options; the partners named are the ones to deauthorise. */
export function changeRequest(from: AudienceOption, to: AudienceOption, partners: PartnerRef[]): RequestedChange {
  // The rules name partners here only once every one was marked "has not resold".
  return { from, to, partners: partners.map(ref), noResaleConfirmed: partners.length > 0 };
}

/**
 * Taking partners off a published option-2 list: only those the publisher said have not resold the
 * offer (a partner that resold can't be deauthorised, and an unanswered one is not claimed either way).
 */
export function removalRequest(partners: readonly PartnerRef[], facts: OfferFacts): RequestedChange {
  return changeRequest(
    2,
    2,
    partners.filter((p) => facts.resale[p.tenantId] === 'no'),
  );
}

/** Partners taken off a list that stays (option 2 to option 2): said as a removal, not as a move between options. */
export const isRemoval = (change: Pick<RequestedChange, 'from' | 'to'>): boolean => change.from === 2 && change.to === 2;
