/**
 * The options an open combobox offers, wherever the page puts them: in the listbox it controls (in
 * its own tree, or slotted into it from the light DOM, as web components do), or in a layer at the
 * end of <body> (Fluent UI), possibly inside open shadow roots; only visible ones there, since other
 * fields may keep their options in the page while closed.
 */
import { byIdInTree, deepQueryAll } from '../dom/composed-tree';
import { isOurs } from '../dom/page-controls';

const OPTION = '[role="option"]';

function optionsIn(list: Element): HTMLElement[] {
  const found = [...list.querySelectorAll<HTMLElement>(OPTION)];
  for (const slot of list.querySelectorAll('slot')) {
    for (const assigned of slot.assignedElements({ flatten: true })) {
      if (assigned.matches(OPTION)) found.push(assigned as HTMLElement);
      found.push(...assigned.querySelectorAll<HTMLElement>(OPTION));
    }
  }
  return found;
}

export function listedOptions(trigger: HTMLElement): HTMLElement[] {
  const listId = trigger.getAttribute('aria-controls') ?? trigger.getAttribute('aria-owns');
  const list = listId ? byIdInTree(trigger, listId) : null;
  // A list of its own may still be empty (options arrive late): never borrow another field's options.
  if (list) return optionsIn(list);
  return deepQueryAll<HTMLElement>(trigger.ownerDocument, OPTION).filter(
    (o) => !isOurs(o) && o.checkVisibility({ visibilityProperty: true }),
  );
}
