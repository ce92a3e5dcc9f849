/**
 * Tells every panel that stored data changed, so that two panels open at once show the same data.
 * BroadcastChannel reaches all same-origin contexts: each panel's worker posts, each panel listens.
 */
export const CHANGE_CHANNEL = 'csp-assistant-db';

export type ChangeEvent = { type: 'lists-changed' } | { type: 'offers-changed' };

export function changeNotifier(type: ChangeEvent['type']): () => void {
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANGE_CHANNEL);
  return () => channel?.postMessage({ type } satisfies ChangeEvent);
}
