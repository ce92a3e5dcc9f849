/**
 * Turns a map of handlers into a runtime.onMessage listener: validates the shape, checks that the
 * sender may send this type to this context, and answers with an envelope. Anything else is refused
 * with a logged reason, never handled.
 */
import * as v from 'valibot';
import {
  MessageSchema,
  ROUTES,
  type Context,
  type Envelope,
  type MessageOf,
  type MessageType,
  type Origin,
  type Replies,
} from './protocol';
import { classifySender, type SenderInfo } from './sender';

export interface HandlerContext {
  origin: 'extension' | 'portal-tab';
  /** The portal tab that sent the message, when it came from a content script, and its frame. */
  tabId?: number;
  frameId?: number;
}

type HandledBy<C extends Context> = { [T in MessageType]: (typeof ROUTES)[T]['to'] extends C ? T : never }[MessageType];

export type Handlers<C extends Context> = {
  [T in HandledBy<C>]: (message: MessageOf<T>, context: HandlerContext) => Promise<Replies[T]> | Replies[T];
};

export interface RouterEnvironment {
  runtimeId: string;
  extensionOrigin: string;
  log?: (reason: string) => void;
}

export function createRouter<C extends Context>(context: C, handlers: Handlers<C>, env: RouterEnvironment) {
  const log = env.log ?? ((reason: string) => console.warn(`[csp-assistant:${context}] refused message: ${reason}`));
  const table = handlers as unknown as Record<string, (m: unknown, c: HandlerContext) => unknown>;

  return (raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> | undefined => {
    const parsed = v.safeParse(MessageSchema, raw);
    if (!parsed.success) {
      const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : typeof raw;
      log(`malformed message (${type}): ${parsed.issues.map((i) => i.message).join('; ')}`);
      return undefined;
    }
    const message = parsed.output;
    const route: { readonly from: readonly Origin[]; readonly to: Context } = ROUTES[message.type];
    // Messages for another context pass by silently: runtime messages reach every extension page.
    if (route.to !== context) return undefined;
    const verdict = classifySender(sender, env.runtimeId, env.extensionOrigin);
    if (!verdict.ok) {
      log(`${message.type}: ${verdict.reason}`);
      return Promise.resolve({ ok: false, error: 'sender not allowed' });
    }
    if (!route.from.includes(verdict.origin)) {
      log(`${message.type}: not accepted from ${verdict.origin}`);
      return Promise.resolve({ ok: false, error: `${message.type} is not accepted from ${verdict.origin}` });
    }
    const handler = table[message.type];
    if (!handler) return undefined;
    const handlerContext: HandlerContext =
      verdict.tabId === undefined
        ? { origin: verdict.origin }
        : { origin: verdict.origin, tabId: verdict.tabId, frameId: verdict.frameId ?? 0 };
    // The handler runs synchronously: a user gesture carried by the message (sidePanel.open) is
    // lost after the first await.
    let result: unknown;
    try {
      result = handler(message, handlerContext);
    } catch (error) {
      result = Promise.reject(error);
    }
    return Promise.resolve(result).then(
      (value): Envelope<unknown> => ({ ok: true, value }),
      (error: unknown): Envelope<unknown> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
