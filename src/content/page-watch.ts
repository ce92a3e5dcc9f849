/** Calls back when the portal page settles after changes: a debounced MutationObserver, no polling. */
export function watchPage(doc: Document, onSettled: () => void, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  // Form controls change state without touching the DOM tree.
  const onInput = () => {
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  };
  doc.addEventListener('change', onInput, true);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    doc.removeEventListener('change', onInput, true);
  };
}
