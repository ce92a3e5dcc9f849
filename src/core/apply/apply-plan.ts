/**
 * Putting a saved list on the offer shown: what goes on the page, what comes off it, and what only a
 * support request can take off. Pure: the worker computes the diff, the panel and the page driver act
 * on the plan.
 */
import type { AudiencePage, Partner, PartnerRef } from '../audience';

/** A saved list against the page's partner table. */
export interface PageDiff {
  /** The partners to add, in list order: all of them, or the first `shown` when the diff is for a view. */
  toAdd: Partner[];
  /** How many partners the list adds, however many `toAdd` holds. */
  addCount: number;
  toRemove: PartnerRef[];
  unchanged: number;
}

/**
 * `shown` caps `toAdd` for a view: a new list of 50,000 against a page of three would hand the panel
 * 50,000 partners, ~45 ms of its thread to receive (frames skipped) for a view that shows 200.
 */
export function diffList(list: readonly Partner[], onPage: readonly PartnerRef[], shown = Number.POSITIVE_INFINITY): PageDiff {
  const pageIds = new Set(onPage.map((p) => p.tenantId));
  const listIds = new Set(list.map((p) => p.tenantId));
  const toAdd = list.filter((p) => !pageIds.has(p.tenantId));
  return {
    toAdd: toAdd.length > shown ? toAdd.slice(0, shown) : toAdd,
    addCount: toAdd.length,
    toRemove: onPage.filter((p) => !listIds.has(p.tenantId)),
    unchanged: list.length - toAdd.length,
  };
}

/** Why a list can't be applied to the page as it is. */
export type ApplyBlock = 'not-specific-partners' | 'nothing-to-do';

export interface ApplyPlan {
  /**
   * Partners the page gets, through the portal's own import or its partner dialog; only the first of
   * them when planned from a diff cut for display (PageDiff.addCount says how many there are).
   */
  add: Partner[];
  /** Partners taken off the table on the page: only while the offer was never published. */
  removeOnPage: PartnerRef[];
  /** Partners a published offer keeps until Microsoft deauthorises them (a support request). */
  removeByRequest: PartnerRef[];
  unchanged: number;
  block: ApplyBlock | null;
}

export function planApply(diff: PageDiff, page: AudiencePage): ApplyPlan {
  const published = page.published;
  const plan: ApplyPlan = {
    add: diff.toAdd,
    removeOnPage: published ? [] : diff.toRemove,
    removeByRequest: published ? diff.toRemove : [],
    unchanged: diff.unchanged,
    block: null,
  };
  // The partner table exists only under option 2; switching options is the publisher's decision.
  if (page.selectedOption !== 2) plan.block = 'not-specific-partners';
  else if (plan.add.length === 0 && plan.removeOnPage.length === 0 && plan.removeByRequest.length === 0) plan.block = 'nothing-to-do';
  return plan;
}

/** What the page driver was asked to do. */
export interface ApplyOrder {
  add: Partner[];
  /** Partners to take off the table (never on a published offer). */
  remove: PartnerRef[];
}

/** How the additions reached the page. */
export type AddRoute = 'import' | 'dialog';
/** A part of the page the driver needed and could not find. */
export const APPLY_PARTS = ['partner-table', 'add-route', 'dialog-search', 'dialog-add', 'remove-button'] as const;
export type ApplyPart = (typeof APPLY_PARTS)[number];

/** What the table shows afterwards, re-read: nothing is taken as done on the driver's word. */
export interface ApplyOutcome {
  added: PartnerRef[];
  removed: PartnerRef[];
  /** Asked for, and not on the table afterwards (or still on it, for removals). */
  refused: PartnerRef[];
  routes: AddRoute[];
  missing: ApplyPart[];
  cancelled: boolean;
}

export type ApplyPhase = 'removing' | 'importing' | 'selecting' | 'checking';
export interface ApplyProgress {
  phase: ApplyPhase;
  done: number;
  total: number;
}

/** The outcome, from the order and the table's tenant IDs before and after. */
export function applyOutcome(
  order: ApplyOrder,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  run: { routes: AddRoute[]; missing: ApplyPart[]; cancelled: boolean },
): ApplyOutcome {
  const ref = (p: PartnerRef): PartnerRef => ({ tenantId: p.tenantId, name: p.name });
  const added = order.add.filter((p) => after.has(p.tenantId) && !before.has(p.tenantId)).map(ref);
  const removed = order.remove.filter((p) => before.has(p.tenantId) && !after.has(p.tenantId)).map(ref);
  // A cancelled run, or one stopped by a missing part, refuses nothing: what it did not reach was never asked of the portal.
  const refused =
    run.cancelled || run.missing.length > 0
      ? []
      : [...order.add.filter((p) => !after.has(p.tenantId)), ...order.remove.filter((p) => after.has(p.tenantId))];
  return {
    added,
    removed,
    refused: refused.map(ref),
    routes: run.routes,
    missing: run.missing,
    cancelled: run.cancelled,
  };
}

/** What the publisher still does on the page: the extension never saves, syncs or publishes. */
export type PublisherStep = 'save-draft' | 'sync' | 'publish';
export function leftToPublisher(published: boolean): PublisherStep[] {
  return published ? ['save-draft', 'sync'] : ['save-draft', 'publish'];
}
