/**
 * Content script on partner.microsoft.com: small and framework-free. It recognises the page, places
 * the launcher, tells the panel when the audience page changes, and answers the extension's typed
 * messages. It never listens to the page's postMessage, and never renders page text as HTML.
 */
import browser from 'webextension-polyfill';
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { readAudiencePage } from '../portal/audience/read-audience-page';
import { detectPageKind } from '../portal/page-kind';
import { mountLauncher, type Launcher } from './launcher';
import { watchPage } from './page-watch';

let launcher: Launcher | null = null;
let lastSent = '';

function placeLauncher(wanted: boolean): void {
  if (wanted && (!launcher || !launcher.element.isConnected)) {
    launcher = mountLauncher(document, browser.i18n.getMessage('launcherLabel') || 'CSP Assistant', () => {
      void sendToRuntime({ type: 'open-panel' }).catch((error: unknown) => console.warn('[csp-assistant]', error));
    });
  } else if (!wanted && launcher) {
    launcher.remove();
    launcher = null;
  }
}

function announceAudience(): void {
  const read = readAudiencePage(document, location.href);
  const serialized = JSON.stringify(read);
  if (serialized === lastSent) return;
  lastSent = serialized;
  // No panel open is the common case, not an error.
  sendToRuntime({ type: 'audience-changed', read }).catch(() => undefined);
}

function refresh(): void {
  const { kind } = detectPageKind(document);
  placeLauncher(kind !== 'other');
  if (kind === 'audience') announceAudience();
}

browser.runtime.onMessage.addListener(
  createRouter(
    'content',
    {
      ping: () => ({ ...detectPageKind(document), url: location.href }),
      'read-audience': () => readAudiencePage(document, location.href),
    },
    routerEnvironment(),
  ),
);

refresh();
watchPage(document, refresh);
