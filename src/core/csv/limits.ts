/** The largest file an import reads: 200,000 partners take about 14 MB, so this leaves room and keeps the panel safe. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function tooLargeMessage(bytes: number): string {
  return `The file is ${(bytes / 1024 / 1024).toFixed(0)} MB; an import reads at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`;
}

/** Why a whole file is refused (a row's problems are row errors instead). */
export const IMPORT_ERROR_CODES = ['empty', 'binary', 'undecodable', 'no-rows', 'no-tenant-column', 'too-large'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
