/**
 * The names that label an element, the way assistive technology finds them (the parts of the ARIA
 * accname rules the portal's controls need): aria-labelledby (several ids, resolved in the element's
 * own tree), aria-label, <label for> and a wrapping <label> (also inside a shadow root), then name
 * from content for the roles that take it, through shadow roots and slots, hidden text excluded.
 *
 * Several candidates, not one: Fluent UI's dropdown names two elements in aria-labelledby (its label
 * and its current value), so each referenced element counts on its own as well as together.
 * (dom-accessibility-api does the full algorithm but weighs 4.5 KB gzipped, 30 % of the content
 * script's budget: see the README.)
 */
import { byIdInTree, composedText } from './composed-tree';

const NAME_FROM_CONTENT = new Set([
  'radio',
  'option',
  'button',
  'tab',
  'cell',
  'gridcell',
  'columnheader',
  'rowheader',
  'heading',
  'menuitem',
  'link',
  'checkbox',
  'switch',
]);
const IMPLICIT_ROLES: Record<string, string> = {
  BUTTON: 'button',
  OPTION: 'option',
  TH: 'columnheader',
  TD: 'cell',
  A: 'link',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
};

export function roleOf(element: Element): string {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0]!;
  if (element.tagName === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return type === 'radio' || type === 'checkbox' ? type : type === 'button' || type === 'submit' ? 'button' : 'textbox';
  }
  return IMPLICIT_ROLES[element.tagName] ?? '';
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export function accessibleNames(element: Element): string[] {
  const names: string[] = [];
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const parts = labelledBy.split(/\s+/).map((id) => {
      const target = byIdInTree(element, id);
      return target ? clean(composedText(target)) : '';
    });
    // The label alone first (what a report shows), then the full name the ids make together.
    names.push(...parts, parts.join(' '));
  }
  names.push(element.getAttribute('aria-label') ?? '');
  const labels = (element as HTMLInputElement).labels;
  if (labels) for (const label of labels) names.push(clean(composedText(label)));
  if (NAME_FROM_CONTENT.has(roleOf(element))) names.push(clean(composedText(element)));
  names.push(element.getAttribute('title') ?? '');
  return [...new Set(names.map(clean).filter((n) => n !== ''))];
}

/** The element's accessible name, or ''. */
export function accessibleName(element: Element): string {
  return accessibleNames(element)[0] ?? '';
}
