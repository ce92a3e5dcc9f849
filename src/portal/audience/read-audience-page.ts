/**
 * Reads an offer's CSP reseller audience page into the domain's AudiencePage. Everything is found by
 * role and words (en or ko, from the vocabulary) in the composed tree, shadow roots included, so a
 * page it doesn't recognise yields a reason, never a guess.
 */
import type { AudienceOption, OfferType, PagePartner } from '../../core/audience';
import type { AudienceRead, MissingPart } from '../../core/portal-page';
import { offerTypeFromLabelledValue, offerTypeFromName } from '../../core/offer-type';
import { matches, normalizeLabel, OPTION_KEYS, variants, type VocabularyKey } from '../../core/vocabulary';
import { accessibleNames } from '../dom/accessible-name';
import { composedText } from '../dom/composed-tree';
import { scanPage, type PageScan } from '../dom/scan-page';
import { audiencePageLocale, namesThePage } from './page-name';

/** What a page lacks for the reader to trust it: told to the user, never guessed around. */

/** Whitespace folded; most cell texts have none to fold, and skip the regex. */
const clean = (text: string) => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** The radio that names this option, as a user would click it. */
export function optionRadio(scan: PageScan, option: AudienceOption): HTMLElement | null {
  return scan.radios.find((radio) => accessibleNames(radio).some((name) => matches(OPTION_KEYS[option], name))) ?? null;
}

function readSelectedOption(scan: PageScan): { found: AudienceOption[]; selected: AudienceOption | null } {
  const found: AudienceOption[] = [];
  let selected: AudienceOption | null = null;
  for (const radio of scan.radios) {
    const names = accessibleNames(radio);
    const option = ([1, 2, 3] as const).find((o) => names.some((name) => matches(OPTION_KEYS[o], name)));
    if (option === undefined) continue;
    found.push(option);
    const checked = radio.tagName === 'INPUT' ? (radio as HTMLInputElement).checked : radio.getAttribute('aria-checked') === 'true';
    if (checked) selected = option;
  }
  return { found, selected };
}

const wantedTexts = new Map<VocabularyKey, Set<string>>();
function wanted(key: VocabularyKey): Set<string> {
  let set = wantedTexts.get(key);
  if (!set) {
    set = new Set(variants(key).map(normalizeLabel));
    wantedTexts.set(key, set);
  }
  return set;
}

/** Is one of the entry's words the whole text of an element: status badges, banners. */
function hasText(scan: PageScan, key: VocabularyKey): boolean {
  const words = wanted(key);
  return scan.leafTexts.some((text) => words.has(normalizeLabel(text)));
}

/** The value after a label: "Offer ID: contoso-analytics" in one element, or the label's next sibling. */
function labelledValue(scan: PageScan, key: VocabularyKey): string | null {
  const labels = wanted(key);
  for (const [index, text] of scan.leafTexts.entries()) {
    const colon = text.search(/[:：]/);
    if (colon > 0 && labels.has(normalizeLabel(text.slice(0, colon)))) {
      const value = clean(text.slice(colon + 1));
      if (value) return value;
    }
    if (labels.has(normalizeLabel(text))) {
      const sibling = scan.leaves[index]?.nextElementSibling;
      const value = sibling ? clean(composedText(sibling)) : '';
      if (value) return value;
    }
  }
  return null;
}

function readOfferType(scan: PageScan): OfferType {
  const labelled = labelledValue(scan, 'offerTypeLabel');
  if (labelled !== null) return offerTypeFromLabelledValue(labelled);
  // Shown without its label: only a whole text that is exactly a type's name counts.
  for (const text of scan.leafTexts) {
    const type = offerTypeFromName(text);
    if (type) return type;
  }
  return 'unknown';
}

const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);
/**
 * The grid reader runs for every row and cell of a 2,000-row table, where DOM calls are the cost (each
 * crosses from the content script's world into the page's, and an element's first touch makes its
 * wrapper there): the role is read once per element and the tag only when the role does not settle it.
 */
const isCell = (element: Element, role: string | null) =>
  (role !== null && CELL_ROLES.has(role)) || element.tagName === 'TD' || element.tagName === 'TH';
const isRow = (element: Element, role: string | null) => role === 'row' || element.tagName === 'TR';

/**
 * A row's first `count` cells, in order, into `cells`: the first cell elements on each path down from
 * the row (wrappers such as Fluent's are crossed).
 */
function collectCells(parent: Element, count: number, cells: Element[]): void {
  for (let child = parent.firstElementChild; child && cells.length < count; child = child.nextElementSibling) {
    const role = child.getAttribute('role');
    if (isCell(child, role)) cells.push(child);
    else if (!isRow(child, role)) collectCells(child, count, cells);
  }
}

/** A grid's rows, in order, wherever its wrappers put them (thead/tbody, rowgroups, Fluent's divs). */
function collectRows(parent: Element, rows: Element[]): Element[] {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    const role = child.getAttribute('role');
    if (isRow(child, role)) rows.push(child);
    else if (!isCell(child, role)) collectRows(child, rows);
  }
  return rows;
}

/** A cell's text; a cell holding one slot with one plain element assigned (web components) in a few calls. */
function cellText(cell: Element): string {
  const only = cell.firstElementChild;
  if (only === null) return cell.textContent ?? '';
  if (only.tagName === 'SLOT' && only.nextElementSibling === null) {
    const assigned = (only as HTMLSlotElement).assignedElements();
    const single = assigned.length === 1 ? assigned[0]! : null;
    if (single && single.firstElementChild === null && !single.shadowRoot && !single.hasAttribute('hidden'))
      return single.textContent ?? '';
  }
  return composedText(cell);
}

const isHeaderCell = (cell: Element) =>
  cell.getAttribute('role') === 'columnheader' || (cell.tagName === 'TH' && cell.closest('tbody') === null);

function readGrid(grid: Element): PagePartner[] | null {
  const cells: Element[] = [];
  const isHeaderRow = (row: Element) => {
    cells.length = 0;
    collectCells(row, 1, cells);
    return cells.length > 0 && isHeaderCell(cells[0]!);
  };
  const rows = collectRows(grid, []);
  const headerRow = rows.find(isHeaderRow);
  if (!headerRow) return null;
  cells.length = 0;
  collectCells(headerRow, Infinity, cells);
  const headers = cells.map((h) => composedText(h));
  const column = (key: VocabularyKey) => headers.findIndex((h) => matches(key, h));
  const tenantColumn = column('tenantIdHeader');
  if (tenantColumn < 0) return null;
  const nameColumn = column('partnerNameHeader');
  const countryColumn = column('countryHeader');
  const needed = Math.max(tenantColumn, nameColumn, countryColumn) + 1;
  // Only the columns the rules look at are read; one array of cells serves every row.
  const text = (index: number) => (index >= 0 && index < cells.length ? clean(cellText(cells[index]!)) : '');
  const partners: PagePartner[] = [];
  for (const row of rows) {
    cells.length = 0;
    collectCells(row, needed, cells);
    if (cells.length === 0 || isHeaderCell(cells[0]!)) continue;
    const partner: PagePartner = { tenantIdText: text(tenantColumn), name: text(nameColumn) };
    const country = text(countryColumn);
    if (country) partner.country = country;
    partners.push(partner);
  }
  return partners;
}

/**
 * A grid's reading, kept until anything in it changes: the page is read on every settle, and a
 * 2,000-row grid that did not change need not be read again. A MutationObserver on the grid (and, for
 * a web component's grid, on its host, whose light DOM holds the slotted cells) drops the reading;
 * its pending records are taken at each read, so no change is ever missed.
 */
const readings = new WeakMap<Element, { partners: PagePartner[] | null; observer: MutationObserver }>();
const WATCH = { subtree: true, childList: true, characterData: true, attributes: true };

function readGridOnce(grid: Element): PagePartner[] | null {
  const kept = readings.get(grid);
  if (kept && kept.observer.takeRecords().length === 0) return kept.partners;
  kept?.observer.disconnect();
  const partners = readGrid(grid);
  const observer = new MutationObserver(() => {
    readings.delete(grid);
    observer.disconnect();
  });
  observer.observe(grid, WATCH);
  const root = grid.getRootNode();
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) observer.observe((root as ShadowRoot).host, WATCH);
  readings.set(grid, { partners, observer });
  return partners;
}

function readPartnerTable(scan: PageScan): PagePartner[] | null {
  for (const grid of scan.grids) {
    const partners = readGridOnce(grid);
    if (partners) return partners;
  }
  return null;
}

/** A path segment as the page meant it; one whose escapes are malformed stays as written rather than failing the read. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function readOfferId(scan: PageScan, url: string): string | null {
  const fromPath = /\/offers\/([^/?#]+)/.exec(new URL(url).pathname)?.[1];
  return fromPath ? decodedSegment(fromPath) : labelledValue(scan, 'offerIdLabel');
}

export function readAudiencePage(doc: Document, url: string, scan: PageScan = scanPage(doc)): AudienceRead {
  const missing: MissingPart[] = [];
  const locale = audiencePageLocale(scan);
  if (!locale) missing.push('module-heading');
  const { found, selected } = readSelectedOption(scan);
  const absent = ([1, 2, 3] as const).filter((o) => !found.includes(o));
  if (absent.length > 0) missing.push('audience-options');
  const offerId = readOfferId(scan, url);
  if (!offerId) missing.push('offer-id');
  // Option 2 with no partners yet may show an empty-state text and no grid at all: the partner
  // section is there (its "Select CSP Partners"), and its table is empty. A grid it can't read is not.
  const emptySection = scan.grids.length === 0 && hasText(scan, 'selectPartners');
  const partners = selected === 2 ? (readPartnerTable(scan) ?? (emptySection ? [] : null)) : [];
  if (partners === null) missing.push('partner-table');
  if (!locale || absent.length > 0 || !offerId || partners === null) return { ok: false, missing };

  const title = scan.headings.find((h) => (h.tagName === 'H1' || h.getAttribute('aria-level') === '1') && !namesThePage(composedText(h)));
  return {
    ok: true,
    page: {
      locale,
      offerId,
      offerName: (title && clean(composedText(title))) || offerId,
      offerType: readOfferType(scan),
      published: hasText(scan, 'statusPublished') && !hasText(scan, 'statusDraft'),
      selectedOption: selected,
      partners: partners.map((p) => ({ ...p })),
      unsavedChanges: hasText(scan, 'unsavedChanges'),
    },
  };
}
