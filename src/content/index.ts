/**
 * Content script on partner.microsoft.com: small and framework-free. It recognises the page, places
 * the launcher, tells the panel when the audience page changes, fills the support form when asked,
 * and answers the extension's typed messages. It never listens to the page's postMessage, and never
 * renders page text as HTML.
 */
import browser from 'webextension-polyfill';
import { uiLanguageOf } from '../core/i18n/ui-messages';
import { routerEnvironment } from '../messaging/environment';
import type { PageKind } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { readAudiencePage } from '../portal/audience/read-audience-page';
import { detectPageKind } from '../portal/page-kind';
import { loadPending, onPendingChange, type PendingRequest } from '../storage/pending-request';
import { mountLauncher, type Launcher } from './launcher';
import { launcherWords } from './launcher-words';
import { watchPage } from './page-watch';
import { continuePendingFill, fillThisPage } from './support-autofill';

const words = launcherWords(uiLanguageOf(browser.i18n.getUILanguage()));
let launcher: Launcher | null = null;
let lastSent = '';
let pending: PendingRequest | null = null;
let kind: PageKind = 'other';

const isSupport = (k: PageKind) => k === 'support-request' || k === 'support-details';

function openPanel(): void {
  void sendToRuntime({ type: 'open-panel' }).catch((error: unknown) => console.warn('[csp-assistant]', error));
}

/** A request still to fill, on a support page: then the launcher fills it in one click. */
const fillable = () => isSupport(kind) && pending !== null && pending.stage !== 'done';

/** On the support page with a request waiting, the launcher fills it; elsewhere, or once filled, it opens the panel. */
function onLauncherClick(): void {
  if (fillable() && pending) void fillThisPage({ ...pending, autoFill: true });
  else openPanel();
}

function placeLauncher(): void {
  if (kind === 'other') {
    launcher?.remove();
    launcher = null;
    return;
  }
  if (!launcher || !launcher.element.isConnected) {
    launcher = mountLauncher(document, words.open, onLauncherClick);
  }
  launcher.setLabel(fillable() ? words.fill : words.open);
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
  kind = detectPageKind(document).kind;
  placeLauncher();
  if (kind === 'audience') announceAudience();
  if (isSupport(kind)) void continuePendingFill();
}

browser.runtime.onMessage.addListener(
  createRouter(
    'content',
    {
      ping: () => ({ ...detectPageKind(document), url: location.href }),
      'read-audience': () => readAudiencePage(document, location.href),
      'fill-support': async () => {
        const current = await loadPending();
        if (!current) throw new Error('no support request is waiting');
        const report = await fillThisPage({ ...current, autoFill: true });
        if (!report) throw new Error('this page is not a support request form the assistant recognises');
        return report;
      },
    },
    routerEnvironment(),
  ),
);

onPendingChange((next) => {
  pending = next;
  placeLauncher();
});
void loadPending().then((loaded) => {
  pending = loaded;
  refresh();
});
watchPage(document, refresh);
