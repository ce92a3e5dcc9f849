/** Partner Center pages that are neither an audience page nor a support form. */
import type { SimConfig } from './config';
import { h } from './dom';

export function homePage(config: Extract<SimConfig, { page: 'home' }>, root: HTMLElement): void {
  root.replaceChildren(h('div', { class: 'pc-top' }, 'Partner Center'), h('main', {}, h('h1', {}, config.words.dashboard)));
}

/**
 * The dashboard with Partner Center's help pane beside it: the support form in a same-origin iframe
 * (the support experience moved into the portal's own help pane; SPEC §7).
 */
export function helpPanePage(config: Extract<SimConfig, { page: 'help-pane' }>, root: HTMLElement): void {
  root.replaceChildren(
    h('div', { class: 'pc-top' }, 'Partner Center'),
    h(
      'div',
      { class: 'with-pane' },
      h('main', {}, h('h1', {}, config.words.dashboard)),
      h('aside', { class: 'help-pane', 'aria-label': config.words.help }, h('iframe', { src: config.formUrl, title: config.words.help })),
    ),
  );
}
