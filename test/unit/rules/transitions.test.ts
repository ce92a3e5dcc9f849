/**
 * Every transition in every state, against an expectation written from the source article
 * (seed: "옵션 간 이동" and "CSP 프로그램의 파트너 권한 부여 취소"), not derived from the engine.
 */
import { describe, expect, it } from 'vitest';
import type { AudienceOption, AudiencePage, OfferFacts, Resale } from '../../../src/core/audience';
import { evaluateAudience, type FindingCode } from '../../../src/core/rules';

const A = { tenantId: 'aaaaaaaa-0000-4000-a000-000000000001', name: 'Alpha' };
const B = { tenantId: 'bbbbbbbb-0000-4000-a000-000000000002', name: 'Bravo' };
const C = { tenantId: 'cccccccc-0000-4000-a000-000000000003', name: 'Charlie' };

type ResaleCase = 'yes' | 'no' | 'unknown' | 'mixed';
type Change = 'none' | 'removed' | 'added';

const OPTIONS: AudienceOption[] = [1, 2, 3];
const RESALE: ResaleCase[] = ['yes', 'no', 'unknown', 'mixed'];
const CHANGES: Change[] = ['none', 'removed', 'added'];

/** A and B are on the live option-2 list. "mixed": A has not resold, B has. */
function resaleMap(resale: ResaleCase): Record<string, Resale> {
  if (resale === 'unknown') return {};
  if (resale === 'mixed') return { [A.tenantId]: 'no', [B.tenantId]: 'yes' };
  return { [A.tenantId]: resale, [B.tenantId]: resale };
}

function pagePartners(selected: AudienceOption, change: Change) {
  if (selected !== 2) return [];
  const list = change === 'removed' ? [A] : change === 'added' ? [A, B, C] : [A, B];
  return list.map((p) => ({ tenantIdText: p.tenantId.toUpperCase(), name: p.name }));
}

/** The article's rules, one line each. */
function expected(live: AudienceOption, selected: AudienceOption, published: boolean, resale: ResaleCase, change: Change): FindingCode[] {
  const codes: FindingCode[] = [];
  if (selected !== 3) codes.push('optin.listing-requirements');
  if (!published) return [...codes, 'transition.free', 'publish.required'];
  const resaleOfB = resale === 'mixed' ? 'yes' : resale;
  const anyResold = resale === 'yes' || resale === 'mixed';
  switch (`${live}->${selected}`) {
    case '3->1':
    case '3->2':
      codes.push('transition.free');
      break;
    case '1->2':
      codes.push('transition.support-request', 'transition.keeps-resold-partners');
      break;
    case '1->3':
    case '2->1':
      codes.push('transition.support-request');
      break;
    case '2->3':
      // Only when no authorised partner has resold; unknown must be answered first.
      codes.push(
        anyResold ? 'transition.blocked-resold' : resale === 'unknown' ? 'transition.resale-unknown' : 'transition.support-request',
      );
      break;
    case '2->2':
      if (change === 'removed') {
        codes.push(
          resaleOfB === 'yes'
            ? 'transition.blocked-resold'
            : resaleOfB === 'no'
              ? 'deauthorize.support-request'
              : 'transition.resale-unknown',
        );
      }
      if (change === 'added') codes.push('sync.required');
      break;
  }
  return codes;
}

const cases = OPTIONS.flatMap((live) =>
  OPTIONS.flatMap((selected) =>
    [true, false].flatMap((published) =>
      RESALE.flatMap((resale) => CHANGES.map((change) => ({ live, selected, published, resale, change }))),
    ),
  ),
);

describe('evaluateAudience over every transition', () => {
  it('covers 3 × 3 options × published or not × 4 resale states × 3 partner changes', () => {
    expect(cases).toHaveLength(216);
  });

  it.each(cases)(
    'live $live → selected $selected, published $published, resale $resale, partners $change',
    ({ live, selected, published, resale, change }) => {
      const page: AudiencePage = {
        locale: 'en',
        offerId: 'offer-1',
        offerName: 'Offer',
        offerType: 'saas',
        published,
        selectedOption: selected,
        partners: pagePartners(selected, change),
        unsavedChanges: false,
      };
      const facts: OfferFacts = {
        offerId: 'offer-1',
        liveOption: published ? live : null,
        livePartners: published && live === 2 ? [A, B] : [],
        unsyncedPartners: [],
        resale: resaleMap(resale),
      };
      const codes = evaluateAudience({ page, facts }).map((f) => f.code);
      expect([...codes].sort()).toEqual(expected(live, selected, published, resale, change).sort());
    },
  );
});
