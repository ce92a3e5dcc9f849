/** What the shipped build promises, read off dist/chrome: least privilege, no remote code, a small content script. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, contentScriptFiles, gzipBytes } from '../support/built-extension';
import { DIST } from '../support/extension-browser';
import { FIREFOX_DIST } from '../support/firefox-browser';

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

  it.each([
    ['Chrome', DIST],
    ['Firefox', FIREFOX_DIST],
  ])('has a strict CSP for its pages in the %s build: nothing unless named, and only its own files', (_browser, dist) => {
    const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    const csp = built.content_security_policy?.extension_pages ?? '';
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    expect(directives).toEqual({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });

  // Unbound (no suggested_key): the publisher sets the keys in chrome://extensions/shortcuts or about:addons.
  // Chrome's _execute_action is the toolbar click, which opens the side panel (openPanelOnActionClick).
  it.each([
    ['Chrome', DIST, '_execute_action'],
    ['Firefox', FIREFOX_DIST, '_execute_sidebar_action'],
  ])('offers a keyboard shortcut that opens the panel in the %s build, unbound until the publisher sets one', (_browser, dist, command) => {
    const built = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    expect(built.commands).toEqual({ [command]: { description: '__MSG_commandOpenPanel__' } });
    const words = JSON.parse(readFileSync(join(dist, '_locales', 'ko', 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(words.commandOpenPanel?.message).toBe('도우미 패널 열기');
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
