// npm test: every check, in order, stopping at the first failure.
//
//   lint → typecheck → unit + component tests → data validation → audit → lockfile → build → size
//   → browser tests → reliability report
//
//   npm test                     everything (what CI runs)
//   npm test -- --skip-browser   everything but the browser tests, for quick local runs
//
// Prints a summary table and, last, a line "N passed, N failed" counting the test cases of both
// vitest runs (read from vitest's JSON reporter).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: { 'skip-browser': { type: 'boolean', default: false } },
  strict: true,
});

const resultsDir = mkdtempSync(join(tmpdir(), 'northants-test-'));
// What each check covered (axe runs, faults, headers, property runs…), for the reliability report.
const reliabilityDir = join(root, 'tests', 'e2e', '.reliability');
rmSync(reliabilityDir, { recursive: true, force: true });
process.env.RELIABILITY_DIR = reliabilityDir;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitest = join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'vitest.cmd' : 'vitest',
);
const vitestArgs = (name, extra = []) => [
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(resultsDir, `${name}.json`)}`,
];

/** @type {{ name: string, command: string, args: string[], results?: string, skip?: string, unavailable?: number }[]} */
const steps = [
  { name: 'lint', command: npm, args: ['run', 'lint'] },
  // Formatting is a habit, not a review comment: the tree is as Prettier writes it (npm run format).
  {
    name: 'format',
    command: process.execPath,
    args: [join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '.'],
  },
  { name: 'typecheck', command: npm, args: ['run', 'typecheck'] },
  { name: 'unit + component tests', command: vitest, args: vitestArgs('unit'), results: 'unit' },
  { name: 'validate data', command: npm, args: ['run', 'validate-data'] },
  // Exit 3: the advisory database could not be reached; shown as NOT CHECKED, never as a pass.
  {
    name: 'dependency audit',
    command: process.execPath,
    args: ['scripts/audit.mjs'],
    unavailable: 3,
  },
  // What can be proved without the advisory service: every package in the lockfile is fetched
  // from the npm registry over https and checked against a sha512 hash (lockfile-lint, offline).
  {
    name: 'lockfile check',
    command: process.execPath,
    args: [join(root, 'scripts', 'lockfile-check.mjs')],
  },
  { name: 'build', command: npm, args: ['run', 'build'] },
  // The JavaScript budgets of issue 8, on the build just made (DIST_DIR honoured).
  { name: 'size', command: process.execPath, args: [join(root, 'scripts', 'check-size.mjs')] },
  {
    name: 'browser tests',
    command: vitest,
    args: vitestArgs('browser', ['-c', 'vitest.e2e.config.ts']),
    results: 'browser',
    skip: flags['skip-browser'] ? 'skipped (--skip-browser)' : undefined,
  },
  {
    name: 'reliability report',
    command: process.execPath,
    args: ['scripts/reliability-report.mjs', '--results', resultsDir],
    skip: flags['skip-browser'] ? 'skipped (needs the browser tests)' : undefined,
  },
];

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Test counts from a vitest JSON report, or undefined when vitest wrote none. */
function countsFrom(name) {
  const file = join(resultsDir, `${name}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  } catch {
    return undefined;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rows = [];
const totals = { passed: 0, failed: 0 };
let failedStep;

for (const step of steps) {
  if (failedStep) {
    rows.push({ step: step.name, result: 'not run', time: '' });
    continue;
  }
  if (step.skip) {
    rows.push({ step: step.name, result: step.skip, time: '' });
    continue;
  }
  console.log(
    `\n━━ ${step.name}: ${[relative(root, step.command) || step.command, ...step.args].join(' ')}\n`,
  );
  const started = Date.now();
  const code = await run(step.command, step.args);
  const elapsed = Date.now() - started;
  const unavailable = step.unavailable !== undefined && code === step.unavailable;
  let result =
    code === 0 ? 'pass' : unavailable ? 'NOT CHECKED (service unreachable)' : `FAIL (exit ${code})`;
  if (step.results) {
    const counts = countsFrom(step.results);
    if (counts) {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      result += ` – ${counts.passed} passed, ${counts.failed} failed`;
    }
  }
  rows.push({ step: step.name, result, time: seconds(elapsed) });
  if (code !== 0 && !unavailable) {
    failedStep = step.name;
    console.error(`\n✖ npm test stopped: step "${step.name}" failed (exit ${code}).`);
  }
}

rmSync(resultsDir, { recursive: true, force: true });

const width = (key, title) => Math.max(title.length, ...rows.map((row) => row[key].length));
const [w1, w2, w3] = [width('step', 'Step'), width('result', 'Result'), width('time', 'Time')];
const line = (a, b, c) => `${a.padEnd(w1)}  ${b.padEnd(w2)}  ${c.padStart(w3)}`;
console.log(`\n${line('Step', 'Result', 'Time')}`);
console.log(line('-'.repeat(w1), '-'.repeat(w2), '-'.repeat(w3)));
for (const row of rows) console.log(line(row.step, row.result, row.time));
console.log(failedStep ? `\nFailed at step: ${failedStep}` : '\nAll steps passed.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStep ? 1 : 0);
