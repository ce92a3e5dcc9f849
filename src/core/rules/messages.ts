/** The findings in words, English and Korean. Plain text only: the panel renders it as text. */
import type { AudienceOption, Locale } from '../audience';
import { canonical, OPTION_KEYS } from '../vocabulary';
import type { Finding, FindingAction, FindingCode, NextStep } from './finding';
import { STEP_RULES } from './rules-table';
import { resolveParticles } from '../i18n/korean-particles';

/** A step the panel takes for the publisher: a button. */
export interface PresentedStep {
  step: NextStep;
  label: string;
  primary: boolean;
}

export interface FindingText {
  title: string;
  detail: string;
  /** The panel's steps, the finding's own first; the publisher's steps on the page are in the words. */
  steps: PresentedStep[];
}

type Words = (f: Finding) => { title: string; detail: string };

const optionName = (option: AudienceOption | undefined, locale: Locale): string =>
  option === undefined ? '?' : `${locale === 'ko' ? '옵션' : 'Option'} ${option} (${canonical(OPTION_KEYS[option], locale)})`;

// The partners a finding names are not in its words: the panel lists them under the text (name,
// tenant ID, copy button).
/** One partner, or several: the words say which. */
const one = (f: Finding) => (f.params.partners ?? []).length === 1;

const rowList = (f: Finding, locale: Locale): string =>
  (f.params.rows ?? []).map((r) => (locale === 'ko' ? `${r.row}행: "${r.text}"` : `row ${r.row}: "${r.text}"`)).join(', ');

const EN: Record<FindingCode, Words> = {
  'transition.support-request': (f) => ({
    title: `Moving from ${optionName(f.params.from, 'en')} to ${optionName(f.params.to, 'en')} needs a support request`,
    detail:
      'Partner Center can\'t make this change on a published offer. File a support request titled "Deauthorize CSP"; the assistant fills it for you.',
  }),
  'transition.keeps-resold-partners': () => ({
    title: 'Partners that already resold stay authorized',
    detail:
      'When a published offer moves from any partner to specific partners, partners that have already resold it to customers are on the authorized list by default.',
  }),
  'transition.blocked-resold': (f) => ({
    title: one(f) ? 'This partner has resold the offer' : 'These partners have resold the offer',
    detail: `A partner that has already resold the offer to customers can't be deauthorized, so this change can't be made:`,
  }),
  'transition.resale-unknown': (f) => ({
    title: one(f) ? 'Has this partner resold the offer?' : 'Have these partners resold the offer?',
    detail: one(f)
      ? 'The change is possible only if the partner has not resold the offer. Answer below:'
      : 'The change is possible only for partners that have not resold the offer. Answer for each below:',
  }),
  'transition.free': () => ({
    title: 'Allowed at any time',
    detail: 'You can make this change yourself: select "Save draft", then publish.',
  }),
  'deauthorize.support-request': (f) => ({
    title: 'Removing partners from a published list needs a support request',
    detail: one(f)
      ? 'This partner has not resold the offer, so Microsoft can deauthorize it on request:'
      : 'These partners have not resold the offer, so Microsoft can deauthorize them on request:',
  }),
  'sync.required': (f) => ({
    title: one(f)
      ? 'Select "Sync CSP audience" to authorize the added partner'
      : 'Select "Sync CSP audience" to authorize the added partners',
    detail: `On a published offer, new partners get access after "Save draft" and "Sync CSP audience":`,
  }),
  'publish.required': () => ({
    title: 'Publish the offer so that partners get access',
    detail: 'The offer has not been published yet: the selected partners can resell it only once it is published.',
  }),
  'draft.unsaved': () => ({ title: 'Unsaved changes', detail: 'Select "Save draft" to keep your changes.' }),
  'partners.empty': () => ({
    title: 'No partners selected',
    detail: 'With "Specific partners", select at least one partner with "Select CSP Partners", or choose another option.',
  }),
  'partners.invalid-tenant': (f) => ({
    title: 'Tenant IDs that are not valid',
    detail: `A tenant ID is a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e. Not valid: ${rowList(f, 'en')}`,
  }),
  'partners.duplicate': (f) => ({ title: 'Partners listed twice', detail: `Same tenant ID again at ${rowList(f, 'en')}` }),
  'offer.default-opt-in': () => ({
    title: 'Opted in by default',
    detail: 'Container offers and BYOL virtual machine plans are opted in to resale by CSP partners by default.',
  }),
  'offer.not-eligible': () => ({
    title: 'This offer type is not sold through CSP partners',
    detail: 'CSP resale is for SaaS, virtual machines, solution templates, managed applications and containers.',
  }),
  'offer.type-unknown': () => ({
    title: 'Which type of offer is this?',
    detail: 'The page does not show the offer type. Choose it once: the rules and the support request category depend on it.',
  }),
  'optin.listing-requirements': () => ({
    title: 'Share sales and support materials with CSP partners',
    detail:
      'In the offer listing, give the URL of your marketing materials and your channel contact. You provide break-fix support to customers; give CSP partners documentation, training and service-health notices.',
  }),
  'region.scope': (f) => ({
    title: 'Partners sell in their own region',
    detail: `A partner authorized in a region can sell only to customers in that region. Partners here are in: ${(f.params.countries ?? []).join(', ')}`,
  }),
};

const KO: Record<FindingCode, Words> = {
  'transition.support-request': (f) => ({
    title: `${optionName(f.params.from, 'ko')}에서 ${optionName(f.params.to, 'ko')}(으)로 변경하려면 지원 요청이 필요합니다`,
    detail:
      '게시된 제품에서는 파트너 센터에서 직접 변경할 수 없습니다. 제목을 "CSP 권한 부여 취소"로 하여 지원 요청을 만드세요. 도우미가 양식을 채워 줍니다.',
  }),
  'transition.keeps-resold-partners': () => ({
    title: '이미 재판매한 파트너는 권한이 유지됩니다',
    detail:
      '게시된 제품을 모든 파트너에서 특정 파트너로 변경하면, 이미 고객에게 제품을 재판매한 파트너는 기본적으로 권한 있는 파트너 목록에 포함됩니다.',
  }),
  'transition.blocked-resold': (f) => ({
    title: one(f) ? '이 파트너가 이미 제품을 재판매했습니다' : '이 파트너들이 이미 제품을 재판매했습니다',
    detail: `이미 고객에게 제품을 재판매한 파트너의 권한은 취소할 수 없으므로 이 변경은 할 수 없습니다:`,
  }),
  'transition.resale-unknown': (f) => ({
    title: one(f) ? '이 파트너가 제품을 재판매했는지 확인하세요' : '이 파트너들이 제품을 재판매했는지 확인하세요',
    detail: one(f)
      ? '파트너가 제품을 재판매하지 않았을 때만 변경할 수 있습니다. 아래에서 답해 주세요:'
      : '제품을 재판매하지 않은 파트너에 대해서만 변경할 수 있습니다. 아래에서 파트너마다 답해 주세요:',
  }),
  'transition.free': () => ({
    title: '언제든지 변경할 수 있습니다',
    detail: '직접 변경할 수 있습니다. "초안 저장"을 선택한 다음 게시하세요.',
  }),
  'deauthorize.support-request': (f) => ({
    title: '게시된 목록에서 파트너를 제거하려면 지원 요청이 필요합니다',
    detail: one(f)
      ? '이 파트너는 제품을 재판매하지 않았으므로 요청하면 Microsoft에서 권한을 취소할 수 있습니다:'
      : '이 파트너들은 제품을 재판매하지 않았으므로 요청하면 Microsoft에서 권한을 취소할 수 있습니다:',
  }),
  'sync.required': () => ({
    title: '추가한 파트너에게 권한을 주려면 "CSP 대상 그룹 동기화"를 선택하세요',
    detail: `게시된 제품에서는 "초안 저장"과 "CSP 대상 그룹 동기화" 후에 새 파트너가 액세스할 수 있습니다:`,
  }),
  'publish.required': () => ({
    title: '파트너가 액세스할 수 있도록 제품을 게시하세요',
    detail: '제품이 아직 게시되지 않았습니다. 게시해야 선택한 파트너가 재판매할 수 있습니다.',
  }),
  'draft.unsaved': () => ({ title: '저장되지 않은 변경 내용', detail: '변경 내용을 유지하려면 "초안 저장"을 선택하세요.' }),
  'partners.empty': () => ({
    title: '선택한 파트너가 없습니다',
    detail: '"특정 파트너"에서는 "CSP 파트너 선택"으로 파트너를 한 곳 이상 선택하거나 다른 옵션을 고르세요.',
  }),
  'partners.invalid-tenant': (f) => ({
    title: '올바르지 않은 테넌트 ID',
    detail: `테넌트 ID는 0f8fad5b-d9cb-469f-a165-70867728950e 같은 GUID입니다. 올바르지 않음: ${rowList(f, 'ko')}`,
  }),
  'partners.duplicate': (f) => ({ title: '두 번 나열된 파트너', detail: `같은 테넌트 ID가 다시 있음: ${rowList(f, 'ko')}` }),
  'offer.default-opt-in': () => ({
    title: '기본적으로 옵트인됨',
    detail: '컨테이너 제품과 BYOL VM 계획은 기본적으로 CSP 파트너가 판매하도록 옵트인됩니다.',
  }),
  'offer.not-eligible': () => ({
    title: '이 제품 유형은 CSP 파트너를 통해 판매되지 않습니다',
    detail: 'CSP 재판매는 SaaS, 가상 머신, 솔루션 템플릿, 관리되는 애플리케이션, 컨테이너 제품에 해당합니다.',
  }),
  'offer.type-unknown': () => ({
    title: '어떤 유형의 제품인가요?',
    detail: '페이지에 제품 유형이 표시되지 않습니다. 한 번만 선택하세요. 규칙과 지원 요청 범주가 제품 유형에 따라 달라집니다.',
  }),
  'optin.listing-requirements': () => ({
    title: 'CSP 파트너와 판매 및 지원 자료를 공유하세요',
    detail:
      '제품 목록 모듈에 마케팅 자료를 호스트하는 URL과 채널 연락처 정보를 입력하세요. 게시자는 고객에게 고장 수리 지원을 제공하며, CSP 파트너에게 사용자 설명서, 학습 및 서비스 상태/중단 알림을 제공하는 것이 좋습니다.',
  }),
  'region.scope': (f) => ({
    title: '파트너는 자기 지역에서만 판매합니다',
    detail: `특정 지역의 CSP 파트너에게 권한을 부여하면 해당 지역의 고객에게만 판매할 수 있습니다. 여기 파트너의 국가/지역: ${(f.params.countries ?? []).join(', ')}`,
  }),
};

const ACTION_LABELS: Record<FindingAction, Record<Locale, (f: Finding) => string>> = {
  'prepare-support-request': { en: () => 'Prepare support request', ko: () => '지원 요청 준비' },
  'save-draft': { en: () => 'Save draft on the page', ko: () => '페이지에서 초안 저장' },
  sync: { en: () => 'Sync CSP audience on the page', ko: () => '페이지에서 CSP 대상 그룹 동기화' },
  publish: { en: () => 'Publish the offer', ko: () => '제품 게시' },
  'confirm-resale': { en: () => 'Answer below', ko: () => '아래에서 답하기' },
  'choose-offer-type': { en: () => 'Choose below', ko: () => '아래에서 선택' },
  'switch-back': { en: () => 'Switch the page back to what is live', ko: () => '페이지를 라이브 선택으로 되돌리기' },
  'restore-partners': {
    en: (f) => (one(f) ? 'Put it back on the page' : 'Put them back on the page'),
    ko: (f) => (one(f) ? '이 파트너를 페이지에 다시 추가' : '이 파트너들을 페이지에 다시 추가'),
  },
  'keep-resold': {
    en: () => 'Keep the resold partners, request removal of the others',
    ko: () => '재판매한 파트너는 유지하고 나머지의 제거 요청',
  },
};

export function formatFinding(finding: Finding, locale: Locale): FindingText {
  const written = (locale === 'ko' ? KO : EN)[finding.code](finding);
  const words = locale === 'ko' ? { title: resolveParticles(written.title), detail: resolveParticles(written.detail) } : written;
  const steps = [finding.next, finding.alternative]
    .filter((step): step is NextStep => step !== undefined && STEP_RULES[step.action].actor === 'panel')
    .map((step) => ({ step, label: ACTION_LABELS[step.action][locale](finding), primary: STEP_RULES[step.action].primary }));
  return { ...words, steps };
}
