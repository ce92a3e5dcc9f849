/**
 * A saved list put on the offer the tab shows: one button, progress with cancel, then what the table
 * shows afterwards and what is left to the publisher. Removals from a published offer are never made
 * on the page: they become a prepared support request, without the partners who resold.
 */
import {
  leftToPublisher,
  planApply,
  type ApplyOutcome,
  type ApplyPlan,
  type ApplyProgress,
  type PageDiff,
} from '../../core/apply/apply-plan';
import type { AudiencePage, PartnerRef, Resale } from '../../core/audience';
import { requestForOffer } from '../../core/support-request/request';
import { keyPart } from '../../core/i18n/ui-messages';
import { startApply, stopApply, useApplyRun } from '../apply/apply-run';
import { wrongPageText } from '../apply/wrong-page-text';
import { pageTarget } from '../../core/page-target';
import { PartnerRefList } from '../components/PartnerRefList';
import { useStored } from '../hooks/use-stored';
import { formatNumber, t, tn } from '../i18n';
import { optionName } from '../option-name';
import { prepareAndFill } from '../support/start-fill';
import { storage } from '../worker-client';
import { ResaleTable } from '../audience/ResaleTable';

export function ApplyToOffer(props: { diff: PageDiff; fresh: boolean; page: AudiencePage; tabId: number; frame: string; listId: string }) {
  const { diff, page, tabId, listId } = props;
  const key = `${tabId}:${page.offerId}:${listId}`;
  const run = useApplyRun(key);
  const plan = planApply(diff, page);
  const changed = run.step === 'done' && run.outcome.added.length + run.outcome.removed.length > 0;
  const apply = () => void startApply(key, tabId, { add: plan.add, remove: plan.removeOnPage }, pageTarget(page, props.frame));

  return (
    <section class="apply" data-testid="apply-list" aria-labelledby="apply-title">
      <h4 id="apply-title">{t('applyTitle')}</h4>
      {plan.block === 'not-specific-partners' ? (
        <p class="notice">{t('applyNeedsOption2', optionName(2))}</p>
      ) : plan.block === 'nothing-to-do' ? (
        <p class="muted" data-testid="apply-nothing">
          {t('applyNothing')}
        </p>
      ) : null}
      {plan.block === null && run.step !== 'running' && (plan.add.length > 0 || plan.removeOnPage.length > 0) ? (
        <>
          <p class="muted">{t('applyHelp')}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={apply} disabled={!props.fresh} data-testid="apply-button">
              {t('applyButton')}
            </button>
          </div>
        </>
      ) : null}
      {run.step === 'running' ? <Progress progress={run.progress} onCancel={stopApply} /> : null}
      {run.step === 'failed' ? (
        <p class="notice notice--error" role="alert">
          {t('applyFailed', run.message)}
        </p>
      ) : null}
      {run.step === 'refused' ? (
        <p class="notice notice--error" role="alert" data-testid="apply-refused">
          {wrongPageText(run.wrongPage)}
        </p>
      ) : null}
      {run.step === 'done' ? <Outcome outcome={run.outcome} /> : null}
      {changed ? <LeftToPublisher published={page.published} /> : null}
      {plan.removeByRequest.length > 0 && plan.block !== 'not-specific-partners' ? (
        <RemovalRequest plan={plan} page={page} fresh={props.fresh} />
      ) : null}
    </section>
  );
}

function Progress({ progress, onCancel }: { progress: ApplyProgress | null; onCancel: () => void }) {
  const label = t(`applyPhase_${progress?.phase ?? 'checking'}`);
  return (
    <div class="import-progress" role="status" data-testid="apply-progress">
      <progress class="progress" max={progress?.total || 1} value={progress?.done ?? 0} aria-label={label} />
      <span>
        {label}
        {progress ? ` · ${t('applyProgress', [formatNumber(progress.done), formatNumber(progress.total)])}` : ''}
      </span>
      <button type="button" onClick={onCancel} data-testid="apply-cancel">
        {t('cancel')}
      </button>
    </div>
  );
}

function Outcome({ outcome }: { outcome: ApplyOutcome }) {
  const via = outcome.routes.map((route) => t(`applyVia_${route}`)).join(', ');
  return (
    <div data-testid="apply-outcome" role="status">
      {outcome.added.length > 0 ? <p class="notice">{tn('applyAdded', outcome.added.length, [via])}</p> : null}
      {outcome.removed.length > 0 ? <p class="notice">{tn('applyRemoved', outcome.removed.length)}</p> : null}
      {outcome.cancelled ? <p class="notice">{t('applyCancelled')}</p> : null}
      {outcome.missing.length > 0 ? (
        <div class="notice notice--error" role="alert" data-testid="apply-missing">
          <p>{t('applyMissing')}</p>
          <ul>
            {outcome.missing.map((part) => (
              <li key={part}>{t(`applyPart_${keyPart(part)}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome.refused.length > 0 ? (
        <div class="notice notice--warning" data-testid="apply-refused">
          <p>{t('applyRefused')}</p>
          <PartnerRefList partners={outcome.refused} testId="apply-refused-list" />
        </div>
      ) : null}
    </div>
  );
}

function LeftToPublisher({ published }: { published: boolean }) {
  return (
    <div class="notice notice--warning" data-testid="apply-left">
      <p>
        <strong>{t('applyLeftTitle')}</strong>
      </p>
      <ol>
        {leftToPublisher(published, true).map((step) => (
          <li key={step}>{t(`applyLeft_${keyPart(step)}`)}</li>
        ))}
      </ol>
    </div>
  );
}

/** Removals from a published offer: each partner's resale answer (kept with the offer), then one request. */
function RemovalRequest({ plan, page, fresh }: { plan: ApplyPlan; page: AudiencePage; fresh: boolean }) {
  const facts = useStored(() => storage().offers.getFacts(page.offerId), 'offers-changed', [page.offerId]);
  if (facts.state !== 'ready') return null;
  const resale = (p: PartnerRef): Resale => facts.value.resale[p.tenantId] ?? 'unknown';
  const rows = plan.removeByRequest.map((p) => ({ ...p, status: 'removed' as const, resale: resale(p) }));
  const resold = plan.removeByRequest.filter((p) => resale(p) === 'yes');
  const removable = plan.removeByRequest.filter((p) => resale(p) === 'no');
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
          disabled={!fresh || unanswered || removable.length === 0}
          onClick={() => {
            const change = {
              from: 2 as const,
              to: 2 as const,
              partners: removable.map(({ tenantId, name }) => ({ tenantId, name })),
              noResaleConfirmed: true,
            };
            void prepareAndFill(requestForOffer(page, facts.value, change, new Date().toISOString()));
          }}
          data-testid="apply-prepare-removal"
        >
          {removable.length > 0 ? tn('applyPrepareRemoval', removable.length) : t('applyPrepareRemovalNone')}
        </button>
      </div>
    </div>
  );
}
