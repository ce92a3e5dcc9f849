import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './manifest.firefox';

// `vite build` makes the Chrome build; `vite build --mode firefox` the Firefox one (npm run build does both).
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? (firefoxManifest as unknown as typeof manifest) : manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // One IIFE: no loader, and no chunks exposed to the portal page as web-accessible resources.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      target: firefox ? 'firefox142' : 'chrome116',
      sourcemap: false,
      // crx builds what the Chrome manifest names; Firefox's sidebar_action page must be named here.
      rollupOptions: firefox ? { input: { panel: 'src/panel/index.html' } } : {},
    },
    worker: { format: 'es' },
  };
});
