/** The offer type from the page's words: exact names, labelled values by keyword, and unknown when unsure. */
import { describe, expect, it } from 'vitest';
import { offerTypeFromLabelledValue, offerTypeFromName } from '../../src/core/offer-type';
import { chooseCategory } from '../../src/core/support-request/category';

describe('offer type', () => {
  it.each([
    // The seed's Korean list and the English article's names.
    ['SaaS(Software-as-a-Service) 서비스 제품', 'saas'],
    ['VM(가상 머신)', 'vm'],
    ['솔루션 템플릿', 'solution-template'],
    ['관리되는 애플리케이션', 'managed-app'],
    ['컨테이너', 'container'],
    ['Software as a service (SaaS)', 'saas'],
    ['Virtual machines (VM)', 'vm'],
  ] as const)('knows the name %s', (text, type) => {
    expect(offerTypeFromName(text)).toBe(type);
    expect(offerTypeFromLabelledValue(text)).toBe(type);
  });

  it.each([
    ['Azure Virtual Machine (BYOL)', 'byol-vm'],
    ['Azure Application (managed application)', 'managed-app'],
    ['Azure Application – Solution Template', 'solution-template'],
    ['Software as a Service offer', 'saas'],
    ['Azure Container', 'container'],
    ['IoT Edge module', 'other'],
    ['Consulting service', 'other'],
    ['Power BI app', 'other'],
    ['Azure Application', 'unknown'],
    ['Something new', 'unknown'],
  ] as const)('reads the labelled value %s as %s', (text, type) => {
    expect(offerTypeFromLabelledValue(text)).toBe(type);
  });

  it('takes no bare text for a type unless it is exactly a name', () => {
    expect(offerTypeFromName('Contoso Analytics SaaS edition')).toBeNull();
    expect(offerTypeFromName('Managed Services Inc')).toBeNull();
  });
});

describe('support category for both kinds of Azure application', () => {
  const helpPane = [
    'Software as a Service offer',
    'Azure Virtual machine offer',
    'Azure Application offer',
    'Azure Container offer',
    'Managed service offer',
    'Not sure',
  ];

  it('falls back to "Azure Application offer" when no option names the kind', () => {
    expect(chooseCategory('managed-app', helpPane)).toEqual({ kind: 'match', label: 'Azure Application offer' });
    expect(chooseCategory('solution-template', helpPane)).toEqual({ kind: 'match', label: 'Azure Application offer' });
  });

  it('prefers the option that names the kind, and never takes "Managed service" for a managed application', () => {
    const detailed = ['Azure Application – Solution Template', 'Azure Application – Managed Application', 'Managed service offer'];
    expect(chooseCategory('managed-app', detailed)).toEqual({ kind: 'match', label: 'Azure Application – Managed Application' });
    expect(chooseCategory('solution-template', detailed)).toEqual({ kind: 'match', label: 'Azure Application – Solution Template' });
  });

  it('leaves an unknown type to the publisher', () => {
    expect(chooseCategory('unknown', helpPane)).toEqual({ kind: 'none' });
  });
});
