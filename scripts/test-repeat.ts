/**
 * `npm run test:repeat`: runs the end-to-end project again and again to find flaky tests before CI
 * does, and reports every test that ever failed, with how often.
 *
 *   npm run test:repeat                       20 runs, one at a time
 *   npm run test:repeat -- --runs 10 --parallel 2   10 runs, two at a time (a loaded machine)
 *
 * It builds once, then runs `vitest run --project e2e` with a JSON report per run. Exit code 1 when
 * any run failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface AssertionResult {
  fullName: string;
  status: string;
  failureMessages: string[];
}
interface JsonReport {
  numFailedTests: number;
  numPassedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: AssertionResult[] }[];
}

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    parallel: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const lanes = Number(values.parallel);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(lanes) || lanes < 1) {
  console.error('usage: npm run test:repeat -- [--runs N] [--parallel P] [--no-build]  (N, P whole numbers ≥ 1)');
  process.exit(2);
}

if (!values['no-build'] && spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);

const reportDir = mkdtempSync(join(tmpdir(), 'csp-repeat-'));
const failures = new Map<string, { count: number; firstMessage: string }>();
const outcomes: string[] = [];

function runOnce(index: number): Promise<void> {
  const report = join(reportDir, `run-${index}.json`);
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn('npx', ['vitest', 'run', '--project', 'e2e', '--reporter=json', `--outputFile=${report}`], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      let parsed: JsonReport | null = null;
      try {
        parsed = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
      } catch {
        parsed = null;
      }
      if (!parsed) {
        const key = '(the run produced no report)';
        failures.set(key, { count: (failures.get(key)?.count ?? 0) + 1, firstMessage: stderr.slice(-2000) });
        outcomes.push(`run ${index}: no report, exit ${code} (${seconds} s)`);
        return done();
      }
      for (const file of parsed.testResults) {
        const failed = file.assertionResults.filter((a) => a.status === 'failed');
        // A file that failed outside any test (a hook, an import) fails as a whole.
        if (file.status === 'failed' && failed.length === 0)
          failed.push({ fullName: '(file-level failure)', status: 'failed', failureMessages: [file.message ?? ''] });
        for (const a of failed) {
          const key = `${file.name.replace(`${ROOT}/`, '')} › ${a.fullName}`;
          const seen = failures.get(key);
          failures.set(key, {
            count: (seen?.count ?? 0) + 1,
            firstMessage: seen?.firstMessage ?? a.failureMessages.join('\n').slice(0, 2000),
          });
        }
      }
      outcomes.push(`run ${index}: ${parsed.numPassedTests} passed, ${parsed.numFailedTests} failed (${seconds} s)`);
      console.log(outcomes.at(-1));
      done();
    });
  });
}

let next = 1;
async function lane(): Promise<void> {
  while (next <= runs) await runOnce(next++);
}
await Promise.all(Array.from({ length: Math.min(lanes, runs) }, lane));
rmSync(reportDir, { recursive: true, force: true });

const failedRuns = outcomes.filter((o) => !/ 0 failed/.test(o)).length;
console.log(`\n${runs} runs of the e2e project, ${lanes} at a time: ${runs - failedRuns} clean, ${failedRuns} with a failure.`);
if (failures.size === 0) {
  console.log('No test failed in any run.');
} else {
  console.log('Tests that failed at least once:');
  for (const [name, { count, firstMessage }] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`\n  ${count}/${runs}  ${name}\n    ${firstMessage.split('\n').slice(0, 8).join('\n    ')}`);
  }
}
process.exit(failures.size === 0 ? 0 : 1);
