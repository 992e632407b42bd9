// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DIR, main, parseArgs } from './validate-data';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch copy of the real data/ folder. */
function copyOfData(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'validate-data-'));
  temps.push(dir);
  cpSync(DEFAULT_DIR, dir, { recursive: true });
  return dir;
}

async function run(argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line));
  return { code, lines };
}

describe('validate-data', () => {
  it('passes the real data/ folder', async () => {
    const { code, lines } = await run([]);
    expect(lines.slice(0, -1)).toEqual([]);
    expect(lines.at(-1)).toMatch(/^validate-data: \d+ files, \d+ records, 0 problems$/);
    expect(code).toBe(0);
  });

  it('names the file, path and record of an impossible date', async () => {
    const dir = copyOfData();
    const file = path.join(dir, 'inspections.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as {
      inspections: { id: string; fieldwork: { start: string | null } }[];
    };
    const index = data.inspections.findIndex((r) => r.id === 'ncc-child-protection-2013');
    expect(index).toBeGreaterThanOrEqual(0);
    data.inspections[index]!.fieldwork.start = '2013-02-29';
    writeFileSync(file, JSON.stringify(data, null, 2));

    const { code, lines } = await run(['--dir', dir]);
    expect(lines).toContain(
      `inspections.json: inspections[${index}].fieldwork.start (record "ncc-child-protection-2013"): "2013-02-29" is not a real date: February 2013 has 28 days`,
    );
    expect(lines.at(-1)).toMatch(/, 1 problem$/);
    expect(code).toBe(1);
  });

  /** Edit one file of a scratch copy of data/, run the check, return its lines and exit code. */
  async function runWith(file: string, edit: (data: Record<string, unknown[]>) => void) {
    const dir = copyOfData();
    const target = path.join(dir, file);
    const data = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown[]>;
    edit(data);
    writeFileSync(target, JSON.stringify(data, null, 2));
    return run(['--dir', dir]);
  }
  type Rec = { id: string } & Record<string, unknown>;
  const find = (data: Record<string, unknown[]>, list: string, id: string) => {
    const index = (data[list] as Rec[]).findIndex((r) => r.id === id);
    expect(index).toBeGreaterThanOrEqual(0);
    return { index, record: (data[list] as Rec[])[index]! };
  };

  // Each case breaks one rule of the README in the real data; each rule names file, record, field.
  const rules: [string, string, (data: Record<string, unknown[]>) => string][] = [
    [
      'a high-confidence record that cites one secondary source',
      'milestones.json',
      (data) => {
        const { index, record } = find(data, 'milestones', 'section-114-notice-2018-02-02');
        record.confidence = 'high';
        return `milestones.json: milestones[${index}].confidence (record "section-114-notice-2018-02-02"): marked high, but cites no official or primary source and only one secondary source ("lgc-2018-spending-controls"): high needs an official or primary document, or two independent reliable reports that agree`;
      },
    ],
    [
      'an end marked known whose only source gives a plan',
      'governance.json',
      (data) => {
        const { index, record } = find(
          data,
          'relationships',
          'sos-housing-appoints-mhclg-commissioners',
        );
        record.endStatus = 'known';
        return `governance.json: relationships[${index}].endStatus (record "sos-housing-appoints-mhclg-commissioners"): end 2021-03-31 is marked known, but every source cited for it gives only a plan: mark the end "planned"`;
      },
    ],
    [
      "a body's end left known (the default) whose only source gives a plan",
      'governance.json',
      (data) => {
        const { index, record } = find(data, 'bodies', 'mhclg-commissioners');
        delete record.endStatus;
        return `governance.json: bodies[${index}].endStatus (record "mhclg-commissioners"): end 2021-03-31 is marked known, but every source cited for it gives only a plan: mark the end "planned"`;
      },
    ],
    [
      'an id used in two files',
      'milestones.json',
      (data) => {
        const { index, record } = find(data, 'milestones', 'improvement-board-reports-2014');
        record.id = 'improvement-board-2014';
        const gov = JSON.parse(readFileSync(path.join(DEFAULT_DIR, 'governance.json'), 'utf8')) as {
          bodies: Rec[];
        };
        const body = gov.bodies.findIndex((b) => b.id === 'improvement-board-2014');
        return `governance.json: bodies[${body}].id (record "improvement-board-2014"): duplicate id "improvement-board-2014": milestones.json: milestones[${index}] already uses it`;
      },
    ],
  ];

  it.each(rules)('fails on %s, naming file, record and field', async (_name, file, breakIt) => {
    let expected = '';
    const { code, lines } = await runWith(file, (data) => {
      expected = breakIt(data);
    });
    expect(lines.slice(0, -1)).toEqual([expected]);
    expect(lines.at(-1)).toMatch(/, 1 problem$/);
    expect(code).toBe(1);
  });

  it('reports malformed JSON with the file name', async () => {
    const dir = copyOfData();
    writeFileSync(path.join(dir, 'milestones.json'), '{ "milestones": [ ');
    const { code, lines } = await run([`--dir=${dir}`]);
    expect(lines[0]).toMatch(/^milestones\.json: \(top level\): malformed JSON: /);
    expect(code).toBe(1);
  });

  it('reports a missing file, and a cross-file reference that breaks', async () => {
    const dir = copyOfData();
    rmSync(path.join(dir, 'sources.json'));
    const { code, lines } = await run(['--dir', dir]);
    expect(lines).toContain(`sources.json: (top level): missing from ${dir}`);
    expect(code).toBe(1);

    const dir2 = copyOfData();
    const gov = JSON.parse(readFileSync(path.join(dir2, 'governance.json'), 'utf8')) as {
      bodies: { id: string }[];
    };
    gov.bodies = gov.bodies.filter((b) => b.id !== 'ofsted');
    writeFileSync(path.join(dir2, 'governance.json'), JSON.stringify(gov));
    const second = await run(['--dir', dir2]);
    expect(
      second.lines.some((l) => /^governance\.json: relationships\[\d+\]\.from .*"ofsted"/.test(l)),
    ).toBe(true);
    expect(second.code).toBe(1);
  });

  it('reports a folder it cannot read', async () => {
    const { code, lines } = await run([
      '--dir',
      path.join(tmpdir(), 'no-such-folder-for-validate-data'),
    ]);
    expect(lines[0]).toMatch(/cannot read the data folder/);
    expect(code).toBe(1);
  });

  it('refuses unknown arguments', () => {
    expect(parseArgs(['--fix'])).toEqual({
      error: expect.stringContaining('unknown argument "--fix"'),
    });
    expect(parseArgs(['--dir'])).toEqual({ error: '--dir needs a path' });
  });
});
