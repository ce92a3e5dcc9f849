import { render } from 'preact';
import { App } from './App';
import { messagesReady } from './i18n';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  void messagesReady().then(() => {
    render(<App search={location.search} />, root);
    // User Timing mark: `npm run bench` reads it.
    performance.mark('csp-panel-rendered');
  });
}
