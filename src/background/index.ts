/** Background service worker: keeps the side panel to Partner Center tabs and routes typed messages. */
import { routerEnvironment } from '../messaging/environment';
import { createRouter } from '../messaging/router';
import { listenForMessages } from '../platform/ext';
import { installSidePanelBehaviour, openPanel } from './side-panel';

installSidePanelBehaviour();

listenForMessages(
  createRouter(
    'background',
    {
      'open-panel': async (_message, { tabId }) => {
        if (tabId === undefined) throw new Error('open-panel needs a portal tab');
        await openPanel(tabId);
        return { opened: true };
      },
    },
    routerEnvironment(),
  ),
);
