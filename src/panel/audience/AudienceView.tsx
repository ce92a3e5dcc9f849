/** The audience tool: what the page shows, what is live, and what the rules say about the change. */
import { errorText } from '../error-text';
import { useMemo, useState } from 'preact/hooks';
import type { AudiencePage, OfferFacts } from '../../core/audience';
import { evaluateAudience, requestedChange, type Finding, type FindingAction, type RequestedChange } from '../../core/rules';
import { chooseOptionOnPage, runApply } from '../apply/page-actions';
import { requestForOffer } from '../../core/support-request/request';
import { pageTarget } from '../../core/page-target';
import { wrongPageText } from '../apply/wrong-page-text';
import { liveFromPage, resaleRows, type FactsChange } from '../../core/live-audience';
import type { PortalTab } from '../hooks/use-portal-tab';
import { useStored } from '../hooks/use-stored';
import { keyPart } from '../../core/i18n/ui-messages';
import { t, uiLocale } from '../i18n';
import { optionName } from '../option-name';
import { storage } from '../worker-client';
import { CapturePageButton } from '../components/CapturePageButton';
import { prepareAndFill } from '../support/start-fill';
import { markCarriedOut } from '../../storage/filed-requests';
import { FiledRequests } from './FiledRequests';
import { FindingsList } from './FindingsList';
import { LiveOptionControl } from './LiveOptionControl';
import { OfferTypeControl } from './OfferTypeControl';
import { ResaleFromList } from './ResaleFromList';
import { ResaleTable } from './ResaleTable';
import { SnapshotHistory } from './SnapshotHistory';

function OfferAudience(props: { page: AudiencePage; facts: OfferFacts; tabId: number; frame: string; onPrepared: () => void }) {
  const { page, facts, tabId, onPrepared } = props;
  // Page actions go to the frame this reading came from, for this offer and this table only.
  const target = pageTarget(page, props.frame);
  const [actionError, setActionError] = useState<string | null>(null);
  const locale = uiLocale();
  const findings = useMemo(() => evaluateAudience({ page, facts }), [page, facts]);
  const snapshots = useStored(() => storage().offers.listSnapshots(page.offerId), 'offers-changed', [page.offerId]);
  // Only what changed: the worker merges it into the stored facts, which `facts` may lag behind.
  const save = (change: FactsChange) => void storage().offers.updateFacts(page.offerId, change);

  const prepare = (change: RequestedChange) => {
    // One click: the request is prepared and the support form opened (or the open one used) and filled;
    // the support tool shows the request beside the report.
    onPrepared();
    void prepareAndFill(requestForOffer(page, facts, change, new Date().toISOString()));
  };

  /** Next steps taken on the page: each says so when the page did not follow. */
  async function onPageAction(action: FindingAction, finding: Finding) {
    setActionError(null);
    const live = facts.liveOption;
    if (action === 'switch-back' && live !== null) {
      const reply = await chooseOptionOnPage(tabId, live, target);
      if ('wrongPage' in reply) setActionError(wrongPageText(reply.wrongPage));
      else if (!reply.chosen) setActionError(t('pageActionFailed', optionName(live)));
    } else if (action === 'restore-partners') {
      const outcome = await runApply(tabId, { add: finding.params.partners ?? [], remove: [] }, target);
      if ('wrongPage' in outcome) setActionError(wrongPageText(outcome.wrongPage));
      else if (outcome.missing.length > 0 || outcome.refused.length > 0) setActionError(t('restoreFailed'));
    } else if (action === 'keep-resold') {
      const reply = await chooseOptionOnPage(tabId, 2, target);
      if ('wrongPage' in reply) return setActionError(wrongPageText(reply.wrongPage));
      if (!reply.chosen) return setActionError(t('pageActionFailed', optionName(2)));
      const notResold = facts.livePartners.filter((p) => facts.resale[p.tenantId] === 'no');
      prepare({ from: 2, to: 2, partners: notResold, noResaleConfirmed: true });
    }
  }

  function onAction(action: FindingAction, finding: Finding) {
    if (action === 'switch-back' || action === 'restore-partners' || action === 'keep-resold') {
      void onPageAction(action, finding).catch((error: unknown) => setActionError(errorText(error)));
      return;
    }
    if (action === 'confirm-resale') {
      document.querySelector<HTMLSelectElement>('[data-testid="resale-table"] select')?.focus();
      return;
    }
    if (action === 'choose-offer-type') {
      document.getElementById('offer-type')?.focus();
      return;
    }
    const change = requestedChange(findings, facts.liveOption, page.selectedOption);
    if (change) prepare(change);
  }

  const rows = resaleRows(page, facts);

  return (
    <section data-testid="audience" aria-labelledby="offer-name">
      <h2 id="offer-name">{page.offerName}</h2>
      <dl class="offer">
        <dt>{t('offerId')}</dt>
        <dd class="mono">{page.offerId}</dd>
        <dt>{t('offerState')}</dt>
        <dd>{page.published ? t('published') : t('notPublished')}</dd>
        <dt>{t('selectedOnPage')}</dt>
        <dd data-testid="selected-option">{optionName(page.selectedOption)}</dd>
      </dl>
      {page.published ? <LiveOptionControl facts={facts} onChange={(liveOption) => save({ liveOption, liveSource: 'user' })} /> : null}
      {page.published && facts.liveOption === null ? <p class="notice notice--warning">{t('liveUnknownHelp')}</p> : null}
      <FiledRequests
        offerId={page.offerId}
        onCarriedOut={() => {
          save(liveFromPage(page, 'user'));
          void markCarriedOut(page.offerId, new Date().toISOString());
        }}
      />
      {page.offerType === 'unknown' ? <OfferTypeControl value={facts.offerType} onChange={(offerType) => save({ offerType })} /> : null}
      <h3>{t('findingsTitle')}</h3>
      <FindingsList findings={findings} locale={locale} onAction={onAction} />
      {actionError ? (
        <p class="notice notice--error" role="alert" data-testid="page-action-error">
          {actionError}
        </p>
      ) : null}
      <ResaleTable rows={rows} onResale={(id, resale) => save({ resale: { [id]: resale } })} />
      <ResaleFromList tenantIds={rows.map((r) => r.tenantId)} onAnswers={(answers) => save({ resale: answers })} />
      {page.published ? (
        <div class="button-row">
          <button type="button" onClick={() => save(liveFromPage(page, 'user'))} title={t('markLiveHelp')}>
            {t('markLive')}
          </button>
        </div>
      ) : null}
      {snapshots.state === 'ready' ? <SnapshotHistory snapshots={snapshots.value} /> : null}
    </section>
  );
}

export function AudienceView({ tab, onPrepared }: { tab: PortalTab; onPrepared: () => void }) {
  const read = tab.state === 'connected' && tab.page.kind === 'audience' ? tab.audience : null;
  const page = read?.ok ? read.page : null;
  const facts = useStored(() => (page ? storage().offers.getFacts(page.offerId) : Promise.resolve(null)), 'offers-changed', [
    page?.offerId,
  ]);

  if (tab.state !== 'connected' || tab.page.kind !== 'audience') return <p class="empty">{t('audienceOpenPage')}</p>;
  if (!read) return <p>{t('reading')}</p>;
  if (!read.ok) {
    return (
      <div class="notice notice--error" role="alert" data-testid="unreadable-page">
        <p>{t('audienceUnreadable')}</p>
        <ul>
          {read.missing.map((m) => (
            <li key={m}>{t(`missing_${keyPart(m)}`)}</li>
          ))}
        </ul>
        <CapturePageButton tabId={tab.tabId} />
      </div>
    );
  }
  if (facts.state === 'failed')
    return (
      <p class="notice notice--error" role="alert">
        {t('storageFailed', facts.error)}
      </p>
    );
  if (facts.state !== 'ready' || !facts.value || !page) return <p>{t('reading')}</p>;
  return <OfferAudience page={page} facts={facts.value} tabId={tab.tabId} frame={tab.frame ?? ''} onPrepared={onPrepared} />;
}
