/** The simulator's one script: reads the page's configuration and renders it with its family's kit. */
import { ariaKit } from '../kits/aria';
import { fluentKit } from '../kits/fluent';
import type { Family, Kit } from '../kits/kit';
import { nativeKit } from '../kits/native';
import { shoelaceKit } from '../kits/shoelace';
import { webComponentsKit } from '../kits/web-components';
import { audiencePage } from './audience';
import { readConfig } from './config';
import { helpPanePage, homePage } from './home';
import { supportPage } from './support';

const KITS: Record<Family, Kit> = { native: nativeKit, aria: ariaKit, fluent: fluentKit, wc: webComponentsKit, shoelace: shoelaceKit };

const config = readConfig();
const root = document.getElementById('root')!;
const kit = KITS[config.family];

function render(): void {
  switch (config.page) {
    case 'audience':
      audiencePage(config, kit, root);
      break;
    case 'support':
      supportPage(config, kit, root);
      break;
    case 'home':
      homePage(config, root);
      break;
    case 'help-pane':
      helpPanePage(config, root);
      break;
  }
}

// Families whose components load asynchronously render once they are defined; the others at once.
if (kit.ready) {
  kit.ready().then(render, (error: unknown) => {
    root.textContent = `The ${config.family} components did not load: ${String(error)}`;
  });
} else render();
