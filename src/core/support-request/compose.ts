/** The words of the support request: its title and a description a support engineer can act on. */
import type { AudienceOption, Locale } from '../audience';
import { canonical, OPTION_KEYS } from '../vocabulary';
import type { SupportRequest } from './request';

export function requestTitle(locale: Locale): string {
  return canonical('titleValue', locale);
}

/** What the publisher still has to write, where the request does not know it yet. */
const PLACEHOLDERS = {
  en: { name: '[offer name]', id: '[offer ID]', option: '[option]' },
  ko: { name: '[제품 이름]', id: '[제품 ID]', option: '[옵션]' },
} as const;

function option(value: AudienceOption | null, locale: Locale): string {
  if (value === null) return PLACEHOLDERS[locale].option;
  return `${locale === 'ko' ? '옵션' : 'Option'} ${value}: ${canonical(OPTION_KEYS[value], locale)}`;
}

export function composeDescription(request: SupportRequest, locale: Locale): string {
  const ko = locale === 'ko';
  const lines = ko
    ? [
        '안녕하세요. 게시된 제품의 CSP 재판매인 대상 그룹 변경을 요청합니다.',
        '',
        `제품 이름: ${request.offerName || PLACEHOLDERS.ko.name}`,
        `제품 ID: ${request.offerId || PLACEHOLDERS.ko.id}`,
        `현재 게시된 옵션: ${option(request.from, 'ko')}`,
        `요청하는 옵션: ${option(request.to, 'ko')}`,
      ]
    : [
        'Hello, we request a change to the CSP reseller audience of a published offer.',
        '',
        `Offer name: ${request.offerName || PLACEHOLDERS.en.name}`,
        `Offer ID: ${request.offerId || PLACEHOLDERS.en.id}`,
        `Current (live) option: ${option(request.from, 'en')}`,
        `Requested option: ${option(request.to, 'en')}`,
      ];
  if (request.partners.length > 0) {
    lines.push('', ko ? '권한을 취소할 CSP 파트너(테넌트 ID):' : 'CSP partners to deauthorize (tenant ID):');
    for (const p of request.partners) lines.push(`- ${p.name || p.tenantId} (${p.tenantId})`);
  }
  if (request.noResaleConfirmed) {
    lines.push(
      '',
      ko
        ? '위 파트너 중 어느 곳도 이 제품을 고객에게 재판매하지 않았음을 확인합니다.'
        : 'We confirm that none of these partners has resold this offer to customers.',
    );
  }
  lines.push('', ko ? '감사합니다.' : 'Thank you.');
  return lines.join('\n');
}
