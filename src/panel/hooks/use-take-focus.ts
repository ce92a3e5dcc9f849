/**
 * Focus follows the work: when a result appears and the control that started it has gone (the page
 * re-rendered it away, or the tool changed), focus moves to the result instead of dropping to the top
 * of the page. Focus the publisher put somewhere else is left where it is.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

export function useTakeFocus(ref: RefObject<HTMLElement>, when: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the result it is given changes.
  useLayoutEffect(() => {
    const active = ref.current?.ownerDocument.activeElement;
    if (when && (!active || active === ref.current?.ownerDocument.body)) ref.current?.focus();
  }, [when]);
}
