/**
 * An AssistantError crosses Comlink as itself. Comlink's own "throw" handler sends an error's name,
 * message and stack only, so the panel would get a plain Error; this one sends the code and the
 * parameters along and builds an AssistantError again on the other side. Both sides install it.
 */
import * as Comlink from 'comlink';
import { ASSISTANT_ERROR_CODES, AssistantError, type AssistantErrorCode } from '../core/errors';

interface Carried {
  assistant?: { code: string; params: string[]; message: string };
}

export function carryAssistantErrors(): void {
  const plain = Comlink.transferHandlers.get('throw');
  if (!plain) throw new Error('Comlink has no "throw" transfer handler');
  Comlink.transferHandlers.set('throw', {
    canHandle: plain.canHandle,
    serialize(thrown) {
      const [wire, transferables] = plain.serialize(thrown);
      const { value } = thrown as { value: unknown };
      if (!(value instanceof AssistantError)) return [wire, transferables];
      const assistant = { code: value.code, params: value.params, message: value.message };
      return [{ ...(wire as object), assistant } satisfies Carried, transferables];
    },
    deserialize(wire) {
      const { assistant } = wire as Carried;
      if (assistant && (ASSISTANT_ERROR_CODES as readonly string[]).includes(assistant.code))
        throw new AssistantError(assistant.code as AssistantErrorCode, assistant.message, assistant.params);
      return plain.deserialize(wire);
    },
  });
}
