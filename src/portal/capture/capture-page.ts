/**
 * "Save this page for a bug report": one static HTML file of the portal page, made locally, for a
 * PUBLIC issue. So it is scrubbed by what is kept, not by what is found: a list of secrets to look
 * for always misses one (a read that failed knows no names; an address can be written many ways).
 *
 * The rule:
 * - Kept: the page's structure — tags, roles, ARIA states, slots, classes, style sheets, the form's
 *   layout and state (values, checks, selections) — with open shadow roots as declarative shadow DOM
 *   (<template shadowrootmode="open">), <template> contents, and same-origin frames inlined as
 *   srcdoc, scrubbed alike.
 * - Kept: the words that explain why a read failed — the texts of headings (not the level-1 heading),
 *   labels, legends, column headers, captions, buttons, tabs, radios, checkboxes and options, and
 *   accessible names (aria-label, placeholder, label; a table's own name) — when such a text holds no
 *   GUID, e-mail address, phone-like number (4 digits or more) or address, and none of the page's
 *   data: the text of a table or grid cell, of the page header (the signed-in user), of the level-1
 *   heading and the title (the offer's name), an input's or a text area's value, a selected value, or
 *   a private string the caller passes (what it read, the request being filled). A whole text that is
 *   one of the portal's words in the vocabulary ("Published", "Remove") is kept wherever it stands;
 *   so is a portal label before a colon ("Offer ID: …"), its value judged on its own.
 * - Replaced, by a placeholder of the same shape (placeholders.ts: x/X, 가, 0, punctuation and spaces
 *   kept; a GUID by a numbered fake GUID, the same each time): every other text and value — cells,
 *   field values, selected values that are not portal words, titles, alt, title and data- attributes,
 *   unknown attributes. ID references are kept when they hold no data, else mapped to ref-N
 *   consistently. Addresses keep only Partner Center's route words (plain lower-case path segments;
 *   the one after offers/, plans/ or products/ names a thing and is replaced); query values and
 *   fragments are replaced.
 * - Removed: scripts, noscript, object/embed, <base>, <meta http-equiv>, on* handlers, srcset, every
 *   address to another host or scheme (javascript:, data:, mailto:…, in src, href, CSS url()), comments.
 * The file's first lines say so, with counts; `summary` lets the publisher check the kept words first.
 */
import type { CaptureSummary } from '../../core/portal-page';
import { ASSISTANT_SELECTOR } from '../portal-constants';
import { attributeKind, DATA, GRID, levelsOf, PLAIN, WORD, type AttributeKind, type Group, type Position } from './positions';
import { Scrubber } from './scrubber';

export interface PageCapture {
  html: string;
  summary: CaptureSummary;
}

export interface CaptureOptions {
  /** Strings known to be private (saved partners' names and tenant IDs, a prepared request's offer): never kept. */
  private?: readonly string[];
}

/** Deferred parts are decided once the whole page (and so all its data) has been seen. */
type Part = string | (() => string);

interface Walk {
  scrub: Scrubber;
  out: Part[];
  /** Data elements whose whole text is data too (a name split over two spans). */
  dataGroups: Group[];
  /** Where each slot of a shadow tree stands: what is slotted into it stands there. */
  slots: WeakMap<Element, Position>;
}

const REMOVED = `script, noscript, noembed, noframes, object, embed, applet, base, meta[http-equiv], ${ASSISTANT_SELECTOR}`;
const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
const XHTML = 'http://www.w3.org/1999/xhtml';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attribute = (name: string, value: string) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
const resolve = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part())).join('');

function writeAttribute(name: string, kind: AttributeKind, value: string, level: number, w: Walk): void {
  const { scrub } = w;
  if (kind === 'handler') scrub.counts.handlers++;
  if (kind === 'handler' || kind === 'drop') return;
  if ((kind === 'word' || kind === 'shape') && level >= GRID) scrub.addData(value);
  w.out.push(() => {
    if (kind === 'address') {
      const address = scrub.address(value);
      if (address === null) scrub.counts.addresses++;
      return address === null ? '' : attribute(name, address);
    }
    if (kind === 'css') return attribute(name, scrub.css(value));
    if (kind === 'reference') return attribute(name, scrub.reference(value));
    if (kind === 'code') return attribute(name, scrub.code(value));
    return attribute(name, scrub.text(value, kind === 'word' && level < GRID ? { texts: [value] } : null));
  });
}

/** Attributes, and the live state of a form control written as attributes (what the publisher saw). */
function writeAttributes(element: Element, level: number, w: Walk): void {
  const tag = element.localName;
  const input = tag === 'input' ? (element as HTMLInputElement) : null;
  for (const { name, value } of element.attributes) {
    const lower = name.toLowerCase();
    if ((input && (lower === 'value' || lower === 'checked')) || (tag === 'option' && lower === 'selected')) continue;
    writeAttribute(name, attributeKind(lower), value, level, w);
  }
  if (tag === 'option' && (element as HTMLOptionElement).selected) w.out.push(' selected');
  if (!input) return;
  const { type, value } = input;
  if (type === 'checkbox' || type === 'radio') {
    if (input.checked) w.out.push(' checked');
    if (input.hasAttribute('value')) writeAttribute('value', 'shape', value, level, w);
  } else if (type === 'button' || type === 'submit' || type === 'reset') {
    if (value) writeAttribute('value', 'word', value, level, w);
  } else if (type !== 'password' && type !== 'file' && value) {
    w.scrub.addData(value);
    writeAttribute('value', 'shape', value, level, w);
  }
}

/** A same-origin frame's page, scrubbed the same way, as the frame's srcdoc. */
function writeFrame(frame: HTMLIFrameElement, w: Walk): void {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    // Another origin: its page is not ours to read, and its src is dropped with the other hosts.
  }
  if (!doc?.body?.firstChild) return;
  w.scrub.counts.frames++;
  const inner: Walk = { ...w, out: [] };
  writeDocument(doc, inner);
  w.out.push(() => attribute('srcdoc', resolve(inner.out)));
}

function writeText(text: string, at: Position, w: Walk): void {
  if (at.level >= GRID) w.scrub.addData(text);
  else if (at.level !== WORD) w.scrub.addPlain(text);
  at.group?.texts.push(text);
  w.out.push(() => escapeText(w.scrub.text(text, at.level === WORD ? at.group : null)));
}

function writeChildren(parent: Node, at: Position, w: Walk, slotted?: (node: Node) => Position | undefined): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    const position = slotted?.(child) ?? at;
    if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) writeText((child as Text).data, position, w);
    else if (child.nodeType === Node.ELEMENT_NODE) writeElement(child as Element, position, w);
    else if (child.nodeType === Node.COMMENT_NODE) w.scrub.counts.comments++;
  }
}

/** A shadow host's light children stand where their slot stands in its shadow tree. */
function slotPositions(shadow: ShadowRoot, w: Walk): (node: Node) => Position | undefined {
  const byName = new Map<string, Position | undefined>();
  for (const slot of shadow.querySelectorAll('slot')) {
    const name = slot.getAttribute('name') ?? '';
    if (!byName.has(name)) byName.set(name, w.slots.get(slot));
  }
  return (node) => byName.get(node.nodeType === Node.ELEMENT_NODE ? ((node as Element).getAttribute('slot') ?? '') : '');
}

function writeElement(element: Element, at: Position, w: Walk): void {
  if (element.matches(REMOVED)) {
    w.scrub.counts.removed++;
    return;
  }
  const tag = element.localName;
  const levels = levelsOf(element, at.level);
  // An element that changes where its content stands starts a group of its own.
  const inner: Position = levels ? { level: levels[1], group: { texts: [] } } : at;
  if (levels?.[1] === DATA) w.dataGroups.push(inner.group!);
  if (tag === 'slot') w.slots.set(element, inner);
  w.out.push(`<${tag}`);
  writeAttributes(element, levels ? levels[0] : at.level, w);
  const doc = element.ownerDocument;
  if (element === doc.documentElement) {
    const href = doc.location?.href ?? '';
    w.out.push(() => {
      const address = w.scrub.address(href);
      return address ? attribute('data-captured-from', address) : '';
    });
  }
  if (tag === 'iframe') writeFrame(element as HTMLIFrameElement, w);
  w.out.push('>');
  const html = element.namespaceURI === XHTML;
  if (html && VOID.test(tag)) return;
  const shadow = element.shadowRoot;
  if (shadow) {
    w.out.push(`<template shadowrootmode="open"${shadow.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>`);
    writeChildren(shadow, inner, w);
    w.out.push('</template>');
  }
  if (html && tag === 'textarea') {
    const { value } = element as HTMLTextAreaElement;
    w.scrub.addData(value);
    w.out.push(() => escapeText(w.scrub.text(value, null)));
  } else if (html && tag === 'style') {
    const css = element.textContent ?? '';
    w.out.push(() => w.scrub.css(css).replace(/<\/(style)/gi, '<\\/$1'));
  } else if (html && tag === 'template') {
    writeChildren((element as HTMLTemplateElement).content, inner, w);
  } else if (tag !== 'iframe') {
    writeChildren(element, inner, w, shadow ? slotPositions(shadow, w) : undefined);
  }
  w.out.push(`</${tag}>`);
}

function writeDocument(doc: Document, w: Walk): void {
  w.out.push('<!doctype html>\n');
  writeElement(doc.documentElement, { level: PLAIN, group: null }, w);
}

function header(scrub: Scrubber): string {
  const c = scrub.counts;
  return [
    '<!--',
    'CSP Audience Assistant: a copy of a Partner Center page for a bug report, scrubbed on this computer. Nothing was sent anywhere.',
    `Kept: the page's structure (tags, roles, ARIA, slots, open shadow roots as <template shadowrootmode>, form state) and ${c.kept} texts`,
    "  that are the portal's words: headings, labels, column headers, buttons, options and accessible names that hold no ID,",
    "  e-mail address, number, address or text of the page's data (cells, fields, selected values, page header, title).",
    `Replaced by placeholders of the same shape (letters x or X, Hangul 가, digits 0; spaces and punctuation kept): ${c.replaced} texts and values,`,
    `  ${scrub.guids.count} GUIDs (numbered fake GUIDs 00000000-0000-0000-0000-000000000001 and on), ${c.references} ID references (ref-N).`,
    "  Addresses keep only Partner Center's route words.",
    `Removed: ${c.removed} scripts and embedded objects, ${c.handlers} event handlers, ${c.addresses} addresses to other hosts or schemes, ${c.comments} comments.`,
    `Same-origin frames inlined (scrubbed alike): ${c.frames}.`,
    '-->',
    '',
  ].join('\n');
}

/** The page as a scrubbed HTML file (a BOM first: opened from disk, Korean text must not depend on a late <meta charset>). */
export function capturePage(doc: Document, options: CaptureOptions = {}): PageCapture {
  const scrub = new Scrubber(options.private ?? []);
  const w: Walk = { scrub, out: [], dataGroups: [], slots: new WeakMap() };
  writeDocument(doc, w);
  for (const group of w.dataGroups) scrub.addData(group.texts.join(''));
  const page = resolve(w.out);
  return {
    html: `\ufeff${header(scrub)}${page}\n`,
    summary: { kept: scrub.counts.kept, replaced: scrub.counts.replaced, words: [...scrub.words] },
  };
}
