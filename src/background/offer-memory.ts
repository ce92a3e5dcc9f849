/**
 * What the extension learns from every audience page a portal tab shows, whether a panel is open or
 * not: a dated snapshot and where the offer was seen; on first sight of a published offer with nothing
 * unsaved, what is live; and the tab's toolbar badge from the rules. The background writes the
 * readings into the same IndexedDB the panel's worker serves (Dexie keeps the two connections in step,
 * and every panel hears the change).
 */
import type { AudienceRead } from '../core/portal-page';
import { liveFromPage, takenAsLiveOnSight } from '../core/live-audience';
import { evaluateAudience } from '../core/rules';
import { badgeState, type BadgeState } from '../core/rules/toolbar-badge';
import { ext } from '../platform/ext';
import { changeNotifier } from '../worker/change-feed';
import { openDatabase } from '../worker/database';
import { OffersStore } from '../worker/offers-store';

let offers: OffersStore | null = null;
const store = () => {
  offers ??= new OffersStore(openDatabase(), changeNotifier('offers-changed'));
  return offers;
};

const BADGE: Record<Exclude<BadgeState, null>, { color: string; title: 'badgeBlocked' | 'badgeNeedsRequest' }> = {
  blocked: { color: '#c50f1f', title: 'badgeBlocked' },
  'needs-request': { color: '#bc4b09', title: 'badgeNeedsRequest' },
};

async function showBadge(tabId: number, state: BadgeState): Promise<void> {
  await ext.action.setBadgeText({ tabId, text: state ? '!' : '' });
  await ext.action.setTitle({ tabId, title: ext.i18n.getMessage(state ? BADGE[state].title : 'actionTitle') });
  if (state) await ext.action.setBadgeBackgroundColor({ tabId, color: BADGE[state].color });
}

async function remember(read: AudienceRead, tabId: number, url: string | undefined): Promise<void> {
  if (!read.ok) return showBadge(tabId, null);
  const { page } = read;
  await store().addSnapshot(page, new Date(), url);
  const known = await store().getFacts(page.offerId);
  // What is live, taken from this reading, is what the rules then judge against (no second read).
  const live = takenAsLiveOnSight(page, known) ? liveFromPage(page, 'page') : null;
  if (live) await store().updateFacts(page.offerId, live);
  await showBadge(tabId, badgeState(evaluateAudience({ page, facts: { ...known, ...live } })));
}

// One reading at a time, in the order they came: a later reading's facts build on an earlier one's.
let queue: Promise<void> = Promise.resolve();

export function rememberReading(read: AudienceRead, tabId: number, url: string | undefined): Promise<void> {
  queue = queue.then(() => remember(read, tabId, url)).catch((error: unknown) => console.warn('[csp-assistant:background]', error));
  return queue;
}
