// @ts-check
/* global h, simConfig */
/**
 * The marketplace support request: page 1 (dropdowns, some prefilled, options loading late and
 * depending on each other), then "Issue details" (title, description, severity) and Submit.
 * variant=native uses <select>/<input>; variant=fluent imitates Fluent UI v8 comboboxes whose options
 * appear later in a layer at the end of <body>, and React-controlled inputs (a plain `.value =` is lost).
 */
const config = simConfig();
const T = config.texts;
const P = config.params;
const O = config.options;
const fluent = P.variant === 'fluent';
const delay = Number(P.delay ?? 0);
const later = (/** @type {() => void} */ fn) => (delay > 0 ? setTimeout(fn, delay) : queueMicrotask(fn));
let nextId = 0;

/** @type {Record<string, string>} */
const state = {};
/** @type {(() => void)[]} */
const renders = [];
const rerender = () => renders.forEach((r) => r());
const setState = (/** @type {string} */ key, /** @type {string} */ value) => { state[key] = value; rerender(); };

/**
 * A dropdown field. `options()` returns null while its options have not loaded yet.
 * @param {{ key: string, label: string, required?: boolean, options: () => string[] | null }} spec
 */
function dropdown(spec) {
  const id = ++nextId;
  if (fluent) {
    const labelId = `Dropdown${id}-label`;
    const optionId = `Dropdown${id}-option`;
    const text = h('span', { id: optionId });
    const trigger = h('div', { role: 'combobox', tabindex: '0', 'aria-expanded': 'false', 'aria-haspopup': 'listbox', 'aria-labelledby': `${labelId} ${optionId}`, 'aria-required': spec.required ? 'true' : undefined }, text);
    /** @type {HTMLElement | null} */
    let layer = null;
    const close = () => { layer?.remove(); layer = null; trigger.setAttribute('aria-expanded', 'false'); };
    trigger.addEventListener('click', () => {
      const options = spec.options();
      if (trigger.getAttribute('aria-disabled') === 'true' || !options) return;
      if (layer) return close();
      trigger.setAttribute('aria-expanded', 'true');
      later(() => {
        if (trigger.getAttribute('aria-expanded') !== 'true') return;
        const rect = trigger.getBoundingClientRect();
        layer = h('div', { class: 'ms-Layer', style: `left:${rect.left + scrollX}px;top:${rect.bottom + scrollY}px` },
          h('div', { role: 'listbox', id: `Dropdown${id}-list` }, ...options.map((o) => h('button', { type: 'button', role: 'option', 'aria-selected': String(state[spec.key] === o), onclick: () => { close(); setState(spec.key, o); } }, o))));
        document.body.append(layer);
      });
    });
    renders.push(() => {
      const loaded = spec.options() !== null;
      trigger.setAttribute('aria-disabled', String(!loaded));
      text.textContent = state[spec.key] || T.placeholder;
      text.className = state[spec.key] ? 'ms-Dropdown-title' : 'ms-Dropdown-title ms-Dropdown-titleIsPlaceHolder';
    });
    return h('div', { class: 'field' }, h('label', { id: labelId, class: spec.required ? 'required' : undefined }, spec.label), trigger);
  }
  const selectId = `field-${spec.key}`;
  const select = /** @type {HTMLSelectElement} */ (h('select', { id: selectId, required: spec.required, onchange: () => setState(spec.key, select.value) }));
  let shown = '';
  renders.push(() => {
    const options = spec.options();
    select.disabled = options === null;
    const signature = JSON.stringify(options);
    if (signature !== shown) {
      shown = signature;
      select.replaceChildren(h('option', { value: '' }, T.placeholder), ...(options ?? []).map((o) => h('option', { value: o }, o)));
    }
    select.value = state[spec.key] ?? '';
  });
  return h('div', { class: 'field' }, h('label', { for: selectId, class: spec.required ? 'required' : undefined }, spec.label), select);
}

/**
 * A text field; in the fluent variant it behaves like a React-controlled input.
 * @param {{ key: string, label: string, required?: boolean, multiline?: boolean, type?: string }} spec
 */
function textField(spec) {
  const id = `field-${spec.key}`;
  const el = /** @type {HTMLInputElement} */ (spec.multiline
    ? h('textarea', { id, rows: '6', required: spec.required, 'aria-required': spec.required ? 'true' : undefined })
    : h('input', { id, type: spec.type ?? 'text', required: spec.required, 'aria-required': spec.required ? 'true' : undefined }));
  if (fluent) {
    // React's value tracker: a value set through the element's own `value` property is remembered, and
    // an input event whose value equals it is not a change. State is the truth; render restores it.
    const proto = Object.getPrototypeOf(el);
    const native = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(proto, 'value'));
    let tracked = '';
    Object.defineProperty(el, 'value', { configurable: true, get() { return native.get?.call(el); }, set(v) { tracked = String(v); native.set?.call(el, v); } });
    el.addEventListener('input', () => { const now = native.get?.call(el); if (now !== tracked) { tracked = now; setState(spec.key, now); } });
    el.addEventListener('blur', rerender);
    renders.push(() => { const v = state[spec.key] ?? ''; if (native.get?.call(el) !== v) { native.set?.call(el, v); } tracked = v; });
  } else {
    el.addEventListener('input', () => { state[spec.key] = el.value; });
  }
  return h('div', { class: 'field' }, h('label', { for: id, class: spec.required ? 'required' : undefined }, spec.label), el);
}

function label(/** @type {string} */ text) {
  return P.labels === 'alt' ? `${text.replace(/ /g, '\u00a0')}  *` : text;
}

function requestPage() {
  const loaded = { productVersion: false, category: '', problem: '' };
  later(() => { loaded.productVersion = true; rerender(); });
  state.problemArea = O.problemArea[0];
  state.program = O.program[0];
  const versions = P.missing === 'live' ? O.productVersion.filter((/** @type {string} */ o) => !/live|라이브/i.test(o)) : O.productVersion;
  // Dependent dropdowns: a choice loads the next field's options after the delay.
  let lastVersion = '';
  let lastCategory = '';
  renders.push(() => {
    if (state.productVersion && state.productVersion !== lastVersion) { lastVersion = state.productVersion; loaded.category = ''; later(() => { loaded.category = lastVersion; rerender(); }); }
    if (state.category && state.category !== lastCategory) { lastCategory = state.category; loaded.problem = ''; later(() => { loaded.problem = lastCategory; rerender(); }); }
  });
  const next = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'primary', onclick: () => {
    sessionStorage.setItem('sim-support', JSON.stringify(state));
    location.href = `${location.pathname}/details${location.search}`;
  } }, T.next));
  const fields = ['problemArea', 'program', 'productVersion', 'category', 'problem'];
  renders.push(() => { next.disabled = !fields.every((f) => state[f]); });
  return h('main', {},
    h('h1', {}, T.createRequest),
    dropdown({ key: 'problemArea', label: T.problemArea, options: () => O.problemArea }),
    dropdown({ key: 'program', label: T.program, options: () => O.program }),
    dropdown({ key: 'productVersion', label: label(T.productVersionField), required: true, options: () => (loaded.productVersion ? versions : null) }),
    dropdown({ key: 'category', label: label(T.categoryField), required: true, options: () => (loaded.category && loaded.category === state.productVersion ? O.category : null) }),
    dropdown({ key: 'problem', label: P.missing === 'problem-field' ? 'Choose one' : label(T.problemField), required: true, options: () => (loaded.problem && loaded.problem === state.category ? O.problem : null) }),
    h('div', { class: 'footer' }, next));
}

function detailsPage() {
  const chosen = JSON.parse(sessionStorage.getItem('sim-support') ?? '{}');
  const status = h('p', { role: 'status' });
  const submit = h('button', { type: 'button', class: 'primary', onclick: () => {
    const fields = { ...chosen, title: state.title ?? '', description: state.description ?? '', severity: state.severity ?? '', phone: state.phone ?? '' };
    void fetch('/__sim/submit', { method: 'POST', body: JSON.stringify({ locale: config.locale, variant: fluent ? 'fluent' : 'native', fields }) })
      .then(() => { status.textContent = T.submitted; });
  } }, T.submit);
  return h('main', {},
    h('h1', {}, T.detailsPage),
    h('div', { class: 'summary' }, h('strong', {}, T.summary), h('ul', {}, ...Object.values(chosen).map((v) => h('li', {}, String(v))))),
    textField({ key: 'title', label: label(T.titleField), required: true }),
    textField({ key: 'description', label: label(T.descriptionField), required: true, multiline: true }),
    dropdown({ key: 'severity', label: T.severity, required: true, options: () => O.severity }),
    textField({ key: 'phone', label: T.phone, type: 'tel' }),
    h('div', { class: 'footer' }, submit, status));
}

const root = /** @type {HTMLElement} */ (document.getElementById('root'));
root.replaceChildren(h('div', { class: 'pc-top' }, 'Partner Center'), config.step === 'details' ? detailsPage() : requestPage());
rerender();
document.addEventListener('click', (e) => {
  // Clicking elsewhere closes an open Fluent layer, as Fluent does.
  const target = /** @type {Element} */ (e.target);
  if (!target.closest('.ms-Layer, [role=combobox]')) document.querySelectorAll('.ms-Layer').forEach((l) => l.remove());
}, true);
