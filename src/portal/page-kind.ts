/**
 * Which Partner Center page this is, told by its labels (en or ko), never by URL alone: the portal
 * moves pages around, the words stay.
 */
import type { Locale } from '../core/audience';
import { localeOf, type VocabularyKey } from '../core/vocabulary';
import type { PageKind } from '../messaging/protocol';

const LABEL_SELECTOR = 'h1, h2, h3, h4, legend, label, [role="heading"]';

/** The locale of the first element whose own text names `key`, or null. */
function findLabelLocale(root: ParentNode, key: VocabularyKey): Locale | null {
  for (const element of root.querySelectorAll(LABEL_SELECTOR)) {
    const locale = localeOf(key, element.textContent ?? '');
    if (locale) return locale;
  }
  return null;
}

/** The offer's reseller page, where the audience module lives; its labels may still have changed. */
const AUDIENCE_PATH = /\/offers\/[^/]+\/resellers\b/i;

export function detectPageKind(doc: Document, url = doc.location?.href ?? ''): { kind: PageKind; locale: Locale | null } {
  const checks: [PageKind, VocabularyKey][] = [
    ['audience', 'module'],
    ['support-request', 'productVersionField'],
    ['support-details', 'detailsPage'],
  ];
  for (const [kind, key] of checks) {
    const locale = findLabelLocale(doc, key);
    if (locale) return { kind, locale };
  }
  // Known address, unknown words: still the audience page, so that the panel can say what it missed.
  if (AUDIENCE_PATH.test(url)) return { kind: 'audience', locale: null };
  return { kind: 'other', locale: null };
}
