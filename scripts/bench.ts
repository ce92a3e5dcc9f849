/**
 * `npm run bench`: the budgets of SPEC §5, measured in one run in headless Chromium. Import speed is a
 * ratio to the floor (bare PapaParse + chunked Dexie bulkPut of the same rows) measured in the same
 * browser in the same run, so that a slow or busy machine moves both sides alike.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildCatalog } from '../test/simulator/catalog';
import { startSimulator } from '../test/simulator/server';
import { contentScriptFiles, gzipBytes } from '../test/support/built-extension';
import { launchExtensionBrowser, type ExtensionBrowser } from '../test/support/extension-browser';
import { requestFor, STORAGE_KEYS, seedPending } from '../test/support/extension-storage';
import { measureFirstRead, READ_2K_PAGE } from './bench/content-read';
import { longestFrameGap, startFrameProbe } from './bench/frame-gaps';
import { serveEmptyPage } from './bench/empty-page';
import { openFloor } from './bench/floor';
import { generateCsv } from './bench/import-csv';

interface Result {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean;
}

const ROOT = resolve(import.meta.dirname, '..');
const results: Result[] = [];
const record = (name: string, value: number, unit: string, target: string, pass: boolean) =>
  results.push({ name, value: Math.round(value * 1000) / 1000, unit, target, pass });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function buildFloorWorker(): Promise<string> {
  const outDir = resolve(ROOT, '.tmp/bench');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry: resolve(ROOT, 'scripts/bench/floor.worker.ts'), formats: ['es'], fileName: () => 'floor.js' },
    },
  });
  return resolve(outDir, 'floor.js');
}

/** The real import, as a user does it in the panel: file → preview (parsed, validated) → commit. */
async function measureImport(panel: Page, csvFile: string): Promise<number> {
  const previews = await panel.evaluate(() => performance.getEntriesByName('csp-import-preview').length);
  await panel.locator('[data-testid="import-file"]').setInputFiles(csvFile);
  await panel.locator('[data-testid="import-commit"]').waitFor({ timeout: 120_000 });
  await panel.locator('[data-testid="import-commit"]').click();
  await panel.locator('[data-testid="import-done"]').waitFor({ timeout: 120_000 });
  return panel.evaluate((skip) => {
    const preview = performance.getEntriesByName('csp-import-preview')[skip]!.duration;
    const commit = performance.getEntriesByName('csp-import-commit').at(-1)!.duration;
    return preview + commit;
  }, previews);
}

async function deleteAllLists(panel: Page): Promise<void> {
  const options = panel.locator('[data-testid="list-select"] option');
  for (let left = await options.count(); left > 0; left--) {
    await panel.locator('[data-testid="list-menu"] summary').click();
    await panel.locator('[data-testid="delete-list"]').click();
    // The next click waits for this deletion to show, or it would hit a button on its way out.
    await panel.waitForFunction((n) => document.querySelectorAll('[data-testid="list-select"] option').length < n, left);
  }
}

async function measureSearch(panel: Page): Promise<number> {
  const queries = ['fabrikam', '00000000c', 'kr', 'contoso 12', 'a000-0000000', 'xyz-none', 'tailspin 4', 'us', '1234', 'nor'];
  const times = await panel.evaluate(async (qs) => {
    const input = document.querySelector<HTMLInputElement>('#partner-search')!;
    const table = document.querySelector('.partner-table')!;
    const out: number[] = [];
    for (const q of [...qs, ...qs]) {
      const started = performance.now();
      const changed = new Promise<void>((done) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          done();
        });
        observer.observe(table, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          done();
        }, 2000);
      });
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      out.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, queries);
  return median(times);
}

async function main() {
  const floorWorker = await buildFloorWorker();
  const sim = await startSimulator();
  const browser = await launchExtensionBrowser({ hostRules: sim.hostRules });
  try {
    const portal = await browser.context.newPage();
    await portal.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/bench/resellers?reset=1&option=2&partners=3',
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    const panelUrl = browser.panelUrl(await browser.tabIdOf(portal));
    const panel = await browser.context.newPage();
    await panel.goto(panelUrl);
    await panel.getByRole('tab', { name: 'Lists' }).click();

    const csv50 = generateCsv(50_000);
    const csv200 = generateCsv(200_000);
    // Picked by path, as a person's file picker hands a file over: given as bytes, Playwright builds
    // the File in the panel's own heap, and collecting that garbage lands in the import's frames.
    const [file50, file200] = [resolve(ROOT, '.tmp/bench/bench.csv'), resolve(ROOT, '.tmp/bench/bench-200k.csv')];
    writeFileSync(file50, csv50);
    writeFileSync(file200, csv200);
    const floor = await openFloor(browser, floorWorker);

    await panel.evaluate(() => {
      const w = window as unknown as { longestTask: number };
      w.longestTask = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // The task in which the test harness hands the file to the <input> (CDP) ends where our
          // handler starts; it is the harness's, not the import's. Count tasks from the import's start on.
          const start = performance.getEntriesByName('csp-import-preview-start').at(-1)?.startTime ?? Infinity;
          if (entry.startTime >= start) w.longestTask = Math.max(w.longestTask, entry.duration);
        }
      }).observe({ type: 'longtask', buffered: false });
    });
    // Each import is paired with a floor run just before it: the ratio is the median of the pairs', so
    // that a load that comes and goes (others' tests) moves both sides of each pair alike.
    const floors50 = [await floor.run(csv50)];
    await startFrameProbe(panel);
    const imports50 = [await measureImport(panel, file50)];
    // The list shown: its first rows in the table, and its diff against the page.
    await panel.locator('.partner-table [data-tenant-id]').first().waitFor();
    await panel.locator('[data-testid="page-diff"]').waitFor();
    const frameGap = await longestFrameGap(panel, 'csp-import-preview-start');
    // Main-thread tasks are watched over the first import only: later ones begin with the harness
    // handing another file over, which is not the import's work.
    const longest = await panel.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
    for (let i = 1; i < 3; i++) {
      await deleteAllLists(panel);
      floors50.push(await floor.run(csv50));
      imports50.push(await measureImport(panel, file50));
    }
    const ratio50 = median(floors50.map((f, i) => f / imports50[i]!));
    const [import50, floor50] = [median(imports50), median(floors50)];
    const search = await measureSearch(panel);

    const firstRenders: number[] = [];
    const emptyPages: number[] = [];
    const emptyPage = await serveEmptyPage(browser.context);
    for (let i = 0; i < 5; i++) {
      emptyPages.push(await emptyPage.open());
      const fresh = await browser.context.newPage();
      await fresh.goto(panelUrl);
      await fresh.locator('[data-testid="connection"]').waitFor();
      firstRenders.push(await fresh.evaluate(() => performance.getEntriesByName('csp-panel-rendered')[0]!.startTime));
      await fresh.close();
    }
    await emptyPage.close();

    await deleteAllLists(panel);
    const floor200 = await floor.run(csv200);
    const import200 = await measureImport(panel, file200);
    await floor.close();

    record('import.50k.ratio', ratio50, 'ratio', '>= 0.8', ratio50 >= 0.8);
    record('import.200k.growth', import200 / 200_000 / (import50 / 50_000), 'ratio', '<= 1.3', import200 / 4 / import50 <= 1.3);
    record('import.longest-main-task-ms', longest, 'ms', '<= 50', longest <= 50);
    record('import.longest-frame-gap-ms', frameGap, 'ms', '<= 33', frameGap <= 33);
    record('search.50k.median-ms', search, 'ms', '<= 8', search <= 8);
    const bytes = gzipBytes(contentScriptFiles());
    record('content-script.gz-bytes', bytes, 'bytes', '<= 15360', bytes <= 15_360);
    record('panel.first-render-ms', median(firstRenders), 'ms', '<= 50', median(firstRenders) <= 50);
    record('panel.empty-page-ms', median(emptyPages), 'ms', 'info: the floor, a page of one empty module script', true);
    const autofill = await measureAutofill(browser);
    record('autofill.overhead-ms', autofill, 'ms', '<= 1000', autofill <= 1000);
    const apply500 = await measureApply(browser);
    record('apply.500.ms', apply500, 'ms', 'reported', true);
    const read2k = await measureContentRead(browser);
    record('content.read-2k-ms', read2k, 'ms', '<= 8', read2k <= 8);
    const read2kFirst = await measureFirstRead(browser.context);
    record('content.read-2k-first-ms', read2kFirst.read, 'ms', '<= 16', read2kFirst.read <= 16);
    record('content.read-2k-floor-ms', read2kFirst.floor, 'ms', 'info: the floor, a bare walk to the 6,000 texts', true);
    const busyPage = await measureBusyPage(browser);
    record(
      'content.busy-page-cpu-pct',
      busyPage.cpuPct,
      '%',
      '<= 2, findings within 1 s',
      busyPage.cpuPct <= 2 && busyPage.findingsMs <= 1000,
    );
    record('content.busy-page-findings-ms', busyPage.findingsMs, 'ms', 'info', true);
    // The measurements behind the ratios, for the record.
    record('import.50k.ms', import50, 'ms', 'info', true);
    record('floor.50k.ms', floor50, 'ms', 'info', true);
    record('import.200k.ms', import200, 'ms', 'info', true);
    record('floor.200k.ms', floor200, 'ms', 'info', true);
    record('import.200k.ratio', floor200 / import200, 'ratio', 'info', true);
  } finally {
    await browser.close();
    await sim.close();
  }
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.table(results);
  const failed = results.filter((r) => !r.pass);
  if (failed.length > 0) console.log(`over budget: ${failed.map((r) => r.name).join(', ')}`);
}

/**
 * A saved list of 500 partners applied to a draft option-2 offer with an empty table, from the click
 * to the outcome read back off the page (the panel's own User Timing measure); median of three.
 */
async function measureApply(browser: ExtensionBrowser): Promise<number> {
  const lines = ['Tenant ID,Partner name', ...buildCatalog(500, 31337).map((p) => `${p.tenantId},${p.name}`)];
  const times: number[] = [];
  let panel: Page | null = null;
  for (let run = 0; run < 3; run++) {
    const portal = await browser.context.newPage();
    await portal.goto(
      `https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/apply-bench/resellers?reset=1&option=2&partners=0&published=0`,
    );
    await portal.locator('[data-csp-assistant="launcher"]').waitFor();
    panel ??= await browser.context.newPage();
    await panel.goto(browser.panelUrl(await browser.tabIdOf(portal)));
    await panel.getByRole('tab', { name: 'Lists' }).click();
    if (run === 0) {
      await panel
        .locator('[data-testid="import-file"]')
        .setInputFiles({ name: 'apply-500.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });
      await panel.locator('[data-testid="import-commit"]').click();
      await panel.locator('[data-testid="import-done"]').waitFor();
    }
    const option = panel.locator('[data-testid="list-select"] option', { hasText: 'apply-500 (' });
    await panel.locator('[data-testid="list-select"]').selectOption((await option.getAttribute('value'))!);
    await panel.locator('[data-testid="apply-button"]').click();
    await panel.locator('[data-testid="apply-outcome"]').waitFor({ timeout: 120_000 });
    times.push(await panel.evaluate(() => performance.getEntriesByName('csp-apply').at(-1)!.duration));
    await portal.close();
  }
  await panel?.close();
  return median(times);
}

/**
 * A read of a Korean audience page with 2,000 partner rows in web components (shadow roots, slotted
 * cells), on the page's main thread: the content script's own User Timing measure (scan, page kind,
 * reading): the median of the reads set off by small changes elsewhere on the page (the grid's
 * reading is kept while the grid does not change). The first, full read is bench/content-read.ts's.
 */
async function measureContentRead(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await observeTimings(page);
    await page.goto(READ_2K_PAGE);
    await page.locator('[data-csp-assistant="launcher"]').waitFor();
    await page.waitForFunction(() => timings('csp-read-audience').length > 0, undefined, { timeout: 30_000 });
    for (let i = 0; i < 9; i++) {
      await page.evaluate((n) => document.body.setAttribute('data-bench-tick', String(n)), i);
      await page.waitForFunction((n) => timings('csp-read-audience').length > n, i + 1, { timeout: 10_000 });
    }
    const partners = await page.evaluate(() => document.querySelectorAll('he-data-grid [slot^="Action-"]').length);
    if (partners !== 2000) throw new Error(`the bench page shows ${partners} partners, not 2000`);
    const reads = await page.evaluate(() => timings('csp-read-audience').map((e) => e.duration));
    return median(reads.slice(1));
  } finally {
    await page.close();
  }
}

interface CpuProfile {
  nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

declare function timings(name: string): PerformanceEntry[];

/**
 * The content script takes its User Timing entries off the page's timeline as soon as it makes them,
 * so the page keeps a copy of each as it comes, through an observer installed before any script runs.
 */
async function observeTimings(page: Page): Promise<void> {
  // As source text: tsx would wrap a function's inner arrows in helpers the page does not have.
  await page.addInitScript({
    content: `{
      const seen = [];
      new PerformanceObserver((list) => seen.push(...list.getEntries())).observe({ entryTypes: ['mark', 'measure'] });
      window.timings = (name) => seen.filter((e) => e.name === name);
    }`,
  });
}

/**
 * A page that changes a node every animation frame: the content script's share of the main thread
 * (CPU profile samples whose stack runs through it), and how long a change the publisher makes takes
 * to reach the panel (the content script's `csp-audience-sent` mark).
 */
async function measureBusyPage(browser: ExtensionBrowser): Promise<{ cpuPct: number; findingsMs: number }> {
  const page = await browser.context.newPage();
  try {
    await observeTimings(page);
    await page.goto(
      'https://partner.microsoft.com/en-us/dashboard/commercial-marketplace/offers/bench-busy/resellers?reset=1&variant=fluent&option=2&partners=50&busy=1',
    );
    await page.locator('[data-csp-assistant="launcher"]').waitFor();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(1500);
    const sentBefore = await page.evaluate(() => timings('csp-audience-sent').length);
    const clicked = await page.evaluate(() => performance.now());
    await page.getByRole('radio', { name: 'No partners in the CSP program' }).click();
    await page.waitForFunction((n) => timings('csp-audience-sent').length > n, sentBefore, { timeout: 10_000 });
    const sent = await page.evaluate((n) => timings('csp-audience-sent')[n]!.startTime, sentBefore);
    await page.waitForTimeout(3000);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await cdp.detach();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parentOf = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
    const ours = new Map<number, boolean>();
    const inContentScript = (id: number): boolean => {
      if (ours.has(id)) return ours.get(id)!;
      const node = byId.get(id);
      const parent = parentOf.get(id);
      const result = (node?.callFrame.url.includes('/src/content/index.js') ?? false) || (parent !== undefined && inContentScript(parent));
      ours.set(id, result);
      return result;
    };
    let busy = 0;
    profile.samples.forEach((id, i) => {
      if (inContentScript(id)) busy += profile.timeDeltas[i + 1] ?? 0;
    });
    return { cpuPct: (busy / (profile.endTime - profile.startTime)) * 100, findingsMs: sent - clicked };
  } finally {
    await page.close();
  }
}

/** Both support pages filled from one launcher click, with the simulator adding no delay of its own. */
async function measureAutofill(browser: ExtensionBrowser): Promise<number> {
  const runs: number[] = [];
  for (const variant of ['native', 'aria', 'fluent', 'wc']) {
    await seedPending(browser.serviceWorker, requestFor('bench'));
    const page = await browser.context.newPage();
    await page.goto(`https://partner.microsoft.com/en-us/support/request?variant=${variant}&delay=0`);
    await page.locator('[data-csp-assistant="launcher"] button').waitFor();
    const started = Date.now();
    await page.locator('[data-csp-assistant="launcher"] button').click();
    // A plain loop: tsx would wrap a named inner function in a helper the browser does not have.
    await browser.serviceWorker.evaluate(async (key) => {
      for (;;) {
        const reports = ((await chrome.storage.local.get(key))[key] ?? []) as { page: string }[];
        if (reports.some((r) => r.page === 'details')) return;
        await new Promise((r) => setTimeout(r, 10));
      }
    }, STORAGE_KEYS.fillReports);
    runs.push(Date.now() - started);
    await page.close();
  }
  return Math.max(...runs);
}

await main();
