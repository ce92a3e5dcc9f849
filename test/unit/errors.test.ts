import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { AssistantError, assistantErrorOf } from '../../src/core/errors';
import { carryAssistantErrors } from '../../src/worker/error-transfer';

carryAssistantErrors();

/** What the panel catches for an error thrown in the worker: Comlink's "throw" handler, both ways, with a structured clone between. */
function acrossTheBoundary(error: unknown): unknown {
  const handler = Comlink.transferHandlers.get('throw')!;
  const [wire] = handler.serialize({ value: error });
  try {
    handler.deserialize(structuredClone(wire));
  } catch (caught) {
    return caught;
  }
  throw new Error('the handler did not throw');
}

describe('errors across the worker boundary', () => {
  it('keep their code and parameters, with an English message for logs', () => {
    const thrown = acrossTheBoundary(new AssistantError('backup-invalid', 'This file is not a valid backup (at lists.0)', ['lists.0']));
    expect(thrown).toBeInstanceOf(AssistantError);
    expect(assistantErrorOf(thrown)).toEqual({ code: 'backup-invalid', params: ['lists.0'] });
    expect((thrown as Error).message).toBe('This file is not a valid backup (at lists.0)');
    expect(assistantErrorOf(acrossTheBoundary(new AssistantError('list-name-empty', 'A list needs a name.')))).toEqual({
      code: 'list-name-empty',
      params: [],
    });
  });

  it('leave any other error as Comlink carries it', () => {
    const thrown = acrossTheBoundary(new TypeError('x'));
    expect(thrown).toMatchObject({ name: 'TypeError', message: 'x' });
    expect(assistantErrorOf(thrown)).toBeNull();
    // An error merely named like one is not one.
    const named = new Error('x');
    named.name = 'AssistantError:list-missing';
    expect(assistantErrorOf(acrossTheBoundary(named))).toBeNull();
    expect(assistantErrorOf('text')).toBeNull();
  });
});
