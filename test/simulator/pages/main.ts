/** The simulator's one script: reads the page's configuration and renders it with its family's kit. */
import { ariaKit } from '../kits/aria';
import { fluentKit } from '../kits/fluent';
import type { Family, Kit } from '../kits/kit';
import { nativeKit } from '../kits/native';
import { webComponentsKit } from '../kits/web-components';
import { audiencePage } from './audience';
import { readConfig } from './config';
import { helpPanePage, homePage } from './home';
import { supportPage } from './support';

const KITS: Record<Family, Kit> = { native: nativeKit, aria: ariaKit, fluent: fluentKit, wc: webComponentsKit };

const config = readConfig();
const root = document.getElementById('root')!;
switch (config.page) {
  case 'audience':
    audiencePage(config, KITS[config.family], root);
    break;
  case 'support':
    supportPage(config, KITS[config.family], root);
    break;
  case 'home':
    homePage(config, root);
    break;
  case 'help-pane':
    helpPanePage(config, root);
    break;
}
