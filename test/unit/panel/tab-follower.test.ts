/**
 * The tab follower ends on the front tab's page whatever order the browser's events and the tabs'
 * answers come in. Each answer is held until the test releases it, so every race is forced, not hoped for.
 */
import { describe, expect, it } from 'vitest';
import type { AudienceRead } from '../../../src/core/portal-page';
import type { Replies } from '../../../src/messaging/protocol';
import { followPortalTab, type PortalTab, type TabSource } from '../../../src/panel/tab-follower';

const PORTAL = 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/o/resellers';
const audienceRead: AudienceRead = { ok: false, missing: ['audience-options'] };

interface Held {
  tabId: number;
  answer: () => void;
  fail: () => void;
}

/** A browser whose tabs answer only when told: `release(tabId, 'answer' | 'fail')`, oldest first. */
function heldSource(initial: number | null, portalTabs: number[]) {
  const held: Held[] = [];
  const source: TabSource = {
    initialTab: async () => initial,
    ping: (tabId) =>
      new Promise<Replies['ping']>((resolve, reject) => {
        held.push({
          tabId,
          answer: () => resolve({ kind: 'audience', url: `${PORTAL}?tab=${tabId}`, locale: 'en', inFrame: false }),
          fail: () => reject(new Error('Could not establish connection. Receiving end does not exist.')),
        });
      }),
    readAudience: async () => ({ read: audienceRead, frame: 'frame-1' }),
    isPortalTab: async (tabId) => portalTabs.includes(tabId),
  };
  const shown: PortalTab[] = [];
  const settle = () => new Promise((done) => setTimeout(done, 0));
  return {
    source,
    shown,
    last: () => shown.at(-1),
    pending: () => held.map((h) => h.tabId),
    async release(tabId: number, how: 'answer' | 'fail', which: 'oldest' | 'newest' = 'oldest') {
      const candidates = held.filter((h) => h.tabId === tabId);
      const h = which === 'oldest' ? candidates[0] : candidates.at(-1);
      if (!h) throw new Error(`no ping held for tab ${tabId}`);
      held.splice(held.indexOf(h), 1);
      h[how]();
      await settle();
    },
    settle,
  };
}

describe('tab follower', () => {
  it('a tab brought to the front before its content script started is shown once the script says it is ready', async () => {
    const b = heldSource(1, [2]);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    await b.release(1, 'fail');
    expect(b.last()).toEqual({ state: 'not-portal', tabId: 1 });

    follower.activated(2); // still loading: its content script is not there yet
    await b.release(2, 'fail');
    expect(b.last()).toEqual({ state: 'waiting', tabId: 2 });

    follower.ready(2); // the content script has started; no further tab event will come
    await b.release(2, 'answer');
    expect(b.last()).toMatchObject({ state: 'connected', tabId: 2, page: { kind: 'audience' }, audience: audienceRead, frame: 'frame-1' });
    follower.stop();
  });

  it('a late failure of an older ping does not undo a newer answer from the same tab', async () => {
    const b = heldSource(null, [2]);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    follower.activated(2); // ping to the page being replaced
    follower.loaded(2); // ping to the new page
    await b.release(2, 'answer', 'newest');
    expect(b.last()).toMatchObject({ state: 'connected', tabId: 2 });
    await b.release(2, 'fail', 'oldest');
    expect(b.last()).toMatchObject({ state: 'connected', tabId: 2 });
    follower.stop();
  });

  it('two tabs brought to the front in quick succession: the panel ends on the second, whichever answers first', async () => {
    for (const order of [
      [2, 3],
      [3, 2],
    ]) {
      const b = heldSource(null, [2, 3]);
      const follower = followPortalTab(b.source, (t) => b.shown.push(t));
      await b.settle();
      follower.activated(2);
      follower.activated(3);
      for (const id of order) await b.release(id, 'answer');
      expect(b.last()).toMatchObject({ state: 'connected', tabId: 3 });
      follower.stop();
    }
  });

  it('an activation that comes before the first tab was looked up wins over it', async () => {
    const b = heldSource(1, [1, 2]);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    follower.activated(2);
    await b.settle();
    expect(b.pending()).toEqual([2]);
    await b.release(2, 'answer');
    expect(b.last()).toMatchObject({ state: 'connected', tabId: 2 });
    follower.stop();
  });

  it('an audience reading from the tab while the panel is not connected makes it ask again; from another tab it is ignored', async () => {
    const b = heldSource(2, [2]);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    await b.release(2, 'fail');
    expect(b.last()).toEqual({ state: 'waiting', tabId: 2 });
    follower.audienceChanged(5, audienceRead, 'frame-5');
    expect(b.pending()).toEqual([]);
    follower.audienceChanged(2, audienceRead, 'frame-2');
    await b.release(2, 'answer');
    expect(b.last()).toMatchObject({ state: 'connected', tabId: 2 });
    follower.stop();
  });

  it('keeps to the frame it read: a second audience frame in the tab does not replace its reading', async () => {
    const b = heldSource(2, [2]);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    await b.release(2, 'answer');
    expect(b.last()).toMatchObject({ state: 'connected', frame: 'frame-1' });
    const count = b.shown.length;
    follower.audienceChanged(2, { ok: false, missing: ['partner-table'] }, 'frame-other');
    expect(b.shown.length).toBe(count);
    follower.audienceChanged(2, { ok: false, missing: ['partner-table'] }, 'frame-1');
    expect(b.last()).toMatchObject({ audience: { ok: false, missing: ['partner-table'] }, frame: 'frame-1' });
    follower.stop();
  });

  it('a reading the page pushes wins over one the panel asked for before it, whichever arrives last', async () => {
    const b = heldSource(2, [2]);
    let reads = 0;
    b.source.readAudience = async () => ({ read: { ok: false, missing: reads++ === 0 ? [] : ['partner-table'] }, frame: 'frame-1' });
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    await b.release(2, 'answer');
    follower.loaded(2); // the panel asks again (a ping held)...
    const pushed: AudienceRead = { ok: false, missing: ['audience-options'] };
    follower.audienceChanged(2, pushed, 'frame-1'); // ...and the page pushes its newer reading meanwhile
    await b.release(2, 'answer'); // the older question's answer comes in last
    expect(b.last()).toMatchObject({ state: 'connected', audience: pushed });
    follower.stop();
  });

  it('a tab that is not Partner Center is said to be so, and a stopped follower shows nothing more', async () => {
    const b = heldSource(7, []);
    const follower = followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    await b.release(7, 'fail');
    expect(b.last()).toEqual({ state: 'not-portal', tabId: 7 });
    follower.loaded(7);
    follower.stop();
    const count = b.shown.length;
    await b.release(7, 'answer');
    expect(b.shown.length).toBe(count);
  });

  it('no tab at all is said', async () => {
    const b = heldSource(null, []);
    followPortalTab(b.source, (t) => b.shown.push(t));
    await b.settle();
    expect(b.last()).toEqual({ state: 'no-tab' });
  });
});
