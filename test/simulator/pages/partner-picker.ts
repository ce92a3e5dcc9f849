/**
 * "Select CSP Partners" (seed: a menu that searches by partner name or tenant ID, with country,
 * competency and skill filters): candidates not yet on the offer, ticked and added at once. Drawn
 * with the family's dialog parts, or plain HTML. The page's switches shape it: refuse=… leaves
 * partners out of `catalog`, searchDelay=<ms> makes it search-first and answer late.
 */
import type { CatalogPartner } from '../catalog';
import type { DialogKit } from '../kits/kit';
import type { PageWords } from '../words';
import { h } from './dom';

export interface PickerSpec {
  parts: DialogKit;
  words: PageWords;
  /** The partners that may be listed. */
  catalog: CatalogPartner[];
  /** Partners already on the offer, left out of the list. */
  taken(): string[];
  /** Nobody is listed until a search, as a server-side search does. */
  searchFirst: boolean;
  /** Search results arrive this late (ms); 0: at once. */
  searchDelay: number;
  onAdd(tenantIds: string[]): void;
}

/** Opens the dialog in `host`. */
export function openPartnerPicker(host: HTMLElement, spec: PickerSpec): void {
  const { parts, words: W, catalog } = spec;
  let query = '';
  const filters = { country: '', competency: '', skill: '' };
  const chosen = new Set<string>();
  const list = h('div', { class: 'candidates' });
  const fill = () =>
    list.replaceChildren(
      ...catalog
        .filter((p) => !spec.taken().includes(p.tenantId))
        .filter((p) => (query ? p.name.toLowerCase().includes(query) || p.tenantId.includes(query) : !spec.searchFirst))
        .filter(
          (p) =>
            (!filters.country || p.country === filters.country) &&
            (!filters.competency || p.competencies.includes(filters.competency)) &&
            (!filters.skill || p.skills.includes(filters.skill)),
        )
        .slice(0, 40)
        .map((p) =>
          parts.checkbox({
            label: `${p.name} · ${p.tenantId} · ${p.country}`,
            checked: chosen.has(p.tenantId),
            onChange: (checked) => {
              if (checked) chosen.add(p.tenantId);
              else chosen.delete(p.tenantId);
            },
          }),
        ),
    );
  const filter = (key: keyof typeof filters, label: string, pick: (p: CatalogPartner) => string[]) =>
    parts.filter({
      label,
      anyLabel: W.any,
      values: [...new Set(catalog.flatMap(pick))].sort(),
      onChange: (value) => {
        filters[key] = value;
        fill();
      },
    });
  const dialog = parts.dialog({
    title: W.selectPartners,
    body: [
      parts.search({
        label: W.search,
        onInput: (text) => {
          query = text.toLowerCase().trim();
          if (spec.searchDelay > 0) setTimeout(fill, spec.searchDelay);
          else fill();
        },
      }),
      h(
        'div',
        { class: 'filters' },
        filter('country', W.filterCountry, (p) => [p.country]),
        filter('competency', W.filterCompetency, (p) => p.competencies),
        filter('skill', W.filterSkill, (p) => p.skills),
      ),
      list,
    ],
    footer: [
      parts.button({
        label: W.add,
        primary: true,
        onClick: () => {
          dialog.close();
          spec.onAdd([...chosen]);
        },
      }),
      parts.button({ label: W.cancel, onClick: () => dialog.close() }),
    ],
  });
  fill();
  host.replaceChildren(dialog.element);
}
