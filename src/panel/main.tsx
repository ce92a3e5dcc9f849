import { render } from 'preact';
import { App } from './App';

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = navigator.language;
  render(<App search={location.search} />, root);
  // User Timing mark: `npm run bench` reads it.
  performance.mark('csp-panel-rendered');
}
