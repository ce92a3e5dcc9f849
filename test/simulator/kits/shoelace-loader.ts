/**
 * Loads the real Shoelace 2 components the 'shoelace' kit uses, as shipped: the package's `cdn/`
 * build (Lit bundled in), served by the simulator from node_modules (see ../shoelace-files.ts), so
 * nothing is fetched from outside the machine. Only pages of the 'shoelace' family load them: the
 * other families' pages stay free of `sl-*` definitions.
 */

/** Where the simulator serves the package's `cdn/` folder. */
export const SHOELACE_BASE = '/__sim/shoelace';

/** The components the kit builds, each with the module that defines it (and its own dependencies). */
const COMPONENTS = ['select', 'option', 'radio-group', 'radio', 'button', 'input', 'textarea', 'dialog', 'checkbox'];

function loadTheme(): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${SHOELACE_BASE}/themes/light.css`;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Shoelace theme not served at ${link.href}`)));
    document.head.append(link);
  });
}

/** Resolves once the theme is in and every component is defined: the kit may then build widgets. */
export async function loadShoelace(): Promise<void> {
  // A runtime URL, left to the browser: the simulator's bundle must not inline the library.
  const load = (path: string) => import(/* @vite-ignore */ `${SHOELACE_BASE}/${path}`) as Promise<Record<string, unknown>>;
  const [basePath] = await Promise.all([
    load('utilities/base-path.js'),
    loadTheme(),
    ...COMPONENTS.map((name) => load(`components/${name}/${name}.js`)),
  ]);
  // Icons of Shoelace's default library would otherwise be looked for beside the page.
  (basePath.setBasePath as (path: string) => void)(SHOELACE_BASE);
  await Promise.all(COMPONENTS.map((name) => customElements.whenDefined(`sl-${name}`)));
}
