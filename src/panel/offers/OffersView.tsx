/**
 * Every offer the assistant has seen, one card each (the panel is too narrow for a wide table):
 * what is live, whether the page differs from it, the support requests prepared, filed and carried
 * out, and the saved list it matches. Searchable, sortable, exportable; a click opens the offer's
 * audience page in the portal tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { searchOffers, sortOffers, type OfferRow, type OfferSort } from '../../core/offers-overview';
import { tableToCsv } from '../../core/csv/export';
import { keyPart } from '../../core/i18n/ui-messages';
import type { FiledRequest } from '../../core/support-request/filed-request';
import type { SupportRequest } from '../../core/support-request/request';
import { ext } from '../../platform/ext';
import { filedRequests } from '../../storage/filed-requests';
import { loadPrepared, onPreparedChange } from '../../storage/prepared-requests';
import { useStored } from '../hooks/use-stored';
import { t, tn, uiLocale } from '../i18n';
import { optionName } from '../option-name';
import { download } from '../lists/download';
import { storage } from '../worker-client';

interface Requests {
  prepared: SupportRequest[];
  filed: FiledRequest[];
}

function useRequests(): Requests {
  const [prepared, setPrepared] = useState<SupportRequest[]>([]);
  const [filed, setFiled] = useState<FiledRequest[]>([]);
  useEffect(() => {
    void loadPrepared().then(setPrepared);
    void filedRequests.get().then(setFiled);
    const offPrepared = onPreparedChange(setPrepared);
    const offFiled = filedRequests.onChange(setFiled);
    return () => {
      offPrepared();
      offFiled();
    };
  }, []);
  return { prepared, filed };
}

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString(uiLocale() === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });

/** The offer's requests in words: "1 prepared", "filed #123 (carried out)". */
function requestsText(row: OfferRow, requests: Requests): string {
  const parts: string[] = [];
  if (requests.prepared.some((r) => r.offerId === row.offerId)) parts.push(t('offersRequestPrepared'));
  for (const filed of requests.filed.filter((r) => r.offerId === row.offerId))
    parts.push(t(filed.carriedOutAt ? 'offersRequestCarriedOut' : 'offersRequestFiled', filed.caseNumber));
  return parts.join(' · ');
}

const liveText = (row: OfferRow) =>
  !row.published
    ? t('notPublished')
    : row.liveOption === null
      ? t('offersLiveUnknown')
      : row.liveOption === 2
        ? `${optionName(2)} (${row.livePartners ?? 0})`
        : optionName(row.liveOption);

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

  function exportCsv() {
    const header = [
      'offersColName',
      'offerId',
      'offersColType',
      'offersColLive',
      'offersColOnPage',
      'offersColSeen',
      'offersColDrift',
      'offersColList',
      'offersColRequests',
    ] as const;
    const cells = rows.map((r) => [
      r.offerName,
      r.offerId,
      t(`offerType_${keyPart(r.offerType)}`),
      liveText(r),
      optionName(r.selectedOption),
      r.seenAt,
      r.drift ? t('offersDriftYes') : '',
      r.matchingList ?? '',
      requestsText(r, requests),
    ]);
    download(
      'csp-offers.csv',
      tableToCsv(
        header.map((key) => t(key)),
        cells,
      ),
      'text/csv;charset=utf-8',
    );
  }

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
        <button type="button" onClick={exportCsv} data-testid="offers-export">
          {t('exportCsv')}
        </button>
      </div>
      <p class="muted" role="status" data-testid="offers-count">
        {rows.length === 0 ? t('offersNoMatch', query.trim()) : tn('offersCount', rows.length)}
      </p>
      <ul class="offer-cards">
        {rows.map((row) => {
          const requested = requestsText(row, requests);
          return (
            <li key={row.offerId} class="offer-card" data-offer-id={row.offerId}>
              {row.url && tabId !== undefined ? (
                <button type="button" class="link" onClick={() => void ext.tabs.update(tabId, { url: row.url!, active: true })}>
                  {row.offerName}
                </button>
              ) : (
                <strong>{row.offerName}</strong>
              )}
              <div class="mono muted">{row.offerId}</div>
              <dl class="offer">
                <dt>{t('offersColType')}</dt>
                <dd>{t(`offerType_${keyPart(row.offerType)}`)}</dd>
                <dt>{t('offersColLive')}</dt>
                <dd data-testid="offer-live">{liveText(row)}</dd>
                <dt>{t('offersColOnPage')}</dt>
                <dd>
                  {optionName(row.selectedOption)}
                  {row.drift ? <span class="badge badge--warning">{t('offersDrift')}</span> : null}
                </dd>
                <dt>{t('offersColSeen')}</dt>
                <dd>{dateTime(row.seenAt)}</dd>
                {row.matchingList ? (
                  <>
                    <dt>{t('offersColList')}</dt>
                    <dd>{row.matchingList}</dd>
                  </>
                ) : null}
                {requested ? (
                  <>
                    <dt>{t('offersColRequests')}</dt>
                    <dd>{requested}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
