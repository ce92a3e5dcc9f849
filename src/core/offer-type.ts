/**
 * The offer's type from the words the page shows. A name we know exactly is that type; a labelled
 * value is also matched by its keywords (the portal's names vary); a value that names one of the
 * marketplace's other offer types is 'other'; anything else is 'unknown', so that the publisher is
 * asked rather than told the offer is not eligible.
 */
import type { OfferType } from './audience';
import { matches, NON_CSP_OFFER_TYPES, normalizeLabel, OFFER_TYPE_KEYS, OFFER_TYPE_KEYWORDS } from './vocabulary';

type KnownType = Exclude<OfferType, 'other' | 'unknown'>;

/** A name shown on its own (no label): only an exact name counts. */
export function offerTypeFromName(text: string): KnownType | null {
  for (const [type, key] of Object.entries(OFFER_TYPE_KEYS) as [KnownType, Parameters<typeof matches>[0]][]) {
    if (matches(key, text)) return type;
  }
  return null;
}

/** A value shown after the "Offer type" label. */
export function offerTypeFromLabelledValue(text: string): OfferType {
  const exact = offerTypeFromName(text);
  if (exact) return exact;
  const normalized = normalizeLabel(text);
  const keyword = OFFER_TYPE_KEYWORDS.find(([, pattern]) => pattern.test(normalized));
  if (keyword) return keyword[0];
  return NON_CSP_OFFER_TYPES.test(normalized) ? 'other' : 'unknown';
}

/** The page's type, or, where the page does not show one, the type the publisher told us. */
export function effectiveOfferType(page: { offerType: OfferType }, facts: { offerType?: OfferType }): OfferType {
  return page.offerType === 'unknown' ? (facts.offerType ?? 'unknown') : page.offerType;
}
