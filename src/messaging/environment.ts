/** This extension's identity, as the router needs it to judge senders. */
import { ext } from '../platform/ext';
import type { RouterEnvironment } from './router';

export function routerEnvironment(): RouterEnvironment {
  const base = new URL(ext.runtime.getURL('/'));
  return { runtimeId: ext.runtime.id, extensionOrigin: `${base.protocol}//${base.host}` };
}
