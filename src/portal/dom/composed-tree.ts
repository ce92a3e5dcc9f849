/**
 * The page as a user sees it: the composed tree, through open shadow roots and <slot>s. Partner
 * Center's controls are web components with open shadow roots (SPEC §7), so every lookup of the
 * portal drivers goes through here rather than through a plain querySelector.
 */

/** Every open shadow root at or below `root`, outermost first. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) {
        found.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  const own = (root as Element).shadowRoot;
  if (own) {
    found.push(own);
    visit(own);
  }
  visit(root);
  return found;
}

/** querySelectorAll over `root` and every open shadow root below it (light DOM first). */
export function deepQueryAll<E extends Element = Element>(root: ParentNode, selector: string, shadowRoots = openShadowRoots(root)): E[] {
  const out = [...root.querySelectorAll<E>(selector)];
  for (const shadow of shadowRoots) out.push(...shadow.querySelectorAll<E>(selector));
  return out;
}

/** The parent in the rendered (flat) tree: a slotted element's slot, a shadow root's host. */
export function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

/** Like Element.closest, in the rendered tree: through slots and out of shadow roots to their hosts. */
export function flatClosest(element: Element, test: (e: Element) => boolean): Element | null {
  for (let e: Element | null = element; e; e = flatParent(e)) if (test(e)) return e;
  return null;
}

/** The element with this id in the same tree (document or shadow root) as `from`. */
export function byIdInTree(from: Node, id: string): Element | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The text of a node as rendered: a shadow host's shadow tree stands in for its children, a <slot>
 * for what is assigned to it (or its fallback), and hidden subtrees (hidden, aria-hidden) count for
 * nothing. Whitespace is not normalised here. Written for speed (a 2,000-row grid is read with it):
 * few DOM calls per node, and a leaf's text in one.
 */
export function composedText(node: Node): string {
  // Node types and tag names, not instanceof: a frame's nodes come from another realm.
  const type = node.nodeType;
  if (type !== Node.ELEMENT_NODE) return type === Node.TEXT_NODE ? (node.nodeValue ?? '') : '';
  const element = node as Element;
  const tag = element.tagName;
  if (tag === 'SLOT') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    let text = '';
    for (const child of assigned.length > 0 ? assigned : element.childNodes) text += composedText(child);
    return text;
  }
  if (
    SKIPPED.has(tag) ||
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true'
  )
    return '';
  const shadow = element.shadowRoot;
  // A leaf's text is its textContent: the common case (a table cell, a slotted span), read in one call.
  if (!shadow && element.firstElementChild === null) return element.textContent ?? '';
  let text = '';
  for (let child = (shadow ?? element).firstChild; child; child = child.nextSibling) text += composedText(child);
  return text;
}
