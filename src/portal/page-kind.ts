/**
 * Which Partner Center page this is, told by its labels (en or ko) in the composed tree, never by
 * URL alone: the portal moves pages around, the words stay. A support form whose words are not the
 * vocabulary's is told by the product-version label the publisher named (support-form/named-fields.ts).
 * The one detector: the launcher, the panel, the routers' frame tests and the fill all ask it.
 */
import type { Locale } from '../core/audience';
import type { PageKind } from '../core/portal-page';
import { localeOf, normalizeLabel, type VocabularyKey } from '../core/vocabulary';
import { accessibleName, accessibleNames } from './dom/accessible-name';
import { composedText } from './dom/composed-tree';
import type { PageScan } from './dom/scan-page';
import { audiencePageLocale } from './audience/page-name';
import type { RememberedLabels } from '../core/support-request/named-fields';

function localeIn(texts: Iterable<string>, key: VocabularyKey): Locale | null {
  for (const text of texts) {
    const locale = localeOf(key, text);
    if (locale) return locale;
  }
  return null;
}

/** The details page by its fields, where its heading is not the vocabulary's: a title and a description, in one language. */
function detailsFieldsLocale(scan: PageScan): Locale | null {
  const names = [...fieldNames(scan)];
  const title = localeIn(names, 'titleField');
  return title && names.some((name) => localeOf('descriptionField', name) === title) ? title : null;
}

function* headingTexts(scan: PageScan): Generator<string> {
  for (const heading of scan.headings) yield composedText(heading);
}

function* fieldNames(scan: PageScan): Generator<string> {
  for (const field of scan.fields) yield* accessibleNames(field);
}

/** The language whose remembered product-version label names a dropdown here (as findField reads a label: its first name). */
function namedFormLocale(scan: PageScan, remembered: RememberedLabels): Locale | null {
  const names = new Set(scan.fields.filter((f) => f.matches('select, [role="combobox"]')).map((f) => normalizeLabel(accessibleName(f))));
  for (const locale of ['en', 'ko'] as const) {
    const label = remembered[locale]?.productVersionField;
    if (label !== undefined && names.has(normalizeLabel(label))) return locale;
  }
  return null;
}

/** The offer's reseller page, where the audience module lives; its labels may still have changed. */
const AUDIENCE_PATH = /\/offers\/[^/]+\/resellers\b/i;

export function detectPageKind(scan: PageScan, url: string, remembered: RememberedLabels = {}): { kind: PageKind; locale: Locale | null } {
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
  const details = detailsFieldsLocale(scan);
  if (details) return { kind: 'support-details', locale: details };
  const named = namedFormLocale(scan, remembered);
  if (named) return { kind: 'support-request', locale: named };
  // Known address, unknown words: still the audience page, so that the panel can say what it missed.
  if (AUDIENCE_PATH.test(url)) return { kind: 'audience', locale: null };
  return { kind: 'other', locale: null };
}
