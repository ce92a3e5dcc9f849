/** Where the browser has no side panel (Firefox), the toolbar button opens the sidebar. */
import { afterEach, describe, expect, it, vi } from 'vitest';

const clicked: (() => void)[] = [];
const toggle = vi.fn(() => Promise.resolve());
vi.mock('../../src/platform/ext', () => ({
  ext: { action: { onClicked: { addListener: (listener: () => void) => clicked.push(listener) } }, sidebarAction: { toggle } },
}));
const { installSidePanelBehaviour } = await import('../../src/background/side-panel');

describe('the toolbar button without chrome.sidePanel', () => {
  afterEach(() => {
    clicked.length = 0;
    toggle.mockClear();
  });

  it('toggles the sidebar within the click itself', () => {
    vi.stubGlobal('chrome', undefined);
    installSidePanelBehaviour();
    expect(clicked).toHaveLength(1);
    clicked[0]!();
    // Synchronously: Firefox opens a sidebar only from inside the user's action.
    expect(toggle).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});
