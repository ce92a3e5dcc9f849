/**
 * One typed item of extension storage (in the manner of fregante's webext-storage, in 30 lines rather
 * than a dependency): its key, its default, a valibot check on every read (what storage holds may be
 * from an older version, or damaged), and a change subscription.
 */
import * as v from 'valibot';
import type { Storage } from 'webextension-polyfill';
import { ext } from '../platform/ext';
import type { StorageKey } from './keys';

export interface StorageItem<T> {
  readonly key: StorageKey;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  onChange(listener: (value: T) => void): () => void;
}

/** What a view follows: a value read, and its changes (an item, or a view of one such as the unexpired requests). */
export type Followed<T> = Pick<StorageItem<T>, 'get' | 'onChange'>;

export function storageItem<T>(key: StorageKey, schema: v.GenericSchema<T>, fallback: T): StorageItem<T> {
  const parse = (raw: unknown): T => {
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : fallback;
  };
  return {
    key,
    get: async () => parse((await ext.storage.local.get(key))[key]),
    set: (value) => ext.storage.local.set({ [key]: value }),
    onChange(listener) {
      const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
        if (area === 'local' && key in changes) listener(parse(changes[key]?.newValue));
      };
      ext.storage.onChanged.addListener(handler);
      return () => ext.storage.onChanged.removeListener(handler);
    },
  };
}
