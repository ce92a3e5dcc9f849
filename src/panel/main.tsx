import { render } from 'preact';
import { App } from './App';
import { t, uiLocale } from './i18n';

const root = document.getElementById('app');
if (root) {
  // The UI's language, which the text is in (and which :lang() styles follow).
  document.documentElement.lang = uiLocale();
  document.title = t('appName');
  render(<App search={location.search} />, root);
  // User Timing mark: `npm run bench` reads it.
  performance.mark('csp-panel-rendered');
}
