/** Typed senders: unwrap the envelope, so callers get the reply or an Error that says why. */
import { ext } from '../platform/ext';
import type { Envelope, MessageOf, MessageType, Replies } from './protocol';

function unwrap<T extends MessageType>(type: T, envelope: unknown): Replies[T] {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new Error(`no answer to ${type}`);
  }
  const e = envelope as Envelope<Replies[T]>;
  if (!e.ok) throw new Error(`${type} refused: ${e.error}`);
  return e.value;
}

export async function sendToRuntime<T extends MessageType>(message: MessageOf<T>): Promise<Replies[T]> {
  return unwrap(message.type as T, await ext.runtime.sendMessage(message));
}

export async function sendToTab<T extends MessageType>(tabId: number, message: MessageOf<T>): Promise<Replies[T]> {
  return unwrap(message.type as T, await ext.tabs.sendMessage(tabId, message));
}
