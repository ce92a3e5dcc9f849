import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './manifest.firefox.ts';
import { PAGE_ACTIONS_SCRIPT } from './src/content/page-actions-script.ts';

/**
 * A script the panel injects on demand (scripting.executeScript), built as one self-contained IIFE
 * and shipped as a plain file: not a content script every portal page loads, and not web-accessible.
 */
function injectedScript(entry: string, fileName: string, target: string): Plugin {
  return {
    name: 'csp:injected-script',
    apply: 'build',
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'cspAssistantPageActions', fileName: () => fileName },
        },
      });
      const [output] = (Array.isArray(result) ? result[0]! : (result as { output: { code: string }[] })).output as { code: string }[];
      this.emitFile({ type: 'asset', fileName, source: output!.code });
    },
  };
}

// `vite build` makes the Chrome build; `vite build --mode firefox` the Firefox one (npm run build does both).
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const target = firefox ? 'firefox142' : 'chrome116';
  return {
    plugins: [
      preact(),
      injectedScript('src/content/page-actions-entry.ts', PAGE_ACTIONS_SCRIPT, target),
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
      target,
      sourcemap: false,
      // crx builds what the Chrome manifest names; Firefox's sidebar_action page must be named here.
      rollupOptions: {
        ...(firefox ? { input: { panel: 'src/panel/index.html' } } : {}),
        output: {
          // The UI words of each language under a fixed name, which the panel's page hints at before
          // its modules run (public/panel-words.js).
          chunkFileNames: (chunk) => {
            const language = /_locales\/(\w+)\/messages\.json$/.exec(chunk.facadeModuleId ?? '')?.[1];
            return language ? `assets/words-${language}.js` : 'assets/[name]-[hash].js';
          },
        },
      },
    },
    worker: { format: 'es' },
  };
});
