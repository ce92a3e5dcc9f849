/**
 * A tool loaded when it is first opened: the panel's first paint carries only what the audience tool
 * needs (SPEC §5: panel.first-render-ms), and the other tools' code follows on demand, once.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from './i18n';

type Loader<P> = () => Promise<ComponentType<P>>;
const loading = new Map<Loader<never>, Promise<ComponentType<never>>>();
/** Tools already loaded: opened again, they render at once. */
const ready = new Map<Loader<never>, ComponentType<never>>();

export function loadOnce<P>(load: Loader<P>): Promise<ComponentType<P>> {
  let promise = loading.get(load as Loader<never>) as Promise<ComponentType<P>> | undefined;
  if (!promise) {
    promise = load().then((component) => {
      ready.set(load as Loader<never>, component as ComponentType<never>);
      return component;
    });
    loading.set(load as Loader<never>, promise as Promise<ComponentType<never>>);
  }
  return promise;
}

export function LazyTool<P extends object>({ load, props }: { load: Loader<P>; props: P }) {
  const [Tool, setTool] = useState<ComponentType<P> | null>(
    () => (ready.get(load as Loader<never>) as ComponentType<P> | undefined) ?? null,
  );
  useEffect(() => {
    if (Tool) return;
    let live = true;
    void loadOnce(load).then((component) => live && setTool(() => component));
    return () => {
      live = false;
    };
  }, [load, Tool]);
  return Tool ? <Tool {...props} /> : <p role="status">{t('reading')}</p>;
}
