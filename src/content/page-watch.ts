/**
 * Calls back when the portal page settles after changes: a MutationObserver (on the document and on
 * the open shadow roots the last callback reported) with a debounce, and a maximum wait, so that a
 * page that never stops changing (an animation touching a node every frame) is still read twice a
 * second instead of never. No polling: a quiet page costs nothing.
 *
 * The first callback waits for the page to be idle, no longer than a change's debounce: the script
 * starts as the page finishes loading, when its main thread is still busy with the page's own work
 * (and its garbage), and the first read of a large page cost half again as much then. Waiting longer
 * gained the read nothing and delayed every page's launcher and a support form's next fill.
 * `onFirstSettled` follows that first callback.
 */
export function watchPage(
  doc: Document,
  onSettled: () => ShadowRoot[],
  { debounceMs = 150, maxWaitMs = 400, onFirstSettled }: { debounceMs?: number; maxWaitMs?: number; onFirstSettled?: () => void } = {},
): () => void {
  const options = { subtree: true, childList: true, attributes: true, characterData: true };
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | null = null;
  /** The idle callback that makes the first read, until it (or a change before it) has. */
  let firstRead: number | null = null;

  const settle = () => {
    clearTimeout(timer);
    timer = undefined;
    firstChangeAt = null;
    for (const root of onSettled()) {
      if (!watched.has(root)) {
        watched.add(root);
        observer.observe(root, options);
      }
    }
    if (firstRead !== null) {
      cancelIdleCallback(firstRead);
      firstRead = null;
      onFirstSettled?.();
    }
  };
  const changed = () => {
    const now = performance.now();
    firstChangeAt ??= now;
    clearTimeout(timer);
    const wait = Math.min(debounceMs, Math.max(0, firstChangeAt + maxWaitMs - now));
    timer = setTimeout(settle, wait);
  };

  const observer = new MutationObserver(changed);
  observer.observe(doc.documentElement, options);
  // Form controls change state without touching the DOM tree; `input` also crosses shadow roots.
  doc.addEventListener('change', changed, true);
  doc.addEventListener('input', changed, true);
  firstRead = requestIdleCallback(settle, { timeout: debounceMs });
  return () => {
    if (firstRead !== null) cancelIdleCallback(firstRead);
    clearTimeout(timer);
    observer.disconnect();
    doc.removeEventListener('change', changed, true);
    doc.removeEventListener('input', changed, true);
  };
}
