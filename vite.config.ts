import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
  },
  worker: { format: 'es' },
  // The build must never reach for a dev server or remote code.
  server: { port: 5173, strictPort: true, hmr: false },
});
