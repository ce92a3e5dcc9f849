/**
 * One pass over the composed tree (document and open shadow roots) that collects what the page
 * readers look at: headings, the current navigation item, radios, grids, form fields, frames, and the short texts of leaf elements (labels, badges,
 * "Label: value" lines). Grids are collected but not entered — a partner table of 2,000 rows is read
 * once, by the grid reader — which keeps a read of a large page within a few milliseconds.
 */
import { ASSISTANT_SELECTOR } from '../portal-constants';
const HEADING = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
const RADIO = 'input[type="radio"], [role="radio"]';
const GRID = 'table, [role="grid"], [role="table"], [role="treegrid"]';
const FIELD = 'select, [role="combobox"], input, textarea';
/** The item a navigation marks as the page shown (the offer's left navigation). */
const CURRENT = '[aria-current="page"], [aria-current="true"]';
const SKIP = `script, style, template, noscript, svg, ${ASSISTANT_SELECTOR}`;
/** Longer texts are prose, not labels or badges. */
const MAX_LEAF_TEXT = 160;

export interface PageScan {
  headings: Element[];
  /** Navigation items marked as the current page. */
  current: Element[];
  radios: HTMLElement[];
  grids: Element[];
  /** Form controls (selects, comboboxes, inputs, text areas). */
  fields: HTMLElement[];
  /** Frames, whose documents the scan does not enter. */
  frames: HTMLIFrameElement[];
  /** Elements without element children whose text is short, and that text (same index). */
  leaves: Element[];
  leafTexts: string[];
  shadowRoots: ShadowRoot[];
}

export function scanPage(doc: Document): PageScan {
  const scan: PageScan = {
    headings: [],
    current: [],
    radios: [],
    grids: [],
    fields: [],
    frames: [],
    leaves: [],
    leafTexts: [],
    shadowRoots: [],
  };
  const pending: Node[] = [doc.body ?? doc.documentElement];
  while (pending.length > 0) {
    const root = pending.pop()!;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode(node) {
        const element = node as Element;
        if (element.matches(SKIP)) return NodeFilter.FILTER_REJECT;
        if (element.matches(GRID)) {
          scan.grids.push(element);
          return NodeFilter.FILTER_REJECT;
        }
        const shadow = element.shadowRoot;
        if (shadow) {
          scan.shadowRoots.push(shadow);
          // A web component that renders a grid: its light children are the grid's slotted cells.
          const grid = shadow.querySelector(GRID);
          if (grid) {
            scan.grids.push(grid);
            return NodeFilter.FILTER_REJECT;
          }
          pending.push(shadow);
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (element.matches(HEADING)) scan.headings.push(element);
      else if (element.matches(CURRENT)) scan.current.push(element);
      if (element.matches(RADIO)) scan.radios.push(element as HTMLElement);
      else if (element.matches(FIELD)) scan.fields.push(element as HTMLElement);
      if (element.tagName === 'IFRAME') scan.frames.push(element as HTMLIFrameElement);
      if (element.childElementCount === 0) {
        const text = element.textContent ?? '';
        if (text.length <= MAX_LEAF_TEXT && text.trim() !== '') {
          scan.leaves.push(element);
          scan.leafTexts.push(text);
        }
      }
    }
  }
  return scan;
}
