/**
 * Who sent a message, decided from what the browser says about the sender. Another extension, a web
 * page, or a content script on a host other than Partner Center is nobody we answer.
 */
import type { Origin } from './protocol';
import { PORTAL_ORIGIN } from '../portal/portal-constants';

export interface SenderInfo {
  id?: string | undefined;
  url?: string | undefined;
  tab?: { id?: number | undefined; url?: string | undefined } | undefined;
  frameId?: number | undefined;
}

export type SenderVerdict = { ok: true; origin: Origin; tabId?: number; frameId?: number; url?: string } | { ok: false; reason: string };

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    // Not URL.origin: it is "null" for non-special schemes such as chrome-extension: outside browsers.
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderVerdict {
  if (sender.id !== runtimeId) return { ok: false, reason: `sender id ${String(sender.id)} is not this extension` };
  const origin = originOf(sender.url);
  if (origin === extensionOrigin) return { ok: true, origin: 'extension' };
  if (origin === PORTAL_ORIGIN && sender.tab?.id !== undefined) {
    return { ok: true, origin: 'portal-tab', tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url as string };
  }
  return { ok: false, reason: `sender url ${String(sender.url)} is neither an extension page nor a Partner Center tab` };
}
