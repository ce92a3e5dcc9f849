/**
 * The offer's type from the words the page shows. A name we know exactly is that type; a labelled
 * value is also matched by its keywords (the portal's names vary); a value that names one of the
 * marketplace's other offer types is 'other'; anything else is 'unknown', so that the publisher is
 * asked rather than told the offer is not eligible.
 */
import type { OfferType } from './audience';
import { matches, normalizeLabel, OFFER_TYPE_KEYS } from './vocabulary';

type KnownType = Exclude<OfferType, 'other' | 'unknown'>;

/** Checked in order: BYOL before plain VM, managed application before solution template. */
const KEYWORDS: [KnownType, RegExp][] = [
  ['byol-vm', /byol|사용자 라이선스/],
  ['saas', /\bsaas\b|software[ -]as[ -]a[ -]service/],
  ['vm', /virtual machine|\bvm\b|가상 머신/],
  ['managed-app', /managed app|관리형 애플리케이션|관리되는 애플리케이션/],
  ['solution-template', /solution template|솔루션 템플릿/],
  ['container', /container|컨테이너/],
];

/** The marketplace's offer types outside the CSP program (Microsoft Learn, "commercial marketplace offer types"). */
const OTHER_TYPES =
  /consulting service|managed service|iot edge|power bi|dynamics 365|microsoft 365|teams app|컨설팅 서비스|관리 서비스|iot edge 모듈/;

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
  const keyword = KEYWORDS.find(([, pattern]) => pattern.test(normalized));
  if (keyword) return keyword[0];
  return OTHER_TYPES.test(normalized) ? 'other' : 'unknown';
}

/** The page's type, or, where the page does not show one, the type the publisher told us. */
export function effectiveOfferType(page: { offerType: OfferType }, facts: { offerType?: OfferType }): OfferType {
  return page.offerType === 'unknown' ? (facts.offerType ?? 'unknown') : page.offerType;
}
