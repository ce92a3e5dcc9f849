/**
 * An in-memory `chrome.storage.local` with `onChanged`, installed as the global `chrome` so storage
 * items can be tested in Node. Values go through structuredClone, as the browser's storage copies them.
 */
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type Listener = (changes: Changes, area: string) => void;

export function installFakeStorage(): Map<string, unknown> {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const emit = (changes: Changes) => {
    for (const l of listeners) l(changes, 'local');
  };
  const local = {
    get: async (keys: string | string[]) =>
      Object.fromEntries(
        [keys]
          .flat()
          .filter((k) => data.has(k))
          .map((k) => [k, structuredClone(data.get(k))]),
      ),
    set: async (values: Record<string, unknown>) => {
      const changes: Changes = {};
      for (const [k, v] of Object.entries(values)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      emit(changes);
    },
    remove: async (keys: string | string[]) => {
      const changes: Changes = {};
      for (const k of [keys].flat()) if (data.delete(k)) changes[k] = {};
      emit(changes);
    },
  };
  const clear = async () => {
    const changes: Changes = Object.fromEntries([...data.keys()].map((k) => [k, { oldValue: data.get(k) }]));
    data.clear();
    emit(changes);
  };
  (globalThis as { chrome?: unknown }).chrome = {
    storage: {
      local: { ...local, clear },
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
    },
  };
  return data;
}
