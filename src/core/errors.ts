/**
 * Errors that cross a context boundary (the worker's, through Comlink) as a code and its parameters,
 * as findings do: the panel words them in its language (panel/error-text.ts). Comlink carries them
 * as AssistantErrors (worker/error-transfer.ts); the name spells the code and parameters out for logs
 * and test failures, and the message stays an English sentence.
 */
import { IMPORT_ERROR_CODES } from './csv/limits';

export const ASSISTANT_ERROR_CODES = [
  ...IMPORT_ERROR_CODES,
  'list-missing',
  'list-name-empty',
  'list-name-too-long',
  'undo-too-late',
  'restore-undo-gone',
  'restore-expired',
  'import-cancelled',
  'import-expired',
  'out-of-space',
  'backup-not-json',
  'backup-invalid',
  'backup-too-large',
  'backup-newer',
] as const;
export type AssistantErrorCode = (typeof ASSISTANT_ERROR_CODES)[number];

const PREFIX = 'AssistantError:';

export class AssistantError extends Error {
  constructor(
    readonly code: AssistantErrorCode,
    message: string,
    readonly params: string[] = [],
  ) {
    super(message);
    this.name = `${PREFIX}${code}${params.length > 0 ? `:${JSON.stringify(params)}` : ''}`;
  }
}

/** The code and parameters of an AssistantError, thrown here or across the boundary; null for any other error. */
export function assistantErrorOf(error: unknown): { code: AssistantErrorCode; params: string[] } | null {
  return error instanceof AssistantError ? { code: error.code, params: error.params } : null;
}
