/**
 * Errors that cross a context boundary (the worker's, through Comlink) as a code and its parameters,
 * as findings do: the panel words them in its language (panel/error-text.ts). Comlink carries an
 * error's name and message only, so the code and parameters ride in the name; the message stays an
 * English sentence for logs.
 */
import { IMPORT_ERROR_CODES } from './csv/limits';

export const ASSISTANT_ERROR_CODES = [
  ...IMPORT_ERROR_CODES,
  'list-missing',
  'list-name-empty',
  'list-name-too-long',
  'undo-too-late',
  'restore-undo-gone',
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

/** The code and parameters of an error that came across a boundary, or null for any other error. */
export function assistantErrorOf(error: unknown): { code: AssistantErrorCode; params: string[] } | null {
  if (!(error instanceof Error) || !error.name.startsWith(PREFIX)) return null;
  const rest = error.name.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const code = colon === -1 ? rest : rest.slice(0, colon);
  if (!(ASSISTANT_ERROR_CODES as readonly string[]).includes(code)) return null;
  let params: string[] = [];
  if (colon !== -1) {
    try {
      const parsed: unknown = JSON.parse(rest.slice(colon + 1));
      if (Array.isArray(parsed)) params = parsed.map(String);
    } catch {
      params = [];
    }
  }
  return { code: code as AssistantErrorCode, params };
}
