/**
 * What the panel learns from every audience page it sees, whichever tool is open: a dated snapshot,
 * where the offer was seen (for the offers overview), and, on first sight of a published offer with
 * nothing unsaved, what is live.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { AudiencePage } from '../../core/audience';
import { liveFromPage, showsLive, takenAsLiveOnSight } from '../../core/live-audience';
import { storage } from '../worker-client';
import type { PortalTab } from './use-portal-tab';
import { useStored } from './use-stored';

const readPage = (tab: PortalTab) => {
  const read = tab.state === 'connected' && tab.page.kind === 'audience' ? tab.audience : null;
  return read?.ok ? read.page : null;
};

/**
 * Records a reading as it arrives, not after the next paint: an effect waits for a frame (or a second,
 * in a tab the browser has put in the background), and a panel closed or moved on meanwhile loses it.
 */
export function rememberReading(tab: PortalTab): void {
  const page = readPage(tab);
  if (page && tab.state === 'connected') void storage().offers.addSnapshot(page, new Date(), tab.page.url);
}

export function useOfferMemory(tab: PortalTab): void {
  const page = readPage(tab);
  const pageKey = page ? JSON.stringify(page) : '';
  const facts = useStored(() => (page ? storage().offers.getFacts(page.offerId) : Promise.resolve(null)), 'offers-changed', [
    page?.offerId,
  ]);

  // The latest reading that showed what is live (published, nothing unsaved) is the one taken.
  const showedLive = useRef<AudiencePage | null>(null);
  if (page && showedLive.current?.offerId !== page.offerId) showedLive.current = null;
  if (page && showsLive(page)) showedLive.current = page;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the page's content: every reading is a new object.
  useEffect(() => {
    const reading = showedLive.current;
    if (!reading || facts.state !== 'ready' || !facts.value || facts.value.offerId !== reading.offerId) return;
    if (takenAsLiveOnSight(reading, facts.value)) void storage().offers.updateFacts(reading.offerId, liveFromPage(reading, 'page'));
  }, [pageKey, facts]);
}
