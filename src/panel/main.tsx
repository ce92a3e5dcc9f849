import { render } from 'preact';
import { App } from './App';
import { loadCatalog } from '../core/i18n/ui-messages';
import { t, uiLocale } from './i18n';

const root = document.getElementById('app');
if (root) {
  // The UI's language, which the text is in (and which :lang() styles follow).
  document.documentElement.lang = uiLocale();
  void loadCatalog(uiLocale()).then(() => {
    document.title = t('appName');
    render(<App search={location.search} />, root);
    // User Timing mark: `npm run bench` reads it.
    performance.mark('csp-panel-rendered');
    // After the first paint: requests past their two hours are deleted (README, Privacy).
    void import('../storage/retention').then((m) => m.deleteExpiredRequests());
  });
}
