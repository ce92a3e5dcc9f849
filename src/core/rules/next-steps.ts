/** The next steps the rules hand out, built here so that every finding and view asks for them the same way. */
import type { AudienceOption, OfferFacts, PartnerRef } from '../audience';
import type { NextStep } from './finding';
import { changeRequest, removalRequest } from './requested-change';

export const requestStep = (from: AudienceOption, to: AudienceOption, partners: PartnerRef[] = []): NextStep => ({
  action: 'prepare-support-request',
  kind: 'request',
  change: changeRequest(from, to, partners),
});

export const removalStep = (partners: readonly PartnerRef[], facts: OfferFacts): NextStep => ({
  action: 'prepare-support-request',
  kind: 'request',
  change: removalRequest(partners, facts),
});

export const switchBack = (live: AudienceOption): NextStep => ({
  action: 'switch-back',
  kind: 'page',
  order: { type: 'choose-option', option: live },
});

export const restorePartners = (partners: PartnerRef[]): NextStep => ({
  action: 'restore-partners',
  kind: 'page',
  order: { type: 'apply-partners', order: { add: partners, remove: [] } },
});

/** Back to specific partners (the resold ones stay authorised), and a request for the others' removal. */
export const keepResold = (facts: OfferFacts): NextStep => ({
  action: 'keep-resold',
  kind: 'page',
  order: { type: 'choose-option', option: 2 },
  andRequest: removalRequest(facts.livePartners, facts),
});

/** To the first partner asked about: its question is the one to answer first. */
export const confirmResale = (partners: PartnerRef[]): NextStep | undefined =>
  partners[0] ? { action: 'confirm-resale', kind: 'focus', field: { kind: 'resale', tenantId: partners[0].tenantId } } : undefined;

export const chooseOfferType = (): NextStep => ({ action: 'choose-offer-type', kind: 'focus', field: { kind: 'offer-type' } });

export const onPage = (action: 'save-draft' | 'sync' | 'publish'): NextStep => ({ action, kind: 'publisher' });
