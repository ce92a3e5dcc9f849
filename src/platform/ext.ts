/**
 * The browser's extension API, without a polyfill: Firefox's own promise-based `browser`, else
 * Chrome's `chrome`, whose Manifest V3 APIs return promises too. Saves the content script ~3 KB.
 */
export const ext: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;

type Listener = (message: unknown, sender: chrome.runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Listens for runtime messages with a listener that answers with a promise, or with undefined to let
 * another context answer. sendResponse + `return true` is the form both browsers accept.
 */
export function listenForMessages(listener: Listener): () => void {
  const wrapped = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean => {
    const reply = listener(message, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
  ext.runtime.onMessage.addListener(wrapped);
  return () => ext.runtime.onMessage.removeListener(wrapped);
}
