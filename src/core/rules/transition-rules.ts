/**
 * Moving a published offer between the three options, and removing partners from a published
 * option-2 list, as the source article allows them:
 * - from option 3 (no partners), any move is free;
 * - from option 1, moving to 2 or 3 takes a support request (to 2: partners that already resold stay);
 * - from option 2, moving to 1 takes a support request; to 3, only when no authorised partner has
 *   resold the offer; and a partner that has resold can never be deauthorised.
 */
import type { AudienceOption, OfferFacts, PartnerRef, Resale } from '../audience';
import type { Finding } from './finding';
import { confirmResale, keepResold, onPage, removalStep, requestStep, restorePartners, switchBack } from './next-steps';
import { finding } from './rules-table';

function resaleOf(facts: OfferFacts, partner: PartnerRef): Resale {
  return facts.resale[partner.tenantId] ?? 'unknown';
}

/**
 * Taking these partners' authorisation away. A partner that resold blocks it; an unknown one needs
 * the user's answer first. Removing partners from a kept option-2 list asks for a request for the
 * ones nobody resold; leaving option 2 for option 3 asks for one only when nothing blocks it.
 */
function deauthorisation(partners: PartnerRef[], facts: OfferFacts, leavingFor: AudienceOption | null): Finding[] {
  const having = (resale: Resale) => partners.filter((p) => resaleOf(facts, p) === resale);
  const resold = having('yes');
  const unknown = having('unknown');
  const notResold = having('no');
  const move = leavingFor === null ? {} : { from: 2 as const, to: leavingFor };
  const findings: Finding[] = [];
  if (resold.length > 0) {
    // Leaving option 2: go back to it, or keep the resold partners and ask for the others' removal
    // (only once every partner is answered). Taking partners off the list: put the resold ones back.
    const alternative = leavingFor !== null && notResold.length > 0 && unknown.length === 0 ? keepResold(facts) : undefined;
    const next = leavingFor === null ? restorePartners(resold) : switchBack(2);
    findings.push(finding('transition.blocked-resold', { ...move, partners: resold }, next, alternative));
  }
  if (unknown.length > 0) findings.push(finding('transition.resale-unknown', { ...move, partners: unknown }, confirmResale(unknown)));
  if (leavingFor === null && notResold.length > 0)
    findings.push(finding('deauthorize.support-request', { partners: notResold }, removalStep(notResold, facts)));
  if (leavingFor !== null && resold.length + unknown.length === 0)
    findings.push(finding('transition.support-request', { ...move, partners: notResold }, requestStep(2, leavingFor, notResold)));
  return findings;
}

export function transitionFindings(
  live: AudienceOption,
  selected: AudienceOption,
  pagePartners: PartnerRef[],
  facts: OfferFacts,
): Finding[] {
  const move = { from: live, to: selected };
  if (live === 3) return selected === 3 ? [] : [finding('transition.free', move, onPage('save-draft'))];
  if (live === 1) {
    if (selected === 1) return [];
    const request = finding('transition.support-request', move, requestStep(1, selected));
    return selected === 2 ? [request, finding('transition.keeps-resold-partners', move)] : [request];
  }
  if (selected === 1) return [finding('transition.support-request', move, requestStep(2, 1))];
  if (selected === 3) return deauthorisation(facts.livePartners, facts, 3);

  // Still option 2: partners taken off the published list need deauthorising; new ones need a sync.
  const onPageIds = new Set(pagePartners.map((p) => p.tenantId));
  const removed = facts.livePartners.filter((p) => !onPageIds.has(p.tenantId));
  const findings = deauthorisation(removed, facts, null);
  const live2 = new Set(facts.livePartners.map((p) => p.tenantId));
  const unsynced = new Set(facts.unsyncedPartners);
  const toSync = pagePartners.filter((p) => !live2.has(p.tenantId) || unsynced.has(p.tenantId));
  if (toSync.length > 0) findings.push(finding('sync.required', { partners: toSync }, onPage('sync')));
  return findings;
}
