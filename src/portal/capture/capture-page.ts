/**
 * A page the assistant misreads, as evidence: one static HTML file of the audience page or support
 * form, its open shadow roots written as declarative shadow DOM, the state of its form controls
 * written into attributes, its scripts removed, and what identifies anyone scrubbed (tenant IDs,
 * e-mail addresses, partner and offer names, the offer ID). Made locally; the panel downloads it,
 * nothing is sent anywhere. `test/fixtures/portal/` runs the drivers on every such file.
 */
import { GUID_SOURCE } from '../../core/tenant-id';
import { deepQueryAll, openShadowRoots } from '../dom/composed-tree';
import { ASSISTANT_SELECTOR } from '../portal-constants';

export interface CaptureSecrets {
  /** Names to replace (partners, the offer), longest first is not required. */
  names: string[];
  offerId: string | null;
}

const GUID = new RegExp(GUID_SOURCE, 'gi');
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const CONTROLS = 'input, textarea, select, option';
const REMOVED = `script, noscript, iframe, object, embed, ${ASSISTANT_SELECTOR}`;

/** Attributes carry the live state of the form, so that the file shows what the user saw. */
function writeFormState(live: Document, copy: Document): void {
  const from = deepQueryAll<HTMLElement>(live, CONTROLS);
  const to = deepQueryAll<HTMLElement>(copy, CONTROLS);
  if (from.length !== to.length) return;
  from.forEach((source, index) => {
    const target = to[index]!;
    if (source.tagName === 'OPTION') target.toggleAttribute('selected', (source as HTMLOptionElement).selected);
    else if (source.tagName === 'SELECT') return;
    else if (source.tagName === 'TEXTAREA') target.textContent = (source as HTMLTextAreaElement).value;
    else {
      const input = source as HTMLInputElement;
      if (input.type === 'radio' || input.type === 'checkbox') target.toggleAttribute('checked', input.checked);
      else if (input.type !== 'file' && input.type !== 'password') target.setAttribute('value', input.value);
    }
  });
}

function makeScrubber(secrets: CaptureSecrets): (text: string) => string {
  const guids = new Map<string, string>();
  const fakeGuid = (guid: string) => {
    const key = guid.toLowerCase();
    if (!guids.has(key)) guids.set(key, `00000000-0000-4000-8000-${String(guids.size + 1).padStart(12, '0')}`);
    return guids.get(key)!;
  };
  const names = [...new Set(secrets.names.map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
  const replacements: [string, string][] = names.map((name, index) => [name, `Name ${index + 1}`]);
  if (secrets.offerId) replacements.push([secrets.offerId, 'captured-offer']);
  return (text) => {
    let out = text.replace(GUID, fakeGuid).replace(EMAIL, 'person@example.com');
    for (const [secret, stand] of replacements) if (out.includes(secret)) out = out.split(secret).join(stand);
    return out;
  };
}

function scrubTree(copy: Document, scrub: (text: string) => string): void {
  for (const root of [copy.documentElement, ...openShadowRoots(copy)]) {
    const walker = copy.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = scrub(node.nodeValue ?? '');
  }
  for (const element of deepQueryAll(copy, '*')) {
    for (const attribute of [...element.attributes]) {
      const scrubbed = scrub(attribute.value);
      if (scrubbed !== attribute.value) element.setAttribute(attribute.name, scrubbed);
    }
  }
}

export function capturePage(doc: Document, secrets: CaptureSecrets): string {
  const html = doc.documentElement.getHTML({ shadowRoots: openShadowRoots(doc) });
  // An inert copy to scrub (the live page is never touched): parsed from the page's own serialization,
  // into a document that runs no script and shows nothing; declarative shadow roots come back attached.
  const copy = Document.parseHTMLUnsafe(`<!doctype html>${html}`);
  writeFormState(doc, copy);
  for (const element of deepQueryAll(copy, REMOVED)) element.remove();
  const scrub = makeScrubber(secrets);
  scrubTree(copy, scrub);
  for (const attribute of doc.documentElement.attributes) copy.documentElement.setAttribute(attribute.name, attribute.value);
  copy.documentElement.setAttribute('data-captured-from', scrub(doc.location.href));
  // getHTML gives the inside of <html>; its own tag (lang, our marker) is written around it.
  const attributes = [...copy.documentElement.attributes]
    .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  return `<!doctype html>\n<html${attributes}>${copy.documentElement.getHTML({ shadowRoots: openShadowRoots(copy) })}</html>\n`;
}
