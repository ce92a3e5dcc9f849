/** Asked once per offer when the page does not show its type; the answer is kept with the offer's facts. */
import { OFFER_TYPES, type OfferType } from '../../core/audience';
import { keyPart } from '../../core/i18n/ui-messages';
import { t } from '../i18n';
import { fieldId } from '../steps/field-id';

const ID = fieldId({ kind: 'offer-type' });

const CHOICES = OFFER_TYPES.filter((type): type is Exclude<OfferType, 'unknown'> => type !== 'unknown');

export function OfferTypeControl(props: { value: OfferType | undefined; onChange: (type: OfferType | undefined) => void }) {
  return (
    <div class="live-option" data-testid="offer-type-question">
      <label for={ID}>{t('offerTypeQuestion')}</label>{' '}
      <select
        id={ID}
        value={props.value ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(CHOICES.find((type) => type === value));
        }}
      >
        <option value="">{t('offerTypeChoose')}</option>
        {CHOICES.map((type) => (
          <option key={type} value={type}>
            {t(`offerType_${keyPart(type)}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
