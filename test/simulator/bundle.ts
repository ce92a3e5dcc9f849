/**
 * Builds the simulator's page script (pages + the kits, React and Fluent UI included; Shoelace's pages
 * load its own build at run time, see kits/shoelace-loader.ts) once, and caches it by the hash of its
 * sources, so that every test file and parallel run reuses one build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCES = ['test/simulator/pages', 'test/simulator/kits'];
const CACHE = join(ROOT, 'node_modules/.cache/csp-simulator');

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const dir of SOURCES) {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      hash.update(name);
      hash.update(readFileSync(join(ROOT, dir, name)));
    }
  }
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

let pending: Promise<string> | null = null;

/** The path of the built script; builds it first when its sources changed. */
export function simulatorScript(): Promise<string> {
  pending ??= (async () => {
    const file = join(CACHE, `sim-${sourceHash()}.js`);
    if (existsSync(file)) return file;
    const { build } = await import('vite');
    mkdirSync(CACHE, { recursive: true });
    const outDir = mkdtempSync(join(CACHE, 'build-'));
    try {
      await build({
        configFile: false,
        logLevel: 'warn',
        root: ROOT,
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          sourcemap: false,
          lib: {
            entry: join(ROOT, 'test/simulator/pages/main.ts'),
            formats: ['iife'],
            name: 'partnerCenterSimulator',
            fileName: () => 'sim.js',
          },
        },
      });
      // A rename is atomic: a parallel run sees the whole file or none.
      renameSync(join(outDir, 'sim.js'), file);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
    return file;
  })();
  return pending;
}
