/** An offer card's facts in the publisher's words, shared by the cards and the CSV export. */
import type { OfferRow } from '../../core/offers-overview';
import type { FiledRequest } from '../../core/support-request/filed-request';
import type { SupportRequest } from '../../core/support-request/request';
import { filedRequests } from '../../storage/filed-requests';
import { unexpiredPrepared } from '../../storage/prepared-requests';
import { useStorageItem } from '../hooks/use-storage-item';
import { t } from '../i18n';
import { optionName } from '../option-name';

export interface Requests {
  prepared: SupportRequest[];
  filed: FiledRequest[];
}

export function useRequests(): Requests {
  return { prepared: useStorageItem(unexpiredPrepared) ?? [], filed: useStorageItem(filedRequests) ?? [] };
}

/** The offer's requests in words: "1 prepared", "filed #123 (carried out)". */
export function requestsText(row: OfferRow, requests: Requests): string {
  const parts: string[] = [];
  if (requests.prepared.some((r) => r.offerId === row.offerId)) parts.push(t('offersRequestPrepared'));
  for (const filed of requests.filed.filter((r) => r.offerId === row.offerId))
    parts.push(t(filed.carriedOutAt ? 'offersRequestCarriedOut' : 'offersRequestFiled', filed.caseNumber));
  return parts.join(' · ');
}

export const liveText = (row: OfferRow) =>
  !row.published
    ? t('notPublished')
    : row.liveOption === null
      ? t('offersLiveUnknown')
      : row.liveOption === 2
        ? `${optionName(2)} (${row.livePartners ?? 0})`
        : optionName(row.liveOption);
