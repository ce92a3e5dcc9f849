/** The offers overview, gathered in the worker: latest snapshots, facts, sightings, and the saved list each matches. */
import { offerRow, type OfferRow } from '../core/offers-overview';
import type { AssistantDatabase } from './database';
import type { PartnersService } from './partners-service';
import { emptyFacts, type OffersStore } from './offers-store';

export async function offersOverview(
  db: AssistantDatabase,
  offers: OffersStore,
  lists: Pick<PartnersService, 'holdsExactly'>,
): Promise<OfferRow[]> {
  const [latest, facts, sightings, saved] = await Promise.all([
    offers.recentOffers(Number.POSITIVE_INFINITY),
    db.offers.toArray(),
    db.sightings.toArray(),
    db.lists.toArray(),
  ]);
  const factsOf = new Map(facts.map((f) => [f.offerId, f]));
  const sightingOf = new Map(sightings.map((s) => [s.offerId, s]));
  const rows: OfferRow[] = [];
  for (const snapshot of latest) {
    // Only lists of the same size are compared partner by partner.
    let matchingList: string | null = null;
    for (const list of saved) {
      if (
        snapshot.tenantIds.length > 0 &&
        list.count === snapshot.tenantIds.length &&
        (await lists.holdsExactly(list.id, snapshot.tenantIds))
      ) {
        matchingList = list.name;
        break;
      }
    }
    rows.push(
      offerRow({
        snapshot,
        facts: factsOf.get(snapshot.offerId) ?? emptyFacts(snapshot.offerId),
        sighting: sightingOf.get(snapshot.offerId) ?? null,
        matchingList,
      }),
    );
  }
  return rows;
}
