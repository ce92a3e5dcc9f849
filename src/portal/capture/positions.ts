/**
 * Where a text stands decides whether a capture may keep it (see capture-page.ts for the rule). Words
 * the portal puts on its controls stand in headings, labels, legends, column headers, buttons, tabs,
 * radios and options; data stands in table and grid cells, in the page header (the signed-in user),
 * in the level-1 heading and the title (the offer's name, a case's title), in fields and in selected
 * values. Data positions are sticky: a button inside a cell holds data, a column header does not.
 */

export const PLAIN = 0;
export const WORD = 1;
/** Inside a table or grid, outside its cells and column headers: data, but a header cell opens words. */
export const GRID = 2;
export const DATA = 3;

/** The texts of one word or data element, judged together: a name split over two spans is one name. */
export interface Group {
  texts: string[];
  kept?: boolean;
}

export interface Position {
  level: number;
  group: Group | null;
}

const CELL_ROLE = /^(?:cell|gridcell|rowheader)$/;
const GRID_ROLE = /^(?:grid|table|treegrid)$/;
const FIELD_ROLE = /^(?:combobox|textbox|searchbox|spinbutton)$/;
const VALUE_TAG = /^(?:h1|title|textarea|datalist|output)$/;
const WORD_TAG = /^(?:h[2-6]|legend|label|button|option|optgroup|summary|dt)$/;
const WORD_ROLE = /^(?:heading|button|tab|menuitem(?:radio|checkbox)?|option|radio|checkbox|switch)$/;

function holdsValue(element: Element, tag: string, role: string): boolean {
  if (VALUE_TAG.test(tag) || FIELD_ROLE.test(role)) return true;
  if (role === 'heading') return element.getAttribute('aria-level') === '1';
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // A selected option is the value the publisher chose; the others are the portal's choices.
  if (tag === 'option') return (element as HTMLOptionElement).selected;
  return role === 'option' && element.getAttribute('aria-selected') === 'true';
}

/**
 * The levels of an element's own attributes and of what it holds, when it changes them (null: both
 * are its parent's). A field or heading holds data, while its own accessible name stays a name.
 */
export function levelsOf(element: Element, outer: number): [own: number, inner: number] | null {
  if (outer === DATA) return null;
  const tag = element.localName;
  const role = (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]!;
  if (tag === 'td' || CELL_ROLE.test(role) || (tag === 'th' && (element.getAttribute('scope') === 'row' || element.closest('tbody'))))
    return [DATA, DATA];
  if (tag === 'th' || tag === 'caption' || role === 'columnheader') return [WORD, WORD];
  // The grid's own name ("Authorized CSP partners") is a control's name; its rows and cells are data.
  if (tag === 'table' || GRID_ROLE.test(role)) return [outer, GRID];
  if (role === 'banner' || (tag === 'header' && !element.closest('article, aside, main, nav, section'))) return [DATA, DATA];
  if (outer === GRID) return null;
  if (holdsValue(element, tag, role)) return [outer, DATA];
  if (WORD_TAG.test(tag) || WORD_ROLE.test(role)) return [outer, WORD];
  return null;
}

export type AttributeKind = 'handler' | 'drop' | 'address' | 'reference' | 'word' | 'code' | 'css' | 'shape';

/** Several addresses in one, a frame's own page (a scrubbed one is written instead), our own marker of where a capture came from. */
const DROPPED = /^(?:srcset|imagesrcset|ping|srcdoc|nonce|integrity|shadowroot.*|data-captured-from)$/;
const ADDRESS = /^(?:href|src|action|formaction|poster|cite|background|data|xlink:href|manifest|longdesc|codebase)$/;
const REFERENCE =
  /^(?:id|for|form|list|headers|itemref|popovertarget|commandfor|anchor|aria-(?:labelledby|describedby|controls|owns|activedescendant|flowto|details|errormessage))$/;
/** Accessible names and hints: words of the portal, judged like a label's text. */
const WORDS = /^(?:aria-(?:label|description|roledescription|placeholder|braillelabel|brailleroledescription)|placeholder|label)$/;
/** The page's code rather than its content: kept, so that the structure, the ARIA states and the icons stay. */
const CODE =
  /^(?:aria-(?!valuetext$).+|role|class|type|name|slot|part|exportparts|lang|dir|rel|method|enctype|autocomplete|inputmode|enterkeyhint|tabindex|colspan|rowspan|span|scope|width|height|size|maxlength|minlength|min|max|step|rows|cols|wrap|charset|media|sizes|target|loading|decoding|crossorigin|referrerpolicy|is|draggable|contenteditable|spellcheck|translate|hidden|disabled|checked|selected|readonly|required|multiple|open|inert|autofocus|novalidate|popover|accept|xmlns(?::.+)?|viewbox|d|points|transform|fill|stroke|stroke-width|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|focusable|preserveaspectratio|version)$/;

/** What an attribute holds, by its name (lower case). Anything not listed is content: replaced by its shape. */
export function attributeKind(name: string): AttributeKind {
  if (name.startsWith('on')) return 'handler';
  if (DROPPED.test(name)) return 'drop';
  if (ADDRESS.test(name)) return 'address';
  if (REFERENCE.test(name)) return 'reference';
  if (WORDS.test(name)) return 'word';
  if (name === 'style') return 'css';
  return CODE.test(name) ? 'code' : 'shape';
}
