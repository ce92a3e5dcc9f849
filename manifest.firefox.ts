/**
 * Firefox has no chrome.sidePanel: the same panel page is its sidebar_action, the background runs as
 * an event page script, AMO needs a gecko id, and the shortcut that opens the panel is the sidebar's
 * (its `_execute_action` only presses the toolbar button, which opens no panel there). Everything else
 * is the Chrome manifest.
 */
import chromeManifest from './manifest.json' with { type: 'json' };

const { side_panel: sidePanel, background, permissions, commands, minimum_chrome_version: _minimumChrome, ...rest } = chromeManifest;

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
  // Unbound, as in Chrome: the publisher picks the keys in about:addons, Manage Extension Shortcuts.
  commands: { _execute_sidebar_action: commands._execute_action },
  browser_specific_settings: {
    gecko: {
      id: 'csp-audience-assistant@csp-assistant.dev',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};
