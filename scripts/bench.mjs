#!/usr/bin/env node
/* global window, requestAnimationFrame -- functions passed to page.evaluate run in the browser */
// npm run bench: how fast the charts draw and how much the pages load (issue 8), measured the same
// way every time, and written to docs/benchmarks.md with the date, machine and browser.
//
//   node scripts/bench.mjs [--runs 5] [--no-build] [--no-write] [--only server-load|history|lighthouse]
//     [--label before|after] [--load-seconds 20]
//
// `--only history` runs the rating history's case alone and rewrites only its section of the file.
//
// 1. Builds the app (into DIST_DIR, default a folder in the system's temp directory) and serves it
//    with the production server.
// 2. For each case, RUNS times, launches a FRESH headless Chromium, opens bench.html?chart=… (and
//    waits until the page is settled), hands
//    the data in (untimed), then times from the start of window.bench.render(data) to after two
//    animation frames (the frame with the chart is painted). The median is reported, and the heap
//    in use after the render (after a garbage collection, from the DevTools protocol).
// 3. JavaScript per page: gzip bytes of what each page loads before it is usable (as
//    scripts/check-size.mjs counts them, from the build's manifest).
// 4. The home page's loading figures: Lighthouse (a devDependency; mobile defaults, simulated
//    throttling), the median of RUNS runs; and the same figures observed directly in Chromium
//    under Lighthouse's mobile conditions (see measureHomePage).
// 5. The production server under load against a plain static server (scripts/bench-server-load.mjs,
//    issue 23). `--only server-load` runs this case alone and rewrites only its section of the file.
// 6. `--only lighthouse --label <build>` runs Lighthouse alone and writes one row, named by the
//    label, of the section "Lighthouse (mobile), home page: before and after" (issue 20).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../server/serve.mjs';
import { replaceSection, runServerLoad, serverLoadSection } from './bench-server-load.mjs';
import { formatKiB, measureBuild } from './check-size.mjs';
import { findChromium, launchBrowser } from './find-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(
  root,
  process.env.DIST_DIR ?? path.join(os.tmpdir(), 'northants-bench-dist'),
);

/** mulberry32, as src/domain/syntheticTimeline.ts: seeded so every run draws the same data. */
function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['Inspections', 'DfE', 'MHCLG', 'Commissioners', 'Structure', 'Letters'];
const pad = (n) => String(n).padStart(2, '0');

/** The timeline protocol's data: `count` synthetic events, 2012 to 2022, in six categories. */
export function makeTimelineRows(count, seed = 42) {
  const random = makeRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i + 1}`,
    date: `${2012 + Math.floor(random() * 11)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
    category: CATEGORIES[Math.floor(random() * CATEGORIES.length)],
    label: `Synthetic event ${i + 1}`,
  }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** In the page: time fn() from its start to after two animation frames. */
const TIMED = `async (fn) => {
  const t0 = performance.now();
  await fn();
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
}`;

/**
 * One run of one case in a fresh browser: render, then (optionally) each action, timed.
 * @returns {Promise<{ render: number, marks: number, heap: number, actions: Record<string, number> }>}
 */
async function runCase(baseUrl, { chart, rows, actions = [], work = [] }, executablePath) {
  const browser = await launchBrowser({ executablePath });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The page settles first (no request for half a second), as a page with its shell drawn would be
    // when data arrives; timing straight after 'load' measured the browser still busy with the page.
    await page.goto(`${baseUrl}/bench.html?chart=${chart}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => window.bench !== undefined);
    // Hand the data in, untimed.
    if (rows) await page.evaluate((data) => (window.__benchData = data), rows);
    else await page.evaluate(async () => (window.__benchData = await window.bench.makeData()));
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const render = await page.evaluate(`(${TIMED})(() => window.bench.render(window.__benchData))`);
    const marks = await page.evaluate(() => window.bench.marks());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const timedActions = {};
    for (const [name, ...args] of actions) {
      timedActions[name] = await page.evaluate(
        `(${TIMED})(() => window.bench.actions[${JSON.stringify(name)}](...${JSON.stringify(args)}))`,
      );
    }
    // The work of an action alone: from the state `reset` leaves (drawn, two frames later), the
    // time until the action's DOM is updated (it draws synchronously), without waiting for frames.
    const timedWork = {};
    for (const [name, reset, ...args] of work) {
      await page.evaluate(`window.bench.actions[${JSON.stringify(reset)}]()`);
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      timedWork[name] = await page.evaluate(
        `(() => { const t0 = performance.now(); window.bench.actions[${JSON.stringify(name)}](...${JSON.stringify(args)}); return performance.now() - t0; })()`,
      );
    }
    if (errors.length) throw new Error(`bench.html?chart=${chart}: ${errors.join('; ')}`);
    return { render, marks, heap: usedSize, actions: timedActions, work: timedWork };
  } finally {
    await browser.close();
  }
}

/**
 * The home page under Lighthouse's mobile conditions, measured in Chromium itself: a 412×823
 * phone screen, the CPU slowed 4×, and "slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
 * up), applied by DevTools rather than simulated, so the figures are if anything slower than
 * Lighthouse's. LCP and CLS from PerformanceObserver, TBT from long tasks until the page is quiet.
 */
async function measureHomePage(baseUrl, executablePath) {
  const browser = await launchBrowser({ executablePath });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
      uploadThroughput: (750 * 1024 * 0.9) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const m = (window.__vitals = { lcp: 0, cls: 0, longTasks: [] });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (m.lcp = e.startTime))).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => !e.hadRecentInput && (m.cls += e.value)),
      ).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => m.longTasks.push([e.startTime, e.duration])),
      ).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(2000);
    return await page.evaluate(() => {
      const m = window.__vitals;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const tbt = m.longTasks
        .filter(([start]) => fcp === null || start >= fcp)
        .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      return { fcp, lcp: m.lcp, cls: m.cls, tbt };
    });
  } finally {
    await browser.close();
  }
}

/** Lighthouse (mobile defaults: simulated slow 4G and a 4× slower CPU) against the production server. */
async function runLighthouse(url, chromePath) {
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch {
    return null;
  }
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
    });
    const audits = result.lhr.audits;
    // Now and then Lighthouse finishes a run without its figures (an error in its trace, say):
    // such a run is reported, not counted.
    const missing = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ].filter((id) => typeof audits[id]?.numericValue !== 'number');
    if (missing.length || typeof result.lhr.categories.performance.score !== 'number') {
      const why =
        result.lhr.runtimeError?.message ??
        missing.map((id) => `${id}: ${audits[id]?.errorMessage ?? 'no figure'}`).join('; ');
      return { failed: why || 'no performance score' };
    }
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

const HISTORY_TITLE = '## Rating history by date (England view)';

/** The rating history's figures as a section of their own (`--only history`). */
function historySection(rows, { runs, machine, browser, date, loadAverage }) {
  const table = [
    ['Measure', `Ours (median of ${runs})`, 'Target', 'Met', 'Details'],
    ['---', '---', '---', '---', '---'],
    ...rows.map((r) => [r.what, r.value, r.target, r.met, r.detail]),
  ]
    .map((cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
  return `${HISTORY_TITLE}

Written by \`npm run bench -- --only history\` (scripts/bench.mjs), ${date} UTC, on ${machine};
browser ${browser} (headless, software rendering); load average when it ended ${loadAverage}.
Other work on the machine slows every figure. A full \`npm run bench\` puts the same rows in its
Results table above.

- **Render to paint**: bench.html?chart=history in a fresh headless Chromium, 1280 × 900, the
  real data/national.json and data/inspections.json handed in untimed; the time runs from the
  start of \`render()\`, which builds the rows from the files (the county council's from our
  records), filters, sorts, lays out and draws every authority (154 rows, every dated report),
  to after two animation frames.
- **Next frame after a filter**: \`filter(2019)\` (inadequate at any time in 2019) drawn
  synchronously, to after two animation frames.
- **Work of a filter**: from the unfiltered chart, drawn and settled, the time until
  \`filter(2019)\` returns, its DOM updated (React draws synchronously): what must fit in one
  frame, 16 ms, for the answer to be on the next.

${table}
`;
}

/** Puts `section` in place of the section titled `title`, or at the file's end when it has none. */
function replaceNamedSection(doc, title, section) {
  const start = doc.indexOf(`\n${title}\n`);
  if (start === -1) return `${doc.trimEnd()}\n\n${section}`;
  const next = doc.indexOf('\n## ', start + title.length + 2);
  return `${doc.slice(0, start + 1)}${section}${next === -1 ? '' : doc.slice(next)}`;
}

/**
 * RUNS Lighthouse runs with figures; a run without figures is tried again, up to RUNS more times in
 * all. `available` is false when the lighthouse package is missing.
 */
async function lighthouseRuns(url, executablePath, RUNS) {
  const runs = [];
  const failures = [];
  let available = true;
  while (available && runs.length < RUNS && failures.length < RUNS) {
    const run = await runLighthouse(url, executablePath);
    if (!run) available = false;
    else if (run.failed) {
      failures.push(run.failed);
      console.warn(`bench: a Lighthouse run gave no figures (${run.failed}); not counted`);
    } else {
      console.log(
        `bench: Lighthouse run ${runs.length + 1}: score ${Math.round(run.score)}, LCP ${run.lcp.toFixed(0)} ms, FCP ${run.fcp.toFixed(0)} ms, TBT ${run.tbt.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}`,
      );
      runs.push(run);
    }
  }
  return { runs, failures, available };
}

/** Issue 20: the home page's Lighthouse (mobile) LCP stays at or under 0.8 s. */
const LCP_TARGET = 800;

const LIGHTHOUSE_TITLE = '## Lighthouse (mobile), home page: before and after';

/** The commit the build was made from, with a mark when the work tree had changes. */
function commitOf() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    });
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'src', 'data', 'server', 'index.html'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    return `${head.trim()}${dirty.trim() ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown commit';
  }
}

/**
 * `--only lighthouse --label <name>`: the home page's Lighthouse figures alone, as one row of the
 * section LIGHTHOUSE_TITLE; a row of the same label is replaced, others are kept, so the section
 * holds a "before" and an "after" measured on the same machine.
 */
export function lighthouseSection(doc, row) {
  const header = [
    'Build',
    'Commit',
    'Date (UTC)',
    'Score',
    `LCP (target ≤ ${LCP_TARGET} ms)`,
    'FCP',
    'TBT',
    'CLS',
    'Runs',
    'Load average at the end',
  ];
  const start = doc.indexOf(`\n${LIGHTHOUSE_TITLE}\n`);
  const next = start === -1 ? -1 : doc.indexOf('\n## ', start + LIGHTHOUSE_TITLE.length + 2);
  const old = start === -1 ? '' : doc.slice(start + 1, next === -1 ? undefined : next);
  const line = (cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  const rows = old
    .split('\n')
    .filter((l) => /^\| /.test(l) && !l.startsWith('| Build |') && !l.startsWith('| ---'));
  const same = rows.findIndex((l) => l.split(' | ')[0].slice(2) === row[0]);
  if (same === -1) rows.push(line(row));
  else rows[same] = line(row);
  const section = `${LIGHTHOUSE_TITLE}

Written by \`node scripts/bench.mjs --only lighthouse --label <build>\`: Lighthouse's mobile defaults
(simulated slow 4G, 4× slower CPU) on \`/\` served by the production server, the median of the runs
with figures; a new run replaces only the row of its own label. The machine is shared: figures
taken at different times moved with its load, so each row gives its load average.

${[line(header), line(header.map(() => '---')), ...rows].join('\n')}
`;
  if (start === -1) {
    const at = doc.indexOf('\n## Production server under load\n');
    return at === -1
      ? `${doc.trimEnd()}\n\n${section}`
      : `${doc.slice(0, at + 1)}${section}\n${doc.slice(at + 1)}`;
  }
  return `${doc.slice(0, start + 1)}${section}${next === -1 ? '' : `\n${doc.slice(next + 1)}`}`;
}

/** The before-and-after Lighthouse section of docs/benchmarks.md, kept when the whole file is rewritten. */
function keptLighthouse() {
  const file = path.join(root, 'docs', 'benchmarks.md');
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = doc.indexOf(`\n${LIGHTHOUSE_TITLE}\n`);
  if (start === -1) return '';
  const next = doc.indexOf('\n## ', start + LIGHTHOUSE_TITLE.length + 2);
  return `${doc.slice(start + 1, next === -1 ? undefined : next).trimEnd()}\n\n`;
}

const ms = (n) => (n === null || n === undefined ? 'n/a' : `${n.toFixed(1)} ms`);
/** The lowest and highest of a case's runs: how far the machine's other work moved them. */
const spread = (values) => `runs from ${ms(Math.min(...values))} to ${ms(Math.max(...values))}`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const verdict = (value, limit) => (value <= limit ? 'yes' : 'NO');

async function main() {
  const { values: flags } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      only: { type: 'string' },
      'load-seconds': { type: 'string', default: '20' },
      label: { type: 'string', default: 'this build' },
    },
    strict: true,
  });
  const RUNS = Math.max(1, Number(flags.runs) || 5);
  const ONLY = ['server-load', 'history', 'lighthouse'];
  if (flags.only !== undefined && !ONLY.includes(flags.only)) {
    throw new Error(`--only takes ${ONLY.join(', ')}, not ${flags.only}`);
  }
  // Bounded: 10 to 60 s per server and case, eight of them (four cases, two servers).
  const loadSeconds = Math.min(60, Math.max(10, Number(flags['load-seconds']) || 20));
  // The commit the build is made from: taken before building, as the tree may change during a run.
  const commit = commitOf();
  if (!flags['no-build']) {
    console.log(`bench: building into ${dist}`);
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, DIST_DIR: dist },
    });
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB memory, ${os.type()} ${os.release()} (${os.arch()})`;
  const docFile = path.join(root, 'docs', 'benchmarks.md');
  const loadSection = async () => {
    const result = await runServerLoad({ dist, seconds: loadSeconds });
    return serverLoadSection(result, {
      seconds: loadSeconds,
      machine,
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      loadAverage: os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    });
  };
  if (flags.only === 'server-load') {
    const section = await loadSection();
    console.log(`\n${section}`);
    if (!flags['no-write']) {
      const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
      writeFileSync(docFile, replaceSection(doc, section));
      console.log('bench: wrote the server load section of docs/benchmarks.md');
    }
    return;
  }
  const executablePath = findChromium();
  if (flags.only === 'lighthouse') {
    const server = await startServer({ port: 0, dir: dist });
    let result;
    try {
      result = await lighthouseRuns(`${server.url}/`, executablePath, RUNS);
    } finally {
      await server.close();
    }
    const { runs, failures, available } = result;
    if (!runs.length)
      throw new Error(
        available ? `no Lighthouse run gave figures (${failures[0]})` : 'lighthouse is missing',
      );
    const mid = (key) => median(runs.map((r) => r[key]));
    const row = [
      flags.label,
      flags['no-build'] ? `${commit} (the tree now; dist/ built earlier)` : commit,
      new Date().toISOString().slice(0, 16).replace('T', ' '),
      String(mid('score')),
      `${ms(mid('lcp'))} (${verdict(mid('lcp'), LCP_TARGET) === 'yes' ? 'met' : 'NOT met'}; ${spread(runs.map((r) => r.lcp))})`,
      ms(mid('fcp')),
      ms(mid('tbt')),
      mid('cls').toFixed(3),
      `${runs.length}${failures.length ? ` (+${failures.length} without figures)` : ''}`,
      os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', '),
    ];
    console.log(`bench: Lighthouse ${runs[0].version}, ${row.join('; ')}`);
    if (!flags['no-write']) {
      const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
      writeFileSync(docFile, lighthouseSection(doc, row));
      console.log('bench: wrote the Lighthouse section of docs/benchmarks.md');
    }
    return;
  }
  // bench.html is a development page: the production server serves it only when asked to.
  const server = await startServer({ port: 0, dir: dist, devPages: true });
  const rows = [];
  let browserVersion = '';
  try {
    const probe = await launchBrowser({ executablePath });
    browserVersion = probe.version();
    await probe.close();

    const cases = [
      {
        label: 'Timeline, 100 events',
        chart: 'timeline',
        rows: makeTimelineRows(100),
        target: null,
        reference: null,
      },
      {
        label: 'Timeline, 1,000 events',
        chart: 'timeline',
        rows: makeTimelineRows(1_000),
        target: null,
        reference: null,
      },
      {
        label: 'Timeline, 10,000 events',
        chart: 'timeline',
        rows: makeTimelineRows(10_000),
        target: 100,
        reference:
          'Observable Plot ~145 ms; Vega-Lite (canvas) ~155 ms; ECharts 320–490 ms; Recharts ~2.1 s',
        actions: [
          ['zoom', 2],
          ['pan', 0.1],
          ['asAt', Date.UTC(2018, 10, 30)],
        ],
      },
      {
        label: 'Rating flows, 153 authorities × 6 rounds',
        chart: 'flows',
        target: 50,
        reference: null,
      },
      {
        label: 'Governance diagram, 30 November 2018',
        chart: 'governance',
        target: 50,
        reference: null,
      },
      {
        label: 'Rating history by date, every authority × every report (real data)',
        chart: 'history',
        target: 50,
        reference: null,
        actions: [['filter', 2019]],
        work: [['filter', 'clear', 2019]],
      },
    ].filter((c) => flags.only !== 'history' || c.chart === 'history');
    for (const c of cases) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runCase(server.url, c, executablePath));
      const render = median(runs.map((r) => r.render));
      console.log(
        `bench: ${c.label}: ${runs.map((r) => r.render.toFixed(1)).join(', ')} ms → median ${render.toFixed(1)} ms`,
      );
      rows.push({
        what: c.label,
        value: ms(render),
        target: c.target ? `≤ ${c.target} ms` : '',
        met: c.target ? verdict(render, c.target) : '',
        detail: `${runs[0].marks.toLocaleString('en-GB')} marks drawn; heap ${mb(median(runs.map((r) => r.heap)))}; ${spread(runs.map((r) => r.render))}`,
        reference: c.reference ?? '',
      });
      for (const [name] of c.actions ?? []) {
        const value = median(runs.map((r) => r.actions[name]));
        const words =
          {
            zoom: 'zoom in ×2',
            pan: 'pan by a tenth',
            asAt: 'as-at date change',
            filter: 'filter “inadequate at any time in 2019”',
          }[name] ?? name;
        rows.push({
          what: `… next frame after ${words}`,
          value: ms(value),
          target: '≤ 50 ms',
          met: verdict(value, 50),
          detail: spread(runs.map((r) => r.actions[name])),
          reference: '',
        });
      }
      for (const [name] of c.work ?? []) {
        const value = median(runs.map((r) => r.work[name]));
        rows.push({
          what: `… work of filter “inadequate at any time in 2019” (until the DOM is updated)`,
          value: ms(value),
          target: '≤ 16 ms (one frame)',
          met: verdict(value, 16),
          detail: `${spread(runs.map((r) => r.work[name]))}; the 154 rows filtered to those inadequate in 2019, sorted, laid out and drawn`,
          reference: '',
        });
      }
    }

    // `--only history`: the rating history's case alone, printed, and written as its own section
    // of docs/benchmarks.md (the rest of the file is left as it is).
    if (flags.only === 'history') {
      for (const r of rows)
        console.log(
          `bench: ${r.what}: ${r.value} (target ${r.target || 'none'}; ${r.met || '–'}) ${r.detail}`,
        );
      if (!flags['no-write']) {
        const section = historySection(rows, {
          runs: RUNS,
          machine,
          browser: browserVersion,
          date: new Date().toISOString().slice(0, 16).replace('T', ' '),
          loadAverage: os
            .loadavg()
            .map((l) => l.toFixed(2))
            .join(', '),
        });
        const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
        writeFileSync(docFile, replaceNamedSection(doc, HISTORY_TITLE, section));
        console.log('bench: wrote the rating history section of docs/benchmarks.md');
      }
      return;
    }
    for (const page of measureBuild(dist)) {
      const total = page.chunks.reduce((s, c) => s + c.bytes, 0);
      rows.push({
        what: `JavaScript, ${page.name === '/' ? 'home page' : page.name} (gzip)`,
        value: formatKiB(total),
        target: page.budget ? `≤ ${formatKiB(page.budget)}` : 'lazily loaded',
        met: page.budget ? verdict(total, page.budget) : page.problems?.length ? 'NO' : 'yes',
        detail: `${page.chunks.length} chunks`,
        reference: '',
      });
    }

    // As many runs as every other case: Lighthouse's simulated figures multiply the page's
    // main-thread work by four, and with it whatever else the machine was doing.
    const { runs, failures, available } = await lighthouseRuns(
      `${server.url}/`,
      executablePath,
      RUNS,
    );
    if (runs.length) {
      const mid = (key) => median(runs.map((r) => r[key]));
      const detail = `median of ${runs.length} runs${failures.length === 1 ? ' (1 more gave no figures and is not counted)' : failures.length ? ` (${failures.length} more gave no figures and are not counted)` : ''}`;
      const range = (key) => `${detail}, ${spread(runs.map((r) => r[key]))}`;
      rows.push({
        what: `Lighthouse ${runs[0].version} performance, home page (mobile)`,
        value: String(mid('score')),
        target: '100',
        met: verdict(100 - mid('score'), 0),
        detail,
        reference: '',
      });
      rows.push({
        what: 'Lighthouse LCP',
        value: ms(mid('lcp')),
        target: `≤ ${LCP_TARGET} ms`,
        met: verdict(mid('lcp'), LCP_TARGET),
        detail: `FCP ${ms(mid('fcp'))}; ${range('lcp')}`,
        reference: '',
      });
      rows.push({
        what: 'Lighthouse TBT',
        value: ms(mid('tbt')),
        target: '≤ 50 ms',
        met: verdict(mid('tbt'), 50),
        detail: range('tbt'),
        reference: '',
      });
      rows.push({
        what: 'Lighthouse CLS',
        value: mid('cls').toFixed(3),
        target: '0',
        met: verdict(mid('cls'), 0),
        detail,
        reference: '',
      });
    } else {
      const why = available
        ? `no run gave figures (${failures[0]})`
        : 'the lighthouse package is missing: run npm ci';
      rows.push({
        what: 'Lighthouse performance score',
        value: 'not run',
        target: '100',
        met: available ? 'NO' : '',
        detail: why,
        reference: '',
      });
    }
    const home = await measureHomePage(server.url, executablePath);
    const note =
      'observed in Chromium under Lighthouse’s mobile conditions (4× CPU, slow 4G), not simulated';
    rows.push({
      what: 'Home page LCP, observed',
      value: ms(home.lcp),
      target: '≤ 1,000 ms',
      met: verdict(home.lcp, 1000),
      detail: `FCP ${ms(home.fcp)}; ${note}`,
      reference: '',
    });
    rows.push({
      what: 'Home page TBT, observed',
      value: ms(home.tbt),
      target: '≤ 50 ms',
      met: verdict(home.tbt, 50),
      detail: note,
      reference: '',
    });
    rows.push({
      what: 'Home page CLS, observed',
      value: home.cls.toFixed(3),
      target: '0',
      met: verdict(home.cls, 0),
      detail: note,
      reference: '',
    });
  } finally {
    await server.close();
  }
  // After the browser cases, with their server closed: the load case starts servers of its own.
  const serverLoad = await loadSection();
  const header = [
    'Measure',
    'Ours (median of ' + RUNS + ')',
    'Target',
    'Met',
    'Details',
    'Reference: other libraries (issue 8’s measurements, not ours)',
  ];
  const table = [
    header,
    header.map(() => '---'),
    ...rows.map((r) => [r.what, r.value, r.target, r.met, r.detail, r.reference]),
  ]
    .map((cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
  const doc = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs); run it again to update. Every figure is a median of
${RUNS} runs, each in a fresh headless Chromium, against the production build served by the
production server.

- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
- Machine: ${machine}
- Load average when the run ended (1, 5, 15 min): ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}; other work on the machine slows every figure
- Browser: ${browserVersion} (headless, software rendering), Node ${process.version}

## How each figure is measured

- **Render to paint**: bench.html?chart=… exposes each chart as \`window.bench = { name, render(data), marks() }\`.
  The page is opened in a fresh browser and left to settle (no request for half a second), and
  the data is handed in (untimed); the time runs from the start of \`render(data)\`, which
  draws synchronously with React's flushSync, to after two animation frames. Inside it: the input
  becomes the chart's view-model (the timeline's rows become events and lanes), the layout is
  computed and React draws the SVG. The timeline is 900 px wide with six lanes; its height follows
  its rows. All chart data is synthetic and seeded, except the governance diagram, which draws the
  real data/governance.json on 30 November 2018.
- **Next frame**: after the 10,000-event render, the time from a zoom, a pan or an as-at change
  (each drawn synchronously) to after two animation frames.
- **Rating flows**: the England view's report-by-report flows chart (six columns, one per report)
  for 153 synthetic authorities with a grade in each of six reports: the grades become nodes and
  the moves between successive reports become bands sized by how many authorities made them
  (up to 25 per pair of reports), each a keyboard-operable button naming its count.
- **Heap**: JavaScript heap in use after the render and a garbage collection (DevTools protocol).
- **JavaScript**: gzip bytes of every chunk a page loads before it is usable, from the build's
  manifest, as \`scripts/check-size.mjs\` (part of \`npm test\`) counts and enforces them.
- **Reference column**: the figures issue 8 gives for the same timeline (10,000 dated events in
  six lanes with a time axis, 900×320) in other libraries. They are the issue's measurements on
  its machines, not ours, and are shown only for comparison.

## Results

${table}

${keptLighthouse()}${serverLoad}`;
  console.log(`\n${table}\n`);
  if (!flags['no-write']) {
    mkdirSync(path.join(root, 'docs'), { recursive: true });
    writeFileSync(path.join(root, 'docs', 'benchmarks.md'), doc);
    console.log('bench: wrote docs/benchmarks.md');
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
