// @vitest-environment happy-dom
/**
 * The support-form driver (fill-request-page, fill-details-page, with fields and set-value under
 * them) in Node, on the simulator's own markup and behaviour for each family of controls: the
 * simulator's support page is rendered into the happy-dom document by its kits, exactly as its
 * page script does in Chromium (test/e2e/autofill.test.ts drives the same pages end to end).
 * What the form shows is read back the way each family shows it, never through the driver's own
 * readers.
 */
import { ALPHA_CLOUD, deauthorizeRequest } from '../../support/requests';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// The unit project runs @preact/preset-vite, which aliases `react` and `react-dom` to preact/compat;
// the simulator's 'fluent' kit is real Fluent UI v8 on real React 18 (its bundle is built without
// that alias). These mocks hand the kit Node's own packages, so the kit and Fluent share one real
// React. Both aliased names resolve to the same module, hence one mock carrying React and flushSync.
// @fluentui/react is taken as CommonJS: inlined as ESM it takes ~20 s to transform.
vi.mock('react', async () => {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  return { ...require('react'), flushSync: require('react-dom').flushSync };
});
vi.mock('react-dom/client', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('react-dom/client');
});
vi.mock('@fluentui/react', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('@fluentui/react');
});

import { requestWithoutOffer } from '../../../src/core/support-request/request';
import { fillDetailsPage } from '../../../src/portal/support-form/fill-details-page';
import { fillSupportRequestPage } from '../../../src/portal/support-form/fill-request-page';
import { ariaKit } from '../../simulator/kits/aria';
import { fluentKit } from '../../simulator/kits/fluent';
import type { Family, Kit } from '../../simulator/kits/kit';
import { nativeKit } from '../../simulator/kits/native';
import { webComponentsKit } from '../../simulator/kits/web-components';
import { readConfig, type SimConfig } from '../../simulator/pages/config';
import { supportPage } from '../../simulator/pages/support';
import { pageWords, supportOptions, type PageWords, type SimLocale } from '../../simulator/words';

/** Shoelace needs a real browser (its components, served by the simulator): its family runs end to end only. */
type DomFamily = Exclude<Family, 'shoelace'>;
const KITS: Record<DomFamily, Kit> = { native: nativeKit, aria: ariaKit, fluent: fluentKit, wc: webComponentsKit };
const TIMEOUT = { timeoutMs: 2000 };
const ALPHA = ALPHA_CLOUD;
const SAAS_REQUEST = deauthorizeRequest('contoso-saas', 'Contoso SaaS');
const TITLES = { en: 'Deauthorize CSP', ko: 'CSP 권한 부여 취소' } as const;

type Portal = 'en-us' | 'ko-kr';
interface Rendered {
  doc: Document;
  /** The form's words (its labels and options), as the server hands them to the page. */
  form: PageWords;
  options: ReturnType<typeof supportOptions>;
  /** A driver field's label as the page shows it (labels=alt adds NBSPs and a required marker). */
  shownLabel: (text: string) => string;
}

/** A label as a report gives it: its accessible name, whitespace (NBSPs included) collapsed. */
const asReported = (label: string) => label.replace(/\s+/g, ' ').trim();

const happyDOM = () => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

/**
 * Renders the simulator's support page at `https://partner.microsoft.com/<portal>/support/request…`:
 * the configuration built as test/simulator/server.ts builds it for that path and query, handed
 * over in the #sim-config script as the server's shell does, read back by the page's readConfig and
 * rendered by supportPage with the family's kit (what pages/main.ts does, without its import-time run).
 */
function renderSupport(family: Family, portal: Portal, step: 'request' | 'details', query: Record<string, string> = {}): Rendered {
  const url = new URL(`https://partner.microsoft.com/${portal}/support/request${step === 'details' ? '/details' : ''}`);
  url.searchParams.set('variant', family);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  happyDOM().setURL(url.href);
  document.documentElement.lang = portal === 'ko-kr' ? 'ko-KR' : 'en-US';
  sessionStorage.clear();

  // server.ts, `support/request` and `support/request/details`.
  const locale: SimLocale = portal === 'ko-kr' ? 'ko' : 'en';
  const params = Object.fromEntries(url.searchParams);
  const alt = params.labels === 'alt';
  const formLocale: SimLocale = params.formLang === 'en' ? 'en' : locale;
  const config: SimConfig = {
    locale,
    family,
    words: pageWords(locale, alt),
    params,
    page: 'support',
    step,
    formWords: pageWords(formLocale, alt),
    options: supportOptions(formLocale, alt),
  };
  const script = document.createElement('script');
  script.id = 'sim-config';
  script.type = 'application/json';
  script.textContent = JSON.stringify(config).replace(/</g, '\\u003c');
  const root = document.createElement('div');
  root.id = 'root';
  document.body.replaceChildren(script, root);

  const read = readConfig();
  if (read.page !== 'support') throw new Error('the page did not read a support configuration');
  supportPage(read, KITS[read.family as DomFamily], root);
  return {
    doc: document,
    form: read.formWords,
    options: read.options,
    shownLabel: (text) => (alt ? `${text.replace(/ /g, '\u00a0')}  *` : text),
  };
}

// ------------------------------------------------------------------------------------------------
// Reading the form as a user sees it, family by family (independent of src/portal/support-form).
// ------------------------------------------------------------------------------------------------

interface ShownDropdown {
  /** The text the closed control shows: its value, or its placeholder. */
  shown: string;
  expanded: boolean;
  disabled: boolean;
}

const exactly = (text: string) => (el: Element) => el.textContent === text;
function one<T extends Element>(found: T | undefined | null, what: string): T {
  if (!found) throw new Error(`not on the page: ${what}`);
  return found;
}
/** The element whose aria-labelledby names `id` (first). */
const labelledBy = (id: string) =>
  [...document.querySelectorAll<HTMLElement>('[aria-labelledby]')].find((el) => el.getAttribute('aria-labelledby')!.split(/\s+/)[0] === id);

const READERS: Record<DomFamily, { dropdown(label: string): ShownDropdown; text(label: string): HTMLInputElement | HTMLTextAreaElement }> =
  {
    native: {
      dropdown(label) {
        const select = one(
          document.getElementById(one([...document.querySelectorAll('label')].find(exactly(label)), label).htmlFor),
          label,
        ) as HTMLSelectElement;
        return { shown: select.selectedOptions[0]?.textContent ?? '', expanded: false, disabled: select.disabled };
      },
      text(label) {
        return one(
          document.getElementById(one([...document.querySelectorAll('label')].find(exactly(label)), label).htmlFor),
          label,
        ) as HTMLInputElement;
      },
    },
    aria: {
      dropdown(label) {
        const trigger = one(labelledBy(one([...document.querySelectorAll('.label')].find(exactly(label)), label).id), label);
        return {
          shown: trigger.textContent ?? '',
          expanded: trigger.getAttribute('aria-expanded') === 'true',
          disabled: trigger.getAttribute('aria-disabled') === 'true',
        };
      },
      text(label) {
        return one(labelledBy(one([...document.querySelectorAll('.label')].find(exactly(label)), label).id), label) as HTMLInputElement;
      },
    },
    fluent: {
      dropdown(label) {
        // Fluent's Dropdown: <label id=…-label>, and a combobox labelled by it and by its title.
        const trigger = one(labelledBy(one([...document.querySelectorAll('label.ms-Label')].find(exactly(label)), label).id), label);
        return {
          shown: one(trigger.querySelector('.ms-Dropdown-title'), `${label} title`).textContent ?? '',
          expanded: trigger.getAttribute('aria-expanded') === 'true',
          disabled: trigger.getAttribute('aria-disabled') === 'true',
        };
      },
      text(label) {
        const forId = one([...document.querySelectorAll<HTMLLabelElement>('label.ms-Label')].find(exactly(label)), label).htmlFor;
        return one(document.getElementById(forId), label) as HTMLInputElement;
      },
    },
    wc: {
      dropdown(label) {
        const host = one(
          [...document.querySelectorAll('he-select')].find((h) => h.shadowRoot?.querySelector('label')?.textContent === label),
          label,
        );
        const input = one(host.shadowRoot!.querySelector('input'), `${label} input`);
        return {
          shown: input.value || input.placeholder,
          expanded: input.getAttribute('aria-expanded') === 'true',
          disabled: input.disabled,
        };
      },
      text(label) {
        const host = one(
          [...document.querySelectorAll('he-text-field')].find((h) => h.shadowRoot?.querySelector('label')?.textContent === label),
          label,
        );
        return one(host.shadowRoot!.querySelector<HTMLInputElement>('#control'), `${label} control`);
      },
    },
  };

/** Types into a control as a keyboard would reach a page: through the native setter and an input event. */
function typeInto(control: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const proto = control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(control, text);
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Waits until the request page shows what the portal prefilled, as a page is by the time a content
 * script runs: Fluent's Dropdown shows its selectedKey one task after it is rendered.
 */
async function prefilledShown(family: DomFamily, { form, options }: Rendered): Promise<void> {
  await vi.waitFor(
    () => {
      expect(READERS[family].dropdown(form.problemArea).shown).toBe(options.problemArea[0]);
      expect(READERS[family].dropdown(form.program).shown).toBe(options.program[0]);
    },
    { timeout: 1000, interval: 1 },
  );
}

/** A field's line in a report, whichever module the report's types live in. */
type FieldReport = Awaited<ReturnType<typeof fillSupportRequestPage>>['report']['fields'][number];
const statuses = (fields: FieldReport[]) => fields.map((f) => [f.field, f.status]);

// ------------------------------------------------------------------------------------------------

const FAMILIES: DomFamily[] = ['native', 'aria', 'fluent', 'wc'];
const PORTALS: { portal: Portal; lang: SimLocale }[] = [
  { portal: 'en-us', lang: 'en' },
  { portal: 'ko-kr', lang: 'ko' },
];

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

describe.each(FAMILIES)('support form driver: %s', (family) => {
  const read = READERS[family];

  if (family === 'fluent') {
    // happy-dom does no layout: documentElement.clientWidth is 0, which Fluent's responsive mode
    // takes for a phone, rendering the Dropdown's list in a Panel instead of a Callout. Give the
    // document the width of happy-dom's window (1024 px: a desktop) so Fluent renders as it does in
    // the e2e tests. (In Panel mode the trigger has no aria-controls and the driver falls back to
    // `checkVisibility({ visibilityProperty: true })`, which happy-dom 20 answers false for every
    // option: it treats the Layer root's `visibility: hidden` as hiding the Layer content that sets
    // `visibility: visible` again, unlike browsers. So that mode is left to Chromium.)
    beforeAll(() => {
      Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => window.innerWidth });
    });
    afterAll(() => {
      delete (document.documentElement as unknown as { clientWidth?: number }).clientWidth;
    });

    it('is Fluent UI on real React 18, not preact/compat, laid out as on a desktop', async () => {
      renderSupport(family, 'en-us', 'request');
      const dropdown = one(document.querySelector<HTMLElement>('.ms-Dropdown[role="combobox"]'), 'a Fluent Dropdown');
      // React DOM marks its nodes and root containers; Preact marks neither.
      expect(Object.keys(dropdown).some((key) => key.startsWith('__reactFiber$'))).toBe(true);
      expect(Object.keys(dropdown.closest('#root > main > div')!).some((key) => key.startsWith('__reactContainer$'))).toBe(true);
      dropdown.click();
      // A Callout, whose trigger names its list (a Panel would not).
      await vi.waitFor(() => expect(dropdown.getAttribute('aria-controls')).toMatch(/-list$/), { timeout: 1000, interval: 1 });
      expect(document.querySelector('.ms-Panel')).toBeNull();
    });
  }

  const requestCases = [
    ...PORTALS.map((p) => ({ ...p, name: p.portal, query: {} as Record<string, string> })),
    { portal: 'en-us' as Portal, lang: 'en' as SimLocale, name: 'en-us, labels=alt', query: { labels: 'alt' } },
  ];

  it.each(requestCases)(
    'request page, SaaS offer ($name): fills version, category and problem, keeps the prefilled dropdowns, leaves Next to the caller',
    async ({ portal, lang, query }) => {
      const page = renderSupport(family, portal, 'request', query);
      const { doc, form, options, shownLabel } = page;
      await prefilledShown(family, page);
      const saasCategory = options.category[0]!;
      expect(saasCategory).toMatch(/Software as a Service/);

      const { report, pressNext, awaitingChoice } = await fillSupportRequestPage(doc, SAAS_REQUEST, TIMEOUT);

      expect(report.page).toBe('request');
      expect(report.locale).toBe(lang);
      expect(report.fields).toEqual([
        {
          field: 'productVersion',
          status: 'filled',
          label: asReported(shownLabel(form.productVersionField)),
          value: form.liveOfferManagement,
        },
        { field: 'category', status: 'filled', label: asReported(shownLabel(form.categoryField)), value: saasCategory },
        { field: 'problem', status: 'filled', label: asReported(shownLabel(form.problemField)), value: form.updateExistingOffer },
        { field: 'prefilled', status: 'kept-prefilled', label: form.problemArea, value: options.problemArea[0] },
        { field: 'prefilled', status: 'kept-prefilled', label: form.program, value: options.program[0] },
        { field: 'next', status: 'filled' },
      ]);
      expect(awaitingChoice).toBeNull();

      // What the form shows now, read as a user reads it; every list closed again.
      const shown = {
        problemArea: read.dropdown(form.problemArea),
        program: read.dropdown(form.program),
        productVersion: read.dropdown(shownLabel(form.productVersionField)),
        category: read.dropdown(shownLabel(form.categoryField)),
        problem: read.dropdown(shownLabel(form.problemField)),
      };
      expect(Object.values(shown).map((s) => s.shown)).toEqual([
        options.problemArea[0],
        options.program[0],
        form.liveOfferManagement,
        saasCategory,
        form.updateExistingOffer,
      ]);
      expect(Object.values(shown).filter((s) => s.expanded)).toEqual([]);

      // Next is the caller's to press: not pressed yet (the page records its state only on Next)...
      expect(pressNext).toBeTypeOf('function');
      expect(sessionStorage.getItem('sim-support')).toBeNull();
      expect(location.pathname).toBe(`/${portal}/support/request`);
      // ...and pressing it presses the page's own Next, with the page's own state holding our choices.
      pressNext!();
      expect(JSON.parse(sessionStorage.getItem('sim-support') ?? 'null')).toEqual({
        problemArea: options.problemArea[0],
        program: options.program[0],
        productVersion: form.liveOfferManagement,
        category: saasCategory,
        problem: form.updateExistingOffer,
      });
      expect(location.pathname).toBe(`/${portal}/support/request/details`);
    },
  );

  it.each(PORTALS)(
    'request page, no offer chosen ($portal): version filled, the category left to the publisher, the problem waiting for it',
    async ({ portal, lang }) => {
      const page = renderSupport(family, portal, 'request');
      const { doc, form, options } = page;
      await prefilledShown(family, page);

      const { report, pressNext, awaitingChoice } = await fillSupportRequestPage(
        doc,
        requestWithoutOffer(new Date().toISOString()),
        TIMEOUT,
      );

      expect(report.locale).toBe(lang);
      expect(statuses(report.fields)).toEqual([
        ['productVersion', 'filled'],
        ['category', 'needs-user'],
        ['problem', 'waiting'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
      ]);
      expect(report.fields[0]!.value).toBe(form.liveOfferManagement);
      // The publisher chooses among every category the form offers.
      expect(report.fields[1]).toMatchObject({ label: form.categoryField, candidates: options.category });
      expect(pressNext).toBeNull();
      expect(awaitingChoice).not.toBeNull();
      expect(awaitingChoice!.label).toBe(form.categoryField);
      expect(awaitingChoice!.control.isConnected).toBe(true);

      expect(read.dropdown(form.productVersionField).shown).toBe(form.liveOfferManagement);
      const category = read.dropdown(form.categoryField);
      // Nothing chosen for the publisher, and the list opened to read the options is closed again.
      expect(category).toEqual({ shown: form.placeholder, expanded: false, disabled: false });
      expect(read.dropdown(form.problemField)).toMatchObject({ shown: form.placeholder, disabled: true });
      expect(sessionStorage.getItem('sim-support')).toBeNull();
    },
  );

  it.each(PORTALS)(
    'request page without "Live offer management" ($portal): reports the options offered and fills nothing after it',
    async ({ portal }) => {
      const page = renderSupport(family, portal, 'request', { missing: 'live' });
      const { doc, form, options } = page;
      await prefilledShown(family, page);
      const offered = options.productVersion.filter((o) => o !== form.liveOfferManagement);
      expect(offered).toHaveLength(options.productVersion.length - 1);

      const { report, pressNext, awaitingChoice } = await fillSupportRequestPage(doc, SAAS_REQUEST, TIMEOUT);

      expect(report.fields).toEqual([
        { field: 'productVersion', status: 'option-missing', label: form.productVersionField, candidates: offered },
        { field: 'prefilled', status: 'kept-prefilled', label: form.problemArea, value: options.problemArea[0] },
        { field: 'prefilled', status: 'kept-prefilled', label: form.program, value: options.program[0] },
      ]);
      expect(pressNext).toBeNull();
      expect(awaitingChoice).toBeNull();
      expect(read.dropdown(form.productVersionField)).toEqual({ shown: form.placeholder, expanded: false, disabled: false });
      expect(read.dropdown(form.categoryField)).toMatchObject({ shown: form.placeholder, disabled: true });
      expect(read.dropdown(form.problemField)).toMatchObject({ shown: form.placeholder, disabled: true });
    },
  );

  const detailsCases = [
    ...PORTALS.map((p) => ({ ...p, name: p.portal, query: {} as Record<string, string> })),
    // The form's labels in English inside a Korean portal: the request is written in the portal's language.
    { portal: 'ko-kr' as Portal, lang: 'ko' as SimLocale, name: 'English form in a ko-kr portal', query: { formLang: 'en' } },
  ];

  it.each(detailsCases)(
    'details page ($name): the title and a description with the offer and the partners; Severity left to the publisher',
    ({ portal, lang, query }) => {
      const { doc, form } = renderSupport(family, portal, 'details', query);

      const report = fillDetailsPage(doc, SAAS_REQUEST);

      expect(report.page).toBe('details');
      expect(report.locale).toBe(lang);
      expect(statuses(report.fields)).toEqual([
        ['title', 'filled'],
        ['description', 'filled'],
      ]);
      expect(report.fields[0]).toMatchObject({ label: form.titleField, value: TITLES[lang] });
      expect(report.userMustFill).toEqual([form.severity]);

      const title = read.text(form.titleField);
      const description = read.text(form.descriptionField);
      const check = () => {
        expect(title.value).toBe(TITLES[lang]);
        expect(description.value).toContain(SAAS_REQUEST.offerId);
        expect(description.value).toContain(`(${ALPHA.tenantId})`);
        expect(description.value).toBe(report.fields[1]!.value);
      };
      check();
      // The page's own state took them: overwrite what the fields show (no event: the page's state
      // is not told), then type elsewhere, which re-renders every field from that state.
      title.value = 'shown, not in the state';
      description.value = 'shown, not in the state';
      typeInto(read.text(form.phone), '+82 2 1234 5678');
      expect(read.text(form.phone).value).toBe('+82 2 1234 5678');
      check();
      expect(read.dropdown(form.severity).shown).toBe(form.placeholder);
    },
  );
});
