/**
 * Pages for the capture tests, in happy-dom's one document: a page set up at a portal address, and a
 * capture opened again as a browser would open the file. happy-dom parses `<template
 * shadowrootmode>` as a plain template (no declarative shadow DOM), so `openCapture` attaches those
 * shadow roots itself, innermost trees included.
 */

type HappyWindow = Window & { happyDOM: { setURL(url: string): void; settings: Record<string, boolean> } };

export const AUDIENCE_URL = 'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/contoso-analytics/resellers';

const happy = (window as unknown as HappyWindow).happyDOM;
// Nothing a page names is fetched or run: there is no portal to fetch from, and the pages plant scripts.
for (const setting of ['disableCSSFileLoading', 'disableJavaScriptFileLoading', 'disableJavaScriptEvaluation', 'disableIframePageLoading'])
  happy.settings[setting] = true;
happy.settings.handleDisabledFileLoadingAsSuccess = true;

/** The document at `url`, with this head and body (and no attribute left on <html> or <body> from an earlier test). */
export function setPage(url: string, head: string, body: string): Document {
  happy.setURL(url);
  for (const element of [document.documentElement, document.body]) {
    for (const { name } of [...element.attributes]) element.removeAttribute(name);
  }
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

/** Attaches an open shadow root holding `html` to the element `selector` names. */
export function attachShadow(selector: string, html: string, root: ParentNode = document): ShadowRoot {
  const host = root.querySelector(selector);
  if (!host) throw new Error(`no ${selector} on the page`);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** A capture as the page a browser shows when the file is opened, at the address it was captured from. */
export function openCapture(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const from = parsed.documentElement.getAttribute('data-captured-from');
  setPage(from ?? 'https://partner.microsoft.com/', parsed.head.innerHTML, parsed.body.innerHTML);
  for (const { name, value } of parsed.documentElement.attributes) document.documentElement.setAttribute(name, value);
  for (const { name, value } of parsed.body.attributes) document.body.setAttribute(name, value);
  attachDeclarativeShadowRoots(document);
  return document;
}
