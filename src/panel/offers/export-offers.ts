/** The offers shown, as a CSV file in the UI language: what the cards say, one row an offer. */
import { tableToCsv } from '../../core/csv/export';
import { keyPart } from '../../core/i18n/ui-messages';
import type { OfferRow } from '../../core/offers-overview';
import { t } from '../i18n';
import { download } from '../lists/download';
import { optionName } from '../option-name';
import { liveText, requestsText, type Requests } from './offer-words';

export function exportOffers(rows: OfferRow[], requests: Requests): void {
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
