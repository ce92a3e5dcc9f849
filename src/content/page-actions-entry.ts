/**
 * The page-actions driver's door in the portal tab: applying a list, selecting an option, going to a
 * support form's field. Injected by
 * the panel only when it acts on the page, so the content script that every portal page loads stays
 * small; injected into every frame, and the frame that shows the audience page answers. A second
 * injection into the same frame finds it there.
 */
import { ext, listenForMessages } from '../platform/ext';
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { sendToRuntime } from '../messaging/send';
import { applyToPage } from '../portal/audience/apply-partners';
import { chooseOption } from '../portal/audience/choose-option';
import { focusField } from '../portal/support-form/focus-field';
import { isSupportPage } from '../core/portal-page';
import { detectPageKind } from '../portal/page-kind';
import { scanPage } from '../portal/dom/scan-page';

/** How long the portal may take to show one change. */
const STEP_TIMEOUT_MS = 3000;
const LOADED = Symbol.for('csp-assistant.page-actions');
const scope = globalThis as { [LOADED]?: true };

if (!scope[LOADED] && ext.runtime?.id) {
  scope[LOADED] = true;
  let running: AbortController | null = null;

  const router = createRouter(
    'page-actions',
    {
      'apply-partners': async ({ order }) => {
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
      'choose-option': async ({ option }) => ({ chosen: await chooseOption(document, option, STEP_TIMEOUT_MS) }),
      'focus-field': ({ label }) => ({ focused: focusField(document, label) }),
      'cancel-apply': () => {
        running?.abort();
        return { cancelled: running !== null };
      },
    },
    routerEnvironment(),
  );

  const answers = (message: unknown): boolean => {
    const type = typeof message === 'object' && message !== null && 'type' in message ? message.type : null;
    if (type === 'cancel-apply') return running !== null;
    if (type === 'focus-field') return isSupportPage(detectPageKind(scanPage(document), location.href).kind);
    return (type === 'apply-partners' || type === 'choose-option') && detectPageKind(scanPage(document), location.href).kind === 'audience';
  };
  listenForMessages((message, sender) => (answers(message) ? router(message, sender) : undefined));
}
