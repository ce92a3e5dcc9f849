/**
 * Every offer the assistant has seen, one card each (the panel is too narrow for a wide table):
 * what is live, whether the page differs from it, the support requests prepared, filed and carried
 * out, and the saved list it matches. Searchable, sortable, exportable; a click opens the offer's
 * audience page in the portal tab.
 */
import { useState } from 'preact/hooks';
import { searchOffers, sortOffers, type OfferSort } from '../../core/offers-overview';
import { useStored } from '../hooks/use-stored';
import { t, tn } from '../i18n';
import { storage } from '../worker-client';
import { exportOffers } from './export-offers';
import { OfferCard } from './OfferCard';
import { useRequests } from './offer-words';

export function OffersView({ tabId }: { tabId?: number }) {
  const offers = useStored(() => storage().overview.offers(), 'offers-changed', []);
  const requests = useRequests();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<OfferSort>('seen');

  if (offers.state === 'failed')
    return (
      <p class="notice notice--error" role="alert">
        {t('storageFailed', offers.error)}
      </p>
    );
  if (offers.state !== 'ready') return <p>{t('reading')}</p>;
  if (offers.value.length === 0)
    return (
      <p class="empty" data-testid="offers-empty">
        {t('offersEmpty')}
      </p>
    );
  const rows = sortOffers(searchOffers(offers.value, query), sort);

  return (
    <section data-testid="offers" aria-labelledby="offers-title">
      <h2 id="offers-title">{t('offersTitle')}</h2>
      <div class="offers-tools">
        <label>
          {t('offersSearch')}
          <input
            type="search"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            data-testid="offers-search"
          />
        </label>
        <label>
          {t('offersSort')}
          <select
            value={sort}
            onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as OfferSort)}
            data-testid="offers-sort"
          >
            <option value="seen">{t('offersSort_seen')}</option>
            <option value="name">{t('offersSort_name')}</option>
            <option value="live-partners">{t('offersSort_live_partners')}</option>
          </select>
        </label>
        <button type="button" onClick={() => exportOffers(rows, requests)} data-testid="offers-export">
          {t('exportCsv')}
        </button>
      </div>
      <p class="muted" role="status" data-testid="offers-count">
        {rows.length === 0 ? t('offersNoMatch', query.trim()) : tn('offersCount', rows.length)}
      </p>
      <ul class="offer-cards">
        {rows.map((row) => (
          <OfferCard key={row.offerId} row={row} requests={requests} tabId={tabId} />
        ))}
      </ul>
    </section>
  );
}
