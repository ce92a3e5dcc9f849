/** A disclosure's button: once what it opened closes (saved, cancelled, Escape), focus goes back to it, not to the page's start. */
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useReturnFocus(open: boolean) {
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return button;
}
