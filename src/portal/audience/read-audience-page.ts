/**
 * Reads an offer's CSP reseller audience page into the domain's AudiencePage. Everything is found by
 * its words (en or ko, from the vocabulary), so a page it doesn't recognise yields a reason, never a
 * guess.
 */
import type { AudienceOption, AudiencePage, Locale, OfferType, PagePartner } from '../../core/audience';
import {
  localeOf,
  matches,
  normalizeLabel,
  OFFER_TYPE_KEYS,
  OPTION_KEYS,
  variants,
  type VocabularyKey,
} from '../../core/vocabulary';
import { controlLabel } from '../dom/control-label';

/** What a page lacks for the reader to trust it: told to the user, never guessed around. */
export type MissingPart = 'module-heading' | 'audience-options' | 'offer-id' | 'partner-table';

export type AudienceRead = { ok: true; page: AudiencePage } | { ok: false; missing: MissingPart[] };

const HEADING = 'h1, h2, h3, h4, legend, [role="heading"]';

function findModuleLocale(doc: Document): Locale | null {
  for (const heading of doc.querySelectorAll(HEADING)) {
    const locale = localeOf('module', heading.textContent ?? '');
    if (locale) return locale;
  }
  return null;
}

function readSelectedOption(doc: Document): { found: AudienceOption[]; selected: AudienceOption | null } {
  const found: AudienceOption[] = [];
  let selected: AudienceOption | null = null;
  for (const radio of doc.querySelectorAll<HTMLElement>('input[type="radio"], [role="radio"]')) {
    const label = controlLabel(radio);
    const option = ([1, 2, 3] as const).find((o) => matches(OPTION_KEYS[o], label));
    if (option === undefined) continue;
    found.push(option);
    const checked = radio instanceof HTMLInputElement ? radio.checked : radio.getAttribute('aria-checked') === 'true';
    if (checked) selected = option;
  }
  return { found, selected };
}

/** Any element whose whole own text is one of the entry's words: status badges, banners. */
function hasText(doc: Document, key: VocabularyKey): boolean {
  const wanted = new Set(variants(key).map(normalizeLabel));
  for (const element of doc.body.querySelectorAll('span, div, p, strong, em, [role="status"]')) {
    if (element.childElementCount === 0 && wanted.has(normalizeLabel(element.textContent ?? ''))) return true;
  }
  return false;
}

/** The value after a "Label: value" line, e.g. "Offer ID: contoso-analytics". */
function labelledValue(doc: Document, key: VocabularyKey): string | null {
  const labels = variants(key).map(normalizeLabel);
  for (const element of doc.body.querySelectorAll('dt, th, span, div, p, label')) {
    if (element.childElementCount > 2) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const colon = text.search(/[:：]/);
    if (colon > 0 && labels.includes(normalizeLabel(text.slice(0, colon)))) {
      const value = text.slice(colon + 1).trim();
      if (value) return value;
    }
    if (labels.includes(normalizeLabel(text))) {
      const sibling = element.nextElementSibling?.textContent?.trim();
      if (sibling) return sibling;
    }
  }
  return null;
}

function readOfferType(doc: Document): OfferType {
  const text = labelledValue(doc, 'offerTypeLabel');
  if (text === null) return 'other';
  const entry = (Object.entries(OFFER_TYPE_KEYS) as [Exclude<OfferType, 'other'>, VocabularyKey][]).find(([, key]) =>
    matches(key, text),
  );
  return entry ? entry[0] : 'other';
}

function columnIndex(headers: string[], key: VocabularyKey): number {
  return headers.findIndex((h) => matches(key, h));
}

function readPartnerTable(doc: Document): PagePartner[] | null {
  for (const table of doc.querySelectorAll('table, [role="grid"], [role="table"]')) {
    const headerCells = [...table.querySelectorAll('th, [role="columnheader"]')];
    const headers = headerCells.map((h) => h.textContent ?? '');
    const tenantColumn = columnIndex(headers, 'tenantIdHeader');
    if (tenantColumn < 0) continue;
    const nameColumn = columnIndex(headers, 'partnerNameHeader');
    const countryColumn = columnIndex(headers, 'countryHeader');
    const rows = [...table.querySelectorAll('tbody tr, [role="rowgroup"] [role="row"]')].filter(
      (row) => row.querySelector('td, [role="cell"], [role="gridcell"]') !== null,
    );
    return rows.map((row) => {
      const cells = [...row.querySelectorAll('td, th, [role="cell"], [role="gridcell"], [role="rowheader"]')].map((c) =>
        (c.textContent ?? '').trim(),
      );
      const partner: PagePartner = { tenantIdText: cells[tenantColumn] ?? '', name: nameColumn >= 0 ? (cells[nameColumn] ?? '') : '' };
      const country = countryColumn >= 0 ? cells[countryColumn] : undefined;
      if (country) partner.country = country;
      return partner;
    });
  }
  return null;
}

function readOfferId(doc: Document, url: string): string | null {
  const fromPath = /\/offers\/([^/?#]+)/.exec(new URL(url).pathname)?.[1];
  return fromPath ? decodeURIComponent(fromPath) : labelledValue(doc, 'offerIdLabel');
}

export function readAudiencePage(doc: Document, url: string): AudienceRead {
  const missing: MissingPart[] = [];
  const locale = findModuleLocale(doc);
  if (!locale) missing.push('module-heading');
  const { found, selected } = readSelectedOption(doc);
  const absent = ([1, 2, 3] as const).filter((o) => !found.includes(o));
  if (absent.length > 0) missing.push('audience-options');
  const offerId = readOfferId(doc, url);
  if (!offerId) missing.push('offer-id');
  const partners = readPartnerTable(doc);
  if (selected === 2 && partners === null) missing.push('partner-table');
  if (!locale || absent.length > 0 || !offerId || (selected === 2 && partners === null)) return { ok: false, missing };

  const published = hasText(doc, 'statusPublished') && !hasText(doc, 'statusDraft');
  return {
    ok: true,
    page: {
      locale,
      offerId,
      offerName: doc.querySelector('h1')?.textContent?.trim() ?? offerId,
      offerType: readOfferType(doc),
      published,
      selectedOption: selected,
      partners: selected === 2 ? (partners ?? []) : [],
      unsavedChanges: hasText(doc, 'unsavedChanges'),
    },
  };
}
