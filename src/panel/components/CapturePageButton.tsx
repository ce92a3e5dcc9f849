/** Saves the portal page beside the panel as a scrubbed HTML file, for a bug report (see portal/capture). */
import { errorText } from '../error-text';
import { useState } from 'preact/hooks';
import { sendToTab } from '../../messaging/send';
import { t } from '../i18n';
import { download } from '../lists/download';

export function CapturePageButton({ tabId }: { tabId: number }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function capture() {
    try {
      const { html, kind } = await sendToTab(tabId, { type: 'capture-page' });
      const file = `partner-center-${kind}-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.html`;
      download(file, html, 'text/html');
      setStatus({ ok: true, text: t('captureSaved', file) });
    } catch (error) {
      setStatus({ ok: false, text: t('captureFailed', errorText(error)) });
    }
  }

  return (
    <div class="capture" data-testid="capture-page">
      <button type="button" class="link" onClick={() => void capture()}>
        {t('captureButton')}
      </button>
      {status ? (
        <p role="status" class={status.ok ? 'muted' : 'notice notice--error'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
