/** The senders check each reply against its entry in the protocol table, as the routers check requests. */
import { afterEach, describe, expect, it } from 'vitest';
import { sendToRuntime, sendToTab } from '../../../src/messaging/send';

function answering(value: unknown) {
  const reply = async () => ({ ok: true, value });
  (globalThis as { chrome?: unknown }).chrome = { runtime: { sendMessage: reply }, tabs: { sendMessage: reply } };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('senders', () => {
  it('hand back a reply of the declared shape', async () => {
    answering({ opened: true });
    await expect(sendToRuntime({ type: 'open-panel' })).resolves.toEqual({ opened: true });
    answering({ kind: 'audience', url: 'https://partner.microsoft.com/x', locale: 'ko', inFrame: false });
    await expect(sendToTab(3, { type: 'ping' })).resolves.toMatchObject({ kind: 'audience', locale: 'ko' });
  });

  it('refuse a reply of another shape, naming the message', async () => {
    answering({ kind: 'dashboard', url: 'u', locale: null, inFrame: false });
    await expect(sendToTab(3, { type: 'ping' })).rejects.toThrow(/^ping: a reply of another shape/);
    answering({ page: 'request', locale: 'en', fields: [{ field: 'title', status: 'done' }], userMustFill: [] });
    await expect(sendToTab(3, { type: 'fill-support' })).rejects.toThrow(/^fill-support: a reply of another shape/);
  });
});
