/** The list the publisher last chose in the lists tool: shown again when the panel opens. */
import * as v from 'valibot';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const lastList = storageItem(STORAGE_KEYS.lastList, v.nullable(v.string()), null as string | null);
