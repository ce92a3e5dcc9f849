/**
 * The support form's category for the offer's type. The portal's option texts are not documented,
 * so options are matched by keywords (en and ko); when not exactly one option fits, the user decides.
 */
import type { OfferType } from '../audience';
import { normalizeLabel } from '../vocabulary';

export type CategoryChoice = { kind: 'match'; label: string } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'none' };

/**
 * Each offer type's keywords, most specific first: an option must contain one of a tier's keywords,
 * and the first tier with any match decides. The portal's help pane lists "Azure Application offer"
 * for both kinds of Azure application, the docs "Azure Applications offer".
 */
const AZURE_APPLICATION = ['azure application', 'azure 애플리케이션'];
const VM = ['virtual machine', '가상 머신', '가상 컴퓨터'];
const KEYWORDS: Record<OfferType, string[][]> = {
  saas: [['saas', 'software as a service', '서비스로서의 소프트웨어']],
  vm: [VM],
  'byol-vm': [VM],
  'solution-template': [['solution template', '솔루션 템플릿'], AZURE_APPLICATION],
  'managed-app': [['managed application', 'managed app', '관리형 애플리케이션', '관리되는 애플리케이션'], AZURE_APPLICATION],
  container: [['container', '컨테이너']],
  other: [],
  unknown: [],
};

export function chooseCategory(offerType: OfferType, optionLabels: string[]): CategoryChoice {
  for (const keywords of KEYWORDS[offerType]) {
    const candidates = optionLabels.filter((label) => {
      const text = normalizeLabel(label);
      return keywords.some((k) => text.includes(k));
    });
    if (candidates.length === 1) return { kind: 'match', label: candidates[0]! };
    if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  }
  return { kind: 'none' };
}
