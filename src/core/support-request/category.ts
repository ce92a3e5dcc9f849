/**
 * The support form's category for the offer's type. The portal's option texts are not documented,
 * so options are matched by the vocabulary's keywords (en and ko); when not exactly one option fits,
 * the user decides.
 */
import type { OfferType } from '../audience';
import { CATEGORY_KEYWORDS, normalizeLabel } from '../vocabulary';

export type CategoryChoice = { kind: 'match'; label: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'none' };

export function chooseCategory(offerType: OfferType, optionLabels: string[]): CategoryChoice {
  for (const keywords of CATEGORY_KEYWORDS[offerType]) {
    const candidates = optionLabels.filter((label) => {
      const text = normalizeLabel(label);
      return keywords.some((k) => text.includes(k));
    });
    if (candidates.length === 1) return { kind: 'match', label: candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  }
  return { kind: 'none' };
}
