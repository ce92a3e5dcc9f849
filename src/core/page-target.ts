/**
 * Where a page action goes. An order planned from one reading of the audience page (apply a list,
 * switch the option back, put partners back) names the frame that reading came from, the offer and
 * the partner table it showed; the driver acts only there, and only while the page still shows them.
 * Why: between the plan and the click the tab may move to another offer, the table may change, and a
 * tab may hold a second audience frame.
 */
import type { AudiencePage } from './audience';
import { checkPagePartners } from './rules/page-partners';

export interface PageTarget {
  /** The content script instance that read the page: one per frame and document. */
  frame: string;
  offerId: string;
  /** The table's tenant IDs (canonical, sorted) when the plan was made. */
  tenantIds: string[];
}

/** Why an order was not carried out: the page is no longer the one it was planned on. */
export type TargetMismatch = 'page-gone' | 'other-offer' | 'table-changed';

const tableOf = (page: AudiencePage) =>
  checkPagePartners(page.partners)
    .partners.map((p) => p.tenantId)
    .sort();

export function pageTarget(page: AudiencePage, frame: string): PageTarget {
  return { frame, offerId: page.offerId, tenantIds: tableOf(page) };
}

/** What differs between the page as planned and as it is now (null: the same page, the same table). */
export function targetMismatch(target: PageTarget, page: AudiencePage | null): TargetMismatch | null {
  if (!page) return 'page-gone';
  if (page.offerId !== target.offerId) return 'other-offer';
  const now = tableOf(page);
  return now.length === target.tenantIds.length && now.every((id, i) => id === target.tenantIds[i]) ? null : 'table-changed';
}
