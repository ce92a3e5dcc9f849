/**
 * Requests prepared from audience pages and not yet filed: the publisher chooses which one fills the
 * form (one per offer), or discards one.
 */
import type { SupportRequest } from '../../core/support-request/request';
import { t } from '../i18n';
import { changeText } from './change-text';

export function PreparedRequests({
  requests,
  heading,
  folded,
  onFill,
  onDiscard,
}: {
  requests: SupportRequest[];
  heading: string;
  /** Beside the request being filled they are secondary: folded, and their buttons plain. */
  folded: boolean;
  onFill: (request: SupportRequest) => void;
  onDiscard: (request: SupportRequest) => void;
}) {
  if (requests.length === 0) return null;
  const list = (
    <ul class="plain">
      {requests.map((r) => (
        <li key={r.offerId} data-offer={r.offerId}>
          <div>
            <strong>{r.offerName || r.offerId}</strong> <span class="mono muted">{r.offerId}</span>
          </div>
          <div class="muted">
            {changeText({ ...r, count: r.partners.length })} · {t('preparedPartners', String(r.partners.length))}
          </div>
          <div class="button-row">
            <button
              type="button"
              class={folded ? undefined : 'primary'}
              onClick={() => onFill(r)}
              aria-label={t('preparedFillNamed', r.offerName || r.offerId)}
            >
              {t('preparedFill')}
            </button>
            <button type="button" onClick={() => onDiscard(r)} aria-label={t('preparedDiscardNamed', r.offerName || r.offerId)}>
              {t('discardRequest')}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
  return (
    <section class="prepared" data-testid="prepared-requests" aria-labelledby="prepared-heading">
      {folded ? (
        <details>
          <summary id="prepared-heading">
            {heading} ({requests.length})
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h3 id="prepared-heading">{heading}</h3>
          {list}
        </>
      )}
    </section>
  );
}
