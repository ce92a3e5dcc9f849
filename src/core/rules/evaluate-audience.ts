/** The rules engine: an audience page and what the publisher told us in, findings out. */
import { effectiveOfferType } from '../offer-type';
import type { AudiencePage, OfferFacts, PartnerRef } from '../audience';
import { sortFindings, type Finding } from './finding';
import { checkPagePartners } from './page-partners';
import { transitionFindings } from './transition-rules';

export interface RulesInput {
  page: AudiencePage;
  facts: OfferFacts;
}

function partnerFindings(page: AudiencePage): Finding[] {
  if (page.selectedOption !== 2) return [];
  const checked = checkPagePartners(page.partners);
  const findings: Finding[] = [];
  if (page.partners.length === 0) findings.push({ code: 'partners.empty', severity: 'error', params: {} });
  if (checked.invalidRows.length > 0)
    findings.push({ code: 'partners.invalid-tenant', severity: 'error', params: { rows: checked.invalidRows } });
  if (checked.duplicateRows.length > 0)
    findings.push({ code: 'partners.duplicate', severity: 'error', params: { rows: checked.duplicateRows } });
  const countries = [...new Set(checked.partners.flatMap((p) => (p.country ? [p.country] : [])))].sort();
  if (countries.length > 0) findings.push({ code: 'region.scope', severity: 'info', params: { countries } });
  return findings;
}

function offerFindings(page: AudiencePage): Finding[] {
  const findings: Finding[] = [];
  if (page.offerType === 'container' || page.offerType === 'byol-vm') {
    findings.push({ code: 'offer.default-opt-in', severity: 'info', params: {} });
  }
  // Eligibility is said only of a type that was read (or told): unknown is not "other".
  if (page.offerType === 'other') findings.push({ code: 'offer.not-eligible', severity: 'info', params: {} });
  if (page.offerType === 'unknown')
    findings.push({ code: 'offer.type-unknown', severity: 'info', params: {}, action: 'choose-offer-type' });
  if (page.selectedOption === 1 || page.selectedOption === 2) {
    findings.push({ code: 'optin.listing-requirements', severity: 'info', params: {} });
  }
  return findings;
}

function stateFindings(page: AudiencePage): Finding[] {
  const findings: Finding[] = [];
  if (page.unsavedChanges) findings.push({ code: 'draft.unsaved', severity: 'warning', params: {}, action: 'save-draft' });
  if (!page.published && page.selectedOption !== null && !page.unsavedChanges) {
    findings.push({ code: 'publish.required', severity: 'info', params: {}, action: 'publish' });
  }
  return findings;
}

function changeFindings(page: AudiencePage, facts: OfferFacts, pagePartners: PartnerRef[]): Finding[] {
  if (page.selectedOption === null) return [];
  // A never-published offer has nothing live to protect: every choice is free.
  if (!page.published) return [{ code: 'transition.free', severity: 'info', params: { to: page.selectedOption }, action: 'save-draft' }];
  if (facts.liveOption === null) return [];
  return transitionFindings(facts.liveOption, page.selectedOption, pagePartners, facts);
}

export function evaluateAudience({ page, facts }: RulesInput): Finding[] {
  const pagePartners = page.selectedOption === 2 ? checkPagePartners(page.partners).partners : [];
  return sortFindings([
    ...changeFindings(page, facts, pagePartners),
    ...partnerFindings(page),
    ...stateFindings(page),
    ...offerFindings({ ...page, offerType: effectiveOfferType(page, facts) }),
  ]);
}
