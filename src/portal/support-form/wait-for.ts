/** Waits for the page to reach a state, watching its mutations rather than polling. */
export function waitFor<T>(root: Node, probe: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
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
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
