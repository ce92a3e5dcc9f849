/**
 * Follows one item of extension storage (src/storage): its value, read once and then as it changes, in
 * this panel or any other context. undefined until first read. Data in IndexedDB goes through the
 * worker instead (useStored).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Followed } from '../../storage/storage-item';

export function useStorageItem<T>(item: Followed<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let changed = false;
    let live = true;
    // A change that arrives before the first read is newer than what the read returns.
    const off = item.onChange((next) => {
      changed = true;
      setValue(next);
    });
    void item.get().then((read) => live && !changed && setValue(read));
    return () => {
      live = false;
      off();
    };
  }, [item]);
  return value;
}
