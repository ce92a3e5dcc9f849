import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../src/messaging/router';
import { classifySender } from '../../../src/messaging/sender';

const env = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id' };
/** Every background route (and message it observes) needs a handler; these tests are about open-panel. */
const loadDriver = { 'load-driver': () => ({ loaded: true }), 'audience-changed': () => undefined } as const;
const fromPanel = { id: 'ext-id', url: 'chrome-extension://ext-id/src/panel/index.html?tabId=3' };
const fromPortal = {
  id: 'ext-id',
  url: 'https://partner.microsoft.com/en-us/dashboard',
  tab: { id: 7, url: 'https://partner.microsoft.com/en-us/dashboard' },
};

describe('classifySender', () => {
  it('knows extension pages and Partner Center tabs', () => {
    expect(classifySender(fromPanel, env.runtimeId, env.extensionOrigin)).toEqual({ ok: true, origin: 'extension' });
    expect(classifySender(fromPortal, env.runtimeId, env.extensionOrigin)).toEqual({
      ok: true,
      origin: 'portal-tab',
      tabId: 7,
      frameId: 0,
      url: 'https://partner.microsoft.com/en-us/dashboard',
    });
  });

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a content script on another host', { id: 'ext-id', url: 'https://partner.microsoft.com.evil.example/', tab: { id: 1 } }],
    ['a look-alike origin', { id: 'ext-id', url: 'https://partner.microsoft.community/', tab: { id: 1 } }],
    ['no url', { id: 'ext-id' }],
  ])('refuses %s', (_name, sender) => {
    expect(classifySender(sender, env.runtimeId, env.extensionOrigin).ok).toBe(false);
  });
});

/** A content router that answers only ping: the other handlers are not what these tests are about. */
const pingOnly = (ping: Handlers<'content'>['ping']) => ({ ping }) as Partial<Handlers<'content'>> as Handlers<'content'>;
/** A content script in the tab's top document, showing no page the assistant knows. */
const topFrame = {
  top: () => true,
  audience: () => false,
  'support-form': () => false,
  'shown-form': () => true,
  'shown-page': () => true,
};

describe('createRouter', () => {
  it('answers a valid message from an allowed sender with an envelope', async () => {
    const listener = createRouter(
      'content',
      pingOnly(() => ({ kind: 'other' as const, url: 'u', locale: null, inFrame: false })),
      env,
      topFrame,
    );
    await expect(listener({ type: 'ping' }, fromPanel)).resolves.toEqual({
      ok: true,
      value: { kind: 'other', url: 'u', locale: null, inFrame: false },
    });
  });

  it('refuses a message from a sender not allowed for its type, with a logged reason', async () => {
    const log = vi.fn();
    const handler = vi.fn(() => ({ kind: 'other' as const, url: 'u', locale: null, inFrame: false }));
    const listener = createRouter('content', pingOnly(handler), { ...env, log }, topFrame);
    await expect(listener({ type: 'ping' }, fromPortal)).resolves.toEqual({
      ok: false,
      error: 'ping is not accepted from portal-tab',
    });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith('ping: not accepted from portal-tab');
  });

  it('ignores malformed messages and logs why', () => {
    const log = vi.fn();
    const handler = vi.fn(() => ({ opened: true }));
    const listener = createRouter('background', { 'open-panel': handler, ...loadDriver }, { ...env, log });
    expect(listener({ type: 'open-panel', extra: 1, nested: { html: '<img>' } } as unknown, fromPortal)).toBeDefined();
    expect(listener({ type: 'no-such-type' }, fromPortal)).toBeUndefined();
    expect(listener('open-panel', fromPortal)).toBeUndefined();
    expect(log).toHaveBeenCalledTimes(2);
    expect(log.mock.calls[0]?.[0]).toMatch(/^malformed message \(no-such-type\)/);
  });

  it('leaves a message to the frame the table names: another frame of the tab stays silent', () => {
    const handler = vi.fn(() => ({ kind: 'other' as const, url: 'u', locale: null, inFrame: false }));
    const inner = createRouter('content', pingOnly(handler), env, { ...topFrame, top: () => false });
    expect(inner({ type: 'ping' }, fromPanel)).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a request whose fields are not the declared ones', () => {
    const log = vi.fn();
    const listener = createRouter(
      'page-actions',
      {} as Handlers<'page-actions'>,
      { ...env, log },
      {
        'order-target': () => true,
        'running-apply': () => true,
        'support-form': () => true,
      },
    );
    expect(listener({ type: 'choose-option', option: 4, target: { frame: 'f', offerId: 'o', tenantIds: [] } }, fromPanel)).toBeUndefined();
    expect(log.mock.calls[0]?.[0]).toMatch(/^malformed message \(choose-option\)/);
  });

  it('hands a message the context only observes to its listener, from an allowed sender, and never answers it', () => {
    const seen = vi.fn();
    const listener = createRouter('background', { 'open-panel': () => ({ opened: true }), ...loadDriver, 'audience-changed': seen }, env);
    const message = { type: 'audience-changed', read: { ok: false, missing: ['offer-id'] }, frame: 'f1' };
    expect(listener(message, fromPortal)).toBeUndefined();
    expect(seen).toHaveBeenCalledWith(message, { origin: 'portal-tab', tabId: 7, frameId: 0, url: fromPortal.url });
    // Only a Partner Center tab sends it: from an extension page it is not taken.
    expect(listener(message, fromPanel)).toBeUndefined();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('leaves messages meant for another context alone', () => {
    const listener = createRouter('background', { 'open-panel': () => ({ opened: true }), ...loadDriver }, env);
    expect(listener({ type: 'ping' }, fromPanel)).toBeUndefined();
  });

  it('runs the handler synchronously so a user gesture survives', () => {
    const order: string[] = [];
    const listener = createRouter(
      'background',
      {
        'open-panel': () => {
          order.push('handler');
          return { opened: true };
        },
        ...loadDriver,
      },
      env,
    );
    void listener({ type: 'open-panel' }, fromPortal);
    order.push('after');
    expect(order).toEqual(['handler', 'after']);
  });

  it('turns a thrown error into a refusal envelope', async () => {
    const listener = createRouter(
      'background',
      {
        'open-panel': () => {
          throw new Error('no tab');
        },
        ...loadDriver,
      },
      env,
    );
    await expect(listener({ type: 'open-panel' }, fromPortal)).resolves.toEqual({ ok: false, error: 'no tab' });
  });
});
