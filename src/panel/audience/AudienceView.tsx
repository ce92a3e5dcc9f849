/** The audience tool: what the page shows, and what the rules say about it. */
import type { PortalTab } from '../hooks/use-portal-tab';
import { t } from '../i18n';

export function AudienceView({ tab }: { tab: PortalTab }) {
  if (tab.state !== 'connected' || tab.page.kind !== 'audience') {
    return <p class="empty">{t('audienceOpenPage')}</p>;
  }
  const read = tab.audience;
  if (!read) return <p>{t('reading')}</p>;
  if (!read.ok) {
    return (
      <div class="notice notice--error" role="alert" data-testid="unreadable-page">
        <p>{t('audienceUnreadable')}</p>
        <ul>
          {read.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <section data-testid="audience" aria-label={read.page.offerName}>
      <h2 class="offer__name">{read.page.offerName}</h2>
    </section>
  );
}
