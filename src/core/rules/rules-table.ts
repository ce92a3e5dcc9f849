/**
 * The rules table: per finding code, its severity and the findings it makes moot; per next step, who
 * takes it and whether it is the finding's main button. The words are in messages.ts, one entry a code
 * in each language. A new code fails the type-check until it has its entry here and its words there.
 */
import type { Finding, FindingAction, FindingCode, FindingParams, NextStep, Severity } from './finding';

export interface FindingRule {
  severity: Severity;
  /** Findings this one makes moot while it stands: folded into it, not shown beside it. */
  folds?: readonly FindingCode[];
}

/** What a change that can't be made makes moot: saving, syncing or publishing it, and questions that no longer decide anything. */
const NEXT_STEPS_OF_THE_CHANGE: readonly FindingCode[] = [
  'draft.unsaved',
  'sync.required',
  'publish.required',
  'transition.resale-unknown',
];

export const FINDING_RULES: Record<FindingCode, FindingRule> = {
  // Partner Center can't make this option change on a published offer: saving the draft of it is not the way.
  'transition.support-request': { severity: 'warning', folds: ['draft.unsaved', 'publish.required'] },
  'transition.keeps-resold-partners': { severity: 'info' },
  'transition.blocked-resold': { severity: 'error', folds: NEXT_STEPS_OF_THE_CHANGE },
  'transition.resale-unknown': { severity: 'warning' },
  'transition.free': { severity: 'info' },
  'deauthorize.support-request': { severity: 'warning' },
  'sync.required': { severity: 'warning' },
  'publish.required': { severity: 'info' },
  'draft.unsaved': { severity: 'warning' },
  'partners.empty': { severity: 'error' },
  'partners.invalid-tenant': { severity: 'error' },
  'partners.duplicate': { severity: 'error' },
  'offer.default-opt-in': { severity: 'info' },
  'offer.not-eligible': { severity: 'info' },
  'offer.type-unknown': { severity: 'info' },
  'optin.listing-requirements': { severity: 'info' },
  'region.scope': { severity: 'info' },
};

export interface StepRule {
  /** The panel runs it (a button), or the publisher takes it on the page (said, never done for them). */
  actor: 'panel' | 'publisher';
  primary: boolean;
}

export const STEP_RULES: Record<FindingAction, StepRule> = {
  'prepare-support-request': { actor: 'panel', primary: true },
  'switch-back': { actor: 'panel', primary: true },
  'restore-partners': { actor: 'panel', primary: true },
  'keep-resold': { actor: 'panel', primary: false },
  'confirm-resale': { actor: 'panel', primary: false },
  'choose-offer-type': { actor: 'panel', primary: false },
  'save-draft': { actor: 'publisher', primary: false },
  sync: { actor: 'publisher', primary: false },
  publish: { actor: 'publisher', primary: false },
};

/** A finding as the table says it: its severity is the code's. */
export function finding(code: FindingCode, params: FindingParams = {}, next?: NextStep, alternative?: NextStep): Finding {
  return {
    code,
    severity: FINDING_RULES[code].severity,
    params,
    ...(next ? { next } : {}),
    ...(alternative ? { alternative } : {}),
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; the engine's order within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);
}
