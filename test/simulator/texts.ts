/**
 * Every word the simulated portal shows. Words the extension looks for come from the extension's
 * vocabulary (one source); the rest are the simulator's own, in English and Korean.
 */
import type { Locale, OfferType } from '../../src/core/audience';
import { OFFER_TYPE_KEYS, VOCABULARY, type VocabularyKey } from '../../src/core/vocabulary';

type Pair = Record<Locale, string>;

const OWN = {
  offerIdLabel: { en: 'Offer ID', ko: '제품 ID' },
  offerTypeLabel: { en: 'Offer type', ko: '제품 유형' },
  remove: { en: 'Remove', ko: '제거' },
  cancel: { en: 'Cancel', ko: '취소' },
  search: { en: 'Search by partner name or tenant ID', ko: '파트너 이름 또는 테넌트 ID로 검색' },
  any: { en: 'Any', ko: '모두' },
  import: { en: 'Import', ko: '가져오기' },
  synced: { en: 'CSP audience synced', ko: 'CSP 대상 그룹이 동기화되었습니다' },
  saved: { en: 'Draft saved', ko: '초안이 저장되었습니다' },
  noPartners: { en: 'No CSP partners selected yet.', ko: '아직 선택한 CSP 파트너가 없습니다.' },
  createRequest: { en: 'Create a support request', ko: '지원 요청 만들기' },
  problemArea: { en: 'Problem area', ko: '문제 영역' },
  program: { en: 'Program', ko: '프로그램' },
  severity: { en: 'Severity', ko: '심각도' },
  phone: { en: 'Phone', ko: '전화' },
  submitted: { en: 'Your request was submitted.', ko: '요청이 제출되었습니다.' },
  summary: { en: 'Your choices', ko: '선택한 항목' },
  dashboard: { en: 'Partner Center home', ko: '파트너 센터 홈' },
} satisfies Record<string, Pair>;

export const SUPPORT_OPTIONS = {
  problemArea: { en: ['Commercial Marketplace', 'Billing', 'Account'], ko: ['상업용 마켓플레이스', '청구', '계정'] },
  program: { en: ['Marketplace offers', 'Co-sell', 'Payouts'], ko: ['마켓플레이스 제품', '공동 판매', '지급'] },
  productVersion: {
    en: ['New offer creation', 'Live offer management', 'Offer in preview', 'Payout and tax'],
    ko: ['새 제품 만들기', '라이브 제품 관리', '미리 보기 제품', '지급 및 세금'],
  },
  category: {
    en: ['Software as a Service (SaaS)', 'Virtual Machine', 'Azure Application – Solution Template', 'Azure Application – Managed Application', 'Azure Container', 'Other'],
    ko: ['SaaS(Software as a Service)', '가상 머신', 'Azure 애플리케이션 – 솔루션 템플릿', 'Azure 애플리케이션 – 관리형 애플리케이션', 'Azure 컨테이너', '기타'],
  },
  problem: {
    en: ['Publish a new offer', 'Update existing offer', 'Delete or stop selling an offer', 'Other'],
    ko: ['새 제품 게시', '기존 제품 업데이트', '제품 삭제 또는 판매 중지', '기타'],
  },
  severity: { en: ['A – Critical impact', 'B – Moderate impact', 'C – Minimal impact'], ko: ['A - 심각한 영향', 'B - 보통 영향', 'C - 최소 영향'] },
} satisfies Record<string, Record<Locale, string[]>>;

function vocab(key: VocabularyKey, locale: Locale, alt: boolean): string {
  const list = VOCABULARY[key][locale];
  return (alt ? list[1] : undefined) ?? list[0]!;
}

/** The texts of one page, in one language; `alt` uses the portal's second wording where there is one. */
export function pageTexts(locale: Locale, alt = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(VOCABULARY) as VocabularyKey[]) out[key] = vocab(key, locale, alt);
  for (const [key, pair] of Object.entries(OWN)) out[key] = pair[locale];
  return out;
}

export function offerTypeText(type: OfferType, locale: Locale): string {
  return type === 'other' ? (locale === 'ko' ? 'IoT Edge 모듈' : 'IoT Edge module') : vocab(OFFER_TYPE_KEYS[type], locale, false);
}

export function supportOptions(locale: Locale, alt: boolean): Record<keyof typeof SUPPORT_OPTIONS, string[]> {
  const out = {} as Record<keyof typeof SUPPORT_OPTIONS, string[]>;
  for (const [key, pair] of Object.entries(SUPPORT_OPTIONS) as [keyof typeof SUPPORT_OPTIONS, Record<Locale, string[]>][]) {
    out[key] = pair[locale].map((label) => {
      if (!alt) return label;
      if (label === vocab('liveOfferManagement', locale, false)) return vocab('liveOfferManagement', locale, true);
      if (label === vocab('updateExistingOffer', locale, false)) return vocab('updateExistingOffer', locale, true);
      return label;
    });
  }
  return out;
}
