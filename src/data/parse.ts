/**
 * Validation of a data file against its zod schema. This is the only module that pulls in zod and
 * the schemas at run time, and the loader imports it lazily: a pre-rendered page is hydrated from
 * data the build already validated, so its first screen needs no validator (issue 8: the home
 * page's JavaScript budget). Data fetched in the browser is still validated in full.
 */
import type { z } from 'zod';
import { DataLoadError } from './dataError';
import type { DataFileName } from './files';
import { formatDataProblem, toDataProblems } from './problems';
import {
  governanceFile,
  inspectionsFile,
  metaFile,
  milestonesFile,
  englandFile,
  nationalFile,
  sourcesFile,
} from './schemas';

/** Each data file (src/data/files.ts lists them) and the schema it must satisfy. */
export const DATA_FILES = {
  'meta.json': metaFile,
  'sources.json': sourcesFile,
  'inspections.json': inspectionsFile,
  'milestones.json': milestonesFile,
  'governance.json': governanceFile,
  'national.json': nationalFile,
  'england.json': englandFile,
} as const satisfies Record<DataFileName, z.ZodType>;

export type { DataFileName };
export type DataFileContent<F extends DataFileName> = z.output<(typeof DATA_FILES)[F]>;

/** Validate already-parsed JSON against its file's schema. */
export function parseDataFile<F extends DataFileName>(file: F, json: unknown): DataFileContent<F> {
  const schema = DATA_FILES[file];
  const result = schema.safeParse(json);
  if (result.success) return result.data as DataFileContent<F>;
  const problems = toDataProblems(file, json, result.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  throw new DataLoadError(
    file,
    'schema',
    first ? `${formatDataProblem(first)}${more}` : `${file} does not match its format`,
    problems,
  );
}
