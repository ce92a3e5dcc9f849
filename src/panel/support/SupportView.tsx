/**
 * The support request tool: the request prepared from the findings, one click to fill it, the report,
 * and, where the assistant's words do not find the form's fields, the publisher's say in which is which.
 */
import type { Locale } from '../../core/audience';
import type { SupportRequest } from '../../core/support-request/request';
import { clearReports } from '../../storage/fill-reports';
import { clearPending, savePending } from '../../storage/pending-request';
import { dropPrepared } from '../../storage/prepared-requests';
import { useRef } from 'preact/hooks';
import { useTakeFocus } from '../hooks/use-take-focus';
import { t } from '../i18n';
import { fillSummary } from '../../core/support-request/fill-report';
import { FillReportView } from './FillReportView';
import { FillSummary } from './FillSummary';
import { OfferPicker } from './OfferPicker';
import { PreparedRequests } from './PreparedRequests';
import { RequestSummary } from './RequestSummary';
import { UnknownLabels } from './UnknownLabels';
import { useSupportActions } from './use-support-actions';
import { useSupportState } from './use-support-state';

export function SupportView({ tabId }: { tabId?: number }) {
  const { pending, prepared, reports } = useSupportState();
  // A request just prepared from a finding opens this tool: its heading takes the focus the finding's button had.
  const heading = useRef<HTMLHeadingElement>(null);
  useTakeFocus(heading, pending?.request.createdAt);
  const others = prepared.filter((r) => r.offerId !== pending?.request.offerId);
  const { error, fill, fillWith, fillOn, goTo } = useSupportActions(tabId, pending, others);

  if (pending === undefined) return <p>{t('reading')}</p>;
  const discard = (request: SupportRequest) => void dropPrepared(request.offerId);
  const naming = <UnknownLabels tabId={tabId} reports={reports} onNamed={fillOn} />;
  const errorNotice = error ? (
    <p class="notice notice--error" role="alert">
      {error}
    </p>
  ) : null;

  if (pending === null) {
    return (
      <div data-testid="no-request">
        <FillSummary reports={reports} onGoToField={goTo} />
        {others.length === 0 ? <p class="empty">{t('noRequest')}</p> : null}
        <PreparedRequests requests={others} heading={t('preparedTitle')} folded={false} onFill={fillWith} onDiscard={discard} />
        {errorNotice}
        <FillReportView reports={reports} />
        {naming}
      </div>
    );
  }
  const request = pending.request;
  const chooseOffer = request.offerId === '';
  // Once both pages are filled, filling again is no longer the next step.
  const filled = fillSummary(reports).complete;

  const setLocale = (locale: Locale | '') => {
    const { locale: _old, ...rest } = request;
    void savePending({ ...pending, request: locale === '' ? rest : { ...rest, locale } });
  };

  return (
    <section data-testid="support-request">
      <h2 ref={heading} tabIndex={-1}>
        {t('requestTitle')}
      </h2>
      <FillSummary reports={reports} onGoToField={goTo} />
      {chooseOffer && others.length > 1 ? <p class="notice notice--warning">{t('preparedChoose')}</p> : null}
      <PreparedRequests
        requests={others}
        heading={t(chooseOffer ? 'preparedTitle' : 'preparedOthers')}
        folded={!chooseOffer}
        onFill={fillWith}
        onDiscard={discard}
      />
      {chooseOffer ? (
        <OfferPicker onPick={(offer) => void fill({ ...pending, request: { ...request, ...offer }, autoFill: true })} />
      ) : null}
      <h3>{t('requestCurrent')}</h3>
      <RequestSummary request={request} onLocale={setLocale} />
      <div class="button-row">
        <button
          type="button"
          class={filled ? undefined : 'primary'}
          data-testid="fill-request"
          onClick={() => void fill({ ...pending, autoFill: true })}
        >
          {t(filled ? 'fillAgain' : 'fillRequest')}
        </button>
        <button type="button" onClick={() => void Promise.all([clearPending(), clearReports(), dropPrepared(request.offerId)])}>
          {t('discardRequest')}
        </button>
      </div>
      {errorNotice}
      <FillReportView
        reports={reports}
        onChooseCategory={(category) => void fill({ ...pending, request: { ...request, category }, stage: 'request', autoFill: true })}
      />
      {naming}
    </section>
  );
}
