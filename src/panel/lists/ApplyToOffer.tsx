/**
 * A saved list put on the offer the tab shows: one button, progress with cancel, then what the table
 * shows afterwards and what is left to the publisher. Removals from a published offer are never made
 * on the page: they become a prepared support request, without the partners who resold.
 */
import { planApply, type PageDiff } from '../../core/apply/apply-plan';
import type { AudiencePage, PartnerRef } from '../../core/audience';
import { startApply, stopApply, useApplyRun } from '../apply/apply-run';
import { wrongPageText } from '../apply/wrong-page-text';
import { pageTarget } from '../../core/page-target';
import { t } from '../i18n';
import { storage } from '../worker-client';
import { optionName } from '../option-name';
import { ApplyRemovals } from './ApplyRemovals';
import { Outcome, Progress, StepsLeft } from './ApplyRunView';

export function ApplyToOffer(props: {
  diff: PageDiff;
  onPage: PartnerRef[];
  fresh: boolean;
  page: AudiencePage;
  tabId: number;
  frame: string;
  listId: string;
}) {
  const { diff, page, tabId, listId } = props;
  const key = `${tabId}:${page.offerId}:${listId}`;
  const run = useApplyRun(key);
  const plan = planApply(diff, page);
  const changed = run.step === 'done' && run.outcome.added.length + run.outcome.removed.length > 0;
  // The diff shown holds the first partners to add only: the apply is planned from the whole diff of the list as it is now.
  const apply = async () => {
    const whole = planApply(await storage().lists.diffAgainstPage(listId, props.onPage), page);
    await startApply(key, tabId, { add: whole.add, remove: whole.removeOnPage }, pageTarget(page, props.frame));
  };

  return (
    <section class="apply" data-testid="apply-list" aria-labelledby="apply-title">
      <h4 id="apply-title" class="visually-hidden">
        {t('applyTitle')}
      </h4>
      {plan.block === 'not-specific-partners' ? (
        <p class="notice">{t('applyNeedsOption2', optionName(2))}</p>
      ) : plan.block === 'nothing-to-do' ? (
        <p class="muted" data-testid="apply-nothing">
          {t('applyNothing')}
        </p>
      ) : null}
      {plan.block === null && run.step !== 'running' && (plan.add.length > 0 || plan.removeOnPage.length > 0) ? (
        <div class="button-row apply__line">
          <button type="button" class="primary" onClick={() => void apply()} disabled={!props.fresh} data-testid="apply-button">
            {t('applyButton')}
          </button>
          <details class="apply__how">
            <summary>{t('applyWhatHappens')}</summary>
            <p class="muted">{t('applyHelp')}</p>
          </details>
        </div>
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
      {changed ? <StepsLeft published={page.published} /> : null}
      {plan.removeByRequest.length > 0 && plan.block !== 'not-specific-partners' ? (
        <ApplyRemovals plan={plan} page={page} fresh={props.fresh} />
      ) : null}
    </section>
  );
}
