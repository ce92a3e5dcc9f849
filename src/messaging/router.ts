/**
 * Turns a map of handlers into a runtime.onMessage listener, from the protocol table: validates the
 * shape, leaves a message to the context and frame that answer it, checks that the sender may send
 * it, and answers with an envelope. Anything else is refused with a logged reason, never handled.
 */
import * as v from 'valibot';
import {
  isMessageType,
  MESSAGES,
  type Answerer,
  type Context,
  type Envelope,
  type Message,
  type MessageOf,
  type MessageType,
  type Origin,
  type Replies,
} from './protocol';
import { classifySender, type SenderInfo } from './sender';

export interface HandlerContext {
  origin: Origin;
  /** The portal tab that sent the message, when it came from a content script, its frame and the frame's address. */
  tabId?: number;
  frameId?: number;
  url?: string;
}

type HandledBy<C extends Context> = { [T in MessageType]: (typeof MESSAGES)[T]['to'] extends C ? T : never }[MessageType];
type AnsweredBy<C extends Context> = (typeof MESSAGES)[HandledBy<C>]['answeredBy'];

type ObservedBy<C extends Context> = {
  [T in MessageType]: (typeof MESSAGES)[T] extends { observedBy: readonly (infer O)[] } ? (C extends O ? T : never) : never;
}[MessageType];

/** A handler a message the context answers, and a listener a message it only takes note of (the table's observedBy). */
export type Handlers<C extends Context> = {
  [T in HandledBy<C>]: (message: MessageOf<T>, context: HandlerContext) => Promise<Replies[T]> | Replies[T];
} & { [T in ObservedBy<C>]: (message: MessageOf<T>, context: HandlerContext) => void };

/** Whether this frame is the one that answers, per answerer the context's messages name ('any' always is). */
export type FrameTests<C extends Context> = { [A in Exclude<AnsweredBy<C>, 'any'>]: (message: Message) => boolean };

export interface RouterEnvironment {
  runtimeId: string;
  extensionOrigin: string;
  log?: (reason: string) => void;
}

/** The message as the table declares it, or why not. */
export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; reason: string } {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
  if (!isMessageType(type)) return { ok: false, reason: `malformed message (${type === undefined ? typeof raw : String(type)})` };
  const parsed = v.safeParse(MESSAGES[type].request, raw);
  if (!parsed.success) return { ok: false, reason: `malformed message (${type}): ${parsed.issues.map((i) => i.message).join('; ')}` };
  return { ok: true, message: { ...parsed.output, type } as Message };
}

/** A context whose messages name frames must say how it tells them: the type-check asks for the tests. */
type FrameArgument<C extends Context> = [Exclude<AnsweredBy<C>, 'any'>] extends [never] ? [] : [frames: FrameTests<C>];

export function createRouter<C extends Context>(context: C, handlers: Handlers<C>, env: RouterEnvironment, ...frames: FrameArgument<C>) {
  const log = env.log ?? ((reason: string) => console.warn(`[csp-assistant:${context}] refused message: ${reason}`));
  const table = handlers as unknown as Record<string, (m: unknown, c: HandlerContext) => unknown>;
  const frameTests = (frames[0] ?? {}) as Partial<Record<Answerer, (message: Message) => boolean>>;

  return (raw: unknown, sender: SenderInfo): Promise<Envelope<unknown>> | undefined => {
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      log(parsed.reason);
      return undefined;
    }
    const { message } = parsed;
    const route: Entry = MESSAGES[message.type];
    // Observed here, answered elsewhere: its listener takes note, and the context it is for answers it.
    const observed = route.observedBy?.includes(context);
    // Messages for another context, or another frame of the tab, pass by silently: runtime messages reach every extension page.
    if (!observed && route.to !== context) return undefined;
    if (!observed && route.answeredBy !== 'any' && !frameTests[route.answeredBy]?.(message)) return undefined;
    const verdict = classifySender(sender, env.runtimeId, env.extensionOrigin);
    if (!verdict.ok) {
      log(`${message.type}: ${verdict.reason}`);
      return observed ? undefined : Promise.resolve({ ok: false, error: 'sender not allowed' });
    }
    if (!route.from.includes(verdict.origin)) {
      log(`${message.type}: not accepted from ${verdict.origin}`);
      return observed ? undefined : Promise.resolve({ ok: false, error: `${message.type} is not accepted from ${verdict.origin}` });
    }
    const handler = table[message.type];
    if (!handler) return undefined;
    // What the browser said of the sender (a portal tab's frame already defaults to the top one).
    const { ok: _ok, ...handlerContext } = verdict;
    if (observed) {
      handler(message, handlerContext);
      return undefined;
    }
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

type Entry = {
  readonly from: readonly Origin[];
  readonly to: Context;
  readonly answeredBy: Answerer;
  readonly observedBy?: readonly Context[];
};
