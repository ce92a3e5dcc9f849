/** What the portal driver tells the rest of the extension about a page: its kind, and the audience read off it. */
import type { AudiencePage } from './audience';

export type PageKind = 'audience' | 'support-request' | 'support-details' | 'other';

/** A part of the audience page the reader could not find: the page is then not read at all. */
export type MissingPart = 'module-heading' | 'audience-options' | 'offer-id' | 'partner-table';
export const MISSING_PARTS = ['module-heading', 'audience-options', 'offer-id', 'partner-table'] as const satisfies readonly MissingPart[];

export type AudienceRead = { ok: true; page: AudiencePage } | { ok: false; missing: MissingPart[] };

export const isSupportPage = (kind: PageKind): boolean => kind === 'support-request' || kind === 'support-details';

/** What a page saved for a bug report kept and replaced (portal/capture). */
export interface CaptureSummary {
  /** Texts kept as the portal's words. */
  kept: number;
  /** Texts and values replaced by their shape. */
  replaced: number;
  /** The kept texts, each once, in page order. */
  words: string[];
}
