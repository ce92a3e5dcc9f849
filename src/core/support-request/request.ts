/** A support request the panel prepares and the support form is filled from. */
import type { AudiencePage, Locale, OfferFacts, OfferType } from '../audience';
import { effectiveOfferType } from '../offer-type';
import type { RequestedChange } from '../rules/requested-change';

/** The change the findings call for, on a named offer. */
export interface SupportRequest extends RequestedChange {
  offerId: string;
  offerName: string;
  offerType: OfferType;
  /** The category option the user picked when the offer type matched none or several. */
  category?: string;
  /** Forces the form's language; otherwise the support page's own language decides. */
  locale?: Locale;
  createdAt: string;
}

/**
 * The request a publisher starts on the support form itself, before choosing an offer: what does not
 * depend on the offer is filled, the rest of the description holds placeholders (see compose).
 */
export function requestWithoutOffer(createdAt: string): SupportRequest {
  return { offerId: '', offerName: '', offerType: 'unknown', from: null, to: null, partners: [], noResaleConfirmed: false, createdAt };
}

/** The request for a change on the offer the page shows (its type as the page or the publisher gave it). */
export function requestForOffer(page: AudiencePage, facts: OfferFacts, change: RequestedChange, createdAt: string): SupportRequest {
  return { offerId: page.offerId, offerName: page.offerName, offerType: effectiveOfferType(page, facts), ...change, createdAt };
}

/** A prepared request is for now, not for next week: it expires. */
export const REQUEST_TTL_MS = 2 * 60 * 60 * 1000;

export function isExpired(request: SupportRequest, now: Date, ttlMs = REQUEST_TTL_MS): boolean {
  const created = Date.parse(request.createdAt);
  return Number.isNaN(created) || now.getTime() - created > ttlMs || created - now.getTime() > 60_000;
}

/** The support request being filled, and how far the fill has come. */
export type FillStage = 'request' | 'details' | 'done';

export interface PendingRequest {
  request: SupportRequest;
  stage: FillStage;
  /** Fill as soon as the support page shows up (the user already clicked "Fill" in the panel). */
  autoFill: boolean;
  /**
   * Several requests are prepared and the publisher has not chosen one yet (in the panel): the form is
   * filled with what they share, and no category remembered for another offer is guessed.
   */
  choosing?: boolean;
}
