/** Removals from a published offer: each partner's resale answer (kept with the offer), then one request for those who did not resell. */
import type { ApplyPlan } from '../../core/apply/apply-plan';
import type { AudiencePage, PartnerRef, Resale } from '../../core/audience';
import { removalRequest } from '../../core/rules';
import { ResaleTable } from '../audience/ResaleTable';
import { useStored } from '../hooks/use-stored';
import { t, tn } from '../i18n';
import { prepareAndFill } from '../support/start-fill';
import { storage } from '../worker-client';

export function ApplyRemovals({ plan, page, fresh }: { plan: ApplyPlan; page: AudiencePage; fresh: boolean }) {
  const facts = useStored(() => storage().offers.getFacts(page.offerId), 'offers-changed', [page.offerId]);
  if (facts.state !== 'ready') return null;
  const resale = (p: PartnerRef): Resale => facts.value.resale[p.tenantId] ?? 'unknown';
  const rows = plan.removeByRequest.map((p) => ({ ...p, status: 'removed' as const, resale: resale(p) }));
  const resold = plan.removeByRequest.filter((p) => resale(p) === 'yes');
  const change = removalRequest(plan.removeByRequest, facts.value);
  const unanswered = plan.removeByRequest.some((p) => resale(p) === 'unknown');
  return (
    <div data-testid="apply-removals">
      <h4>{tn('applyRemovalsTitle', plan.removeByRequest.length)}</h4>
      <p class="muted">{t('applyRemovalsHelp')}</p>
      <ResaleTable rows={rows} onResale={(id, answer) => void storage().offers.updateFacts(page.offerId, { resale: { [id]: answer } })} />
      {resold.length > 0 ? (
        <p class="notice notice--error" data-testid="apply-removals-blocked">
          {tn('applyRemovalsBlocked', resold.length)}
        </p>
      ) : null}
      <div class="button-row">
        <button
          type="button"
          disabled={!fresh || unanswered || change.partners.length === 0}
          onClick={() => void prepareAndFill(page, facts.value, change)}
          data-testid="apply-prepare-removal"
        >
          {change.partners.length > 0 ? tn('applyPrepareRemoval', change.partners.length) : t('applyPrepareRemovalNone')}
        </button>
      </div>
    </div>
  );
}
