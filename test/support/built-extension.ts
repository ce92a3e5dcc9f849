/** Reads facts about the built extension in dist/chrome: its manifest and the files each context loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './extension-browser';

export interface BuiltManifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: { js?: string[]; matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  side_panel?: { default_path?: string };
}

export function builtManifest(): BuiltManifest {
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Every file the content script runs: its loader, plus the chunks the loader imports (exposed to the page). */
export function contentScriptFiles(manifest = builtManifest()): string[] {
  const loaders = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const chunks = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((r) => r.endsWith('.js'));
  return [...new Set([...loaders, ...chunks])];
}

export function gzipBytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0);
}
