/** Typed senders: unwrap the envelope, so callers get the reply or an Error that says why. */
import * as v from 'valibot';
import { ext } from '../platform/ext';
import { MESSAGES, type Envelope, type MessageOf, type MessageType, type Replies } from './protocol';

/** Nobody answered: no content script in the tab (yet), or none that the message is for. */
export class NoAnswerError extends Error {
  constructor(type: MessageType, cause?: unknown) {
    super(`no answer to ${type}`, { cause });
    this.name = 'NoAnswerError';
  }
}

function unwrap<T extends MessageType>(type: T, envelope: unknown): Replies[T] {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new NoAnswerError(type);
  }
  const e = envelope as Envelope<Replies[T]>;
  if (!e.ok) throw new Error(`${type} refused: ${e.error}`);
  // The answer is checked like a request: a reply of another shape (an older driver in the page) is no answer.
  const reply = v.safeParse(MESSAGES[type].reply, e.value);
  if (!reply.success) throw new Error(`${type}: a reply of another shape (${reply.issues.map((i) => i.message).join('; ')})`);
  return reply.output as Replies[T];
}

export async function sendToRuntime<T extends MessageType>(message: MessageOf<T>): Promise<Replies[T]> {
  return unwrap(message.type as T, await ext.runtime.sendMessage(message));
}

/** To every frame of the tab (the one the message is about answers), or to one frame (0: the top document). */
export async function sendToTab<T extends MessageType>(tabId: number, message: MessageOf<T>, frameId?: number): Promise<Replies[T]> {
  const type = message.type as T;
  // The browser refuses a message no frame of the tab listens for: that is no answer, not a failure of the page.
  const sent = frameId === undefined ? ext.tabs.sendMessage(tabId, message) : ext.tabs.sendMessage(tabId, message, { frameId });
  const envelope = await sent.catch((error: unknown) => {
    throw new NoAnswerError(type, error);
  });
  return unwrap(type, envelope);
}
