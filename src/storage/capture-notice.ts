/** Whether the publisher has dismissed the note on what a saved page capture replaces: shown until then, and only then. */
import * as v from 'valibot';
import { STORAGE_KEYS } from './keys';
import { storageItem } from './storage-item';

export const captureNoticeDismissed = storageItem(STORAGE_KEYS.captureNoticeDismissed, v.boolean(), false);
