/**
 * Content script on partner.microsoft.com: small and framework-free. It recognises the page, places
 * the launcher, and answers the extension's typed messages. It never listens to the page's
 * postMessage, and never renders page text as HTML.
 */
import browser from 'webextension-polyfill';
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { detectPageKind } from '../portal/page-kind';
import { mountLauncher, type Launcher } from './launcher';
import { watchPage } from './page-watch';

let launcher: Launcher | null = null;

function refresh(): void {
  const { kind } = detectPageKind(document);
  const wanted = kind !== 'other';
  if (wanted && (!launcher || !launcher.element.isConnected)) {
    launcher = mountLauncher(document, browser.i18n.getMessage('launcherLabel') || 'CSP Assistant', () => {
      void sendToRuntime({ type: 'open-panel' }).catch((error: unknown) => console.warn('[csp-assistant]', error));
    });
  } else if (!wanted && launcher) {
    launcher.remove();
    launcher = null;
  }
}

browser.runtime.onMessage.addListener(
  createRouter(
    'content',
    {
      ping: () => ({ ...detectPageKind(document), url: location.href }),
    },
    routerEnvironment(),
  ),
);

refresh();
watchPage(document, refresh);
