/** Per-offer facts (live option, live partners, resale answers) and the dated snapshots of each audience seen. */
import type { AudiencePage, OfferFacts } from '../core/audience';
import { checkPagePartners } from '../core/rules/page-partners';
import type { FactsChange } from '../core/live-audience';
import type { AssistantDatabase, SnapshotRecord } from './database';

export function emptyFacts(offerId: string): OfferFacts {
  return { offerId, liveOption: null, livePartners: [], unsyncedPartners: [], resale: {} };
}

export class OffersStore {
  constructor(
    private readonly db: AssistantDatabase,
    private readonly notify: () => void,
  ) {}

  async getFacts(offerId: string): Promise<OfferFacts> {
    const record = await this.db.offers.get(offerId);
    if (!record) return emptyFacts(offerId);
    const { updatedAt: _updatedAt, ...facts } = record;
    return facts;
  }

  async saveFacts(facts: OfferFacts): Promise<void> {
    await this.db.offers.put({ ...facts, updatedAt: new Date().toISOString() });
    this.notify();
  }

  /**
   * Changes some of an offer's facts, read with the rest in one transaction; resale answers are
   * merged partner by partner. The panel's copy may not yet show a change made a moment ago (or in
   * another panel): writing that copy back whole would undo it.
   */
  async updateFacts(offerId: string, change: FactsChange): Promise<void> {
    await this.db.transaction('rw', this.db.offers, async () => {
      const facts = await this.getFacts(offerId);
      await this.db.offers.put({ ...facts, ...change, resale: { ...facts.resale, ...change.resale }, updatedAt: new Date().toISOString() });
    });
    this.notify();
  }

  /**
   * Records the page as seen now, unless it shows the same audience as the last snapshot; and, given
   * the page's address, where and when the offer was last seen. Returns whether it recorded a snapshot.
   */
  async addSnapshot(page: AudiencePage, at = new Date(), url?: string): Promise<boolean> {
    const snapshot: SnapshotRecord = {
      offerId: page.offerId,
      at: at.toISOString(),
      published: page.published,
      selectedOption: page.selectedOption,
      tenantIds: checkPagePartners(page.partners).partners.map((p) => p.tenantId),
      offerName: page.offerName,
      offerType: page.offerType,
    };
    const recorded = await this.db.transaction('rw', this.db.snapshots, this.db.sightings, async () => {
      if (url) await this.db.sightings.put({ offerId: page.offerId, seenAt: snapshot.at, url });
      const last = await this.db.snapshots.where('[offerId+at]').between([page.offerId, ''], [page.offerId, '\uffff']).last();
      const same =
        last !== undefined &&
        last.published === snapshot.published &&
        last.selectedOption === snapshot.selectedOption &&
        last.tenantIds.join() === snapshot.tenantIds.join();
      if (same) return false;
      await this.db.snapshots.add(snapshot);
      return true;
    });
    if (recorded) this.notify();
    return recorded;
  }

  /** The offers seen on their audience pages, each by its latest snapshot, most recently seen first. */
  async recentOffers(limit = 20): Promise<SnapshotRecord[]> {
    const latest = new Map<string, SnapshotRecord>();
    await this.db.snapshots.each((s) => {
      const known = latest.get(s.offerId);
      if (!known || known.at < s.at) latest.set(s.offerId, s);
    });
    return [...latest.values()].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }

  /** Newest first. */
  async listSnapshots(offerId: string, limit = 50): Promise<SnapshotRecord[]> {
    return this.db.snapshots.where('[offerId+at]').between([offerId, ''], [offerId, '\uffff']).reverse().limit(limit).toArray();
  }
}
