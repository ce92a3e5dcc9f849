import { describe, expect, it } from 'vitest';
import { AssistantError, assistantErrorOf } from '../../src/core/errors';

/** What Comlink hands the panel for a thrown error: a plain Error with the same name and message. */
function acrossTheBoundary(error: Error): Error {
  const copy = new Error(error.message);
  copy.name = error.name;
  return copy;
}

describe('errors across the worker boundary', () => {
  it('keep their code and parameters, with an English message for logs', () => {
    const thrown = new AssistantError('backup-invalid', 'This file is not a valid backup (at lists.0)', ['lists.0']);
    expect(assistantErrorOf(acrossTheBoundary(thrown))).toEqual({ code: 'backup-invalid', params: ['lists.0'] });
    expect(assistantErrorOf(acrossTheBoundary(new AssistantError('list-name-empty', 'A list needs a name.')))).toEqual({
      code: 'list-name-empty',
      params: [],
    });
  });

  it('leave any other error alone', () => {
    expect(assistantErrorOf(new TypeError('x'))).toBeNull();
    const unknown = new Error('x');
    unknown.name = 'AssistantError:not-a-code';
    expect(assistantErrorOf(unknown)).toBeNull();
    expect(assistantErrorOf('text')).toBeNull();
  });
});
