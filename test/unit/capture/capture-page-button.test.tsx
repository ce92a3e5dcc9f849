// @vitest-environment happy-dom
/**
 * The panel's "Save this page for a bug report": it shows what the file keeps and saves only once
 * the publisher confirms; from the keyboard too (focus moves to the summary, Escape cancels and
 * gives focus back to the button). The content script's reply and the download are stood in for.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeStorage } from '../../support/fake-extension-storage';

const { language, sendToTab, download } = vi.hoisted(() => ({ language: { ui: 'en' }, sendToTab: vi.fn(), download: vi.fn() }));
vi.mock('../../../src/platform/ext', () => ({
  ext: {
    i18n: { getUILanguage: () => language.ui },
    // The fake storage installed below, for the dismissed note.
    get storage() {
      return (globalThis as unknown as { chrome: { storage: unknown } }).chrome.storage;
    },
  },
}));
vi.mock('../../../src/messaging/send', () => ({ sendToTab }));
vi.mock('../../../src/panel/lists/download', () => ({ download }));

const REPLY = {
  html: '<!-- scrubbed -->',
  kind: 'audience',
  read: null,
  summary: { kept: 3, replaced: 12, words: ['CSP Reseller audience', 'Select CSP Partners', 'Tenant ID'] },
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
  installFakeStorage();
  sendToTab.mockReset().mockResolvedValue(REPLY);
  download.mockReset();
});
afterEach(() => render(null, root));

async function open(): Promise<HTMLButtonElement> {
  vi.resetModules();
  // Fresh modules, so fresh words: loaded as a page loads them before its first render.
  await (await import('../../../src/core/i18n/ui-messages')).loadCatalog(language.ui === 'ko' ? 'ko' : 'en');
  const { CapturePageButton } = await import('../../../src/panel/components/CapturePageButton');
  await act(() => render(<CapturePageButton tabId={7} />, root));
  const trigger = root.querySelector<HTMLButtonElement>('button.link')!;
  await act(async () => trigger.click());
  // The review's code comes when a capture is made (or the failure is said).
  await vi.waitFor(() => expect(root.querySelector('[data-testid="capture-review"], .capture .notice--error')).not.toBeNull());
  await act(async () => undefined);
  return trigger;
}

const buttonNamed = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('CapturePageButton', () => {
  it('shows the counts and the kept words, and saves only when confirmed', async () => {
    await open();
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'capture-page' });
    const review = root.querySelector('[data-testid="capture-review"]')!;
    expect(document.activeElement).toBe(review);
    expect(review.textContent).toContain("Kept as the portal's own words: 3. Replaced by placeholders of the same shape: 12");
    expect([...root.querySelectorAll('[data-testid="capture-words"] li')].map((li) => li.textContent)).toEqual(REPLY.summary.words);
    expect(download).not.toHaveBeenCalled();

    await act(async () => buttonNamed('Save the file').click());
    expect(download).toHaveBeenCalledWith(expect.stringMatching(/^partner-center-audience-.*\.html$/), REPLY.html, 'text/html');
    expect(root.querySelector('[data-testid="capture-review"]')).toBeNull();
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('nothing was sent anywhere'));
  });

  it('lets the publisher dismiss the note on what the file replaces, and remembers it for the next save', async () => {
    const trigger = await open();
    await act(async () => buttonNamed('Save the file').click());
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toContain('nothing was sent anywhere'));
    await act(async () => root.querySelector<HTMLButtonElement>('[aria-label="Dismiss"]')!.click());
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    await act(async () => trigger.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="capture-review"]')).not.toBeNull());
    await act(async () => buttonNamed('Save the file').click());
    const status = root.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).toContain('attach it to your bug report');
    expect(status).not.toContain('nothing was sent anywhere');
  });

  it('cancels with Escape, saves nothing, and gives focus back to the button', async () => {
    const trigger = await open();
    const review = root.querySelector('[data-testid="capture-review"]')!;
    await act(async () => {
      review.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('[data-testid="capture-review"]')).toBeNull();
    expect(download).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(trigger);
  });

  it('speaks Korean in a Korean browser', async () => {
    language.ui = 'ko';
    try {
      await open();
      const review = root.querySelector('[data-testid="capture-review"]')!;
      expect(review.textContent).toContain('포털 고유 문구 3개는 그대로 남기고, 나머지 12개');
      expect(buttonNamed('파일 저장')).toBeDefined();
      expect(buttonNamed('취소')).toBeDefined();
    } finally {
      language.ui = 'en';
    }
  });

  it('says why when the page could not be captured', async () => {
    sendToTab.mockRejectedValue(new Error('capture-page refused: no page'));
    await open();
    expect(root.querySelector('[data-testid="capture-review"]')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Could not save the page');
  });
});
