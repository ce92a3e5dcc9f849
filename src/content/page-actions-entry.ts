/**
 * The page driver in the portal tab: applying a list, selecting an option, going to a support form's
 * field (asked by the panel), filling the support form and capturing the page (asked by the content
 * script, through page-driver.ts). Injected only when the publisher acts on the page, by the panel
 * or by the background, so the content script that every portal page loads stays small; injected into every frame, and only the frame an order names answers it (and refuses when its
 * page no longer shows the offer and table the order was planned on). A second injection into the
 * same frame finds it there.
 */
import { ext, listenForMessages } from '../platform/ext';
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { applyToPage } from '../portal/audience/apply-partners';
import { chooseAudienceOption } from '../portal/audience/choose-option';
import { focusField } from '../portal/support-form/focus-field';
import { isSupportPage } from '../core/portal-page';
import { detectPageKind } from '../portal/page-kind';
import { scanPage } from '../portal/dom/scan-page';
import { readAudiencePage } from '../portal/audience/read-audience-page';
import { targetMismatch, type PageTarget, type TargetMismatch } from '../core/page-target';
import { frameKey } from './frame-key';
import { provideDriver } from './page-driver';
import { fillThisPage, listThisPageDropdowns } from './support-autofill';
import { capturePage } from '../portal/capture/capture-page';

/** How long the portal may take to show one change. */
const STEP_TIMEOUT_MS = 3000;
const LOADED = Symbol.for('csp-assistant.page-actions');
const scope = globalThis as { [LOADED]?: true };

/** The page shown now against the one the order was planned on. */
function pageMismatch(target: PageTarget): TargetMismatch | null {
  const read = readAudiencePage(document, location.href);
  return targetMismatch(target, read.ok ? read.page : null);
}

if (!scope[LOADED] && ext.runtime?.id) {
  scope[LOADED] = true;
  provideDriver({
    fill: fillThisPage,
    listDropdowns: listThisPageDropdowns,
    capture: (kind, read, secrets) => ({ ...capturePage(document, { private: secrets }), kind, read }),
  });
  let running: AbortController | null = null;

  const router = createRouter(
    'page-actions',
    {
      'apply-partners': async ({ order, target }) => {
        const wrongPage = pageMismatch(target);
        if (wrongPage) return { wrongPage };
        if (running) throw new Error('a list is already being applied in this tab');
        const run = new AbortController();
        running = run;
        try {
          return await applyToPage(document, order, {
            signal: run.signal,
            timeoutMs: STEP_TIMEOUT_MS,
            onProgress: (progress) => void sendToRuntime({ type: 'apply-progress', progress }).catch(() => undefined),
          });
        } finally {
          running = null;
        }
      },
      'choose-option': async ({ option, target }) => {
        const wrongPage = pageMismatch(target);
        return wrongPage ? { wrongPage } : { chosen: await chooseAudienceOption(document, option, STEP_TIMEOUT_MS) };
      },
      'focus-field': ({ label }) => ({ focused: focusField(document, label) }),
      'cancel-apply': () => {
        running?.abort();
        return { cancelled: running !== null };
      },
    },
    routerEnvironment(),
    {
      'running-apply': () => running !== null,
      'support-form': () => isSupportPage(detectPageKind(scanPage(document), location.href).kind),
      // An order names the frame it was planned in: only that one answers, whatever the others show.
      'order-target': (message) => 'target' in message && message.target.frame === frameKey(),
    },
  );
  listenForMessages(router);
}
