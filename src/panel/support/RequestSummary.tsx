/** The request being filled: its offer, the change, the partners, the resale statement, and the language it is written in. */
import type { Locale } from '../../core/audience';
import type { SupportRequest } from '../../core/support-request/request';
import { PartnerRefList } from '../components/PartnerRefList';
import { t } from '../i18n';
import { changeText } from './change-text';

export function RequestSummary({ request, onLocale }: { request: SupportRequest; onLocale: (locale: Locale | '') => void }) {
  return (
    <>
      <dl class="offer">
        <dt>{t('requestOffer')}</dt>
        <dd>
          {request.offerId === '' ? '—' : request.offerName} <span class="mono muted">{request.offerId}</span>
        </dd>
        <dt>{t('requestChange')}</dt>
        <dd>{changeText({ ...request, count: request.partners.length })}</dd>
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
          onChange={(e) => onLocale((e.currentTarget as HTMLSelectElement).value as Locale | '')}
        >
          <option value="">{t('languageAuto')}</option>
          <option value="en">English</option>
          <option value="ko">한국어</option>
        </select>
      </div>
    </>
  );
}
