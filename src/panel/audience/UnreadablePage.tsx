/** An audience page the assistant could not read: what it missed, and a way to send us the page. */
import type { MissingPart } from '../../core/portal-page';
import { keyPart } from '../../core/i18n/ui-messages';
import { CapturePageButton } from '../components/CapturePageButton';
import { t } from '../i18n';

export function UnreadablePage({ missing, tabId }: { missing: readonly MissingPart[]; tabId: number }) {
  return (
    <div class="notice notice--error" role="alert" data-testid="unreadable-page">
      <p>{t('audienceUnreadable')}</p>
      <ul>
        {missing.map((m) => (
          <li key={m}>{t(`missing_${keyPart(m)}`)}</li>
        ))}
      </ul>
      <CapturePageButton tabId={tabId} />
    </div>
  );
}
