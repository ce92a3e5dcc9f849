/** Named cases with their exact findings, and the words for every code in both languages. */
import { describe, expect, it } from 'vitest';
import type { AudiencePage, OfferFacts } from '../../../src/core/audience';
import { evaluateAudience, FINDING_CODES, FINDING_RULES, formatFinding, type Finding, type NextStep } from '../../../src/core/rules';

const requestOf = (findings: Finding[]) => findings.flatMap((f) => (f.next?.kind === 'request' ? [f.next.change] : []));

const A = { tenantId: 'aaaaaaaa-0000-4000-a000-000000000001', name: 'Alpha' };
const B = { tenantId: 'bbbbbbbb-0000-4000-a000-000000000002', name: 'Bravo' };

function page(overrides: Partial<AudiencePage> = {}): AudiencePage {
  return {
    locale: 'en',
    offerId: 'offer-1',
    offerName: 'Offer',
    offerType: 'saas',
    published: true,
    selectedOption: 2,
    partners: [A, B].map((p) => ({ tenantIdText: p.tenantId, name: p.name })),
    unsavedChanges: false,
    ...overrides,
  };
}

function facts(overrides: Partial<OfferFacts> = {}): OfferFacts {
  return { offerId: 'offer-1', liveOption: 2, livePartners: [A, B], unsyncedPartners: [], resale: {}, ...overrides };
}

describe('named cases', () => {
  it('removing a partner that has resold is blocked, naming the partner; one that has not asks for a request', () => {
    const findings = evaluateAudience({
      page: page({ partners: [], selectedOption: 2 }),
      facts: facts({ resale: { [A.tenantId]: 'yes', [B.tenantId]: 'no' } }),
    });
    expect(findings).toEqual<Finding[]>([
      {
        code: 'transition.blocked-resold',
        severity: 'error',
        params: { partners: [A] },
        next: { action: 'restore-partners', kind: 'page', order: { type: 'apply-partners', order: { add: [A], remove: [] } } },
      },
      { code: 'partners.empty', severity: 'error', params: {} },
      {
        code: 'deauthorize.support-request',
        severity: 'warning',
        params: { partners: [B] },
        next: {
          action: 'prepare-support-request',
          kind: 'request',
          change: { from: 2, to: 2, partners: [B], noResaleConfirmed: true },
        },
      },
      { code: 'optin.listing-requirements', severity: 'info', params: {} },
    ]);
  });

  it('2 → 3 blocked by a partner that resold: switch back, or keep it and ask for the others once all are answered', () => {
    const blocked = (resale: Record<string, 'yes' | 'no'>) =>
      evaluateAudience({ page: page({ selectedOption: 3, partners: [], unsavedChanges: true }), facts: facts({ resale }) }).find(
        (f) => f.code === 'transition.blocked-resold',
      );
    expect(blocked({ [A.tenantId]: 'yes', [B.tenantId]: 'no' })).toMatchObject({
      next: { action: 'switch-back', kind: 'page', order: { type: 'choose-option', option: 2 } },
      // Back to specific partners, then a request for B only: A resold and stays.
      alternative: {
        action: 'keep-resold',
        order: { type: 'choose-option', option: 2 },
        andRequest: { from: 2, to: 2, partners: [B], noResaleConfirmed: true },
      },
    });
    // B not answered yet: keeping A and removing "the others" can't be prepared.
    expect(blocked({ [A.tenantId]: 'yes' })).toMatchObject({ next: { action: 'switch-back' } });
    expect(blocked({ [A.tenantId]: 'yes' })?.alternative).toBeUndefined();
    // Both resold: there are no others to remove.
    expect(blocked({ [A.tenantId]: 'yes', [B.tenantId]: 'yes' })?.alternative).toBeUndefined();
  });

  it('2 → 3 with every partner confirmed as not resold asks for a request that says so', () => {
    const findings = evaluateAudience({
      page: page({ selectedOption: 3, partners: [], unsavedChanges: true }),
      facts: facts({ resale: { [A.tenantId]: 'no', [B.tenantId]: 'no' } }),
    });
    expect(findings.map((f) => f.code)).toEqual(['transition.support-request', 'draft.unsaved']);
    expect(findings[0]).toEqual({
      code: 'transition.support-request',
      severity: 'warning',
      params: { from: 2, to: 3, partners: [A, B] },
      next: { action: 'prepare-support-request', kind: 'request', change: { from: 2, to: 3, partners: [A, B], noResaleConfirmed: true } },
    });
  });

  it('1 → 3 asks for a request that claims nothing about resale', () => {
    const findings = evaluateAudience({
      page: page({ selectedOption: 3, partners: [] }),
      facts: facts({ liveOption: 1, livePartners: [] }),
    });
    expect(requestOf(findings)).toEqual([{ from: 1, to: 3, partners: [], noResaleConfirmed: false }]);
  });

  it('no request is needed for a free change', () => {
    const findings = evaluateAudience({
      page: page({ selectedOption: 1, partners: [] }),
      facts: facts({ liveOption: 3, livePartners: [] }),
    });
    expect(findings.map((f) => f.code)).toEqual(['transition.free', 'optin.listing-requirements']);
    expect(requestOf(findings)).toEqual([]);
  });

  it('reports invalid and duplicate tenant IDs with their rows, and the regions of valid partners', () => {
    const findings = evaluateAudience({
      page: page({
        partners: [
          { tenantIdText: A.tenantId, name: 'Alpha', country: 'KR' },
          { tenantIdText: 'not-a-guid', name: 'Broken' },
          { tenantIdText: `{${A.tenantId.toUpperCase()}}`, name: 'Alpha again' },
          { tenantIdText: B.tenantId, name: 'Bravo', country: 'DE' },
        ],
      }),
      facts: facts(),
    });
    expect(findings.filter((f) => f.code.startsWith('partners.') || f.code === 'region.scope')).toEqual([
      { code: 'partners.invalid-tenant', severity: 'error', params: { rows: [{ row: 2, text: 'not-a-guid' }] } },
      { code: 'partners.duplicate', severity: 'error', params: { rows: [{ row: 3, text: `{${A.tenantId.toUpperCase()}}` }] } },
      { code: 'region.scope', severity: 'info', params: { countries: ['DE', 'KR'] } },
    ]);
  });

  it('asks for a sync for partners saved but not yet synced', () => {
    const findings = evaluateAudience({ page: page(), facts: facts({ unsyncedPartners: [B.tenantId] }) });
    expect(findings.find((f) => f.code === 'sync.required')).toEqual({
      code: 'sync.required',
      severity: 'warning',
      params: { partners: [B] },
      next: { action: 'sync', kind: 'publisher' },
    });
  });

  it.each([
    ['container', ['offer.default-opt-in']],
    ['byol-vm', ['offer.default-opt-in']],
    ['other', ['offer.not-eligible']],
    ['unknown', ['offer.type-unknown']],
    ['managed-app', []],
  ] as const)('offer type %s', (offerType, codes) => {
    const findings = evaluateAudience({
      page: page({ offerType, selectedOption: 3, partners: [] }),
      facts: facts({ liveOption: 3, livePartners: [] }),
    });
    expect(findings.map((f) => f.code)).toEqual(codes);
  });

  it("uses the publisher's answer where the page shows no offer type, and never calls an unknown type ineligible", () => {
    const unknownPage = page({ offerType: 'unknown', selectedOption: 3, partners: [] });
    const answered = (offerType?: 'container' | 'other') =>
      evaluateAudience({ page: unknownPage, facts: facts({ liveOption: 3, livePartners: [], ...(offerType ? { offerType } : {}) }) });
    expect(answered().map((f) => f.code)).toEqual(['offer.type-unknown']);
    expect(answered('container').map((f) => f.code)).toEqual(['offer.default-opt-in']);
    expect(answered('other').map((f) => f.code)).toEqual(['offer.not-eligible']);
    // A type the page shows wins over an old answer.
    const shown = evaluateAudience({
      page: page({ offerType: 'saas', selectedOption: 3, partners: [] }),
      facts: facts({ liveOption: 3, livePartners: [], offerType: 'other' }),
    });
    expect(shown.map((f) => f.code)).toEqual([]);
  });

  it('judges no transition while the live option is unknown', () => {
    const findings = evaluateAudience({
      page: page({ selectedOption: 3, partners: [] }),
      facts: facts({ liveOption: null, livePartners: [] }),
    });
    expect(findings).toEqual([]);
  });
});

describe('formatFinding', () => {
  const sample: Finding = {
    code: 'transition.blocked-resold',
    severity: 'error',
    params: { from: 2, to: 3, partners: [A], rows: [{ row: 4, text: 'xyz' }], countries: ['KR'] },
  };

  it.each(FINDING_CODES)('%s has distinct English and Korean words', (code) => {
    const finding: Finding = { ...sample, code };
    const en = formatFinding(finding, 'en');
    const ko = formatFinding(finding, 'ko');
    expect(en.title.length).toBeGreaterThan(5);
    expect(ko.title).not.toBe(en.title);
    expect(ko.title + ko.detail).toMatch(/[가-힣]/);
  });

  it('names the options, rows and countries in the text; the partners are listed by the panel, not in the words', () => {
    expect(formatFinding(sample, 'en').detail).not.toContain('aaaaaaaa-0000-4000-a000-000000000001');
    expect(formatFinding(sample, 'en').detail).toMatch(/:$/);
    expect(formatFinding({ ...sample, code: 'transition.support-request' }, 'ko').title).toBe(
      '옵션 2 (선택한 CSP 프로그램의 특정 파트너)에서 옵션 3 (CSP 프로그램에 파트너가 없습니다)로 변경하려면 지원 요청이 필요합니다',
    );
    expect(formatFinding({ ...sample, code: 'partners.invalid-tenant' }, 'ko').detail).toContain('4행: "xyz"');
    expect(formatFinding({ ...sample, code: 'region.scope' }, 'en').detail).toContain('KR');
  });

  it("gives the panel's steps as buttons, the main one first, and leaves the publisher's to the words", () => {
    const request: NextStep = {
      action: 'prepare-support-request',
      kind: 'request',
      change: { from: 2, to: 3, partners: [], noResaleConfirmed: false },
    };
    const save: NextStep = { action: 'save-draft', kind: 'publisher' };
    expect(formatFinding({ ...sample, next: request }, 'ko').steps).toEqual([{ step: request, label: '지원 요청 준비', primary: true }]);
    expect(formatFinding({ ...sample, next: save }, 'en').steps).toEqual([]);
  });

  it('words one partner in the singular, in both languages', () => {
    const restore: NextStep = {
      action: 'restore-partners',
      kind: 'page',
      order: { type: 'apply-partners', order: { add: [A], remove: [] } },
    };
    const single = { ...sample, next: restore };
    expect(formatFinding(single, 'en')).toMatchObject({
      title: 'This partner has resold the offer',
      steps: [{ label: 'Put it back on the page' }],
    });
    expect(formatFinding(single, 'ko').title).toBe('이 파트너가 이미 제품을 재판매했습니다');
    const both = { ...single, params: { ...single.params, partners: [A, B] } };
    expect(formatFinding(both, 'en')).toMatchObject({
      title: 'These partners have resold the offer',
      steps: [{ label: 'Put them back on the page' }],
    });
  });

  it('every finding the engine makes has the severity of its code in the rules table', () => {
    const all = [
      evaluateAudience({ page: page({ partners: [], selectedOption: 2 }), facts: facts({ resale: { [A.tenantId]: 'yes' } }) }),
      evaluateAudience({ page: page({ selectedOption: 3, unsavedChanges: true }), facts: facts() }),
      evaluateAudience({ page: page({ offerType: 'unknown', published: false }), facts: facts() }),
    ].flat();
    expect(all.length).toBeGreaterThan(5);
    for (const f of all) expect(f.severity).toBe(FINDING_RULES[f.code].severity);
  });
});
