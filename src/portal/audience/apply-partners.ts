/**
 * Puts partners on the audience page's table and takes them off it, the way a publisher would: the
 * portal's own import (a file in the layout of its "Export CSPs", handed to its file input as a user
 * picking it would) or, when there is none or it leaves partners out, "Select CSP Partners" (search
 * each tenant ID, tick it, Add). Collect, then act: a page missing a part it needs is left untouched.
 * The table is read again afterwards, and the outcome is what it shows. Never saves, syncs or publishes.
 */
import {
  applyOutcome,
  type AddRoute,
  type ApplyOrder,
  type ApplyOutcome,
  type ApplyPart,
  type ApplyProgress,
} from '../../core/apply/apply-plan';
import type { Locale, Partner } from '../../core/audience';
import { partnersToPartnerCenterCsv } from '../../core/csv/export';
import { checkPagePartners } from '../../core/rules/page-partners';
import { normalizeLabel, variants, type VocabularyKey } from '../../core/vocabulary';
import { accessibleNames } from '../dom/accessible-name';
import { composedText, deepQueryAll, flatClosest } from '../dom/composed-tree';
import { isOurs, namedButtons } from '../dom/page-controls';
import { press, pressKey, typeText } from '../dom/operate';
import { waitFor } from '../dom/wait-for';
import { readAudiencePage } from './read-audience-page';

export interface ApplyOptions {
  signal: AbortSignal;
  onProgress: (progress: ApplyProgress) => void;
  /** How long the portal may take to show one change (a search's results, a removed row). */
  timeoutMs: number;
}

const CHECKBOXES = 'input[type="checkbox"], [role="checkbox"]';
const SEARCH = 'input[type="search"], [role="searchbox"], input[type="text"], input:not([type])';

/** The partner table's tenant IDs and the page's language, or null when the page shows no option-2 table. */
function readTable(doc: Document): { ids: Set<string>; locale: Locale } | null {
  const read = readAudiencePage(doc, doc.location.href);
  if (!read.ok || read.page.selectedOption !== 2) return null;
  return { ids: new Set(checkPagePartners(read.page.partners).partners.map((p) => p.tenantId)), locale: read.page.locale };
}
const tableIds = (doc: Document) => readTable(doc)?.ids ?? null;

/** "Remove" or "Remove Contoso": the word, alone or leading the name (row actions name their row). */
function leadsWith(key: VocabularyKey, name: string): boolean {
  const text = normalizeLabel(name);
  return variants(key).some((variant) => {
    const word = normalizeLabel(variant);
    return text === word || text.startsWith(`${word} `);
  });
}

const isRow = (e: Element) => e.tagName === 'TR' || e.getAttribute('role') === 'row';
const holdsCandidate = (e: Element) => isRow(e) || e.tagName === 'LABEL' || e.tagName === 'LI' || e.getAttribute('role') === 'option';
const mentions = (element: Element, tenantId: string) => composedText(element).toLowerCase().includes(tenantId);

/** The remove action in the table row that shows this tenant ID. */
function removeButton(doc: Document, tenantId: string): HTMLElement | null {
  return (
    namedButtons(doc, 'removePartner', leadsWith).find((b) => {
      const row = flatClosest(b, isRow);
      return row !== null && mentions(row, tenantId);
    }) ?? null
  );
}

function fileInput(doc: Document): HTMLInputElement | null {
  const inputs = deepQueryAll<HTMLInputElement>(doc, 'input[type="file"]').filter((i) => !isOurs(i) && !i.disabled);
  return inputs.find((i) => /csv/i.test(i.accept)) ?? inputs[0] ?? null;
}

/** What the order needs from the page, before anything is touched. */
function collect(doc: Document, order: ApplyOrder): ApplyPart[] {
  const missing: ApplyPart[] = [];
  if (!tableIds(doc)) return ['partner-table'];
  const canAdd = fileInput(doc) || namedButtons(doc, 'importExport').length > 0 || namedButtons(doc, 'selectPartners').length > 0;
  if (order.add.length > 0 && !canAdd) missing.push('add-route');
  if (order.remove.some((p) => !removeButton(doc, p.tenantId))) missing.push('remove-button');
  return missing;
}

/** Waits until the table shows every one of `partners` (or none, `present` false), reporting the count. */
async function awaitTable(
  doc: Document,
  partners: readonly { tenantId: string }[],
  present: boolean,
  phase: ApplyProgress['phase'],
  options: ApplyOptions,
  timeoutMs: number,
): Promise<void> {
  let reported = -1;
  await waitFor(
    doc,
    () => {
      const ids = tableIds(doc) ?? new Set<string>();
      const done = partners.filter((p) => ids.has(p.tenantId) === present).length;
      if (done !== reported) options.onProgress({ phase, done, total: partners.length });
      reported = done;
      return done === partners.length || options.signal.aborted;
    },
    timeoutMs,
  );
}

async function removeRows(doc: Document, order: ApplyOrder, options: ApplyOptions): Promise<void> {
  for (const [index, partner] of order.remove.entries()) {
    if (options.signal.aborted) return;
    const remove = removeButton(doc, partner.tenantId);
    if (remove) press(remove);
    await waitFor(doc, () => !tableIds(doc)?.has(partner.tenantId), options.timeoutMs);
    options.onProgress({ phase: 'removing', done: index + 1, total: order.remove.length });
  }
}

/** The portal's import: opens Import/Export when its file input is not there yet. */
async function addByImport(doc: Document, partners: Partner[], locale: Locale, options: ApplyOptions): Promise<boolean> {
  let input = fileInput(doc);
  if (!input) {
    const menu = namedButtons(doc, 'importExport')[0];
    if (!menu) return false;
    press(menu);
    input = await waitFor(doc, () => fileInput(doc), options.timeoutMs);
    if (!input) return false;
  }
  if (options.signal.aborted) return false;
  const file = new File([partnersToPartnerCenterCsv(partners, locale)], 'csp-partners.csv', { type: 'text/csv' });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  // A portal parses and checks an upload; a large one may take a while.
  await awaitTable(doc, partners, true, 'importing', options, options.timeoutMs * (1 + partners.length / 100));
  return true;
}

function candidate(dialog: Element, tenantId: string): HTMLElement | null {
  return (
    deepQueryAll<HTMLElement>(dialog, CHECKBOXES).find((box) => {
      if (accessibleNames(box).some((name) => name.toLowerCase().includes(tenantId))) return true;
      const holder = flatClosest(box, holdsCandidate);
      return holder !== null && mentions(holder, tenantId);
    }) ?? null
  );
}

const isChecked = (box: HTMLElement) => (box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true');

function closeDialog(dialog: HTMLElement): void {
  const cancel = namedButtons(dialog, 'cancel')[0];
  if (cancel) press(cancel);
  else pressKey(dialog, 'Escape');
}

/**
 * What the dialog holds: a dialog component (Shoelace's sl-dialog) keeps its frame, role=dialog, in its
 * shadow root and slots the app's search, partners and buttons into it from its light DOM.
 */
function dialogScope(dialog: HTMLElement): HTMLElement {
  const root = dialog.getRootNode();
  const host = root instanceof ShadowRoot ? (root.host as HTMLElement) : null;
  return host && dialog.querySelector('slot') ? host : dialog;
}

/** "Select CSP Partners": each tenant ID searched and ticked, then one Add; a cancel closes it unadded. */
async function addByDialog(doc: Document, partners: Partner[], options: ApplyOptions): Promise<ApplyPart | null> {
  const opener = namedButtons(doc, 'selectPartners')[0];
  if (!opener) return 'add-route';
  press(opener);
  const shown = await waitFor(
    doc,
    () => deepQueryAll<HTMLElement>(doc, '[role="dialog"], dialog[open]').find((d) => !isOurs(d)),
    options.timeoutMs,
  );
  if (!shown) return 'add-route';
  const dialog = dialogScope(shown);
  const search = deepQueryAll<HTMLInputElement>(dialog, SEARCH)[0];
  if (!search) {
    closeDialog(dialog);
    return 'dialog-search';
  }
  // A partner the search never shows is not waited for again after Add: the portal refused it.
  const ticked: Partner[] = [];
  // A cancel closes the dialog unadded, whenever it comes before Add: nothing ticked reaches the offer.
  const cancelled = () => {
    if (options.signal.aborted) closeDialog(dialog);
    return options.signal.aborted;
  };
  for (const [index, partner] of partners.entries()) {
    if (cancelled()) return null;
    typeText(search, partner.tenantId);
    const box = await waitFor(doc, () => candidate(dialog, partner.tenantId), options.timeoutMs);
    if (cancelled()) return null;
    if (box) {
      if (!isChecked(box)) press(box);
      ticked.push(partner);
    }
    options.onProgress({ phase: 'selecting', done: index + 1, total: partners.length });
  }
  if (cancelled()) return null;
  const add = namedButtons(dialog, 'add')[0];
  if (!add) {
    closeDialog(dialog);
    return 'dialog-add';
  }
  press(add);
  await awaitTable(doc, ticked, true, 'checking', options, options.timeoutMs);
  return null;
}

export async function applyToPage(doc: Document, order: ApplyOrder, options: ApplyOptions): Promise<ApplyOutcome> {
  const start = readTable(doc);
  const before = start?.ids ?? new Set<string>();
  const missing = collect(doc, order);
  if (!start || missing.length > 0) return applyOutcome(order, before, before, { routes: [], missing, cancelled: false });

  const routes: AddRoute[] = [];
  await removeRows(doc, order, options);
  const waiting = () => order.add.filter((p) => !tableIds(doc)?.has(p.tenantId));
  if (order.add.length > 0 && !options.signal.aborted && (await addByImport(doc, waiting(), start.locale, options))) routes.push('import');
  const left = waiting();
  if (left.length > 0 && !options.signal.aborted) {
    const part = await addByDialog(doc, left, options);
    if (part) missing.push(part);
    else routes.push('dialog');
  }
  return applyOutcome(order, before, tableIds(doc) ?? new Set(), { routes, missing, cancelled: options.signal.aborted });
}
