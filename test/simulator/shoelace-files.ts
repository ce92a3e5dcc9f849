/**
 * The Shoelace package's browser build (`cdn/`: its components with Lit bundled, its themes), served
 * from node_modules under SHOELACE_BASE. Only files inside that folder, of the kinds the browser
 * loads from it, are served: a path that climbs out of it (`..`, encoded or not, or a link) is not found.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { SHOELACE_BASE } from './kits/shoelace-loader';

const CDN = resolve(import.meta.dirname, '../../node_modules/@shoelace-style/shoelace/cdn');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file a request path under SHOELACE_BASE names, or null when it names none that may be served. */
export function shoelaceFile(pathname: string): { type: string; body: Buffer } | null {
  if (!pathname.startsWith(`${SHOELACE_BASE}/`)) return null;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(SHOELACE_BASE.length + 1));
  } catch {
    return null;
  }
  const type = TYPES[extname(path)];
  if (!type || path.includes('\0')) return null;
  try {
    // Resolved through symbolic links too, so that a link can't lead out either.
    const file = realpathSync(resolve(CDN, path));
    const inside = relative(realpathSync(CDN), file);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || !statSync(file).isFile()) return null;
    return { type, body: readFileSync(file) };
  } catch {
    return null;
  }
}
