// The dependency check that works here: lockfile-lint reads package-lock.json offline and requires,
// of every package in it that names a URL, that the URL is on the npm registry
// (registry.npmjs.org), over https, and matches the package's name (a lockfile edited to fetch
// "lodash" from another package's tarball fails), and that every integrity hash is sha512. This
// lockfile is written without URLs (npm's omit-lockfile-registry-resolved), so npm fetches each
// package from the configured registry and checks it against its integrity hash; lockfile-lint
// lets a package without a hash pass, so this script also requires one on every package. npm audit (scripts/audit.mjs) still runs
// where the advisory service answers; this check does not replace it, it covers what can be proved
// without it: that `npm ci` installs exactly what the registry serves under those names.
//
//   node scripts/lockfile-check.mjs [--path package-lock.json]
//
// Exit 0 clean, 1 a problem (each one printed by lockfile-lint). Records the result for
// docs/reliability.md when RELIABILITY_DIR is set.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: { path: { type: 'string', default: join(root, 'package-lock.json') } },
  strict: true,
});
const lockfile = resolve(flags.path);
const cli = join(root, 'node_modules', 'lockfile-lint', 'bin', 'lockfile-lint.js');

let packages = 0;
let withUrl = 0;
/** Packages npm would install without checking their content against a sha512 hash. */
let unhashed = [];
try {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  // The root project ("") is not fetched; linked workspaces have no URL or hash of their own.
  const entries = Object.entries(lock.packages ?? {}).filter(([key, p]) => key && !p.link);
  packages = entries.length;
  withUrl = entries.filter(([, p]) => p.resolved).length;
  unhashed = entries
    .filter(([, p]) => !/^sha512-/.test(String(p.integrity ?? '')))
    .map(([key]) => key);
} catch (error) {
  console.error(`lockfile check: cannot read ${lockfile}: ${error.message}`);
  process.exit(1);
}

const rules = [
  '--allowed-hosts',
  'npm',
  '--validate-https',
  '--validate-integrity',
  '--validate-package-names',
  '--empty-hostname',
  'false',
];
const run = spawnSync(process.execPath, [cli, '--path', lockfile, '--type', 'npm', ...rules], {
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
for (const key of unhashed) console.error(`  ${key}: no sha512 integrity hash`);
const clean = run.status === 0 && unhashed.length === 0;
// lockfile-lint prints one line per problem ("detected invalid host(s) for package: …").
const problems =
  `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^\s*detected /.test(line)).length +
  unhashed.length;

if (process.env.RELIABILITY_DIR) {
  mkdirSync(process.env.RELIABILITY_DIR, { recursive: true });
  appendFileSync(
    join(process.env.RELIABILITY_DIR, 'lockfile.jsonl'),
    `${JSON.stringify({ tool: 'lockfile-lint', rules: rules.join(' '), packages, withUrl, problems: clean ? 0 : Math.max(problems, 1) })}\n`,
  );
}
console.log(
  clean
    ? `lockfile check: ${packages} packages, each with a sha512 integrity hash; ${withUrl} name a URL, each on registry.npmjs.org over https and matching its name (the others are fetched from the configured registry).`
    : `lockfile check: problems in ${lockfile} (see above).`,
);
process.exit(clean ? 0 : 1);
