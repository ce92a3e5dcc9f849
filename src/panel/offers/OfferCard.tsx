/** One offer seen: what is live, whether the page differs, its requests and matching list; its name opens its page in the portal tab. */
import { keyPart } from '../../core/i18n/ui-messages';
import type { OfferRow } from '../../core/offers-overview';
import { ext } from '../../platform/ext';
import { formatDateTime, t } from '../i18n';
import { optionName } from '../option-name';
import { liveText, requestsText, type Requests } from './offer-words';

export function OfferCard({ row, requests, tabId }: { row: OfferRow; requests: Requests; tabId: number | undefined }) {
  const requested = requestsText(row, requests);
  return (
    <li class="offer-card" data-offer-id={row.offerId}>
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
        <dd>{formatDateTime(row.seenAt)}</dd>
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
}
