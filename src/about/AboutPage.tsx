/**
 * The welcome page (opened once, on install) and the options page: what the assistant does, that
 * everything stays on this machine, where to start, help, the version, and the data tools.
 */
import { DataToolView } from '../panel/data/DataToolView';
import { t, uiLocale } from '../panel/i18n';
import { ext } from '../platform/ext';

const PORTAL_OFFERS = 'https://partner.microsoft.com/dashboard/commercial-marketplace/overview';
const HELP = {
  en: 'https://learn.microsoft.com/en-us/partner-center/marketplace-offers/cloud-solution-providers',
  ko: 'https://learn.microsoft.com/ko-kr/partner-center/marketplace-offers/cloud-solution-providers',
} as const;

export function AboutPage({ welcome }: { welcome: boolean }) {
  const version = ext.runtime.getManifest().version;
  return (
    <main class="about" data-testid={welcome ? 'welcome' : 'about'}>
      <header class="about__brand">
        <img src="/icons/icon128.png" alt="" />
        <div>
          <h1>{t(welcome ? 'welcomeTitle' : 'aboutTitle')}</h1>
          <p class="muted" data-testid="version">
            {t('aboutVersion', version)}
          </p>
        </div>
      </header>
      <section aria-labelledby="what">
        <h2 id="what">{t('aboutWhatTitle')}</h2>
        <ul>
          <li>{t('aboutWhatRules')}</li>
          <li>{t('aboutWhatLists')}</li>
          <li>{t('aboutWhatSupport')}</li>
        </ul>
      </section>
      <section aria-labelledby="start">
        <h2 id="start">{t('aboutStartTitle')}</h2>
        <p>{t('aboutStart')}</p>
        <a class="button-link" href={PORTAL_OFFERS} target="_blank" rel="noreferrer" data-testid="open-portal">
          {t('aboutOpenPortal')}
        </a>
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">{t('aboutPrivacyTitle')}</h2>
        <p>{t('aboutPrivacy')}</p>
      </section>
      <section aria-labelledby="help">
        <h2 id="help">{t('aboutHelpTitle')}</h2>
        <p>
          <a href={HELP[uiLocale()]} target="_blank" rel="noreferrer">
            {t('aboutHelpLink')}
          </a>
        </p>
      </section>
      {welcome ? null : <DataToolView />}
    </main>
  );
}
