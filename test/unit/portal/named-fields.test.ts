// @vitest-environment happy-dom
/**
 * Fields the publisher named: where the vocabulary does not know a support form's label, the fill
 * finds the field by the label remembered for the form's language, and the page kind recognises a
 * form by a remembered product-version label. On the simulator's form whose problem field is
 * unknown (missing=problem-field), rendered into happy-dom by its kits as its page script does
 * (test/unit/portal/support-form-driver.test.ts renders every family, Fluent included), and on a
 * form built here whose every label is unknown: the "this page is a support request form" case,
 * which the simulator has no switch for.
 */
import { deauthorizeRequest } from '../../support/requests';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scanPage } from '../../../src/portal/dom/scan-page';
import { detectPageKind } from '../../../src/portal/page-kind';
import { fillSupportRequestPage } from '../../../src/portal/support-form/fill-request-page';
import type { RememberedLabels } from '../../../src/core/support-request/named-fields';
import { formDropdowns, knownLabels, namedFieldsLocale } from '../../../src/portal/support-form/named-fields';
import { ariaKit } from '../../simulator/kits/aria';
import type { Kit } from '../../simulator/kits/kit';
import { nativeKit } from '../../simulator/kits/native';
import { webComponentsKit } from '../../simulator/kits/web-components';
import { supportPage } from '../../simulator/pages/support';
import { pageWords, supportOptions, type PageWords, type SimLocale } from '../../simulator/words';

const SAAS_REQUEST = deauthorizeRequest('contoso-saas', 'Contoso SaaS');
/** The simulator's label for the problem field under missing=problem-field. */
const UNKNOWN_PROBLEM = 'Choose one';
const TIMEOUT_MS = 2000;

const happyDOM = () => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM;

function at(url: string, lang: string): void {
  happyDOM().setURL(url);
  document.documentElement.lang = lang;
}

afterEach(() => {
  document.body.replaceChildren();
  sessionStorage.clear();
});

type Report = Awaited<ReturnType<typeof fillSupportRequestPage>>['report'];
const statuses = (report: Report) => report.fields.map((f) => [f.field, f.status]);

/** The simulator's first support page with its problem field's label unknown, as the server configures it. */
function renderUnknownProblem(kit: Kit, lang: SimLocale): PageWords {
  const portal = lang === 'ko' ? 'ko-kr' : 'en-us';
  at(`https://partner.microsoft.com/${portal}/support/request?variant=${kit.family}&missing=problem-field`, portal);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const words = pageWords(lang);
  supportPage(
    {
      locale: lang,
      family: kit.family,
      words,
      params: { variant: kit.family, missing: 'problem-field' },
      page: 'support',
      step: 'request',
      formWords: words,
      options: supportOptions(lang, false),
    },
    kit,
    root,
  );
  return words;
}

const KITS: Kit[] = [nativeKit, ariaKit, webComponentsKit];

describe.each(KITS.map((kit) => ({ kit, family: kit.family })))('a problem field the vocabulary does not know ($family)', ({ kit }) => {
  it.each(['en', 'ko'] as const)(
    'is reported not found, listed by its label, then found by the name the publisher gave it (%s)',
    async (lang) => {
      const form = renderUnknownProblem(kit, lang);
      // The prefilled dropdowns show their values once the page has rendered them.
      await vi.waitFor(() => expect(formDropdowns(document, {}).dropdowns).toContain(UNKNOWN_PROBLEM), { timeout: 1000, interval: 1 });

      const first = await fillSupportRequestPage(document, SAAS_REQUEST, { timeoutMs: TIMEOUT_MS });
      expect(statuses(first.report)).toEqual([
        ['productVersion', 'filled'],
        ['category', 'filled'],
        ['problem', 'not-found'],
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
      ]);
      expect(first.pressNext).toBeNull();

      // What the panel lists: the fields found, and every other dropdown by the label the page shows.
      const listed = formDropdowns(document, {});
      expect(listed).toEqual({
        locale: lang,
        found: { productVersionField: form.productVersionField, categoryField: form.categoryField },
        dropdowns: [form.problemArea, form.program, UNKNOWN_PROBLEM],
      });

      // The publisher's answer, remembered for the form's language.
      const remembered: RememberedLabels = { [lang]: { problemField: UNKNOWN_PROBLEM } };
      const known = knownLabels(document, remembered);
      expect(known).toEqual({ problemField: UNKNOWN_PROBLEM });
      const second = await fillSupportRequestPage(document, SAAS_REQUEST, { timeoutMs: TIMEOUT_MS, known });
      expect(second.report.fields.slice(0, 3)).toEqual([
        { field: 'productVersion', status: 'already-set', label: form.productVersionField, value: form.liveOfferManagement },
        { field: 'category', status: 'already-set', label: form.categoryField, value: expect.any(String) },
        { field: 'problem', status: 'filled', label: UNKNOWN_PROBLEM, value: form.updateExistingOffer },
      ]);
      expect(statuses(second.report).slice(3)).toEqual([
        ['prefilled', 'kept-prefilled'],
        ['prefilled', 'kept-prefilled'],
        ['next', 'filled'],
      ]);
      expect(second.pressNext).toBeTypeOf('function');
      // Named now: no longer offered to the publisher.
      expect(formDropdowns(document, remembered)).toMatchObject({
        found: { problemField: UNKNOWN_PROBLEM },
        dropdowns: [form.problemArea, form.program],
      });
    },
  );

  it('keeps an answer to its language: a name given for the English form is not used on the Korean one', async () => {
    renderUnknownProblem(kit, 'ko');
    await vi.waitFor(() => expect(formDropdowns(document, {}).dropdowns).toContain(UNKNOWN_PROBLEM), { timeout: 1000, interval: 1 });
    const remembered: RememberedLabels = { en: { problemField: UNKNOWN_PROBLEM } };
    expect(namedFieldsLocale(document, remembered)).toBe('ko');
    expect(knownLabels(document, remembered)).toEqual({});
    const { report } = await fillSupportRequestPage(document, SAAS_REQUEST, {
      timeoutMs: TIMEOUT_MS,
      known: knownLabels(document, remembered),
    });
    expect(report.fields.find((f) => f.field === 'problem')?.status).toBe('not-found');
  });
});

/**
 * A support form none of whose labels the vocabulary knows (labels as a form in another wording
 * might have them; one with the required marker and a non-breaking space a page may put in its label).
 */
const UNKNOWN = { productVersion: 'Produktversion', category: 'Angebotskategorie', problem: 'Art\u00a0des Problems *' };

function select(id: string, label: string, options: string[]): HTMLElement[] {
  const element = document.createElement('label');
  element.htmlFor = id;
  element.textContent = label;
  const control = document.createElement('select');
  control.id = id;
  for (const [value, text] of [['', 'Select'], ...options.map((o, i) => [String(i + 1), o])]) {
    const option = document.createElement('option');
    option.value = value!;
    option.textContent = text!;
    control.append(option);
  }
  return [element, control];
}

function renderUnknownForm(url: string): string {
  at(url, url.includes('/ko-kr/') ? 'ko-KR' : 'en-US');
  const next = document.createElement('button');
  next.type = 'button';
  next.textContent = 'Next';
  const main = document.createElement('main');
  main.append(
    ...select('version', UNKNOWN.productVersion, ['Live offer management', 'Marketplace publishing']),
    ...select('category', UNKNOWN.category, ['Software as a Service offer', 'Azure Virtual machine offer']),
    ...select('problem', UNKNOWN.problem, ['Update existing offer', 'Publish a new offer']),
    next,
  );
  document.body.replaceChildren(main);
  return url;
}

const selected = (id: string) => {
  const control = document.getElementById(id) as HTMLSelectElement;
  return control.selectedOptions[0]?.textContent;
};

describe('a form the assistant does not recognise, when the publisher says it is one', () => {
  it('lists its dropdowns; once named, the page is a support form and the fill sets all three', async () => {
    const url = renderUnknownForm('https://partner.microsoft.com/en-us/support/servicerequests/create');
    expect(detectPageKind(scanPage(document), url).kind).toBe('other');
    const listed = formDropdowns(document, {});
    // Labels as the page names the controls (white space collapsed), which is what the publisher is shown.
    expect(listed).toEqual({ locale: 'en', found: {}, dropdowns: [UNKNOWN.productVersion, UNKNOWN.category, 'Art des Problems *'] });

    const remembered: RememberedLabels = {
      en: { productVersionField: listed.dropdowns[0]!, categoryField: listed.dropdowns[1]!, problemField: listed.dropdowns[2]! },
    };
    expect(detectPageKind(scanPage(document), url, remembered)).toEqual({ kind: 'support-request', locale: 'en' });
    const known = knownLabels(document, remembered);
    const { report, pressNext } = await fillSupportRequestPage(document, SAAS_REQUEST, { timeoutMs: TIMEOUT_MS, known });
    expect(statuses(report)).toEqual([
      ['productVersion', 'filled'],
      ['category', 'filled'],
      ['problem', 'filled'],
      ['next', 'filled'],
    ]);
    expect([selected('version'), selected('category'), selected('problem')]).toEqual([
      'Live offer management',
      'Software as a Service offer',
      'Update existing offer',
    ]);
    expect(pressNext).toBeTypeOf('function');
    expect(formDropdowns(document, remembered).dropdowns).toEqual([]);
  });

  it('keeps the names under the language they were given in, also when the portal shows another', () => {
    const remembered: RememberedLabels = { en: { productVersionField: UNKNOWN.productVersion } };
    // Named in an English portal: the same form in a Korean portal is still that form.
    const url = renderUnknownForm('https://partner.microsoft.com/ko-kr/support/servicerequests/create');
    expect(namedFieldsLocale(document, {})).toBe('ko');
    expect(namedFieldsLocale(document, remembered)).toBe('en');
    expect(detectPageKind(scanPage(document), url, remembered)).toEqual({ kind: 'support-request', locale: 'en' });
    expect(knownLabels(document, remembered)).toEqual({ productVersionField: UNKNOWN.productVersion });
  });

  it('is not made a support form by a name for a field it does not have', () => {
    const url = renderUnknownForm('https://partner.microsoft.com/en-us/support/servicerequests/create');
    const remembered: RememberedLabels = {
      en: { productVersionField: 'Version' },
      ko: { productVersionField: UNKNOWN.category.slice(0, 5) },
    };
    expect(detectPageKind(scanPage(document), url, remembered).kind).toBe('other');
  });
});

describe("the page's dropdowns, as listed for the publisher", () => {
  it('says there are none on a page without dropdowns', () => {
    at('https://partner.microsoft.com/en-us/dashboard/home', 'en-US');
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Search');
    document.body.replaceChildren(input);
    expect(formDropdowns(document, {})).toEqual({ locale: 'en', found: {}, dropdowns: [] });
  });

  it("leaves out the assistant's own elements and unnamed dropdowns, and names a label once", () => {
    renderUnknownForm('https://partner.microsoft.com/en-us/support/servicerequests/create');
    const ours = document.createElement('div');
    ours.setAttribute('data-csp-assistant', 'launcher');
    ours.append(...select('ours', 'Assistant setting', ['One']));
    const unnamed = document.createElement('select');
    const twin = select('twin', UNKNOWN.productVersion, ['Live offer management']);
    document.body.append(ours, unnamed, ...twin);
    expect(formDropdowns(document, {}).dropdowns).toEqual([UNKNOWN.productVersion, UNKNOWN.category, 'Art des Problems *']);
  });
});
