/**
 * Firefox has no chrome.sidePanel: the same panel page is its sidebar_action, the background runs as
 * an event page script, and AMO needs a gecko id. Everything else is the Chrome manifest.
 */
import chromeManifest from './manifest.json' with { type: 'json' };

const { side_panel: sidePanel, background, permissions, minimum_chrome_version: _minimumChrome, ...rest } = chromeManifest;

export const firefoxManifest = {
  ...rest,
  background: { scripts: [background.service_worker], type: background.type },
  permissions: permissions.filter((p) => p !== 'sidePanel'),
  sidebar_action: {
    default_panel: sidePanel.default_path,
    default_title: '__MSG_extName__',
    default_icon: chromeManifest.action.default_icon,
    open_at_install: false,
  },
  browser_specific_settings: {
    gecko: {
      id: 'csp-audience-assistant@csp-assistant.dev',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};
