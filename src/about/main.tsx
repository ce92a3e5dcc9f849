import { render } from 'preact';
import { loadCatalog } from '../core/i18n/ui-messages';
import { t, uiLocale } from '../panel/i18n';
import { AboutPage } from './AboutPage';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = uiLocale();
  const welcome = new URLSearchParams(location.search).has('welcome');
  void loadCatalog(uiLocale()).then(() => {
    document.title = t(welcome ? 'welcomeTitle' : 'aboutTitle');
    render(<AboutPage welcome={welcome} />, root);
  });
}
