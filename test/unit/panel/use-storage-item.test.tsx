// @vitest-environment happy-dom
/** The panel's one way to follow extension storage: the value read, then each change, a change never overwritten by an older read. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useStorageItem } from '../../../src/panel/hooks/use-storage-item';
import type { Followed } from '../../../src/storage/storage-item';

/** An item whose first read the test answers when it wants, and whose changes it sends. */
function controlledItem<T>() {
  const listeners = new Set<(value: T) => void>();
  let answer: (value: T) => void = () => undefined;
  const item: Followed<T> = {
    get: () => new Promise<T>((resolve) => (answer = resolve)),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    item,
    read: (value: T) => answer(value),
    change: (value: T) => {
      for (const listener of listeners) listener(value);
    },
    listeners,
  };
}

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
});

function Show<T>({ item }: { item: Followed<T> }) {
  const value = useStorageItem(item);
  return <p>{value === undefined ? 'loading' : String(value)}</p>;
}

describe('useStorageItem', () => {
  it('shows the value read, then each change, and stops listening when unmounted', async () => {
    const { item, read, change, listeners } = controlledItem<string>();
    root = document.createElement('div');
    await act(() => render(<Show item={item} />, root!));
    expect(root.textContent).toBe('loading');
    await act(async () => read('first'));
    expect(root.textContent).toBe('first');
    await act(() => change('second'));
    expect(root.textContent).toBe('second');
    await act(() => render(null, root!));
    expect(listeners.size).toBe(0);
  });

  it('keeps a change that came before the first read answered', async () => {
    const { item, read, change } = controlledItem<string>();
    root = document.createElement('div');
    await act(() => render(<Show item={item} />, root!));
    await act(() => change('newer'));
    await act(async () => read('older'));
    expect(root.textContent).toBe('newer');
  });
});
