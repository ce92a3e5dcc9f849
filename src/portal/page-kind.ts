/**
 * Which Partner Center page this is, told by its labels (en or ko) in the composed tree, never by
 * URL alone: the portal moves pages around, the words stay.
 */
import type { Locale } from '../core/audience';
import type { PageKind } from '../core/portal-page';
import { localeOf, type VocabularyKey } from '../core/vocabulary';
import { accessibleNames } from './dom/accessible-name';
import { composedText } from './dom/composed-tree';
import type { PageScan } from './dom/scan-page';
import { audiencePageLocale } from './audience/page-name';

function localeIn(texts: Iterable<string>, key: VocabularyKey): Locale | null {
  for (const text of texts) {
    const locale = localeOf(key, text);
    if (locale) return locale;
  }
  return null;
}

function* headingTexts(scan: PageScan): Generator<string> {
  for (const heading of scan.headings) yield composedText(heading);
}

function* fieldNames(scan: PageScan): Generator<string> {
  for (const field of scan.fields) yield* accessibleNames(field);
}

/** The offer's reseller page, where the audience module lives; its labels may still have changed. */
const AUDIENCE_PATH = /\/offers\/[^/]+\/resellers\b/i;

export function detectPageKind(scan: PageScan, url: string): { kind: PageKind; locale: Locale | null } {
  const checks: [PageKind, VocabularyKey, () => Iterable<string>][] = [
    ['support-request', 'productVersionField', () => fieldNames(scan)],
    ['support-details', 'detailsPage', () => headingTexts(scan)],
  ];
  const audience = audiencePageLocale(scan);
  if (audience) return { kind: 'audience', locale: audience };
  for (const [kind, key, texts] of checks) {
    const locale = localeIn(texts(), key);
    if (locale) return { kind, locale };
  }
  // Known address, unknown words: still the audience page, so that the panel can say what it missed.
  if (AUDIENCE_PATH.test(url)) return { kind: 'audience', locale: null };
  return { kind: 'other', locale: null };
}
