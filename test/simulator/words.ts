/**
 * Every word the simulated portal shows, written from the sources and never from the product: the
 * Korean article (shared/seed), the English article it translates ("Cloud Solution Provider program",
 * azure-docs `articles/marketplace/cloud-solution-providers.md`), and the public evidence on the
 * support pane (SPEC §7). Where the sources give two wordings, `alt` pages use the second one, as a
 * portal whose text differs from the docs would. Words the sources don't give (offer ID and type
 * labels, status badges, table headers) are the simulator's own plain choices.
 */
export type SimLocale = 'en' | 'ko';
type Words = Record<SimLocale, { main: string; alt?: string }>;

const both = (en: string, ko: string, enAlt?: string, koAlt?: string): Words => ({
  en: enAlt === undefined ? { main: en } : { main: en, alt: enAlt },
  ko: koAlt === undefined ? { main: ko } : { main: ko, alt: koAlt },
});

const WORDS = {
  // The audience page: seed "CSP 재판매인 대상 그룹" (screenshot caption) and "CSP 대리점 대상 모듈".
  module: both('CSP Reseller audience', 'CSP 재판매인 대상 그룹', 'CSP reseller audience', 'CSP 대리점 대상'),
  // The same page as newer docs name it: the offer's tab "Resell through CSPs" (SPEC §7), shown by
  // the 'shoelace' family as its heading and current tab, without the module title.
  resellPage: both('Resell through CSPs', 'CSP를 통한 재판매', undefined, 'CSP를 통해 재판매'),
  option1: both('Any partner in the CSP program', 'CSP 프로그램의 모든 파트너'),
  option2: both('Specific partners in the CSP program I select', '선택한 CSP 프로그램의 특정 파트너'),
  // The seed's list says "…없습니다", its heading "CSP 프로그램에서 파트너 없음".
  option3: both('No partners in the CSP program', 'CSP 프로그램에 파트너가 없습니다', undefined, 'CSP 프로그램에서 파트너 없음'),
  selectPartners: both('Select CSP Partners', 'CSP 파트너 선택'),
  add: both('Add', '추가'),
  saveDraft: both('Save draft', '초안 저장'),
  sync: both('Sync CSP audience', 'CSP 대상 그룹 동기화'),
  importExport: both('Import/Export', '가져오기/내보내기'),
  exportCsps: both('Export CSPs', 'CSP 내보내기'),
  // The support request, first page (seed steps 2–5; English article).
  productVersionField: both('Select the product version', '제품 버전 선택'),
  liveOfferManagement: both('Live offer management', '라이브 제품 관리'),
  categoryField: both(
    'Select a category that best describes the issue',
    '문제를 가장 잘 설명하는 범주 선택',
    'Select a category that best describe the issue',
  ),
  problemField: both('Select a problem that best describes the issue', '문제를 가장 잘 설명하는 항목 선택'),
  updateExistingOffer: both('Update existing offer', '기존 제품 업데이트', 'Update to existing offer'),
  next: both('Next', '다음'),
  // "문제 세부 정보 페이지"; step 6: the title field.
  detailsPage: both('Issue details', '문제 세부 정보'),
  titleField: both('Title', '제목'),
  descriptionField: both('Description', '설명'),
  // The simulator's own words.
  // The offer's other tabs in its left navigation (Partner Center's SaaS offer tabs), and the
  // 'shoelace' family's name for the three options where no module title names them.
  navOverview: both('Offer overview', '제품 개요'),
  navSetup: both('Offer setup', '제품 설정'),
  navProperties: both('Properties', '속성'),
  navListing: both('Offer listing', '제품 목록'),
  navPreview: both('Preview audience', '대상 미리 보기'),
  navTechnical: both('Technical configuration', '기술 구성'),
  navPlans: both('Plan overview', '플랜 개요'),
  navCoSell: both('Co-sell with Microsoft', 'Microsoft와 공동 판매'),
  resellerChoice: both('Partners who can resell this offer', '이 제품을 재판매할 수 있는 파트너'),
  offerIdLabel: both('Offer ID', '제품 ID'),
  offerTypeLabel: both('Offer type', '제품 유형'),
  published: both('Published', '게시됨'),
  draft: both('Draft', '초안'),
  unsaved: both('Unsaved changes', '저장되지 않은 변경 내용'),
  remove: both('Remove', '제거'),
  cancel: both('Cancel', '취소'),
  search: both('Search by partner name or tenant ID', '파트너 이름 또는 테넌트 ID로 검색'),
  any: both('Any', '모두'),
  import: both('Import', '가져오기'),
  synced: both('CSP audience synced', 'CSP 대상 그룹이 동기화되었습니다'),
  saved: both('Draft saved', '초안이 저장되었습니다'),
  noPartners: both('No CSP partners selected yet.', '아직 선택한 CSP 파트너가 없습니다.'),
  partnersGrid: both('Authorized CSP partners', '권한이 부여된 CSP 파트너'),
  createRequest: both('Create a support request', '지원 요청 만들기'),
  problemArea: both('Problem area', '문제 영역'),
  program: both('Program', '프로그램'),
  severity: both('Severity', '심각도'),
  phone: both('Phone', '전화'),
  submit: both('Submit', '제출'),
  submitted: both('Your request was submitted.', '요청이 제출되었습니다.'),
  summary: both('Your choices', '선택한 항목'),
  dashboard: both('Partner Center home', '파트너 센터 홈'),
  help: both('Help + support', '도움말 + 지원'),
  placeholder: both('Select an option', '옵션 선택'),
  filterCountry: both('Country', '국가'),
  filterCompetency: both('Competency', '역량'),
  filterSkill: both('Skill', '기술'),
  colName: both('Partner name', '파트너 이름'),
  colTenant: both('Tenant ID', '테넌트 ID'),
  colCountry: both('Country/region', '국가/지역'),
  colMpn: both('MPN ID', 'MPN ID'),
} satisfies Record<string, Words>;

export type WordKey = keyof typeof WORDS;
export type PageWords = Record<WordKey, string>;

export function pageWords(locale: SimLocale, alt = false): PageWords {
  const out = {} as PageWords;
  for (const key of Object.keys(WORDS) as WordKey[]) {
    const entry: { main: string; alt?: string } = WORDS[key][locale];
    out[key] = (alt ? entry.alt : undefined) ?? entry.main;
  }
  return out;
}

/**
 * Offer types as the portal might name them. English: the article's list and Partner Center's offer
 * names; Korean: the seed's list ("SaaS(Software-as-a-Service) 서비스 제품", "VM(가상 머신)",
 * "솔루션 템플릿", "관리되는 애플리케이션"; containers in its note).
 */
export const SIM_OFFER_TYPES = ['saas', 'vm', 'byol-vm', 'solution-template', 'managed-app', 'container', 'iot-edge'] as const;
export type SimOfferType = (typeof SIM_OFFER_TYPES)[number];

const OFFER_TYPE_NAMES: Record<SimOfferType, Record<SimLocale, string>> = {
  saas: { en: 'Software as a Service (SaaS)', ko: 'SaaS(Software-as-a-Service) 서비스 제품' },
  vm: { en: 'Azure Virtual Machine', ko: 'VM(가상 머신)' },
  'byol-vm': { en: 'Azure Virtual Machine (BYOL)', ko: 'VM(가상 머신) - BYOL' },
  'solution-template': { en: 'Azure Application (solution template)', ko: '솔루션 템플릿' },
  'managed-app': { en: 'Azure Application (managed application)', ko: '관리되는 애플리케이션' },
  container: { en: 'Azure Container', ko: '컨테이너' },
  'iot-edge': { en: 'IoT Edge module', ko: 'IoT Edge 모듈' },
};

export function offerTypeName(type: SimOfferType, locale: SimLocale): string {
  return OFFER_TYPE_NAMES[type][locale];
}

/**
 * The support form's dropdown options. Categories: the in-portal help's "Offer Type" list (public
 * evidence) and the docs' "SaaS apps"; the Korean form's options as machine translation would give
 * them. The first dropdowns arrive prefilled (seed step 1).
 */
export const SUPPORT_OPTIONS = {
  problemArea: { en: ['Commercial Marketplace', 'Billing', 'Account'], ko: ['상업용 마켓플레이스', '청구', '계정'] },
  program: { en: ['Marketplace offers', 'Co-sell', 'Payouts'], ko: ['마켓플레이스 제품', '공동 판매', '지급'] },
  productVersion: {
    en: ['New offer creation', 'Live offer management', 'Offer in preview', 'Payout and tax'],
    ko: ['새 제품 만들기', '라이브 제품 관리', '미리 보기 제품', '지급 및 세금'],
  },
  category: {
    en: [
      'Software as a Service offer',
      'Azure Virtual machine offer',
      'Azure Application offer',
      'Azure Container offer',
      'Managed service offer',
      'Not sure',
    ],
    ko: [
      'SaaS(Software as a Service) 제품',
      'Azure 가상 머신 제품',
      'Azure 애플리케이션 제품',
      'Azure 컨테이너 제품',
      '관리 서비스 제품',
      '잘 모름',
    ],
  },
  problem: {
    en: ['Publish a new offer', 'Update existing offer', 'Delete or stop selling an offer', 'Other'],
    ko: ['새 제품 게시', '기존 제품 업데이트', '제품 삭제 또는 판매 중지', '기타'],
  },
  severity: {
    en: ['A – Critical impact', 'B – Moderate impact', 'C – Minimal impact'],
    ko: ['A - 심각한 영향', 'B - 보통 영향', 'C - 최소 영향'],
  },
} satisfies Record<string, Record<SimLocale, string[]>>;

export type SupportOptionKey = keyof typeof SUPPORT_OPTIONS;

/** The options of one form, with `alt` spellings where the sources give two. */
export function supportOptions(locale: SimLocale, alt: boolean): Record<SupportOptionKey, string[]> {
  const words = pageWords(locale, alt);
  const main = pageWords(locale, false);
  const out = {} as Record<SupportOptionKey, string[]>;
  for (const key of Object.keys(SUPPORT_OPTIONS) as SupportOptionKey[]) {
    out[key] = SUPPORT_OPTIONS[key][locale].map((label) =>
      label === main.liveOfferManagement
        ? words.liveOfferManagement
        : label === main.updateExistingOffer
          ? words.updateExistingOffer
          : label,
    );
  }
  return out;
}
