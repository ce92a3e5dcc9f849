/** An audience option's short name in the UI language; "unknown" when there is none. */
import type { AudienceOption } from '../core/audience';
import { t } from './i18n';

export const optionName = (o: AudienceOption | null): string => (o === null ? t('liveOptionUnknown') : t(`option${o}Short`));
