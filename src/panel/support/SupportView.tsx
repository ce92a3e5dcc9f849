/** The support request tool: the request prepared from the findings, one click to fill it, and the report. */
import { errorText } from '../error-text';
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../core/audience';
import type { SupportRequest } from '../../core/support-request/request';
import type { FillReport } from '../../core/support-request/fill-report';
import { clearReports, loadReports, onReportsChange } from '../../storage/fill-reports';
import { clearPending, loadPending, onPendingChange, savePending, type PendingRequest } from '../../storage/pending-request';
import { dropPrepared, loadPrepared, onPreparedChange } from '../../storage/prepared-requests';
import { t } from '../i18n';
import { optionName } from '../option-name';
import { FillReportView } from './FillReportView';
import { OfferPicker } from './OfferPicker';
import { PreparedRequests } from './PreparedRequests';
import { startFill } from './start-fill';
import { findSupportTab } from './find-support-tab';
import { goToField } from '../apply/page-actions';
import { PartnerRefList } from '../components/PartnerRefList';

export function SupportView({ tabId }: { tabId?: number }) {
  const [pending, setPending] = useState<PendingRequest | null | undefined>(undefined);
  const [prepared, setPrepared] = useState<SupportRequest[]>([]);
  const [reports, setReports] = useState<FillReport[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadPending().then(setPending);
    void loadPrepared().then(setPrepared);
    void loadReports().then(setReports);
    const offs = [onPendingChange(setPending), onPreparedChange(setPrepared), onReportsChange(setReports)];
    return () => {
      for (const off of offs) off();
    };
  }, []);

  if (pending === undefined) return <p>{t('reading')}</p>;

  async function fill(next: PendingRequest) {
    setError(null);
    await startFill(next, tabId).catch((e: unknown) => setError(errorText(e)));
  }

  /** The form is filled with the chosen request, on whichever page it is (the details page in place). */
  const fillWith = (chosen: SupportRequest) => {
    const locale = pending?.request.locale;
    void fill({
      request: locale ? { ...chosen, locale } : chosen,
      stage: pending?.stage === 'details' ? 'details' : 'request',
      autoFill: true,
    });
  };
  const discard = (request: SupportRequest) => void dropPrepared(request.offerId);
  /** The form's tab (the panel's own, or the one the short link opened), brought to the front at that field. */
  const goTo = (label: string) =>
    void findSupportTab(tabId)
      .then((formTab) => (formTab === null ? false : goToField(formTab, label)))
      .then((focused) => setError(focused ? null : t('goToFieldFailed', label)))
      .catch((e: unknown) => setError(errorText(e)));
  const others = prepared.filter((r) => r.offerId !== pending?.request.offerId);

  if (pending === null) {
    return (
      <div data-testid="no-request">
        {others.length === 0 ? <p class="empty">{t('noRequest')}</p> : null}
        <PreparedRequests requests={others} heading={t('preparedTitle')} onFill={fillWith} onDiscard={discard} />
        <FillReportView reports={reports} onChooseCategory={() => undefined} onGoToField={goTo} />
      </div>
    );
  }
  const request = pending.request;
  const chooseOffer = request.offerId === '';

  const setLocale = (locale: Locale | '') => {
    const { locale: _old, ...rest } = request;
    void savePending({ ...pending, request: locale === '' ? rest : { ...rest, locale } });
  };

  return (
    <section data-testid="support-request">
      <h2>{t('requestTitle')}</h2>
      {chooseOffer && others.length > 1 ? <p class="notice notice--warning">{t('preparedChoose')}</p> : null}
      <PreparedRequests
        requests={others}
        heading={t(chooseOffer ? 'preparedTitle' : 'preparedOthers')}
        onFill={fillWith}
        onDiscard={discard}
      />
      {chooseOffer ? (
        <OfferPicker onPick={(offer) => void fill({ ...pending, request: { ...request, ...offer }, autoFill: true })} />
      ) : null}
      <dl class="offer">
        <dt>{t('requestOffer')}</dt>
        <dd>
          {chooseOffer ? '—' : request.offerName} <span class="mono muted">{request.offerId}</span>
        </dd>
        <dt>{t('requestChange')}</dt>
        <dd>
          {optionName(request.from)} → {optionName(request.to)}
        </dd>
        <dt>{t('requestPartners')}</dt>
        <dd>{request.partners.length === 0 ? '—' : <PartnerRefList partners={request.partners} />}</dd>
        <dt>{t('requestResale')}</dt>
        <dd>{request.noResaleConfirmed ? t('requestNoResale') : t('requestResaleNotStated')}</dd>
      </dl>
      <div class="live-option">
        <label for="request-language">{t('requestLanguage')}</label>{' '}
        <select
          id="request-language"
          value={request.locale ?? ''}
          onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value as Locale | '')}
        >
          <option value="">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </div>
      <div class="button-row">
        <button type="button" class="primary" data-testid="fill-request" onClick={() => void fill({ ...pending, autoFill: true })}>
          {t('fillRequest')}
        </button>
        <button type="button" onClick={() => void Promise.all([clearPending(), clearReports(), dropPrepared(request.offerId)])}>
          {t('discardRequest')}
        </button>
      </div>
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <FillReportView
        reports={reports}
        onChooseCategory={(category) => void fill({ ...pending, request: { ...request, category }, stage: 'request', autoFill: true })}
        onGoToField={goTo}
      />
    </section>
  );
}
