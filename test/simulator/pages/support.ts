/**
 * The marketplace support request (seed steps 1–6): page 1 with dropdowns, the first ones prefilled,
 * options loading late and depending on each other, and Next; then "Issue details" with title,
 * description, severity and Submit.
 *
 * Switches: delay (ms before options load and before an opened list shows them; `min-max`, e.g.
 * 300-700, draws each wait anew in that range, as a busy server answers), cascade=0 (the problem
 * field's options do not wait for a category: it is enabled from the start), missing=live (no
 * "Live offer management" option) or missing=problem-field (that field's label is unknown),
 * labels=alt (the second wordings, non-breaking spaces and a required marker in label text),
 * formLang=en (an English form inside a Korean portal).
 */
import type { Kit, Widget } from '../kits/kit';
import type { SimConfig } from './config';
import { h, later } from './dom';

type Config = Extract<SimConfig, { page: 'support' }>;

export function supportPage(config: Config, kit: Kit, root: HTMLElement): void {
  const F = config.formWords;
  const P = config.params;
  const O = config.options;
  const [low = 0, high = low] = (P.delay ?? '0').split('-').map(Number);
  /** One wait, drawn anew each time within the `delay` range. */
  const wait = () => low + Math.random() * (high - low);
  const independentProblem = P.cascade === '0';
  const state: Record<string, string> = {};
  const widgets: Widget[] = [];
  const add = <T extends Widget>(w: T): T => {
    widgets.push(w);
    return w;
  };
  const update = () => {
    for (const w of widgets) w.update();
  };
  const setState = (key: string, value: string) => {
    state[key] = value;
    update();
  };
  const label = (text: string) => (P.labels === 'alt' ? `${text.replace(/ /g, '\u00a0')}  *` : text);
  const dropdown = (key: string, text: string, options: () => string[] | null, required = true) =>
    add(
      kit.dropdown({
        label: text,
        required,
        placeholder: F.placeholder,
        options,
        value: () => state[key] ?? '',
        onChange: (v) => setState(key, v),
        // Read by the kit at each opening: a new draw every time.
        get delayMs() {
          return wait();
        },
      }),
    );
  const textField = (key: string, text: string, extra: { required?: boolean; multiline?: boolean; type?: 'tel' } = {}) =>
    add(kit.textField({ label: text, ...extra, value: () => state[key] ?? '', onChange: (v) => setState(key, v) }));

  function requestPage(): HTMLElement {
    const loaded = { productVersion: false, category: '', problem: '', anyProblem: false };
    later(wait(), () => {
      loaded.productVersion = true;
      update();
    });
    if (independentProblem)
      later(wait(), () => {
        loaded.anyProblem = true;
        update();
      });
    // Seed step 1: "the first few dropdowns are filled in automatically".
    state.problemArea = O.problemArea[0]!;
    state.program = O.program[0]!;
    const versions = P.missing === 'live' ? O.productVersion.filter((o) => o !== config.formWords.liveOfferManagement) : O.productVersion;
    // Dependent dropdowns: a choice loads the next field's options after the delay.
    let lastVersion = '';
    let lastCategory = '';
    widgets.push({
      element: h('span'),
      update: () => {
        if (state.productVersion && state.productVersion !== lastVersion) {
          const version = state.productVersion;
          lastVersion = version;
          loaded.category = '';
          later(wait(), () => {
            loaded.category = version;
            update();
          });
        }
        if (state.category && state.category !== lastCategory) {
          const category = state.category;
          lastCategory = category;
          loaded.problem = '';
          later(wait(), () => {
            loaded.problem = category;
            update();
          });
        }
      },
    });
    const fields = ['problemArea', 'program', 'productVersion', 'category', 'problem'];
    const next = add(
      kit.button({
        label: F.next,
        primary: true,
        disabled: () => !fields.every((f) => state[f]),
        onClick: () => {
          sessionStorage.setItem('sim-support', JSON.stringify(state));
          location.href = `${location.pathname}/details${location.search}`;
        },
      }),
    );
    return h(
      'main',
      {},
      h('h1', {}, F.createRequest),
      dropdown('problemArea', F.problemArea, () => O.problemArea, false).element,
      dropdown('program', F.program, () => O.program, false).element,
      dropdown('productVersion', label(F.productVersionField), () => (loaded.productVersion ? versions : null)).element,
      dropdown('category', label(F.categoryField), () => (loaded.category && loaded.category === state.productVersion ? O.category : null))
        .element,
      dropdown('problem', P.missing === 'problem-field' ? 'Choose one' : label(F.problemField), () =>
        loaded.anyProblem || (loaded.problem && loaded.problem === state.category) ? O.problem : null,
      ).element,
      h('div', { class: 'footer' }, next.element),
    );
  }

  function detailsPage(): HTMLElement {
    const chosen = JSON.parse(sessionStorage.getItem('sim-support') ?? '{}') as Record<string, string>;
    const status = h('p', { role: 'status' });
    const submit = add(
      kit.button({
        label: F.submit,
        primary: true,
        onClick: () => {
          const fields = {
            ...chosen,
            title: state.title ?? '',
            description: state.description ?? '',
            severity: state.severity ?? '',
            phone: state.phone ?? '',
          };
          void fetch('/__sim/submit', { method: 'POST', body: JSON.stringify({ locale: config.locale, variant: kit.family, fields }) })
            .then((r) => r.json() as Promise<{ caseNumber: string }>)
            .then(({ caseNumber }) => {
              status.textContent = `${F.submitted} ${caseNumber}`;
            });
        },
      }),
    );
    return h(
      'main',
      {},
      h('h1', {}, F.detailsPage),
      h('div', { class: 'summary' }, h('strong', {}, F.summary), h('ul', {}, ...Object.values(chosen).map((v) => h('li', {}, String(v))))),
      textField('title', label(F.titleField), { required: true }).element,
      textField('description', label(F.descriptionField), { required: true, multiline: true }).element,
      dropdown('severity', F.severity, () => O.severity).element,
      textField('phone', F.phone, { type: 'tel' }).element,
      h('div', { class: 'footer' }, submit.element, status),
    );
  }

  root.replaceChildren(h('div', { class: 'pc-top' }, config.words.dashboard), config.step === 'details' ? detailsPage() : requestPage());
  update();
}
