/** What the rules engine says: a stable code, a severity, the facts behind it, and what to do. */
import type { AudienceOption, PartnerRef } from '../audience';

export const FINDING_CODES = [
  'transition.support-request',
  'transition.keeps-resold-partners',
  'transition.blocked-resold',
  'transition.resale-unknown',
  'transition.free',
  'deauthorize.support-request',
  'sync.required',
  'publish.required',
  'draft.unsaved',
  'partners.empty',
  'partners.invalid-tenant',
  'partners.duplicate',
  'offer.default-opt-in',
  'offer.not-eligible',
  'offer.type-unknown',
  'optin.listing-requirements',
  'region.scope',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = 'error' | 'warning' | 'info';
export type FindingAction =
  | 'prepare-support-request'
  | 'save-draft'
  | 'sync'
  | 'publish'
  | 'confirm-resale'
  | 'choose-offer-type'
  /** Select on the page the option that is live (the change can't be made). */
  | 'switch-back'
  /** Put partners that can't be deauthorised back on the page's table. */
  | 'restore-partners'
  /** Stay on specific partners, keep the ones that resold, and ask for the others' removal. */
  | 'keep-resold';

export interface FindingParams {
  from?: AudienceOption;
  to?: AudienceOption;
  /** Partners the finding is about. */
  partners?: PartnerRef[];
  /** Table rows (1-based, as the user counts them) and the text found there. */
  rows?: { row: number; text: string }[];
  countries?: string[];
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  params: FindingParams;
  action?: FindingAction;
  /** A second way forward, offered beside the action. */
  alternative?: FindingAction;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; the engine's order within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
