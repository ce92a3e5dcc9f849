/**
 * Requests prepared from audience pages and not yet filed: the publisher chooses which one fills the
 * form (one per offer), or discards one.
 */
import type { SupportRequest } from '../../core/support-request/request';
import { t } from '../i18n';
import { optionName } from '../option-name';

export function PreparedRequests({
  requests,
  heading,
  onFill,
  onDiscard,
}: {
  requests: SupportRequest[];
  heading: string;
  onFill: (request: SupportRequest) => void;
  onDiscard: (request: SupportRequest) => void;
}) {
  if (requests.length === 0) return null;
  return (
    <section class="prepared" data-testid="prepared-requests" aria-labelledby="prepared-heading">
      <h3 id="prepared-heading">{heading}</h3>
      <ul class="plain">
        {requests.map((r) => (
          <li key={r.offerId} data-offer={r.offerId}>
            <div>
              <strong>{r.offerName || r.offerId}</strong> <span class="mono muted">{r.offerId}</span>
            </div>
            <div class="muted">
              {optionName(r.from)} → {optionName(r.to)} · {t('preparedPartners', String(r.partners.length))}
            </div>
            <div class="button-row">
              <button type="button" class="primary" onClick={() => onFill(r)} aria-label={t('preparedFillNamed', r.offerName || r.offerId)}>
                {t('preparedFill')}
              </button>
              <button type="button" onClick={() => onDiscard(r)} aria-label={t('preparedDiscardNamed', r.offerName || r.offerId)}>
                {t('discardRequest')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
