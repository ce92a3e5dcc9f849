/** The page's own controls, found by their accessible names in the composed tree; the assistant's launcher is never one of them. */
import { matches, type VocabularyKey } from '../../core/vocabulary';
import { ASSISTANT_SELECTOR } from '../portal-constants';
import { accessibleNames } from './accessible-name';
import { deepQueryAll, flatClosest } from './composed-tree';

export const BUTTONS = 'button, [role="button"], input[type="button"]';

/** Inside the assistant's own elements (the launcher), not the portal's. */
export const isOurs = (element: Element): boolean => flatClosest(element, (e) => e.matches(ASSISTANT_SELECTOR)) !== null;

/** The page's buttons one of whose names is this vocabulary entry (or matches it the way `match` says). */
export function namedButtons(
  root: ParentNode,
  key: VocabularyKey,
  match: (key: VocabularyKey, name: string) => boolean = matches,
  selector = BUTTONS,
): HTMLElement[] {
  return deepQueryAll<HTMLElement>(root, selector).filter((b) => !isOurs(b) && accessibleNames(b).some((name) => match(key, name)));
}
