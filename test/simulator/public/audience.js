// @ts-check
/* global h, simConfig */
/**
 * The CSP reseller audience page of one offer. State (saved selection, partners, published list)
 * lives in localStorage per offer and locale, like a draft on the server.
 */
const config = simConfig();
const T = config.texts;
const P = config.params;
const changed = P.markup === 'changed';
const storageKey = `sim-audience:${config.locale}:${config.offerId}`;
/** @type {{ tenantId: string, name: string, country: string, mpnId: string, competencies: string[], skills: string[] }[]} */
const catalog = config.catalog;
const byId = new Map(catalog.map((p) => [p.tenantId, p]));

if (P.reset === '1') localStorage.removeItem(storageKey);

function initialState() {
  const savedOption = Number(P.option ?? 2);
  const count = Number(P.partners ?? 3);
  const partners = savedOption === 2 ? catalog.slice(0, count).map((p) => p.tenantId) : [];
  return {
    published: P.published !== '0',
    savedOption,
    savedPartners: partners,
    syncedPartners: partners,
    option: savedOption,
    partners: [...partners],
    extra: /** @type {Record<string, {name: string, country: string, mpnId: string}>} */ ({}),
  };
}

let state = (() => {
  try {
    return JSON.parse(localStorage.getItem(storageKey) ?? '') || initialState();
  } catch {
    return initialState();
  }
})();
let dialogOpen = false;
let menuOpen = false;
let toast = '';

const dirty = () => state.option !== state.savedOption || state.partners.join() !== state.savedPartners.join();
const partnerOf = (/** @type {string} */ id) => byId.get(id) ?? { tenantId: id, ...(state.extra[id] ?? { name: id, country: '', mpnId: '' }) };

function persist() {
  localStorage.setItem(storageKey, JSON.stringify(state));
}

function optionLabel(/** @type {number} */ n) {
  return changed ? ['Everyone', 'Chosen resellers', 'Nobody'][n - 1] : T[`option${n}`];
}

function exportCsv() {
  const header = config.locale === 'ko' ? ['파트너 이름', '테넌트 ID', '국가/지역', 'MPN ID'] : ['Partner name', 'Tenant ID', 'Country/region', 'MPN ID'];
  const quote = (/** @type {string} */ v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header, ...state.partners.map((id) => { const p = partnerOf(id); return [p.name, p.tenantId, p.country, p.mpnId]; })];
  const blob = new Blob([lines.map((l) => l.map(quote).join(',')).join('\r\n')], { type: 'text/csv' });
  const a = h('a', { href: URL.createObjectURL(blob), download: `${config.offerId}-csps.csv` });
  document.body.append(a);
  a.click();
  a.remove();
}

function importCsv(/** @type {File} */ file) {
  void file.text().then((text) => {
    const rows = text.replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean).map((line) => line.split(',').map((c) => c.replace(/^"|"$/g, '').trim()));
    for (const [name, tenantId, country, mpnId] of rows.slice(1)) {
      if (!tenantId || state.partners.includes(tenantId)) continue;
      state.partners.push(tenantId);
      if (!byId.has(tenantId)) state.extra[tenantId] = { name: name ?? tenantId, country: country ?? '', mpnId: mpnId ?? '' };
    }
    render();
  });
}

function partnerTable() {
  const headers = config.locale === 'ko'
    ? ['파트너 이름', '테넌트 ID', '국가/지역', 'MPN ID', T.remove]
    : ['Partner name', 'Tenant ID', 'Country/region', 'MPN ID', T.remove];
  if (state.partners.length === 0) return h('p', {}, T.noPartners);
  return h('table', {},
    h('thead', {}, h('tr', {}, ...headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...state.partners.map((id) => {
      const p = partnerOf(id);
      return h('tr', {},
        h('td', {}, p.name), h('td', {}, p.tenantId), h('td', {}, p.country), h('td', {}, p.mpnId),
        h('td', {}, h('button', { type: 'button', 'aria-label': `${T.remove} ${p.name}`, onclick: () => { state.partners = state.partners.filter((x) => x !== id); render(); } }, T.remove)));
    })));
}

function selectDialog() {
  let query = '';
  /** @type {Record<string, string>} */
  const filters = { country: '', competency: '', skill: '' };
  const chosen = new Set();
  const list = h('div', { class: 'candidates' });
  const fill = () => {
    list.replaceChildren(...catalog
      .filter((p) => !state.partners.includes(p.tenantId))
      .filter((p) => !query || p.name.toLowerCase().includes(query) || p.tenantId.includes(query))
      .filter((p) => (!filters.country || p.country === filters.country) && (!filters.competency || p.competencies.includes(filters.competency)) && (!filters.skill || p.skills.includes(filters.skill)))
      .slice(0, 40)
      .map((p) => h('label', {}, h('input', { type: 'checkbox', checked: chosen.has(p.tenantId), onchange: (/** @type {Event} */ e) => { const on = /** @type {HTMLInputElement} */ (e.target).checked; if (on) chosen.add(p.tenantId); else chosen.delete(p.tenantId); } }), ` ${p.name} · ${p.tenantId} · ${p.country}`)));
  };
  const filter = (/** @type {string} */ key, /** @type {string} */ label, /** @type {string[]} */ values) =>
    h('label', {}, `${label} `, h('select', { onchange: (/** @type {Event} */ e) => { filters[key] = /** @type {HTMLSelectElement} */ (e.target).value; fill(); } },
      h('option', { value: '' }, T.any), ...values.map((v) => h('option', { value: v }, v))));
  const uniq = (/** @type {(p: any) => string[]} */ f) => [...new Set(catalog.flatMap(f))].sort();
  const [countryLabel, competencyLabel, skillLabel] = config.locale === 'ko' ? ['국가', '역량', '기술'] : ['Country', 'Competency', 'Skill'];
  const close = () => { dialogOpen = false; render(); };
  const dialog = h('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': T.selectPartners, onkeydown: (/** @type {KeyboardEvent} */ e) => { if (e.key === 'Escape') close(); } },
    h('h2', {}, T.selectPartners),
    h('input', { type: 'search', placeholder: T.search, 'aria-label': T.search, oninput: (/** @type {Event} */ e) => { query = /** @type {HTMLInputElement} */ (e.target).value.toLowerCase().trim(); fill(); } }),
    h('div', { class: 'filters' },
      filter('country', countryLabel, uniq((p) => [p.country])),
      filter('competency', competencyLabel, uniq((p) => p.competencies)),
      filter('skill', skillLabel, uniq((p) => p.skills))),
    list,
    h('div', { class: 'footer' },
      h('button', { type: 'button', class: 'primary', onclick: () => { state.partners.push(...chosen); close(); } }, T.add),
      h('button', { type: 'button', onclick: close }, T.cancel)));
  fill();
  return h('div', { class: 'dialog-backdrop' }, dialog);
}

function render() {
  persist();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  const option2 = state.option === 2;
  const radios = [1, 2, 3].map((n) => h('label', { class: 'radio' },
    h('input', { type: 'radio', name: 'csp-audience', value: String(n), checked: state.option === n, onchange: () => { state.option = n; render(); } }), ` ${optionLabel(n)}`));
  const fileInput = h('input', { type: 'file', accept: '.csv', hidden: true, onchange: (/** @type {Event} */ e) => { const f = /** @type {HTMLInputElement} */ (e.target).files?.[0]; menuOpen = false; if (f) importCsv(f); } });
  root.replaceChildren(
    h('div', { class: 'pc-top' }, 'Partner Center'),
    h('main', {},
      h('h1', {}, P.name ?? 'Contoso Analytics'),
      h('p', { class: 'meta' }, `${T.offerIdLabel}: ${config.offerId}`),
      h('p', { class: 'meta' }, `${T.offerTypeLabel}: ${config.offerTypeText}`),
      h('div', {},
        h('span', { class: state.published ? 'badge' : 'badge draft' }, state.published ? T.statusPublished : T.statusDraft),
        dirty() ? h('span', { class: 'unsaved', role: 'status' }, T.unsavedChanges) : null),
      h('section', { 'aria-labelledby': 'module-heading' },
        h('h2', { id: 'module-heading' }, changed ? 'Reseller reach' : T.module),
        h('div', { role: 'radiogroup', 'aria-labelledby': 'module-heading' }, ...radios),
        option2 ? h('div', { class: 'toolbar' },
          h('button', { type: 'button', onclick: () => { dialogOpen = true; render(); } }, T.selectPartners),
          h('button', { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': String(menuOpen), onclick: () => { menuOpen = !menuOpen; render(); } }, T.importExport),
          menuOpen ? h('div', { class: 'menu', role: 'menu' },
            h('button', { type: 'button', role: 'menuitem', onclick: () => { menuOpen = false; exportCsv(); render(); } }, T.exportCsps),
            h('button', { type: 'button', role: 'menuitem', onclick: () => fileInput.click() }, T.import)) : null,
          fileInput) : null,
        option2 ? partnerTable() : null),
      h('div', { class: 'footer' },
        h('button', { type: 'button', class: 'primary', disabled: !dirty(), onclick: () => { state.savedOption = state.option; state.savedPartners = [...state.partners]; toast = T.saved; render(); } }, T.saveDraft),
        state.published ? h('button', { type: 'button', disabled: dirty(), onclick: () => { state.syncedPartners = [...state.savedPartners]; toast = T.synced; render(); } }, T.sync) : null,
        toast ? h('span', { class: 'toast', role: 'status' }, toast) : null)),
    dialogOpen ? selectDialog() : '');
  toast = '';
}

render();
