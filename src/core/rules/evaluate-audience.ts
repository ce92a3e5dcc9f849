/** The rules engine: an audience page and what the publisher told us in, findings out. */
import { effectiveOfferType } from '../offer-type';
import type { AudiencePage, OfferFacts, PartnerRef } from '../audience';
import type { Finding } from './finding';
import { chooseOfferType, onPage } from './next-steps';
import { finding, sortFindings } from './rules-table';
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
  if (page.partners.length === 0) findings.push(finding('partners.empty'));
  if (checked.invalidRows.length > 0) findings.push(finding('partners.invalid-tenant', { rows: checked.invalidRows }));
  if (checked.duplicateRows.length > 0) findings.push(finding('partners.duplicate', { rows: checked.duplicateRows }));
  const countries = [...new Set(checked.partners.flatMap((p) => (p.country ? [p.country] : [])))].sort();
  if (countries.length > 0) findings.push(finding('region.scope', { countries }));
  return findings;
}

function offerFindings(page: AudiencePage): Finding[] {
  const findings: Finding[] = [];
  if (page.offerType === 'container' || page.offerType === 'byol-vm') {
    findings.push(finding('offer.default-opt-in'));
  }
  // Eligibility is said only of a type that was read (or told): unknown is not "other".
  if (page.offerType === 'other') findings.push(finding('offer.not-eligible'));
  if (page.offerType === 'unknown') findings.push(finding('offer.type-unknown', {}, chooseOfferType()));
  if (page.selectedOption === 1 || page.selectedOption === 2) {
    findings.push(finding('optin.listing-requirements'));
  }
  return findings;
}

function stateFindings(page: AudiencePage): Finding[] {
  const findings: Finding[] = [];
  if (page.unsavedChanges) findings.push(finding('draft.unsaved', {}, onPage('save-draft')));
  if (!page.published && page.selectedOption !== null && !page.unsavedChanges) {
    findings.push(finding('publish.required', {}, onPage('publish')));
  }
  return findings;
}

function changeFindings(page: AudiencePage, facts: OfferFacts, pagePartners: PartnerRef[]): Finding[] {
  if (page.selectedOption === null) return [];
  // A never-published offer has nothing live to protect: every choice is free.
  if (!page.published) return [finding('transition.free', { to: page.selectedOption }, onPage('save-draft'))];
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
