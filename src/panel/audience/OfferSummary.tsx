/** The offer the page shows: its name, ID, state and the option selected on the page. */
import type { AudiencePage } from '../../core/audience';
import { t } from '../i18n';
import { optionName } from '../option-name';

export function OfferSummary({ page }: { page: AudiencePage }) {
  return (
    <>
      <h2 id="offer-name">{page.offerName}</h2>
      <dl class="offer">
        <dt>{t('offerId')}</dt>
        <dd class="mono">{page.offerId}</dd>
        <dt>{t('offerState')}</dt>
        <dd>{page.published ? t('published') : t('notPublished')}</dd>
        <dt>{t('selectedOnPage')}</dt>
        <dd data-testid="selected-option">{optionName(page.selectedOption)}</dd>
      </dl>
    </>
  );
}
