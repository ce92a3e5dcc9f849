import { describe, expect, it } from 'vitest';
import { chooseCategory } from '../../../src/core/support-request/category';
import { composeDescription, requestTitle } from '../../../src/core/support-request/compose';
import { findCaseNumber } from '../../../src/core/support-request/filed-request';
import { isExpired, requestWithoutOffer, type SupportRequest } from '../../../src/core/support-request/request';

const request: SupportRequest = {
  offerId: 'contoso-analytics',
  offerName: 'Contoso Analytics',
  offerType: 'saas',
  from: 2,
  to: 3,
  partners: [{ tenantId: 'aaaaaaaa-0000-4000-a000-000000000001', name: 'Alpha' }],
  noResaleConfirmed: true,
  createdAt: '2026-11-24T10:00:00.000Z',
};

describe('request words', () => {
  it('titles the request as the article says', () => {
    expect(requestTitle('ko')).toBe('CSP 권한 부여 취소');
    expect(requestTitle('en')).toBe('Deauthorize CSP');
  });

  it('composes the Korean description', () => {
    expect(composeDescription(request, 'ko')).toBe(
      [
        '안녕하세요. 게시된 제품의 CSP 재판매인 대상 그룹 변경을 요청합니다.',
        '',
        '제품 이름: Contoso Analytics',
        '제품 ID: contoso-analytics',
        '현재 게시된 옵션: 옵션 2: 선택한 CSP 프로그램의 특정 파트너',
        '요청하는 옵션: 옵션 3: CSP 프로그램에 파트너가 없습니다',
        '',
        '권한을 취소할 CSP 파트너(테넌트 ID):',
        '- Alpha (aaaaaaaa-0000-4000-a000-000000000001)',
        '',
        '위 파트너 중 어느 곳도 이 제품을 고객에게 재판매하지 않았음을 확인합니다.',
        '',
        '감사합니다.',
      ].join('\n'),
    );
  });

  it('states no resale only when the publisher confirmed it, and lists no partners when there are none', () => {
    const text = composeDescription({ ...request, from: 1, to: 2, partners: [], noResaleConfirmed: false }, 'en');
    expect(text).toBe(
      [
        'Hello, we request a change to the CSP reseller audience of a published offer.',
        '',
        'Offer name: Contoso Analytics',
        'Offer ID: contoso-analytics',
        'Current (live) option: Option 1: Any partner in the CSP program',
        'Requested option: Option 2: Specific partners in the CSP program I select',
        '',
        'Thank you.',
      ].join('\n'),
    );
    expect(composeDescription({ ...request, noResaleConfirmed: false }, 'en')).not.toContain('resold');
  });

  it('leaves clear placeholders for what a request started on the form does not know yet', () => {
    const blank = requestWithoutOffer('2026-11-24T10:00:00.000Z');
    expect(composeDescription(blank, 'en')).toContain(
      'Offer name: [offer name]\nOffer ID: [offer ID]\nCurrent (live) option: [option]\nRequested option: [option]',
    );
    expect(composeDescription(blank, 'ko')).toContain(
      '제품 이름: [제품 이름]\n제품 ID: [제품 ID]\n현재 게시된 옵션: [옵션]\n요청하는 옵션: [옵션]',
    );
    expect(blank.offerType).toBe('unknown');
  });
});

describe('chooseCategory', () => {
  const en = [
    'Software as a Service (SaaS)',
    'Virtual Machine',
    'Azure Application – Solution Template',
    'Azure Application – Managed Application',
    'Azure Container',
    'Other',
  ];
  const ko = [
    'SaaS(Software as a Service)',
    '가상 머신',
    'Azure 애플리케이션 – 솔루션 템플릿',
    'Azure 애플리케이션 – 관리형 애플리케이션',
    'Azure 컨테이너',
    '기타',
  ];

  it.each([
    ['saas', en, 'Software as a Service (SaaS)'],
    ['vm', en, 'Virtual Machine'],
    ['byol-vm', ko, '가상 머신'],
    ['solution-template', ko, 'Azure 애플리케이션 – 솔루션 템플릿'],
    ['managed-app', en, 'Azure Application – Managed Application'],
    ['container', ko, 'Azure 컨테이너'],
  ] as const)('%s → the one matching option', (type, options, label) => {
    expect(chooseCategory(type, [...options])).toEqual({ kind: 'match', label });
  });

  it('asks the user when several options fit or none does', () => {
    expect(chooseCategory('vm', ['Virtual Machine (BYOL)', 'Virtual Machine (PAYG)'])).toEqual({
      kind: 'ambiguous',
      candidates: ['Virtual Machine (BYOL)', 'Virtual Machine (PAYG)'],
    });
    expect(chooseCategory('other', en)).toEqual({ kind: 'none' });
    expect(chooseCategory('container', ['Azure Application'])).toEqual({ kind: 'none' });
  });
});

describe('isExpired', () => {
  it('keeps a request for two hours, and refuses one dated in the future or unreadable', () => {
    expect(isExpired(request, new Date('2026-11-24T11:59:00Z'))).toBe(false);
    expect(isExpired(request, new Date('2026-11-24T12:01:00Z'))).toBe(true);
    expect(isExpired(request, new Date('2026-11-24T09:00:00Z'))).toBe(true);
    expect(isExpired({ ...request, createdAt: 'yesterday' }, new Date('2026-11-24T10:00:00Z'))).toBe(true);
  });
});

describe('case number in a confirmation', () => {
  it.each([
    ['Your request was submitted. 2611252500000001', '2611252500000001'],
    ['요청이 제출되었습니다. 사례 번호: 2411250040001234.', '2411250040001234'],
    ['Case #1234567890 created', '1234567890'],
  ])('finds it in %s', (text, number) => {
    expect(findCaseNumber(text)).toBe(number);
  });

  it.each([
    ['Submitted on 2026-11-25'],
    ['Tenant 0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['Phone 555 0100'],
    ['MPN 1234567'],
    ['abc12345678901'],
  ])('finds none in %s', (text) => {
    expect(findCaseNumber(text)).toBeNull();
  });
});
