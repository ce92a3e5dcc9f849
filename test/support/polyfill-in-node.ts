/**
 * Unit tests run in Node, where webextension-polyfill refuses to load (it is for extension pages).
 * This stands in for it: every namespace read off whatever `chrome` the test installed (the fake
 * storage), at the time of the call, as the polyfill reads off the browser's.
 */
const browser = new Proxy(
  {},
  {
    get: (_target, name: string) => (globalThis as unknown as { chrome?: Record<string, unknown> }).chrome?.[name],
  },
);
export default browser;
