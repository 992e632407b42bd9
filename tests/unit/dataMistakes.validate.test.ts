// @vitest-environment node
// npm run validate-data names the file, the record and the field of each kind of hand-editing
// mistake, and fails.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DIR, main } from '../../scripts/validate-data';
import { DATA_MISTAKES, readJson } from '../fixtures/dataMistakes';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('validate-data on a hand-editing mistake', () => {
  it.each(DATA_MISTAKES)('names the file, record and field of a $kind', async ({ file, apply }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'data-mistake-'));
    temps.push(dir);
    cpSync(DEFAULT_DIR, dir, { recursive: true });
    const data = readJson(file);
    const expected = apply(data);
    writeFileSync(path.join(dir, file), JSON.stringify(data, null, 2));

    const lines: string[] = [];
    const code = await main(['--dir', dir], (line) => lines.push(line));
    expect(lines).toContain(expected);
    expect(lines.at(-1)).toMatch(/, 1 problem$/);
    expect(code).toBe(1);
  });
});
