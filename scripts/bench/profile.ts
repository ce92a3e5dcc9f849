/**
 * `tsx scripts/bench/profile.ts [dist] [read|render]`: a CPU profile (CDP Profiler) of the two cold
 * starts that `npm run bench` times — the content script's first read of the 2,000-row web-component
 * page, and the panel's first render beside a saved list of 50,000 — printing the functions with the
 * most self time and the most inclusive time. Give it an unminified build (`npx vite build --minify false --outDir .tmp/dist-profile`) to
 * see names; it launches its own browser on that build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { startSimulator } from '../../test/simulator/server';
import { findChromium, offlineChromiumArgs } from '../../test/support/extension-browser';
import { FIRST_READ_PROBE, READ_2K_PAGE } from './content-read';

/** A list of `rows` partners, as the panel imports it. */
const csv = (rows: number) =>
  [
    'Tenant ID,Partner name',
    ...Array.from(
      { length: rows },
      (_, i) => `${i.toString(16).padStart(8, '0')}-0000-4000-a000-${i.toString(16).padStart(12, '0')},P ${i}`,
    ),
  ].join('\r\n');

interface Profile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
}

/** Self time of the samples whose stack runs through a script whose URL holds `within`. */
async function printProfile(cdp: CDPSession, title: string, within: string): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ours = (id: number | undefined): boolean =>
    id !== undefined && (byId.get(id)!.callFrame.url.includes(within) || ours(parentOf.get(id)));
  const keyOf = (id: number) => {
    const frame = byId.get(id)!.callFrame;
    return `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (!ours(id)) return;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const key = keyOf(id);
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    self.set(key, (self.get(key) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) onStack.add(keyOf(at));
    for (const k of onStack) inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
  });
  console.log(`\n${title}; ${total.toFixed(1)} ms sampled in ${within}: self time (ms), top 25`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(7)}  ${key}`);
  console.log('inclusive (ms), top 25');
  for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(1).padStart(7)}  ${key}`);
}

async function main() {
  const dist = resolve(process.argv[2] ?? 'dist/chrome');
  const which = process.argv[3] ?? 'both';
  const sim = await startSimulator();
  const dir = mkdtempSync(join(tmpdir(), 'csp-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    ignoreHTTPSErrors: true,
    args: [...offlineChromiumArgs(sim.hostRules), `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    if (which !== 'render') {
      const page = await context.newPage();
      await page.addInitScript({ content: FIRST_READ_PROBE });
      const cdp = await context.newCDPSession(page);
      await startProfile(cdp);
      await page.goto(READ_2K_PAGE);
      const first = await page.waitForFunction(() => (window as unknown as { __firstRead?: number }).__firstRead);
      await printProfile(cdp, `first read of the 2k page: ${(await first.jsonValue())?.toFixed(1)} ms`, '/content/');
      await page.close();
    }
    if (which !== 'read') {
      const setup: Page = await context.newPage();
      await setup.goto(`${origin}/src/panel/index.html?tabId=1`);
      // The lists tool, second of the tabs (its name follows the build's words).
      await setup.getByRole('tab').nth(1).click();
      await setup
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(50_000)) });
      await setup.locator('[data-testid="import-commit"]').click();
      await setup.locator('[data-testid="import-done"]').waitFor({ timeout: 120_000 });
      // Like the bench's, the profiled panel is not the browser's first: two opens before it.
      for (let run = 0; run < 3; run++) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (run === 2) await startProfile(cdp);
        await page.goto(`${origin}/src/panel/index.html?tabId=1`);
        await page.locator('[data-testid="connection"]').waitFor();
        const at = await page.evaluate(() => performance.getEntriesByName('csp-panel-rendered')[0]!.startTime);
        if (run === 2) await printProfile(cdp, `panel first render: ${at.toFixed(1)} ms`, 'chrome-extension://');
        else console.log(`panel first render: ${at.toFixed(1)} ms`);
        await page.close();
      }
    }
  } finally {
    await context.close();
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
