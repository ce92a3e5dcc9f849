/** The audience tool: what the page shows, what is live, and what the rules say about the change. */
import { useMemo, useState } from 'preact/hooks';
import type { AudiencePage, OfferFacts } from '../../core/audience';
import { evaluateAudience, type NextStep } from '../../core/rules';
import { liveFromPage, resaleRows, type FactsChange } from '../../core/live-audience';
import type { PortalTab } from '../hooks/use-portal-tab';
import { useStored } from '../hooks/use-stored';
import { errorText } from '../error-text';
import { t, uiLocale } from '../i18n';
import { storage } from '../worker-client';
import { markCarriedOut } from '../../storage/filed-requests';
import { runStep, type StepNotice } from '../steps/run-step';
import { FiledRequests } from './FiledRequests';
import { FindingsList } from './FindingsList';
import { LiveOptionControl } from './LiveOptionControl';
import { OfferSummary } from './OfferSummary';
import { OfferTypeControl } from './OfferTypeControl';
import { ResaleFromList } from './ResaleFromList';
import { ResaleTable } from './ResaleTable';
import { SnapshotHistory } from './SnapshotHistory';
import { StepNoticeView } from './StepNoticeView';
import { UnreadablePage } from './UnreadablePage';

function OfferAudience(props: { page: AudiencePage; facts: OfferFacts; tabId: number; frame: string; onPrepared: () => void }) {
  const { page, facts } = props;
  const [notice, setNotice] = useState<StepNotice | null>(null);
  const findings = useMemo(() => evaluateAudience({ page, facts }), [page, facts]);
  const snapshots = useStored(() => storage().offers.listSnapshots(page.offerId), 'offers-changed', [page.offerId]);
  // Only what changed: the worker merges it into the stored facts, which `facts` may lag behind.
  const save = (change: FactsChange) => void storage().offers.updateFacts(page.offerId, change);
  const onStep = (step: NextStep) => {
    setNotice(null);
    runStep(step, props).then(setNotice, (error: unknown) => setNotice({ tone: 'error', text: errorText(error) }));
  };
  const rows = resaleRows(page, facts);

  return (
    <section data-testid="audience" aria-labelledby="offer-name">
      <OfferSummary page={page} />
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
      <FindingsList findings={findings} locale={uiLocale()} onStep={onStep} />
      {notice ? <StepNoticeView notice={notice} /> : null}
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
  if (!read.ok) return <UnreadablePage missing={read.missing} tabId={tab.tabId} />;
  if (facts.state === 'failed')
    return (
      <p class="notice notice--error" role="alert">
        {t('storageFailed', facts.error)}
      </p>
    );
  if (facts.state !== 'ready' || !facts.value || !page) return <p>{t('reading')}</p>;
  return <OfferAudience page={page} facts={facts.value} tabId={tab.tabId} frame={tab.frame ?? ''} onPrepared={onPrepared} />;
}
