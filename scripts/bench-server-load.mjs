// The server load case of npm run bench (issue 23): the production server (server/serve.mjs)
// against a plain static server (scripts/plain-static-server.mjs) over the same dist/, in the same
// run, each in a process of its own, on loopback only.
//
// For 50 and 200 connections, with and without `Accept-Encoding: br, gzip`, autocannon (a
// devDependency) sends requests for SECONDS seconds (20 by default) to each server in turn, cycling
// through a page, a second page, the stylesheet, a script and a data file. Reported: requests/s
// and p99 latency with their ratios to the plain server's, errors (connection errors, timeouts and
// any status but 2xx), and the production server's resident memory before, at its peak and after.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_CODE_META } from '../server/first-script.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts `node <script> …args`, resolves when it prints the URL it serves. */
function startProcess(script, args) {
  const child = spawn(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk.toString('utf8');
      const match = /Serving (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${output}`)));
  });
}

function stopProcess(child) {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/**
 * Resident memory of a process in bytes: /proc on Linux, where reading it does not hold up the load
 * generator in this process; ps elsewhere.
 */
function residentBytes(pid) {
  try {
    const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    if (kib) return Number(kib) * 1024;
  } catch {
    // No /proc: ask ps.
  }
  return (
    Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) *
    1024
  );
}

/** The requests each connection cycles through: what a visitor's first page view fetches, and data. */
function requestPaths(dist) {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const css = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  // The largest of the app's own scripts, which the home page loads once it has painted.
  const code =
    new RegExp(`<meta name="${APP_CODE_META}" content="([^"]+)"`).exec(html)?.[1].split(' ') ?? [];
  const [script] = code
    .map((url) => ({ url, size: statSync(path.join(dist, url)).size }))
    .sort((a, b) => b.size - a.size);
  if (!css || !script)
    throw new Error(`${dist}/index.html names no stylesheet or script to request`);
  return ['/', '/timeline/', css, script.url, '/data/inspections.json'];
}

async function load(autocannon, url, { connections, seconds, paths, encoding }) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
    headers: encoding ? { 'accept-encoding': 'br, gzip' } : {},
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/**
 * Days no request of the run has asked for before, on the pages the server renders for a shared
 * link's `asAt` (server/as-at-pages.mjs): the first request for each is a render, not a copy.
 */
const AS_AT_ROUTES = ['/', '/timeline/', '/governance/'];
const AS_AT_DAYS = [
  ['2013-05-02', '2014-06-03', '2016-07-04', '2018-11-29'],
  ['2019-08-01', '2020-03-05', '2021-05-06', '2022-01-07'],
];
const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times each request in turn (to the last byte, brotli accepted); returns the milliseconds. */
async function timeRequests(url, paths) {
  const times = [];
  for (const p of paths) {
    const t = performance.now();
    const response = await fetch(`${url}${p}`, { headers: { 'accept-encoding': 'br, gzip' } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${p}: ${response.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

/**
 * First requests for pages of days not asked for before (issue 20), idle and then while 50
 * connections load the server, and the idle ones again (now cached): rows for the section.
 */
async function asAtFirstRequests(autocannon, url, paths, dist) {
  // The server renders each route once after it starts (server/as-at-pages.mjs): a server that
  // has just started is still doing so. Its pages are those of a malformed `asAt`: asking for
  // them waits until that is done, as on a server that has been up for a while.
  const manifest = path.join(dist, '.server', 'as-at.json');
  const routes = existsSync(manifest)
    ? Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).routes)
    : [];
  await timeRequests(
    url,
    routes.map((r) => `${r}?asAt=x`),
  );
  const pagesOf = (days) => AS_AT_ROUTES.flatMap((r) => days.map((d) => `${r}?asAt=${d}`));
  const idlePages = pagesOf(AS_AT_DAYS[0]);
  const idle = await timeRequests(url, idlePages);
  const again = await timeRequests(url, idlePages);
  const loading = load(autocannon, url, { connections: 50, seconds: 10, paths, encoding: true });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const loaded = await timeRequests(url, pagesOf(AS_AT_DAYS[1]));
  await loading;
  const ms = (x) => `${x.toFixed(0)} ms`;
  const row = (what, times, detail) => ({
    what,
    value: ms(medianOf(times)),
    target: '',
    met: '',
    detail: `median of ${times.length} (${AS_AT_ROUTES.join(', ')}); from ${ms(Math.min(...times))} to ${ms(Math.max(...times))}; ${detail}`,
    reference: '',
  });
  console.log(
    `bench: asAt first requests: idle ${idle.map((t) => t.toFixed(0)).join(', ')} ms; cached ${again.map((t) => t.toFixed(0)).join(', ')} ms; under load ${loaded.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  return [
    row(
      'Production server, first request for a day not asked for before (`?asAt=`)',
      idle,
      'rendered for the day (server/as-at-pages.mjs), no other requests',
    ),
    row('… the same pages asked for again', again, 'from the server’s cache of rendered pages'),
    row(
      '… first requests while 50 connections load the server',
      loaded,
      'other days, each while autocannon sends the mix above at 50 connections',
    ),
  ];
}

/** Turns per server and case (see runServerLoad). */
const SLICES = 10;

/** One server's slices of a case as one run: p99 is the highest slice's, the cautious figure. */
function combine(slices, seconds) {
  const requests = slices.reduce((sum, slice) => sum + slice.requests, 0);
  return {
    rps: requests / seconds,
    p99: Math.max(...slices.map((slice) => slice.p99)),
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
    requests,
  };
}

/** Samples a process's resident memory every 250 ms until stopped; returns the highest. */
function samplePeak(pid) {
  let peak = residentBytes(pid);
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, residentBytes(pid));
    } catch {
      // The process is gone: the run reports its errors.
    }
  }, 250);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Resident memory once it stops falling (two samples a second apart within 1 MB), at most 10 s. */
async function settledResident(pid) {
  let last = residentBytes(pid);
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = residentBytes(pid);
    if (Math.abs(now - last) < 1024 * 1024) return now;
    last = now;
  }
  return last;
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * Runs the load case; returns rows for docs/benchmarks.md (Measure, Ours, Target, Met, Details,
 * Reference) and the raw figures.
 */
export async function runServerLoad({ dist, seconds = 20 }) {
  const { default: autocannon } = await import('autocannon');
  const paths = requestPaths(dist);
  const ours = await startProcess('server/serve.mjs', ['--port', '0', '--dir', dist]);
  const plain = await startProcess('scripts/plain-static-server.mjs', [
    '--port',
    '0',
    '--dir',
    dist,
  ]);
  const rows = [];
  const figures = [];
  try {
    const start = residentBytes(ours.child.pid);
    const plainStart = residentBytes(plain.child.pid);
    const stopPeak = samplePeak(ours.child.pid);
    const stopPlainPeak = samplePeak(plain.child.pid);
    rows.push(...(await asAtFirstRequests(autocannon, ours.url, paths, dist)));
    let turn = 0;
    for (const connections of [50, 200]) {
      for (const encoding of [false, true]) {
        const options = { connections, seconds, paths, encoding };
        // Each server's time comes in SLICES turns, taken in alternation (and the first turn
        // alternating between cases): on a shared machine the other work comes and goes in
        // seconds, and one long run each would compare two different machines.
        const slices = { ours: [], plain: [] };
        for (let i = 0; i < SLICES; i++) {
          const order = (turn + i) % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
          for (const which of order) {
            const url = which === 'ours' ? ours.url : plain.url;
            slices[which].push(
              await load(autocannon, url, { ...options, seconds: seconds / SLICES }),
            );
          }
        }
        turn++;
        const run = { ours: combine(slices.ours, seconds), plain: combine(slices.plain, seconds) };
        const label = `${connections} connections, ${encoding ? 'Accept-Encoding: br, gzip' : 'no Accept-Encoding'}`;
        console.log(
          `bench: server load, ${label}: ours ${run.ours.rps.toFixed(0)} req/s p99 ${run.ours.p99} ms ` +
            `(${run.ours.errors} errors); plain ${run.plain.rps.toFixed(0)} req/s p99 ${run.plain.p99} ms (${run.plain.errors} errors)`,
        );
        figures.push({ connections, encoding, ...run });
        const met = run.ours.rps >= 0.9 * run.plain.rps && run.ours.errors === 0;
        rows.push({
          what: `Production server, ${label}: requests/s`,
          value: run.ours.rps.toFixed(0),
          target: '≥ 0.9× plain, 0 errors',
          met: met ? 'yes' : 'NO',
          detail: `${ratio(run.ours.rps, run.plain.rps)} the plain server's; p99 ${run.ours.p99} ms (${ratio(run.ours.p99, run.plain.p99)} the plain server's); ${run.ours.errors} errors in ${run.ours.requests.toLocaleString('en-GB')} requests; ${seconds} s`,
          reference: `${run.plain.rps.toFixed(0)} req/s, p99 ${run.plain.p99} ms, ${run.plain.errors} errors`,
        });
      }
    }
    const peak = stopPeak();
    const plainPeak = stopPlainPeak();
    const [after, plainAfter] = await Promise.all([
      settledResident(ours.child.pid),
      settledResident(plain.child.pid),
    ]);
    rows.push({
      what: 'Production server, resident memory after the load',
      value: mb(after),
      target: '≤ start + 100 MB',
      met: after - start <= 100 * 1024 * 1024 ? 'yes' : 'NO',
      detail: `${mb(start)} at start, ${mb(peak)} at the peak (${ratio(peak, start)} start), ${mb(after)} after (${ratio(after, start)} start)`,
      reference: `${mb(plainStart)} at start, ${mb(plainPeak)} at the peak, ${mb(plainAfter)} after`,
    });
    return {
      rows,
      figures,
      memory: { start, peak, after, plainStart, plainPeak, plainAfter },
      paths,
    };
  } finally {
    await Promise.all([stopProcess(ours.child), stopProcess(plain.child)]);
  }
}

export const SECTION_TITLE = '## Production server under load';

/** The docs/benchmarks.md section for a load run, in the same table form as the rest of the file. */
export function serverLoadSection({ rows, paths }, { seconds, machine, date, loadAverage }) {
  const header = [
    'Measure',
    'Ours',
    'Target',
    'Met',
    'Details',
    'Reference: a plain static server (sirv) over the same dist/',
  ];
  const table = [
    header,
    header.map(() => '---'),
    ...rows.map((r) => [r.what, r.value, r.target, r.met, r.detail, r.reference]),
  ]
    .map((cells) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`)
    .join('\n');
  return `${SECTION_TITLE}

Written by \`npm run bench\` (\`npm run bench -- --only server-load\` runs and rewrites this section
alone), ${date} UTC, on ${machine}; load average when it ended ${loadAverage}. Other work on the
machine moves every figure: compare the ratios, taken in the same run, more than the counts.

- **How**: scripts/bench-server-load.mjs starts the production server (\`node server/serve.mjs\`)
  and a plain static server (scripts/plain-static-server.mjs: sirv with its defaults, no headers,
  no compression) over the same dist/, each in its own process, on 127.0.0.1. autocannon sends
  requests for ${seconds} s to each server at 50 and then 200 connections, without and then with
  \`Accept-Encoding: br, gzip\`, each connection cycling through
  ${paths.map((p) => `\`${p}\``).join(', ')}. Each server's ${seconds} s come in ${SLICES} turns of
  ${seconds / SLICES} s taken in alternation, as other work on a shared machine comes and goes within
  seconds; requests/s is over all ${SLICES}, p99 the highest of the ${SLICES}.
- **A shared link's date** (issue 20): before the load, once the server has rendered each route
  ahead (it does so after it starts), the production server is asked in turn for
  pages of days no request has named before (\`/?asAt=…\`, \`/timeline/?asAt=…\`,
  \`/governance/?asAt=…\`), each rendered for its day, then for the same pages again (cached), then
  for other such days while 50 connections load it; each time is to the response's last byte.
- **Errors**: connection errors, timeouts and responses other than 2xx.
- **Memory**: the production server's resident set (/proc, or ps) at start, the highest seen every 250 ms
  during all the runs, and after them once it stops falling (at most 10 s).

${table}
`;
}

/** Puts `section` in place of the file's load section, or at its end when it has none. */
export function replaceSection(doc, section) {
  const start = doc.indexOf(`\n${SECTION_TITLE}\n`);
  if (start === -1) return `${doc.trimEnd()}\n\n${section}`;
  const next = doc.indexOf('\n## ', start + SECTION_TITLE.length + 2);
  return `${doc.slice(0, start + 1)}${section}${next === -1 ? '' : doc.slice(next)}`;
}
