// scripts/lockfile-check.mjs (the offline dependency check in npm test) passes the real lockfile
// and fails a lockfile tampered with in each way it is meant to catch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const script = join(root, 'scripts', 'lockfile-check.mjs');
const dir = mkdtempSync(join(tmpdir(), 'lockfile-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Lock = { packages: Record<string, Record<string, unknown>> };
const realLock = (): Lock =>
  JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;
const firstPackage = (lock: Lock) => Object.keys(lock.packages).find((key) => key !== '')!;

function check(lock?: Lock) {
  const args = [script];
  if (lock) {
    const path = join(dir, `lock-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(path, JSON.stringify(lock));
    args.push('--path', path);
  }
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, RELIABILITY_DIR: '' },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('lockfile check', () => {
  it('passes the lockfile in the repository', () => {
    const { status, output } = check();
    expect(output).toMatch(/lockfile check: \d+ packages, each with a sha512 integrity hash/);
    expect(status).toBe(0);
  }, 30_000);

  it.each([
    [
      'a package fetched from another host over http',
      (lock: Lock) => {
        lock.packages[firstPackage(lock)]!.resolved = 'http://example.com/x/-/x-1.0.0.tgz';
      },
      /detected invalid host/,
    ],
    [
      "a package fetched from another package's tarball",
      (lock: Lock) => {
        lock.packages[firstPackage(lock)]!.resolved =
          'https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz';
      },
      /different name/,
    ],
    [
      'a sha1 integrity hash',
      (lock: Lock) => {
        lock.packages[firstPackage(lock)]!.integrity = 'sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=';
      },
      /no sha512 integrity hash/,
    ],
    [
      'a package with no integrity hash',
      (lock: Lock) => {
        delete lock.packages[firstPackage(lock)]!.integrity;
      },
      /no sha512 integrity hash/,
    ],
  ])(
    'fails %s',
    (_, tamper, message) => {
      const lock = realLock();
      tamper(lock);
      const { status, output } = check(lock);
      expect(output).toMatch(message);
      expect(status).toBe(1);
    },
    30_000,
  );
});
