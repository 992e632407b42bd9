/**
 * `npm run validate-data [-- --dir <path>]`: checks every file in data/ against its schema, then
 * the references between files (crossCheck). Prints one line per problem, naming the file, the
 * JSON path and the record, then a summary line; exits 1 if there is any problem.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { crossCheck, type CrossCheckFiles } from '../src/data/crossCheck';
import { formatDataProblem, toDataProblems, type DataProblem } from '../src/data/problems';
import { DATA_FILE_NAMES, type DataFileName } from '../src/data/files';
import { DATA_FILES } from '../src/data/parse';

/** The files the dataset is complete without: the national context, converted from other sources. */
const OPTIONAL: ReadonlySet<DataFileName> = new Set(['national.json', 'england.json']);

/** Each data file, its schema, and whether the dataset is incomplete without it. */
const FILES = DATA_FILE_NAMES.map((name) => ({
  name,
  schema: DATA_FILES[name],
  required: !OPTIONAL.has(name),
}));

export const DEFAULT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');

export interface ValidationReport {
  /** Problem lines, then the summary line. */
  lines: string[];
  problems: DataProblem[];
  files: number;
  records: number;
}

/** How many records a parsed file holds: the items of its top-level lists. */
function countRecords(parsed: unknown): number {
  if (parsed === null || typeof parsed !== 'object') return 0;
  return Object.values(parsed).reduce<number>(
    (n, value) => n + (Array.isArray(value) ? value.length : 0),
    0,
  );
}

const topLevel = (file: string, message: string): DataProblem => ({
  file,
  path: '(top level)',
  message,
});

export async function validateData(dir: string = DEFAULT_DIR): Promise<ValidationReport> {
  const problems: DataProblem[] = [];
  const parsed = new Map<string, unknown>();
  let files = 0;
  let records = 0;

  let present: Set<string>;
  try {
    present = new Set(await readdir(dir));
  } catch (error) {
    const problem = topLevel(dir, `cannot read the data folder: ${(error as Error).message}`);
    return {
      lines: [formatDataProblem(problem), 'validate-data: 0 files, 0 records, 1 problem'],
      problems: [problem],
      files: 0,
      records: 0,
    };
  }

  for (const { name, schema, required } of FILES) {
    if (!present.has(name)) {
      if (required) problems.push(topLevel(name, `missing from ${dir}`));
      continue;
    }
    files += 1;
    let text: string;
    try {
      text = await readFile(path.join(dir, name), 'utf8');
    } catch (error) {
      problems.push(topLevel(name, `cannot read the file: ${(error as Error).message}`));
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(topLevel(name, `malformed JSON: ${(error as Error).message}`));
      continue;
    }
    const result = (schema as z.ZodType).safeParse(json);
    if (!result.success) {
      problems.push(...toDataProblems(name, json, result.error));
      continue;
    }
    parsed.set(name, result.data);
    records += countRecords(result.data);
  }

  problems.push(
    ...crossCheck({
      sources: parsed.get('sources.json'),
      inspections: parsed.get('inspections.json'),
      milestones: parsed.get('milestones.json'),
      governance: parsed.get('governance.json'),
      england: parsed.get('england.json'),
    } as CrossCheckFiles),
  );

  const summary = `validate-data: ${files} files, ${records} records, ${problems.length} problem${
    problems.length === 1 ? '' : 's'
  }`;
  return { lines: [...problems.map(formatDataProblem), summary], problems, files, records };
}

/** Parse `--dir <path>` (or `--dir=<path>`); anything else is an error. */
export function parseArgs(argv: readonly string[]): { dir: string } | { error: string } {
  let dir = DEFAULT_DIR;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--dir') {
      const next = argv[i + 1];
      if (next === undefined) return { error: '--dir needs a path' };
      dir = path.resolve(next);
      i += 1;
    } else if (arg.startsWith('--dir=')) {
      dir = path.resolve(arg.slice('--dir='.length));
    } else {
      return { error: `unknown argument "${arg}" (usage: validate-data [--dir <path>])` };
    }
  }
  return { dir };
}

/** Runs the check and prints its report; returns the exit code. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  print: (line: string) => void = (line) => console.log(line),
): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    print(`validate-data: ${args.error}`);
    return 2;
  }
  const report = await validateData(args.dir);
  report.lines.forEach((line) => print(line));
  return report.problems.length === 0 ? 0 : 1;
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
