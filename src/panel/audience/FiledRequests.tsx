/** The support requests filed for this offer and not yet carried out: shown as pending, until the publisher marks the page live. */
import { filedRequests } from '../../storage/filed-requests';
import { useStorageItem } from '../hooks/use-storage-item';
import { t, uiLocale } from '../i18n';
import { changeText } from '../support/change-text';

export function FiledRequests(props: { offerId: string; onCarriedOut: () => void }) {
  const all = useStorageItem(filedRequests) ?? [];
  const pending = all.filter((r) => r.offerId === props.offerId && !r.carriedOutAt);
  if (pending.length === 0) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(uiLocale() === 'ko' ? 'ko-KR' : 'en-US');
  return (
    <div class="notice" data-testid="filed-requests">
      {pending.map((r) => (
        <p key={r.caseNumber} data-case={r.caseNumber}>
          {t('filedPending', [date(r.filedAt), r.caseNumber, changeText({ ...r, count: r.tenantIds.length })])}
        </p>
      ))}
      <button type="button" onClick={props.onCarriedOut}>
        {t('filedCarriedOut')}
      </button>
    </div>
  );
}
