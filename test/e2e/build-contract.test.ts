/** What the shipped build promises, read off dist/chrome: least privilege, no remote code, a small content script. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, contentScriptFiles, gzipBytes } from '../support/built-extension';
import { DIST } from '../support/extension-browser';

const CONTENT_SCRIPT_BUDGET_GZ = 15_360;

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('the built extension', () => {
  const manifest = builtManifest();

  // scripting: the apply driver is injected into the portal tab only when a list is applied.
  it('asks for exactly sidePanel, storage, scripting and the Partner Center host', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://partner.microsoft.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts?.flatMap((c) => c.matches)).toEqual(['https://partner.microsoft.com/*']);
  });

  it('has a strict CSP for its pages: own scripts only, no remote connections', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
  });

  it('ships no code that loads from the network', () => {
    const offenders = allFiles(DIST)
      .filter((f) => /\.(js|html)$/.test(f))
      .filter((f) => /\bimport\(\s*["']https?:|<script[^>]+src=["']https?:|importScripts\(\s*["']https?:/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it(`keeps the content script with its loader and chunks under ${CONTENT_SCRIPT_BUDGET_GZ} bytes gzipped`, () => {
    const files = contentScriptFiles(manifest);
    expect(files.length).toBeGreaterThan(0);
    const bytes = gzipBytes(files);
    console.log(`content-script.gz-bytes: ${bytes} (${files.length} files)`);
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZ);
  });
});
