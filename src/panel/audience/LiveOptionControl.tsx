/** The option that is live (published): seen on the page or told by the user, and always correctable. */
import type { AudienceOption, OfferFacts } from '../../core/audience';
import { t } from '../i18n';

export function LiveOptionControl(props: { facts: OfferFacts; onChange: (option: AudienceOption | null) => void }) {
  const value = props.facts.liveOption === null ? '' : String(props.facts.liveOption);
  return (
    <div class="live-option">
      <label for="live-option">{t('liveOptionLabel')}</label>{' '}
      <select
        id="live-option"
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(v === '' ? null : (Number(v) as AudienceOption));
        }}
      >
        <option value="">{t('liveOptionUnknown')}</option>
        <option value="1">{t('option1Short')}</option>
        <option value="2">{t('option2Short')}</option>
        <option value="3">{t('option3Short')}</option>
      </select>{' '}
      <span class="muted">
        {props.facts.liveSource === 'page' ? t('liveSourcePage') : props.facts.liveSource === 'user' ? t('liveSourceUser') : ''}
      </span>
    </div>
  );
}
