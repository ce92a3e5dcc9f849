/** Both builds are store-ready: the Firefox build passes web-ext lint, and the bundles keep their size budgets. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipBytes } from '../support/built-extension';
import { DIST } from '../support/extension-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = join(ROOT, 'dist/firefox');
const PANEL_BUDGET_GZ = 45_000;

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  warnings: { code: string; message: string }[];
}

describe('packaging', () => {
  it('the Firefox build has the sidebar panel and its worker, and passes web-ext lint', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX, 'manifest.json'), 'utf8'));
    expect(manifest.sidebar_action.default_panel).toBe('src/panel/index.html');
    expect(existsSync(join(FIREFOX, 'src/panel/index.html'))).toBe(true);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    const output = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', FIREFOX, '--output', 'json', '--no-input'],
      {
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(output) as LintReport;
    expect(report.summary.errors).toBe(0);
    // Accepted warnings: chrome.sidePanel calls, which the background feature-checks before use; and
    // Preact's own support for dangerouslySetInnerHTML, which our code never uses (next test).
    const accepted = (w: LintReport['warnings'][number]) =>
      (w.code === 'UNSUPPORTED_API' && w.message.startsWith('sidePanel.')) ||
      (w.code === 'UNSAFE_VAR_ASSIGNMENT' && w.message.includes('innerHTML'));
    expect(report.warnings.filter((w) => !accepted(w))).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'UNSAFE_VAR_ASSIGNMENT')).toHaveLength(1);
  });

  it('our own code never writes HTML from strings', () => {
    const sources = execFileSync('git', ['ls-files', 'src'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx)$/.test(f));
    const offenders = sources.filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(sources.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });

  it(`keeps the side panel's scripts under ${PANEL_BUDGET_GZ} bytes gzipped`, () => {
    const html = readFileSync(join(DIST, 'src/panel/index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const bytes = gzipBytes(scripts);
    console.log(`panel.gz-bytes: ${bytes} (${scripts.join(', ')})`);
    expect(bytes).toBeLessThanOrEqual(PANEL_BUDGET_GZ);
  });
});
