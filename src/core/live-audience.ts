/**
 * What is live against what the page shows: the partners a change concerns (for the resale
 * questions), the page taken as live, and when the assistant may take it so without being told.
 */
import type { AudiencePage, OfferFacts, PartnerRef, Resale } from './audience';
import { checkPagePartners } from './rules/page-partners';

/** A change to an offer's facts: only the fields given are written (merged, resale answer by answer). */
export type FactsChange = Partial<Omit<OfferFacts, 'offerId'>>;

/** A partner the change concerns: still on the list, newly added, or taken off the live list. */
export interface ResaleRow extends PartnerRef {
  status: 'kept' | 'added' | 'removed';
  resale: Resale;
}

export function resaleRows(page: AudiencePage, facts: OfferFacts): ResaleRow[] {
  const onPage = checkPagePartners(page.selectedOption === 2 ? page.partners : []).partners;
  const live = facts.liveOption === 2 ? facts.livePartners : [];
  const liveIds = new Set(live.map((p) => p.tenantId));
  const pageIds = new Set(onPage.map((p) => p.tenantId));
  const resale = (id: string): Resale => facts.resale[id] ?? 'unknown';
  return [
    ...onPage.map(
      (p): ResaleRow => ({
        tenantId: p.tenantId,
        name: p.name,
        status: liveIds.has(p.tenantId) ? 'kept' : 'added',
        resale: resale(p.tenantId),
      }),
    ),
    ...live.filter((p) => !pageIds.has(p.tenantId)).map((p): ResaleRow => ({ ...p, status: 'removed', resale: resale(p.tenantId) })),
  ];
}

/** The page as it is now becomes what is live: after publishing, syncing, or a request Microsoft carried out. */
export function liveFromPage(page: AudiencePage, source: 'page' | 'user'): FactsChange {
  return {
    liveOption: page.selectedOption,
    liveSource: source,
    livePartners:
      page.selectedOption === 2 ? checkPagePartners(page.partners).partners.map(({ tenantId, name }) => ({ tenantId, name })) : [],
    unsyncedPartners: [],
  };
}

/** A published offer with nothing unsaved and an option selected shows what is live. */
export function showsLive(page: AudiencePage): boolean {
  return page.published && !page.unsavedChanges && page.selectedOption !== null;
}

/**
 * Such a reading is taken as live (and said so) while the live option is not known yet from the page
 * or the publisher. The reading to judge is the latest that showed live, not the page as it is when
 * the stored facts arrive: by then the publisher may have started changing it.
 */
export function takenAsLiveOnSight(reading: AudiencePage, facts: OfferFacts): boolean {
  return facts.liveSource === undefined && showsLive(reading);
}
