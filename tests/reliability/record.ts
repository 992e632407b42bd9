// The record of what the test run checked, for docs/reliability.md (scripts/reliability-report.mjs).
// Tests append one JSON line per check to <RELIABILITY_DIR>/<kind>.jsonl. Nothing is written unless
// RELIABILITY_DIR is set (scripts/test.mjs sets it), so a test run on its own leaves no trace and
// two people running tests in one checkout do not mix their counts.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a line counts: an axe run, an injected fault, a header check, a property run, … */
export type ReliabilityKind =
  | 'axe'
  | 'csp'
  | 'fault'
  | 'keyboard'
  | 'zoom'
  | 'headers'
  | 'property'
  | 'audit'
  | 'lockfile'
  | 'fuzz'
  | 'huge'
  | 'hostile'
  | 'embed-message'
  | 'a11y-walk'
  | 'a11y-zoom'
  | 'a11y-tree';

export function recordReliability(kind: ReliabilityKind, entry: Record<string, unknown>): void {
  const dir = process.env.RELIABILITY_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${kind}.jsonl`), `${JSON.stringify(entry)}\n`);
}
