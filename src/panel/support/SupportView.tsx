/** The support request tool: the request prepared from the findings, one click to fill it, and the report. */
import { useEffect, useState } from 'preact/hooks';
import type { AudienceOption, Locale } from '../../core/audience';
import type { FillReport } from '../../portal/support-form/report';
import { clearReports, loadReports, onReportsChange } from '../../storage/fill-reports';
import { clearPending, loadPending, onPendingChange, savePending, type PendingRequest } from '../../storage/pending-request';
import { t } from '../i18n';
import { FillReportView } from './FillReportView';
import { OfferPicker } from './OfferPicker';
import { startFill } from './start-fill';

const optionName = (o: AudienceOption | null) => (o === null ? t('liveOptionUnknown') : t(`option${o}Short`));

export function SupportView({ tabId }: { tabId?: number }) {
  const [pending, setPending] = useState<PendingRequest | null | undefined>(undefined);
  const [reports, setReports] = useState<FillReport[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadPending().then(setPending);
    void loadReports().then(setReports);
    const offPending = onPendingChange(setPending);
    const offReports = onReportsChange(setReports);
    return () => {
      offPending();
      offReports();
    };
  }, []);

  if (pending === undefined) return <p>{t('reading')}</p>;
  if (pending === null) {
    return (
      <div class="empty" data-testid="no-request">
        <p>{t('noRequest')}</p>
        <FillReportView reports={reports} onChooseCategory={() => undefined} />
      </div>
    );
  }
  const request = pending.request;

  async function fill(next: PendingRequest) {
    setError(null);
    await startFill(next, tabId).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }

  const setLocale = (locale: Locale | '') => {
    const { locale: _old, ...rest } = request;
    void savePending({ ...pending, request: locale === '' ? rest : { ...rest, locale } });
  };

  return (
    <section data-testid="support-request">
      <h2>{t('requestTitle')}</h2>
      {request.offerId === '' ? (
        <OfferPicker onPick={(offer) => void savePending({ ...pending, request: { ...request, ...offer } })} />
      ) : null}
      <dl class="offer">
        <dt>{t('requestOffer')}</dt>
        <dd>
          {request.offerName} <span class="mono muted">{request.offerId}</span>
        </dd>
        <dt>{t('requestChange')}</dt>
        <dd>
          {optionName(request.from)} → {optionName(request.to)}
        </dd>
        <dt>{t('requestPartners')}</dt>
        <dd>
          {request.partners.length === 0 ? '—' : (
            <ul class="plain">
              {request.partners.map((p) => (
                <li key={p.tenantId}>
                  {p.name} <span class="mono muted">{p.tenantId}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('requestResale')}</dt>
        <dd>{request.noResaleConfirmed ? t('requestNoResale') : t('requestResaleNotStated')}</dd>
      </dl>
      <div class="live-option">
        <label for="request-language">{t('requestLanguage')}</label>{' '}
        <select id="request-language" value={request.locale ?? ''} onChange={(e) => setLocale((e.currentTarget as HTMLSelectElement).value as Locale | '')}>
          <option value="">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </div>
      <div class="button-row">
        <button type="button" class="primary" data-testid="fill-request" onClick={() => void fill({ ...pending, autoFill: true })}>
          {t('fillRequest')}
        </button>
        <button type="button" onClick={() => void clearPending().then(clearReports)}>
          {t('discardRequest')}
        </button>
      </div>
      {error ? <p class="notice notice--error" role="alert">{error}</p> : null}
      <FillReportView
        reports={reports}
        onChooseCategory={(category) => void fill({ ...pending, request: { ...request, category }, stage: 'request', autoFill: true })}
      />
    </section>
  );
}
