/**
 * A list's partners with instant search. Only the rows in view are rendered (fixed row height), so
 * tens of thousands of partners scroll as smoothly as ten.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Partner } from '../../core/audience';
import type { ListPage } from '../../worker/partners-service';
import { t, tn } from '../i18n';
import { storage } from '../worker-client';
import { TenantId } from '../components/TenantId';

/** Two lines a row: the name with its actions, then the tenant ID (shortened, whole on hover or focus) and the country. */
const ROW = 48;
const VIEW = 330;
const OVERSCAN = 8;

export function PartnerTable(props: {
  listId: string;
  version: number;
  onRemove: (p: Partner) => void;
  onEdit: (p: Partner) => void;
  /** Beside the search: the "Add partner" button, or its form below it once open. */
  adder: ComponentChildren;
}) {
  const { listId, version, onRemove, onEdit } = props;
  const [query, setQuery] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const [page, setPage] = useState<ListPage | null>(null);
  const request = useRef(0);
  const first = Math.max(0, Math.floor(scrollTop / ROW) - OVERSCAN);
  const count = Math.ceil(VIEW / ROW) + OVERSCAN * 2;

  // Asked as the keystroke renders, not after the next frame (a plain effect's wait, ~8 ms on average).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the worker's change count: a new one means read again.
  useLayoutEffect(() => {
    const id = ++request.current;
    void storage()
      .lists.search(listId, query, first, count)
      .then((result) => {
        // Keystrokes outrun answers: only the newest one is shown.
        if (id === request.current) setPage(result);
      });
  }, [listId, query, first, count, version]);

  const trimmed = query.trim();
  return (
    <div class="partner-table">
      <div class="partner-table__tools">
        <label class="visually-hidden" for="partner-search">
          {t('searchLabel')}
        </label>
        <input
          id="partner-search"
          type="search"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => {
            setQuery((e.currentTarget as HTMLInputElement).value);
            setScrollTop(0);
          }}
        />
        {props.adder}
      </div>
      <p class="muted" role="status" data-testid="search-count">
        {!page
          ? t('reading')
          : page.total > 0
            ? tn('searchCount', page.total)
            : trimmed
              ? t('noPartnersMatch', trimmed)
              : t('listHasNoPartners')}
      </p>
      {page && page.total > 0 ? <Rows page={page} onScroll={setScrollTop} onEdit={onEdit} onRemove={onRemove} /> : null}
    </div>
  );
}

/** The rows in view, in a box as tall as all of them would be. */
function Rows(props: { page: ListPage; onScroll: (top: number) => void; onRemove: (p: Partner) => void; onEdit: (p: Partner) => void }) {
  const { page, onEdit, onRemove } = props;
  return (
    <section
      class="virtual"
      style={{ height: `${VIEW}px` }}
      onScroll={(e) => props.onScroll((e.currentTarget as HTMLElement).scrollTop)}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      aria-label={t('partnersLabel')}
    >
      <div style={{ height: `${page.total * ROW}px`, position: 'relative' }}>
        <table class="grid partner-rows" style={{ position: 'absolute', top: `${page.offset * ROW}px` }}>
          <thead class="visually-hidden">
            <tr>
              <th scope="col">{t('partnerColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((p) => (
              <tr key={p.tenantId} style={{ height: `${ROW}px` }} data-tenant-id={p.tenantId}>
                <td>
                  <div class="partner-row__line">
                    <span class="partner-row__name" title={p.name}>
                      {p.name || '—'}
                    </span>
                    <span class="row-actions">
                      <button type="button" class="icon" aria-label={t('editPartner', p.name || p.tenantId)} onClick={() => onEdit(p)}>
                        ✎
                      </button>
                      <button type="button" class="icon" aria-label={t('removePartner', p.name || p.tenantId)} onClick={() => onRemove(p)}>
                        ✕
                      </button>
                    </span>
                  </div>
                  <div class="muted">
                    <TenantId id={p.tenantId} />
                    {p.country ? ` · ${p.country}` : ''}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
