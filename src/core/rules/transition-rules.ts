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

function resaleOf(facts: OfferFacts, partner: PartnerRef): Resale {
  return facts.resale[partner.tenantId] ?? 'unknown';
}

/**
 * Taking these partners' authorisation away. A partner that resold blocks it; an unknown one needs
 * the user's answer first. Removing partners from a kept option-2 list asks for a request for the
 * ones nobody resold; leaving option 2 altogether asks for one only when nothing blocks it.
 */
function deauthorisation(
  partners: PartnerRef[],
  facts: OfferFacts,
  request: 'transition.support-request' | 'deauthorize.support-request',
  move: Finding['params'],
): Finding[] {
  const having = (resale: Resale) => partners.filter((p) => resaleOf(facts, p) === resale);
  const resold = having('yes');
  const unknown = having('unknown');
  const notResold = having('no');
  const findings: Finding[] = [];
  if (resold.length > 0) {
    // Leaving option 2: go back to it, or keep the resold partners and ask for the others' removal
    // (only once every partner is answered). Taking partners off the list: put the resold ones back.
    const leaving = request === 'transition.support-request';
    const blocked: Finding = {
      code: 'transition.blocked-resold',
      severity: 'error',
      params: { ...move, partners: resold },
      action: leaving ? 'switch-back' : 'restore-partners',
    };
    if (leaving && notResold.length > 0 && unknown.length === 0) blocked.alternative = 'keep-resold';
    findings.push(blocked);
  }
  if (unknown.length > 0) {
    findings.push({
      code: 'transition.resale-unknown',
      severity: 'warning',
      params: { ...move, partners: unknown },
      action: 'confirm-resale',
    });
  }
  const wanted = request === 'deauthorize.support-request' ? notResold.length > 0 : resold.length + unknown.length === 0;
  if (wanted)
    findings.push({ code: request, severity: 'warning', params: { ...move, partners: notResold }, action: 'prepare-support-request' });
  return findings;
}

export function transitionFindings(
  live: AudienceOption,
  selected: AudienceOption,
  pagePartners: PartnerRef[],
  facts: OfferFacts,
): Finding[] {
  const move = { from: live, to: selected };
  if (live === 3) return selected === 3 ? [] : [{ code: 'transition.free', severity: 'info', params: move, action: 'save-draft' }];
  if (live === 1) {
    if (selected === 1) return [];
    const request: Finding = { code: 'transition.support-request', severity: 'warning', params: move, action: 'prepare-support-request' };
    return selected === 2 ? [request, { code: 'transition.keeps-resold-partners', severity: 'info', params: move }] : [request];
  }
  if (selected === 1) return [{ code: 'transition.support-request', severity: 'warning', params: move, action: 'prepare-support-request' }];
  if (selected === 3) return deauthorisation(facts.livePartners, facts, 'transition.support-request', move);

  // Still option 2: partners taken off the published list need deauthorising; new ones need a sync.
  const onPage = new Set(pagePartners.map((p) => p.tenantId));
  const removed = facts.livePartners.filter((p) => !onPage.has(p.tenantId));
  const findings = deauthorisation(removed, facts, 'deauthorize.support-request', {});
  const live2 = new Set(facts.livePartners.map((p) => p.tenantId));
  const unsynced = new Set(facts.unsyncedPartners);
  const toSync = pagePartners.filter((p) => !live2.has(p.tenantId) || unsynced.has(p.tenantId));
  if (toSync.length > 0) findings.push({ code: 'sync.required', severity: 'warning', params: { partners: toSync }, action: 'sync' });
  return findings;
}
