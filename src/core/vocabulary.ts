/**
 * Partner Center's own words, in English and Korean (SPEC §7). Portal text and the documentation's
 * translations differ in small ways, so every entry is a list of accepted variants; the first one is
 * what the extension writes. Matching goes through `normalizeLabel` on both sides.
 */
import type { AudienceOption, Locale, OfferType } from './audience';

export type VocabularyKey =
  | 'resellPage'
  | 'module'
  | 'option1'
  | 'option2'
  | 'option3'
  | 'selectPartners'
  | 'add'
  | 'saveDraft'
  | 'sync'
  | 'importExport'
  | 'exportCsps'
  | 'removePartner'
  | 'cancel'
  | 'productVersionField'
  | 'liveOfferManagement'
  | 'categoryField'
  | 'problemField'
  | 'updateExistingOffer'
  | 'next'
  | 'detailsPage'
  | 'titleField'
  | 'descriptionField'
  | 'titleValue'
  | 'offerIdLabel'
  | 'offerTypeLabel'
  | 'statusPublished'
  | 'statusDraft'
  | 'unsavedChanges'
  | 'partnerNameHeader'
  | 'tenantIdHeader'
  | 'countryHeader'
  | 'mpnIdHeader'
  | 'typeSaas'
  | 'typeVm'
  | 'typeByolVm'
  | 'typeSolutionTemplate'
  | 'typeManagedApp'
  | 'typeContainer'
  | 'placeholder'
  | 'submit';

export const VOCABULARY: Record<VocabularyKey, Record<Locale, readonly string[]>> = {
  // The offer's tab in its left navigation, in newer docs; the 2020 module title below may be absent.
  resellPage: {
    en: ['Resell through CSPs', 'Resell through CSP'],
    ko: ['CSP를 통한 재판매', 'CSP를 통해 재판매'],
  },
  module: {
    en: ['CSP Reseller audience', 'CSP reseller audience'],
    ko: ['CSP 재판매인 대상 그룹', 'CSP 대리점 대상', 'CSP 재판매인 대상'],
  },
  option1: {
    en: ['Any partner in the CSP program'],
    ko: ['CSP 프로그램의 모든 파트너'],
  },
  option2: {
    en: ['Specific partners in the CSP program I select'],
    ko: ['선택한 CSP 프로그램의 특정 파트너'],
  },
  option3: {
    en: ['No partners in the CSP program'],
    ko: ['CSP 프로그램에 파트너가 없습니다', 'CSP 프로그램에서 파트너 없음', 'CSP 프로그램에 파트너 없음'],
  },
  selectPartners: { en: ['Select CSP Partners'], ko: ['CSP 파트너 선택'] },
  add: { en: ['Add'], ko: ['추가'] },
  saveDraft: { en: ['Save draft'], ko: ['초안 저장'] },
  sync: { en: ['Sync CSP audience'], ko: ['CSP 대상 그룹 동기화', 'CSP 대상 동기화'] },
  importExport: { en: ['Import/Export'], ko: ['가져오기/내보내기'] },
  exportCsps: { en: ['Export CSPs', 'Export CSP'], ko: ['CSP 내보내기'] },
  productVersionField: { en: ['Select the product version'], ko: ['제품 버전 선택'] },
  liveOfferManagement: { en: ['Live offer management'], ko: ['라이브 제품 관리', 'Live 제품 관리'] },
  categoryField: {
    en: ['Select a category that best describes the issue', 'Select a category that best describe the issue'],
    ko: ['문제를 가장 잘 설명하는 범주 선택'],
  },
  problemField: {
    en: ['Select a problem that best describes the issue'],
    ko: ['문제를 가장 잘 설명하는 항목 선택', '문제를 가장 잘 설명하는 문제를 선택'],
  },
  updateExistingOffer: {
    en: ['Update existing offer', 'Update to existing offer'],
    ko: ['기존 제품 업데이트'],
  },
  next: { en: ['Next'], ko: ['다음'] },
  detailsPage: { en: ['Issue details'], ko: ['문제 세부 정보'] },
  titleField: { en: ['Title', 'Issue title'], ko: ['제목', '문제 제목'] },
  descriptionField: { en: ['Description', 'Issue description'], ko: ['설명', '문제 설명'] },
  titleValue: { en: ['Deauthorize CSP'], ko: ['CSP 권한 부여 취소'] },
  // Below: page words the documentation doesn't quote; these are the portal's usual terms. The
  // simulator does not read them: it writes its pages from its own words (test/simulator/words.ts).
  removePartner: { en: ['Remove', 'Delete'], ko: ['제거', '삭제'] },
  cancel: { en: ['Cancel', 'Close'], ko: ['취소', '닫기'] },
  offerIdLabel: { en: ['Offer ID'], ko: ['제품 ID', '오퍼 ID'] },
  offerTypeLabel: { en: ['Offer type'], ko: ['제품 유형', '오퍼 유형'] },
  statusPublished: { en: ['Published', 'Live'], ko: ['게시됨', '라이브'] },
  statusDraft: { en: ['Draft', 'Not published'], ko: ['초안', '게시되지 않음'] },
  unsavedChanges: { en: ['Unsaved changes', 'You have unsaved changes'], ko: ['저장되지 않은 변경 내용', '저장되지 않은 변경 사항'] },
  partnerNameHeader: { en: ['Partner name', 'Name', 'Company name'], ko: ['파트너 이름', '이름', '회사 이름'] },
  tenantIdHeader: {
    en: ['Tenant ID', 'Microsoft Entra tenant ID', 'Azure AD tenant ID', 'CSP tenant ID'],
    ko: ['테넌트 ID', 'Microsoft Entra 테넌트 ID', 'Azure AD 테넌트 ID'],
  },
  countryHeader: { en: ['Country/region', 'Country', 'Region'], ko: ['국가/지역', '국가', '지역'] },
  mpnIdHeader: { en: ['MPN ID', 'Partner ID', 'PartnerID'], ko: ['MPN ID', '파트너 ID'] },
  // Offer type names: the English article's list and Partner Center's offer names; the seed's Korean
  // list ("SaaS(Software-as-a-Service) 서비스 제품", "VM(가상 머신)", "솔루션 템플릿", "관리되는 애플리케이션").
  typeSaas: {
    en: ['Software as a service (SaaS)', 'SaaS', 'Software as a Service'],
    ko: ['SaaS(Software as a Service)', 'SaaS', 'SaaS(Software-as-a-Service) 서비스 제품', 'SaaS(Software-as-a-Service)'],
  },
  typeVm: {
    en: ['Virtual machine', 'Azure virtual machine', 'Virtual machines (VM)'],
    ko: ['가상 머신', 'Azure 가상 머신', 'VM(가상 머신)'],
  },
  typeByolVm: {
    en: ['Virtual machine (BYOL)', 'BYOL virtual machine', 'Azure virtual machine (BYOL)'],
    ko: ['가상 머신(BYOL)', 'BYOL 가상 머신'],
  },
  typeSolutionTemplate: {
    en: ['Azure application (solution template)', 'Solution template'],
    ko: ['Azure 애플리케이션(솔루션 템플릿)', '솔루션 템플릿'],
  },
  typeManagedApp: {
    en: ['Azure application (managed application)', 'Managed application'],
    ko: ['Azure 애플리케이션(관리형 애플리케이션)', '관리형 애플리케이션', '관리되는 애플리케이션'],
  },
  typeContainer: { en: ['Azure container', 'Container'], ko: ['Azure 컨테이너', '컨테이너'] },
  placeholder: { en: ['Select an option', 'Select', 'Select...', 'Choose'], ko: ['옵션 선택', '선택', '선택하세요'] },
  submit: { en: ['Submit', 'Send'], ko: ['제출', '보내기'] },
};

/** Offer types as the page names them, one vocabulary entry each. */
export const OFFER_TYPE_KEYS: Record<KnownOfferType, VocabularyKey> = {
  saas: 'typeSaas',
  vm: 'typeVm',
  'byol-vm': 'typeByolVm',
  'solution-template': 'typeSolutionTemplate',
  'managed-app': 'typeManagedApp',
  container: 'typeContainer',
};

export const OPTION_KEYS: Record<AudienceOption, VocabularyKey> = { 1: 'option1', 2: 'option2', 3: 'option3' };

type KnownOfferType = Exclude<OfferType, 'other' | 'unknown'>;

/**
 * Keywords of a labelled offer-type value whose exact name the entries above don't hold (the
 * portal's names vary), matched on the normalised text, checked in order: BYOL before plain VM,
 * managed application before solution template. Source: the offer type names above (SPEC §7, the
 * seed's Korean list) and the words they share.
 */
export const OFFER_TYPE_KEYWORDS: readonly [KnownOfferType, RegExp][] = [
  ['byol-vm', /byol|사용자 라이선스/],
  ['saas', /\bsaas\b|software[ -]as[ -]a[ -]service/],
  ['vm', /virtual machine|\bvm\b|가상 머신/],
  ['managed-app', /managed app|관리형 애플리케이션|관리되는 애플리케이션/],
  ['solution-template', /solution template|솔루션 템플릿/],
  ['container', /container|컨테이너/],
];

/** The marketplace's offer types outside the CSP program. Source: Microsoft Learn, "commercial marketplace offer types". */
export const NON_CSP_OFFER_TYPES =
  /consulting service|managed service|iot edge|power bi|dynamics 365|microsoft 365|teams app|컨설팅 서비스|관리 서비스|iot edge 모듈/;

/**
 * The support form's category option for each offer type: an option must contain one of a tier's
 * keywords, and the first tier with any match decides. The option texts are not documented (SPEC
 * §7): source, the portal's help pane, which lists "Azure Application offer" for both kinds of Azure
 * application, and the docs' "Azure Applications offer"; the Korean words are the seed's type names.
 */
const AZURE_APPLICATION = ['azure application', 'azure 애플리케이션'];
const VM_WORDS = ['virtual machine', '가상 머신', '가상 컴퓨터'];
export const CATEGORY_KEYWORDS: Record<OfferType, readonly (readonly string[])[]> = {
  saas: [['saas', 'software as a service', '서비스로서의 소프트웨어']],
  vm: [VM_WORDS],
  'byol-vm': [VM_WORDS],
  'solution-template': [['solution template', '솔루션 템플릿'], AZURE_APPLICATION],
  'managed-app': [['managed application', 'managed app', '관리형 애플리케이션', '관리되는 애플리케이션'], AZURE_APPLICATION],
  container: [['container', '컨테이너']],
  other: [],
  unknown: [],
};

/**
 * Trim, fold case, fold every kind of white space (NBSP included) to one space, drop a trailing `*` or
 * `:`. The case folding is Unicode's default, the same as en-US's: toLocaleLowerCase('en-US') looked
 * its locale up on every call, microseconds each, and a page read makes thousands.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim()
    .replace(/\s*[*:：]+$/u, '')
    .trim()
    .toLowerCase();
}

/** The variants of one entry, in one locale or in both. */
export function variants(key: VocabularyKey, locale?: Locale): readonly string[] {
  const entry = VOCABULARY[key];
  return locale ? entry[locale] : [...entry.en, ...entry.ko];
}

/** Does `text` name this entry (in the given locale, or in either)? */
export function matches(key: VocabularyKey, text: string, locale?: Locale): boolean {
  const wanted = normalizeLabel(text);
  return variants(key, locale).some((v) => normalizeLabel(v) === wanted);
}

/** The locale whose variants of `key` include `text`, or null. */
export function localeOf(key: VocabularyKey, text: string): Locale | null {
  if (matches(key, text, 'en')) return 'en';
  if (matches(key, text, 'ko')) return 'ko';
  return null;
}

/** The words the extension writes for this entry. */
export function canonical(key: VocabularyKey, locale: Locale): string {
  const first = VOCABULARY[key][locale][0];
  if (first === undefined) throw new Error(`vocabulary entry ${key} has no ${locale} variant`);
  return first;
}
