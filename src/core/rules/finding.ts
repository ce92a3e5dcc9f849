/** What the rules engine says: a stable code, a severity, the facts behind it, and its next step as data. */
import type { ApplyOrder } from '../apply/apply-plan';
import type { AudienceOption, PartnerRef } from '../audience';
import type { RequestedChange } from './requested-change';

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

/** Something the panel asks the portal page to do, in the frame and on the table the finding was read from. */
export type PageOrder = { type: 'choose-option'; option: AudienceOption } | { type: 'apply-partners'; order: ApplyOrder };

/** A control of the panel a step brings the publisher to. */
export type FocusField = { kind: 'offer-type' } | { kind: 'resale'; tenantId: string };

/**
 * A finding's next step, as data: the panel's one executor runs the panel's steps; the publisher's
 * are only said (the extension never saves, syncs or publishes).
 */
export type NextStep =
  /** Prepare the support request for this change, and fill the support form with it. */
  | { action: 'prepare-support-request'; kind: 'request'; change: RequestedChange }
  /**
   * switch-back: select on the page the option that is live · restore-partners: put partners that
   * can't be deauthorised back on the table · keep-resold: back to specific partners, then a request
   * for the removal of the partners that did not resell (`andRequest`).
   */
  | { action: 'switch-back' | 'restore-partners' | 'keep-resold'; kind: 'page'; order: PageOrder; andRequest?: RequestedChange }
  /** Bring the publisher to the panel's question: a partner's resale answer, or the offer's type. */
  | { action: 'confirm-resale' | 'choose-offer-type'; kind: 'focus'; field: FocusField }
  /** The publisher's, on the page. */
  | { action: 'save-draft' | 'sync' | 'publish'; kind: 'publisher' };

export type FindingAction = NextStep['action'];

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
  next?: NextStep;
  /** A second way forward, offered beside the next step. */
  alternative?: NextStep;
}
