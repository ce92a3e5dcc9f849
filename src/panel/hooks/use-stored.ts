/**
 * Reads stored data through the worker and reads it again whenever any panel's worker says it
 * changed: two panels open at once stay in step without a reload.
 */
import { errorText } from '../error-text';
import { useEffect, useState } from 'preact/hooks';
import { CHANGE_CHANNEL, type ChangeEvent } from '../../worker/change-feed';
import { onStorageFailure } from '../worker-client';

export type Stored<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: string };

export function useStored<T>(load: () => Promise<T>, on: ChangeEvent['type'], deps: unknown[]): Stored<T> {
  const [stored, setStored] = useState<Stored<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const refresh = () =>
      load().then(
        (value) => live && setStored({ state: 'ready', value }),
        (error: unknown) => live && setStored({ state: 'failed', error: errorText(error) }),
      );
    const channel = new BroadcastChannel(CHANGE_CHANNEL);
    channel.onmessage = (event: MessageEvent<ChangeEvent>) => {
      if (event.data.type === on) void refresh();
    };
    // A restarted worker serves the same database: read it again.
    const offFailure = onStorageFailure(() => void refresh());
    void refresh();
    return () => {
      live = false;
      channel.close();
      offFailure();
    };
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the loader depends on, as with useEffect.
  }, deps);
  return stored;
}
