import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two projects: fast unit tests (Node, no browser) and end-to-end tests that drive the built
// extension in real Chromium against the local Partner Center simulator.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [preact()],
        // The polyfill loads only inside an extension; unit tests read the fake `chrome` they install.
        resolve: { alias: { 'webextension-polyfill': fileURLToPath(new URL('./test/support/polyfill-in-node.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          setupFiles: ['test/support/load-catalogs.ts'],
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
