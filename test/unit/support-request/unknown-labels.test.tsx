// @vitest-environment happy-dom
/**
 * The panel's "which dropdown is which?": after a fill stopped at a field not found, and on a page
 * the assistant does not recognise when the publisher says it is a support form. Native controls
 * (a <select> per field, a submit button), so the keyboard works them as any form; the answer lands
 * in extension storage. The portal tab's replies are stood in for.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillReport } from '../../../src/core/support-request/fill-report';
import type { FormDropdowns } from '../../../src/core/support-request/named-fields';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { installFakeStorage } from '../../support/fake-extension-storage';

const { sendToTab } = vi.hoisted(() => ({ sendToTab: vi.fn() }));
vi.mock('../../../src/messaging/send', () => ({ sendToTab }));

const data = installFakeStorage();
const language = { ui: 'en' };
Object.assign((globalThis as unknown as { chrome: object }).chrome, {
  i18n: { getUILanguage: () => language.ui },
  tabs: { query: async () => [{ id: 7, lastAccessed: 1 }] },
});

const STOPPED: FillReport = {
  page: 'request',
  locale: 'en',
  fields: [
    { field: 'productVersion', status: 'filled', label: 'Select the product version' },
    { field: 'category', status: 'filled', label: 'Select a category that best describes the issue' },
    { field: 'problem', status: 'not-found' },
  ],
  userMustFill: [],
};
const MISSING_PROBLEM: FormDropdowns = {
  locale: 'en',
  found: { productVersionField: 'Select the product version', categoryField: 'Select a category that best describes the issue' },
  dropdowns: ['Problem area', 'Program', 'Choose one'],
};
const UNRECOGNISED: FormDropdowns = { locale: 'ko', found: {}, dropdowns: ['Produktversion', 'Kategorie', 'Problem'] };

/** The tab: what page it shows, and its dropdowns. */
function tabShows(kind: 'support-request' | 'other', listing: FormDropdowns | Error): void {
  sendToTab.mockReset().mockImplementation(async (_tabId: number, message: { type: string }) => {
    if (message.type === 'ping') return { kind, url: 'https://partner.microsoft.com/en-us/support', locale: null, inFrame: false };
    if (message.type === 'list-dropdowns') {
      if (listing instanceof Error) throw listing;
      return listing;
    }
    throw new Error(`unexpected ${message.type}`);
  });
}

let root: HTMLElement;
beforeEach(() => {
  data.clear();
  language.ui = 'en';
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

async function show(reports: FillReport[]): Promise<ReturnType<typeof vi.fn>> {
  vi.resetModules();
  // Fresh modules, so the words of the language set: loaded as the panel loads them before its first render.
  await (await import('../../../src/core/i18n/ui-messages')).loadCatalog(language.ui === 'ko' ? 'ko' : 'en');
  const { UnknownLabels } = await import('../../../src/panel/support/UnknownLabels');
  const onNamed = vi.fn();
  await act(() => render(<UnknownLabels tabId={7} reports={reports} onNamed={onNamed} />, root));
  return onNamed;
}

const settle = () => act(async () => undefined);
const selectFor = (label: string) => {
  const found = [...root.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === label);
  if (!found) throw new Error(`no select labelled ${label}`);
  return found;
};
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);
async function choose(select: HTMLSelectElement, text: string): Promise<void> {
  select.value = [...select.options].find((o) => o.textContent === text)!.value;
  await act(async () => {
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function save(): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('[data-testid="name-fields-save"]')!;
  expect(button.type).toBe('submit');
  await act(async () => button.click());
  await settle();
}
const alertText = () => root.querySelector('[role="alert"]')?.textContent;

describe('which dropdown is which', () => {
  it('after a fill stopped at the problem field: the form tab is asked, the answer remembered for its language, the fill goes on', async () => {
    tabShows('support-request', MISSING_PROBLEM);
    const onNamed = await show([STOPPED]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="name-fields"]')).not.toBeNull());
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'list-dropdowns' });
    expect(root.querySelector('h3')?.textContent).toBe('Which dropdown is which?');
    expect(root.textContent).toContain('remembers your answer for forms in English');
    // Only the field not found is asked, among the dropdowns the page does not use for the others.
    expect(root.querySelectorAll('select')).toHaveLength(1);
    const problem = selectFor('Problem');
    expect(optionTexts(problem)).toEqual(['None of these', 'Problem area', 'Program', 'Choose one']);

    await save();
    expect(alertText()).toBe('Choose a dropdown for at least one field.');
    expect(onNamed).not.toHaveBeenCalled();

    await choose(problem, 'Choose one');
    await save();
    expect(data.get(STORAGE_KEYS.fieldLabels)).toEqual({ en: { problemField: 'Choose one' } });
    expect(onNamed).toHaveBeenCalledTimes(1);
  });

  it('on a page it does not recognise, when the publisher says it is a support form: the product version first', async () => {
    tabShows('other', UNRECOGNISED);
    const onNamed = await show([]);
    const offer = await vi.waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('[data-testid="say-support-form"]');
      expect(button).not.toBeNull();
      return button!;
    });
    expect(offer.textContent).toBe('This page is a support request form');
    expect(offer.getAttribute('aria-expanded')).toBe('false');
    expect(sendToTab).not.toHaveBeenCalledWith(7, { type: 'list-dropdowns' });

    await act(async () => offer.click());
    await vi.waitFor(() => expect(root.querySelectorAll('select')).toHaveLength(3));
    expect(offer.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector(`#${offer.getAttribute('aria-controls')}`)?.contains(root.querySelector('form'))).toBe(true);
    expect(root.textContent).toContain('remembers your answer for forms in Korean');

    await choose(selectFor('Problem'), 'Problem');
    await save();
    expect(alertText()).toBe('Choose the product version dropdown: the assistant recognizes the form by it.');
    await choose(selectFor('Category'), 'Problem');
    await choose(selectFor('Product version'), 'Produktversion');
    await save();
    expect(alertText()).toBe('Choose a different dropdown for each field.');
    await choose(selectFor('Category'), 'Kategorie');
    // Named, the page is a support form the assistant recognises (the content script reads it again).
    tabShows('support-request', { ...UNRECOGNISED, found: { productVersionField: 'Produktversion' } });
    await save();
    expect(data.get(STORAGE_KEYS.fieldLabels)).toEqual({
      ko: { productVersionField: 'Produktversion', categoryField: 'Kategorie', problemField: 'Problem' },
    });
    expect(onNamed).toHaveBeenCalledTimes(1);
    // Asked again from the start: a support form now, so the offer is gone.
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledWith(7, { type: 'ping' }));
    await settle();
    expect(root.querySelector('[data-testid="unrecognised-form"]')).toBeNull();
  });

  it('says so when the page has no dropdowns, or none left to choose from', async () => {
    tabShows('other', { locale: 'en', found: {}, dropdowns: [] });
    await show([]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="say-support-form"]')).not.toBeNull());
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="say-support-form"]')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="naming-empty"]')?.textContent).toContain('This page has no dropdowns'));
    render(null, root);

    tabShows('support-request', { ...MISSING_PROBLEM, dropdowns: [] });
    await show([STOPPED]);
    await vi.waitFor(() =>
      expect(root.querySelector('[data-testid="naming-empty"]')?.textContent).toBe('The page has no other dropdowns to choose from.'),
    );
  });

  it("says why when the page's dropdowns can't be read", async () => {
    tabShows('support-request', new Error('no answer to list-dropdowns'));
    await show([STOPPED]);
    await vi.waitFor(() => expect(alertText()).toBe("The page's dropdowns could not be read: no answer to list-dropdowns"));
  });

  it('offers nothing beside a page the assistant recognises, when no fill stopped', async () => {
    tabShows('support-request', MISSING_PROBLEM);
    await show([]);
    await settle();
    await settle();
    expect(root.innerHTML).toBe('');
  });

  it('speaks Korean in a Korean browser', async () => {
    language.ui = 'ko';
    tabShows('support-request', { ...MISSING_PROBLEM, locale: 'ko' });
    await show([STOPPED]);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="name-fields"]')).not.toBeNull());
    expect(root.querySelector('h3')?.textContent).toBe('어떤 드롭다운이 어떤 필드인가요?');
    expect(optionTexts(selectFor('문제'))[0]).toBe('해당 없음');
    expect(root.textContent).toContain('한국어 양식');
  });
});
