/**
 * An offer's CSP reseller audience page (seed: the three options, "Select CSP Partners" with search
 * and filters, the partner table, "Save draft", "Sync CSP audience" on published offers,
 * "Import/Export" → "Export CSPs"). State (saved selection, partners, published list) lives in
 * localStorage per offer and locale, like a draft on the server.
 *
 * Switches: option, partners, published=0, name, reset=1; typeLabel=unlabelled|absent (the offer
 * type shown without its label, or not at all); markup=changed (words the reader can't know);
 * busy=1 (a clock that changes a node every animation frame, as live dashboards do); import=absent
 * (no Import/Export: partners come in only through "Select CSP Partners"); refuse=<tenant IDs, comma
 * separated> (partners the program does not know: the import skips them, the dialog never lists them);
 * select=absent (no "Select CSP Partners" either); searchDelay=<ms> (the dialog lists nobody until a
 * search, and answers it late, as a server-side search does).
 */
import type { Kit, Widget } from '../kits/kit';
import type { SimConfig } from './config';
import { h } from './dom';
import { openPartnerPicker } from './partner-picker';
import { plainDialog } from './plain-dialog';

type Config = Extract<SimConfig, { page: 'audience' }>;

interface State {
  published: boolean;
  savedOption: number;
  savedPartners: string[];
  syncedPartners: string[];
  option: number;
  partners: string[];
  extra: Record<string, { name: string; country: string; mpnId: string }>;
}

export function audiencePage(config: Config, kit: Kit, root: HTMLElement): void {
  const W = config.words;
  const P = config.params;
  const changed = P.markup === 'changed';
  const storageKey = `sim-audience:${config.locale}:${config.offerId}`;
  const refused = new Set((P.refuse ?? '').toLowerCase().split(',').filter(Boolean));
  const catalog = config.catalog.filter((p) => !refused.has(p.tenantId));
  const byId = new Map(catalog.map((p) => [p.tenantId, p]));
  if (P.reset === '1') localStorage.removeItem(storageKey);

  const initial = (): State => {
    const savedOption = Number(P.option ?? 2);
    const partners = savedOption === 2 ? catalog.slice(0, Number(P.partners ?? 3)).map((p) => p.tenantId) : [];
    return {
      published: P.published !== '0',
      savedOption,
      savedPartners: partners,
      syncedPartners: partners,
      option: savedOption,
      partners: [...partners],
      extra: {},
    };
  };
  const state: State = (() => {
    try {
      return (JSON.parse(localStorage.getItem(storageKey) ?? '') as State | null) ?? initial();
    } catch {
      return initial();
    }
  })();
  let toastText = '';
  const dirty = () => state.option !== state.savedOption || state.partners.join() !== state.savedPartners.join();
  const partnerOf = (id: string) => byId.get(id) ?? { tenantId: id, ...(state.extra[id] ?? { name: id, country: '', mpnId: '' }) };

  const widgets: Widget[] = [];
  const add = <T extends Widget>(w: T): T => {
    widgets.push(w);
    return w;
  };
  const status = h('div');
  const toast = h('span', { class: 'toast', role: 'status' });
  const partnerSection = h('div');
  const menu = h('div', { class: 'menu', role: 'menu', hidden: true });
  const dialogHost = h('div');

  function update(): void {
    localStorage.setItem(storageKey, JSON.stringify(state));
    status.replaceChildren(
      h('span', { class: state.published ? 'badge' : 'badge draft' }, state.published ? W.published : W.draft),
      dirty() ? h('span', { class: 'unsaved', role: 'status' }, W.unsaved) : '',
    );
    partnerSection.hidden = state.option !== 2;
    toast.textContent = toastText;
    toastText = '';
    for (const w of widgets) w.update();
  }
  const set = (change: (s: State) => void) => {
    change(state);
    update();
  };

  function exportCsv(): void {
    const header = [W.colName, W.colTenant, W.colCountry, W.colMpn];
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [
      header,
      ...state.partners.map((id) => {
        const p = partnerOf(id);
        return [p.name, p.tenantId, p.country, p.mpnId];
      }),
    ];
    const blob = new Blob([lines.map((l) => l.map(quote).join(',')).join('\r\n')], { type: 'text/csv' });
    const a = h('a', { href: URL.createObjectURL(blob), download: `${config.offerId}-csps.csv` });
    document.body.append(a);
    a.click();
    a.remove();
  }

  /** The file "Export CSPs" writes, read back: the columns by their headers, quoted cells (RFC 4180). */
  function importCsv(file: File): void {
    void file.text().then((text) => {
      const rows = parseCsv(text.replace(/^\ufeff/, ''));
      const header = rows[0] ?? [];
      const at = (word: string) => header.findIndex((h) => h.trim().toLowerCase() === word.toLowerCase());
      const columns = [at(W.colName), at(W.colTenant), at(W.colCountry), at(W.colMpn)];
      set((s) => {
        for (const row of rows.slice(1)) {
          const [name, rawId, country, mpnId] = columns.map((c) => (c >= 0 ? (row[c] ?? '').trim() : ''));
          const tenantId = rawId?.toLowerCase();
          if (!tenantId || s.partners.includes(tenantId) || refused.has(tenantId)) continue;
          s.partners.push(tenantId);
          if (!byId.has(tenantId)) s.extra[tenantId] = { name: name ?? tenantId, country: country ?? '', mpnId: mpnId ?? '' };
        }
      });
    });
  }

  function openDialog(): void {
    openPartnerPicker(dialogHost, {
      parts: kit.dialog ?? plainDialog,
      words: W,
      catalog,
      taken: () => state.partners,
      searchFirst: Boolean(P.searchDelay),
      searchDelay: Number(P.searchDelay ?? 0),
      onAdd: (tenantIds) => set((s) => s.partners.push(...tenantIds)),
    });
  }

  // The 'shoelace' family shows the page as newer docs name it: "Resell through CSPs", the offer's
  // current tab and the page's heading, with no module title; its options are then named by words
  // of the page's own.
  const resellTab = kit.family === 'shoelace';
  const moduleTitle = changed ? 'Reseller reach' : W.module;
  const pageTitle = changed ? 'Reseller reach' : W.resellPage;
  const optionLabels = changed ? ['Everyone', 'Chosen resellers', 'Nobody'] : [W.option1, W.option2, W.option3];
  const radios = add(
    kit.radioGroup({
      label: changed || !resellTab ? moduleTitle : W.resellerChoice,
      options: optionLabels.map((label, i) => ({ value: String(i + 1), label })),
      selected: () => String(state.option),
      onSelect: (value) =>
        set((s) => {
          s.option = Number(value);
        }),
    }),
  );
  const fileInput = h('input', {
    type: 'file',
    accept: '.csv',
    hidden: true,
    onchange: (e: Event) => {
      const f = (e.target as HTMLInputElement).files?.[0];
      menu.hidden = true;
      if (f) importCsv(f);
    },
  }) as HTMLInputElement;
  menu.append(
    h(
      'button',
      {
        type: 'button',
        role: 'menuitem',
        onclick: () => {
          menu.hidden = true;
          exportCsv();
        },
      },
      W.exportCsps,
    ),
    h('button', { type: 'button', role: 'menuitem', onclick: () => fileInput.click() }, W.import),
  );
  const grid = add(
    kit.grid({
      label: W.partnersGrid,
      columns: [W.colName, W.colTenant, W.colCountry, W.colMpn],
      empty: W.noPartners,
      rows: () =>
        state.partners.map((id) => {
          const p = partnerOf(id);
          return {
            key: id,
            cells: [p.name, p.tenantId, p.country, p.mpnId],
            action: {
              label: W.remove,
              ariaLabel: `${W.remove} ${p.name}`,
              onClick: () =>
                set((s) => {
                  s.partners = s.partners.filter((x) => x !== id);
                }),
            },
          };
        }),
    }),
  );
  partnerSection.append(
    h(
      'div',
      { class: 'toolbar' },
      ...(P.select === 'absent' ? [] : [add(kit.button({ label: W.selectPartners, onClick: openDialog })).element]),
      ...(P.import === 'absent'
        ? []
        : [
            add(
              kit.button({
                label: W.importExport,
                onClick: () => {
                  menu.hidden = !menu.hidden;
                },
              }),
            ).element,
            menu,
            fileInput,
          ]),
    ),
    grid.element,
  );
  const module = resellTab
    ? h('div', { class: 'card' }, radios.element, partnerSection)
    : add(kit.section({ heading: moduleTitle, children: [radios.element, partnerSection] })).element;
  const saveDraft = add(
    kit.button({
      label: W.saveDraft,
      primary: true,
      disabled: () => !dirty(),
      onClick: () => {
        toastText = W.saved;
        set((s) => {
          s.savedOption = s.option;
          s.savedPartners = [...s.partners];
        });
      },
    }),
  );
  const sync = add(
    kit.button({
      label: W.sync,
      disabled: () => dirty(),
      onClick: () => {
        toastText = W.synced;
        set((s) => {
          s.syncedPartners = [...s.savedPartners];
        });
      },
    }),
  );

  const typeLine =
    P.typeLabel === 'absent'
      ? null
      : P.typeLabel === 'unlabelled'
        ? h('p', { class: 'meta' }, config.offerTypeText)
        : h('p', { class: 'meta' }, `${config.words.offerTypeLabel}: ${config.offerTypeText}`);
  const offerName = P.name ?? 'Contoso Analytics';
  const page = [
    h('p', { class: 'meta' }, `${W.offerIdLabel}: ${config.offerId}`),
    typeLine,
    status,
    module,
    h('div', { class: 'footer' }, saveDraft.element, state.published ? sync.element : null, toast),
  ];
  root.replaceChildren(
    h('div', { class: 'pc-top' }, 'Partner Center'),
    resellTab
      ? h('div', { class: 'offer-layout' }, offerNav(W, offerName, pageTitle), h('main', {}, h('h1', {}, pageTitle), ...page))
      : h('main', {}, h('h1', {}, offerName), ...page),
    dialogHost,
  );
  update();
  if (P.busy === '1') {
    const clock = h('span', { class: 'clock', 'aria-hidden': 'true' });
    root.querySelector('main')?.append(clock);
    const tick = () => {
      clock.textContent = String(Math.floor(performance.now()));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
}

/** The offer's tabs, as Partner Center lists them left of an offer's pages: this page's is current. */
function offerNav(W: Config['words'], offerName: string, current: string): HTMLElement {
  const tabs = [W.navOverview, W.navSetup, W.navProperties, W.navListing, W.navPreview, W.navTechnical, W.navPlans, W.navCoSell];
  return h(
    'nav',
    { class: 'offer-nav', 'aria-label': offerName },
    h('div', { class: 'offer-nav-title' }, offerName),
    h(
      'ul',
      {},
      ...[...tabs, current].map((tab) => h('li', {}, h('a', { href: '#', 'aria-current': tab === current ? 'page' : undefined }, tab))),
    ),
  );
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push(row);
  return rows;
}
