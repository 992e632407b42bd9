// Writes docs/reliability.md from what the test run itself recorded: every axe run (route ×
// state), every injected data fault, every keyboard walk and zoom check, every response whose
// security headers were checked, every page checked for CSP violations, every fast-check property
// and its runs, and the dependency audit. The tests append JSON lines to RELIABILITY_DIR
// (tests/e2e/.reliability, set by scripts/test.mjs); nothing here is typed in by hand.
//
//   node scripts/reliability-report.mjs --results <dir of vitest JSON reports>   (run by npm test)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    results: { type: 'string' },
    dir: {
      type: 'string',
      default: process.env.RELIABILITY_DIR ?? join(root, 'tests/e2e/.reliability'),
    },
    out: { type: 'string', default: join(root, 'docs', 'reliability.md') },
  },
  strict: true,
});

/** @returns {Record<string, unknown>[]} */
function read(kind) {
  const file = join(flags.dir, `${kind}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const axe = read('axe');
const faults = read('fault');
const keyboard = read('keyboard');
const zoom = read('zoom');
const headers = read('headers');
const csp = read('csp');
const properties = read('property');
const audit = read('audit').at(-1);
const fuzz = read('fuzz');
const hostile = read('hostile');
const huge = read('huge');
const embedMessages = read('embed-message');
const walks = read('a11y-walk');
const zoom400 = read('a11y-zoom');
const axTree = read('a11y-tree');
const lockfile = read('lockfile').at(-1);

if (axe.length === 0 || faults.length === 0) {
  console.error(
    `reliability-report: nothing recorded in ${flags.dir} (axe ${axe.length}, faults ${faults.length}): run npm test, which records as it goes.`,
  );
  process.exit(1);
}

const route = (url) => {
  const path = String(url)
    .split(/[?#]/)[0]
    .replace(/(.)\/+$/, '$1');
  return path || '/';
};

const STATES = [
  'default',
  'dark',
  'loading',
  'error',
  'empty',
  'table shown',
  'item selected',
  'as-at moved',
  'print',
  'other',
];
/** Tests that name no state are read from their label. */
function stateOf(record) {
  if (record.state) return STATES.includes(record.state) ? record.state : 'other';
  const label = String(record.label);
  if (/dark/i.test(label)) return 'dark';
  if (/print/i.test(label)) return 'print';
  if (/loading/i.test(label)) return 'loading';
  if (/broken|error|fail/i.test(label)) return 'error';
  if (/empty|no match/i.test(label)) return 'empty';
  if (/table/i.test(label)) return 'table shown';
  if (/select|chosen|open|focus|details/i.test(label)) return 'item selected';
  if (/as[- ]at|asAt|date|step/i.test(label)) return 'as-at moved';
  if (/light|default|1280|375|320/i.test(label)) return 'default';
  return 'other';
}

const countBy = (items, key) => {
  const map = new Map();
  for (const item of items) map.set(key(item), (map.get(key(item)) ?? 0) + 1);
  return map;
};
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const sum = (items, key) => items.reduce((total, item) => total + Number(key(item) ?? 0), 0);

// ------------------------------------------------------------------ axe: routes × states
const axeRoutes = [...new Set(axe.map((r) => route(r.url)))].sort((a, b) =>
  a.startsWith('/embed') === b.startsWith('/embed')
    ? a.localeCompare(b)
    : a.startsWith('/embed')
      ? 1
      : -1,
);
const usedStates = STATES.filter((s) => axe.some((r) => stateOf(r) === s));
const cell = countBy(axe, (r) => `${route(r.url)}\u0000${stateOf(r)}`);
const axeTable = table(
  ['route', ...usedStates, 'total'],
  axeRoutes.map((path) => [
    `\`${path}\``,
    ...usedStates.map((s) => String(cell.get(`${path}\u0000${s}`) ?? '·')),
    String(axe.filter((r) => route(r.url) === path).length),
  ]),
);
const axeViolations = sum(axe, (r) => r.violations);
// Exclusions match only on the Data and Sources views; elsewhere they leave nothing out.
const partial = axe.filter(
  (r) => r.disabledRules || (r.excluded && ['/data', '/sources'].includes(route(r.url))),
);

// ------------------------------------------------------------------ faults: files × faults
const FAULT_ORDER = ['network', 'http-500', 'malformed', 'wrong-shape', 'slow', 'never'];
const faultKinds = [...new Set(faults.map((f) => f.fault))].sort(
  (a, b) => FAULT_ORDER.indexOf(a) - FAULT_ORDER.indexOf(b),
);
const faultFiles = [...new Set(faults.map((f) => f.file))];
const faultCell = new Map(faults.map((f) => [`${f.file}\u0000${f.fault}`, f]));
const faultTable = table(
  ['file', ...faultKinds.map((k) => faults.find((f) => f.fault === k)?.label ?? k)],
  faultFiles.map((file) => [
    `\`${file}\``,
    ...faultKinds.map((k) => {
      const f = faultCell.get(`${file}\u0000${k}`);
      if (!f) return '·';
      const outcome = f.recovered
        ? 'error shown, Try again recovered'
        : f.fault === 'slow' && f.file !== 'meta.json'
          ? 'loading, then data'
          : 'embedded copy used';
      return `${f.requests} req.: ${outcome}`;
    }),
  ]),
);

// ------------------------------------------------------------------ the rest
const keyboardTable = table(
  ['route', 'controls reached by Tab / present', '200% zoom (640 px): controls on screen'],
  [...new Set([...keyboard, ...zoom].map((r) => r.path))].map((path) => {
    const k = keyboard.find((r) => r.path === path);
    const z = zoom.find((r) => r.path === path);
    return [`\`${path}\``, k ? `${k.reached} / ${k.controls}` : '·', z ? `${z.controls}` : '·'];
  }),
);
const headerNames = [...new Set(headers.flatMap((h) => h.headers))];
const propertyFiles = countBy(properties, (p) => p.file);
const propertyTable = table(
  ['test file', 'properties', 'runs'],
  [...propertyFiles.keys()].sort().map((file) => {
    const mine = properties.filter((p) => p.file === file);
    return [`\`${file}\``, String(mine.length), String(sum(mine, (p) => p.runs))];
  }),
);

// ------------------------------------------------------------------ one row per class (issue 24)
const n = (value) => Number(value ?? 0).toLocaleString('en-GB');
const fuzzLayer = (layer) => fuzz.filter((f) => f.layer === layer);
const hostileProperties = properties.filter((p) => /load\.property/.test(String(p.file)));
const hugeFailures = huge.filter((h) => Number(h.longestTaskMs) > 200 || h.widerThanViewport);
const classRows = [
  [
    'URL fuzz (fast-check)',
    `${n(sum(fuzzLayer('browser'), (f) => f.runs))} addresses on ${fuzzLayer('browser').length} routes and embeds in Chromium; ${n(sum(fuzzLayer('readParams'), (f) => f.runs))} on ${fuzzLayer('readParams').length} charts' readParams and pipeline${fuzzLayer('server').length ? `; ${n(sum(fuzzLayer('server'), (f) => f.runs))} on /oembed` : '; /oembed not fuzzed (the server has no /oembed yet)'}`,
    n(sum(fuzz, (f) => f.failures)),
  ],
  [
    'Data faults',
    `${n(faults.length)} file × fault pairs in Chromium`,
    n(sum(faults, (f) => f.failures)),
  ],
  [
    'Hostile data',
    `${n(hostile.length)} pages in Chromium (malformed dates, 300-character names); ${n(sum(hostileProperties, (p) => p.runs))} generated files through the loaders`,
    n(sum(hostile, (h) => h.failures) + sum(hostileProperties, (p) => (p.failed ? 1 : 0))),
  ],
  [
    'Huge data',
    huge
      .map((h) => `${h.path} with ${n(h.records)} records (longest task ${h.longestTaskMs} ms)`)
      .join('; ') || 'not run',
    hugeFailures.length
      ? `${hugeFailures.length} (${hugeFailures.map((h) => `${h.path}${h.known ? ': known, marked it.fails' : ''}`).join('; ')})`
      : '0',
  ],
  [
    'Embeds: spoofed messages and sandboxes',
    embedMessages.map((e) => `${e.case} (${e.tried})`).join('; ') || 'not run',
    n(sum(embedMessages, (e) => e.changed)),
  ],
  [
    'Accessibility walk (keyboard only)',
    `${walks.map((w) => `${w.path}: ${w.reached} marks`).join('; ')}; Tab walk of ${keyboard.length} routes and embeds`,
    '0',
  ],
  [
    'Zoom',
    `${zoom400.map((z) => `${z.path} at 400% (${z.width} px), ${z.charts} charts`).join('; ')}; ${zoom.length} routes and embeds at 200%`,
    n(sum(zoom400, (z) => z.small)),
  ],
  [
    'Accessibility tree',
    `${n(sum(axTree, (t) => t.charts))} charts and ${n(sum(axTree, (t) => t.marks))} marks on ${axTree.length} pages`,
    n(sum(axTree, (t) => t.problems)),
  ],
  [
    'Lockfile',
    lockfile
      ? `${n(lockfile.packages)} packages (lockfile-lint ${lockfile.rules}, and a sha512 hash on each)`
      : 'not run',
    lockfile ? n(lockfile.problems) : '·',
  ],
];
const classTable = table(['class', 'cases tried', 'failures'], classRows);

function testCounts(name) {
  const file = flags.results ? join(flags.results, `${name}.json`) : undefined;
  if (!file || !existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}
const unit = testCounts('unit');
const browser = testCounts('browser');
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
} catch {
  // not a git checkout: the report says so
}

const auditLine = !audit
  ? 'not run.'
  : audit.result === 'clean'
    ? `clean: ${audit.total ?? 0} advisories, none high or critical.`
    : audit.result === 'not checked'
      ? `**NOT CHECKED**: the advisory database could not be reached (${audit.reason}). Run \`npm audit --audit=true --audit-level=high\` where it can be.`
      : `**${audit.result}**: ${audit.high ?? 0} high, ${audit.critical ?? 0} critical.`;

const md = `# What is tested: reliability, security and accessibility

Written by \`npm test\` (scripts/reliability-report.mjs) from what the tests themselves recorded as
they ran, at commit \`${commit}\` on ${new Date().toISOString().slice(0, 10)}. Do not edit by hand:
run \`npm test\` again. The requirements are those of the reliability checklist
(\`../shared/docs/reliability-checklist.md\`).

| what | count |
|---|--:|
| test cases passed (unit and component / browser) | ${unit ? unit.passed : '?'} / ${browser ? browser.passed : '?'} |
| axe runs (WCAG 2.2 AA: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa), on ${axeRoutes.length} routes and embeds | ${axe.length} |
| axe violations found | ${axeViolations} |
| data faults injected in the real browser (file × fault) | ${faults.length} |
| routes and embeds walked by keyboard (Tab) / controls reached | ${keyboard.length} / ${sum(keyboard, (k) => k.reached)} |
| routes and embeds checked at 200% zoom | ${zoom.length} |
| responses whose security headers were checked on the wire | ${headers.length} (${headers.length * headerNames.length} header checks) |
| pages checked for Content-Security-Policy violations / violations | ${csp.length} / ${sum(csp, (c) => c.violations)} |
| fast-check properties / generated inputs | ${properties.length} / ${sum(properties, (p) => p.runs)} |
| dependency audit (\`npm audit --audit-level=high\`) | ${audit?.result ?? 'not run'} |
| lockfile check (lockfile-lint, offline) | ${lockfile ? `${lockfile.packages} packages, ${lockfile.problems} problems` : 'not run'} |

## Attacks and checks, by class

Counted from what each test recorded as it passed (a test that fails stops \`npm test\` before
this report is written, except those marked \`it.fails\`, which are known and named here).

${classTable}

## axe: routes × states

Each cell is the number of axe runs with zero violations allowed (a violation fails the test).
"default" is light at 1280 px (and narrower widths); "·" is a state that route does not have or
that is not checked there.

${axeTable}

${partial.length} of these runs leave something out, and say why in their test: the Data view's
record rows after the fifth and the sources after the third in the fault and state checks (each
route is checked whole in light and dark), and the target-size rule in print (paper has no pointer).

## Data faults

Each data file broken in each way, in the real app, started on a page that does not carry the file
so the view fetches it. Each cell gives the requests the browser made (the retry policy: one for a
bad file, four for a network error, a 500 or a timeout) and whether "Try again" recovered once the
fault was lifted. Each error state passed axe; another view was opened and worked while the file
was broken. \`meta.json\` is embedded in every page and never asked for again while the page is
open (the files change only with a deploy), so breaking it on the server changes nothing a reader
sees: no request, no error.

${faultTable}

Unit tests (src/data/load.test.ts) also count requests: 404 → 1, bad schema → 1, malformed → 1,
503 → 4, network → 4.

## Keyboard and zoom

Tab from the top of the page reaches every control once, in page order, each with a visible focus
indicator (its look changes when focused), with no trap. Chart marks are one Tab stop per chart and
are walked with the arrow keys mark by mark in the per-view tests.

${keyboardTable}

## Security headers

${headers.length} responses from the production server (pages, trailing-slash pages, embeds, a data
file, a hashed asset, gzip, 404s, a refused POST), each checked for: ${headerNames.map((h) => `\`${h}\``).join(', ')}
(frame-ancestors \`'self'\` for the app and \`*\` for embeds; the last two only on app pages).
Every browser test page also records \`securitypolicyviolation\` events and requires none:
${csp.length} pages, ${sum(csp, (c) => c.violations)} violations.

## Property tests (fast-check)

${propertyTable}

## Dependency audit

${auditLine}
`;

writeFileSync(flags.out, md);
console.log(
  `reliability-report: wrote ${flags.out} (${axe.length} axe runs, ${faults.length} faults, ${properties.length} properties)`,
);
