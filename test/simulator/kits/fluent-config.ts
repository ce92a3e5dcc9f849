/**
 * Fluent UI reads `window.FabricConfig` once, when its modules are evaluated: an empty `fontBaseUrl`
 * keeps it from registering @font-face rules that would fetch Segoe UI from Microsoft's CDN (the
 * simulator must make no request off the machine). This module only exists so that `fluent.ts` can
 * import it before `@fluentui/react`: ES imports are hoisted, so an assignment in fluent.ts itself
 * would run too late.
 */
const win = window as unknown as { FabricConfig?: Record<string, unknown> };
win.FabricConfig = { ...win.FabricConfig, fontBaseUrl: '' };

export {};
