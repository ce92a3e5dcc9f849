/**
 * The support form category the publisher chose for each offer type when the assistant could not
 * tell: proposed first the next time (the form's options are not documented, so its choice teaches us).
 */
import * as v from 'valibot';
import { OFFER_TYPES, type OfferType } from '../core/audience';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const categoryChoices = storageItem(
  STORAGE_KEYS.categoryChoices,
  v.record(v.picklist(OFFER_TYPES), v.string()),
  {} as Partial<Record<OfferType, string>>,
);

export async function rememberCategory(offerType: OfferType, label: string): Promise<void> {
  await categoryChoices.set({ ...(await categoryChoices.get()), [offerType]: label });
}
