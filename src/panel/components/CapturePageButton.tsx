/**
 * Saves the portal page beside the panel as a scrubbed HTML file, for a bug report (see
 * portal/capture): the portal tab makes it, the publisher checks what it keeps, then saves it.
 * What the file replaces is said after the first saves, until the publisher dismisses it once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Replies } from '../../messaging/protocol';
import { sendToTab } from '../../messaging/send';
import { errorText } from '../error-text';
import { t } from '../i18n';
import { download } from '../lists/download';
import { LazyTool } from '../lazy-tool';
import { captureNoticeDismissed } from '../../storage/capture-notice';

// Loaded when a capture is made: every panel shows the button, few ever press it.
const loadReview = () => import('./CaptureReview').then((m) => m.CaptureReview);

export function CapturePageButton({ tabId }: { tabId: number }) {
  const [capture, setCapture] = useState<Replies['capture-page'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [noteDismissed, setNoteDismissed] = useState(true);
  useEffect(() => void captureNoticeDismissed.get().then(setNoteDismissed), []);
  const trigger = useRef<HTMLButtonElement>(null);

  async function start() {
    setStatus(null);
    setBusy(true);
    try {
      setCapture(await sendToTab(tabId, { type: 'capture-page' }));
    } catch (error) {
      setStatus({ ok: false, text: t('captureFailed', errorText(error)) });
    } finally {
      setBusy(false);
    }
  }

  function close(saved: Replies['capture-page'] | null) {
    if (saved) {
      const file = `partner-center-${saved.kind}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.html`;
      download(file, saved.html, 'text/html');
      setStatus({ ok: true, text: t('captureSaved', file) });
    }
    setCapture(null);
    trigger.current?.focus();
  }

  return (
    <div class="capture" data-testid="capture-page">
      <button type="button" class="link" ref={trigger} disabled={busy} aria-expanded={capture !== null} onClick={() => void start()}>
        {t('captureButton')}
      </button>
      {capture ? (
        <LazyTool load={loadReview} props={{ summary: capture.summary, onSave: () => close(capture), onCancel: () => close(null) }} />
      ) : null}
      {status ? (
        <div role="status" class={status.ok ? 'notice capture__status' : 'notice notice--error capture__status'}>
          <p>
            {status.text}
            {status.ok && !noteDismissed ? ` ${t('captureSavedNote')}` : ''}
          </p>
          <button
            type="button"
            class="icon"
            aria-label={t('dismiss')}
            onClick={() => {
              if (status.ok && !noteDismissed) {
                setNoteDismissed(true);
                void captureNoticeDismissed.set(true);
              }
              setStatus(null);
              trigger.current?.focus();
            }}
          >
            ✕
          </button>
        </div>
      ) : null}
    </div>
  );
}
