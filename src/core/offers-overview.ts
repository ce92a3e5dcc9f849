/**
 * Every offer the assistant has seen, one row each: built from its latest snapshot, its facts (what
 * is live), where it was last seen, and the saved list whose partners it shows. Pure: the worker
 * gathers the records, the panel adds the support requests kept in extension storage.
 */
import type { AudienceOption, OfferFacts, OfferType } from './audience';
import type { AudienceSnapshot } from './snapshots';

export interface OfferSighting {
  offerId: string;
  seenAt: string;
  /** The audience page's address, to open it again. */
  url: string;
}

export interface OfferRow {
  offerId: string;
  offerName: string;
  offerType: OfferType;
  published: boolean;
  /** On the page when last seen. */
  selectedOption: AudienceOption | null;
  liveOption: AudienceOption | null;
  /** Partners live under option 2 (0 for the other options, null when the live option is unknown). */
  livePartners: number | null;
  seenAt: string;
  url: string | null;
  /** The page differs from what is live: a change waiting for Save, Sync, publishing or a request. */
  drift: boolean;
  /** The saved list with exactly the partners the page showed. */
  matchingList: string | null;
}

export interface OfferEvidence {
  snapshot: AudienceSnapshot & { offerId: string; offerName?: string; offerType?: OfferType };
  facts: OfferFacts;
  sighting: OfferSighting | null;
  matchingList: string | null;
}

export function offerRow({ snapshot, facts, sighting, matchingList }: OfferEvidence): OfferRow {
  const live = facts.liveOption;
  const liveIds = new Set(facts.livePartners.map((p) => p.tenantId));
  const partnersDiffer = snapshot.tenantIds.length !== liveIds.size || snapshot.tenantIds.some((id) => !liveIds.has(id));
  const drift = live !== null && (snapshot.selectedOption !== live || (live === 2 && partnersDiffer));
  return {
    offerId: snapshot.offerId,
    offerName: snapshot.offerName ?? snapshot.offerId,
    offerType: facts.offerType ?? snapshot.offerType ?? 'unknown',
    published: snapshot.published,
    selectedOption: snapshot.selectedOption,
    liveOption: live,
    livePartners: live === null ? null : live === 2 ? liveIds.size : 0,
    seenAt: sighting && sighting.seenAt > snapshot.at ? sighting.seenAt : snapshot.at,
    url: sighting?.url ?? null,
    drift,
    matchingList,
  };
}

export type OfferSort = 'seen' | 'name' | 'live-partners';

export function sortOffers(rows: readonly OfferRow[], by: OfferSort): OfferRow[] {
  const sorted = [...rows];
  if (by === 'seen') sorted.sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  else if (by === 'name') sorted.sort((a, b) => a.offerName.localeCompare(b.offerName));
  else sorted.sort((a, b) => (b.livePartners ?? -1) - (a.livePartners ?? -1));
  return sorted;
}

/** Rows whose name, ID or matching list holds the query (case and spacing ignored). */
export function searchOffers(rows: readonly OfferRow[], query: string): OfferRow[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...rows];
  return rows.filter((r) => [r.offerName, r.offerId, r.matchingList ?? ''].some((text) => text.toLowerCase().includes(q)));
}
