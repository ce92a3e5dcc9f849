/** Why a page action was not carried out, in the publisher's words. */
import { keyPart } from '../../core/i18n/ui-messages';
import type { TargetMismatch } from '../../core/page-target';
import { t } from '../i18n';

export const wrongPageText = (mismatch: TargetMismatch): string => t(`wrongPage_${keyPart(mismatch)}`);
