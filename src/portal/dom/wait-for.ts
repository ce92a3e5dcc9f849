/**
 * Waits for the page to reach a state, watching its mutations rather than polling: in the document
 * and in every open shadow root, where web components keep their state.
 */
import { openShadowRoots } from './composed-tree';

export function waitFor<T>(doc: Document, probe: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const first = probe();
  if (first) return Promise.resolve(first);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value) finish(value);
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(value: T | null) {
      clearTimeout(timer);
      observer.disconnect();
      resolve(value);
    }
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    for (const root of [doc.documentElement, ...openShadowRoots(doc)]) observer.observe(root, options);
  });
}
