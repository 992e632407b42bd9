// npm audit --audit-level=high, told plainly. The user npmrc here sets audit=false, so it is asked
// for explicitly. Exit codes: 0 clean, 1 a high or critical advisory (or an answer we cannot
// read), 3 the advisory database could not be reached: NOT CHECKED, which scripts/test.mjs shows
// as such instead of passing it. A real finding is never turned into "not checked": only an
// answer with no vulnerability report and a network or endpoint error counts as unreachable.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--audit=true', '--audit-level=high', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
});

function record(entry) {
  const dir = process.env.RELIABILITY_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, 'audit.jsonl'), `${JSON.stringify(entry)}\n`);
}

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  record({ result: high === 0 ? 'clean' : 'findings', ...counts });
  console.log(
    `npm audit: ${counts.total ?? 0} advisories (${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low)`,
  );
  if (high > 0) {
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
      if (v.severity === 'high' || v.severity === 'critical')
        console.error(`  ${v.severity}: ${name} ${v.range ?? ''}`);
    }
    console.error('npm audit: high or critical advisories: fix them (npm audit fix) or explain.');
    process.exit(1);
  }
  process.exit(0);
}

const text = `${report?.message ?? ''} ${report?.error?.summary ?? ''} ${run.stderr ?? ''} ${run.error?.message ?? ''}`;
const unreachable =
  /audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|network|\b(4\d\d|5\d\d) [A-Z]/i.test(
    text,
  );
if (unreachable) {
  const why = (report?.message ?? run.error?.message ?? 'no answer').trim();
  record({ result: 'not checked', reason: why });
  console.error(`npm audit: NOT CHECKED: the advisory database could not be reached (${why}).`);
  console.error('Run `npm audit --audit=true --audit-level=high` where the registry answers.');
  process.exit(3);
}
record({ result: 'unreadable' });
console.error(`npm audit: could not read its answer:\n${run.stdout}\n${run.stderr}`);
process.exit(1);
