/**
 * Loaders: fetch a data file, parse it, validate it. Nothing past a loader sees raw JSON.
 * Every failure is a `DataLoadError` that names the file and says what went wrong, in words a
 * person can act on; schema failures also name the record and the field.
 */
import type { z } from 'zod';
import { formatDataProblem, toDataProblems, type DataProblem } from './problems';
import {
  governanceFile,
  inspectionsFile,
  metaFile,
  milestonesFile,
  nationalFile,
  sourcesFile,
} from './schemas';

/** Each data file and the schema it must satisfy. */
export const DATA_FILES = {
  'meta.json': metaFile,
  'sources.json': sourcesFile,
  'inspections.json': inspectionsFile,
  'milestones.json': milestonesFile,
  'governance.json': governanceFile,
  'national.json': nationalFile,
} as const;

export type DataFileName = keyof typeof DATA_FILES;
export type DataFileContent<F extends DataFileName> = z.output<(typeof DATA_FILES)[F]>;

export type DataErrorKind = 'network' | 'timeout' | 'http' | 'malformed' | 'schema';

/** A data file that could not be used, and why. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    readonly file: string,
    readonly kind: DataErrorKind,
    message: string,
    readonly problems: readonly DataProblem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again: the network, a timeout or the server, never the file itself. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && this.status !== undefined && this.status >= 500)
    );
  }
}

export const isDataLoadError = (error: unknown): error is DataLoadError =>
  error instanceof DataLoadError;

/** How long to wait for a data file before saying so (an 8-second reply still arrives). */
export const DATA_TIMEOUT_MS = 20_000;

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

/** Where a data file is served: `/data/<file>`, beside the app (never bundled into it). */
export function getDataUrl(file: string, version?: string): string {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const base = import.meta.env?.BASE_URL ?? '/';
  const folder = version ? `data/v/${encodeURIComponent(version)}/` : 'data/';
  return `${origin}${base}${folder}${file}`;
}

interface LoadOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  version?: string;
}

/** Fetch, parse and validate one data file. Never throws anything but a DataLoadError. */
export async function loadDataFile<F extends DataFileName>(
  file: F,
  { signal, timeoutMs = DATA_TIMEOUT_MS, version }: LoadOptions = {},
): Promise<DataFileContent<F>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(getDataUrl(file, version), {
      signal: combined,
      headers: { accept: 'application/json' },
    });
  } catch {
    if (timeout.aborted)
      throw new DataLoadError(file, 'timeout', `${file} took too long to arrive.`);
    throw new DataLoadError(file, 'network', `${file} could not be fetched: the network failed.`);
  }
  if (!response.ok) {
    throw new DataLoadError(
      file,
      'http',
      `${file} could not be fetched: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      [],
      response.status,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    if (timeout.aborted)
      throw new DataLoadError(file, 'timeout', `${file} took too long to arrive.`);
    const reason = error instanceof SyntaxError ? error.message : 'it is not JSON';
    throw new DataLoadError(file, 'malformed', `${file} is not valid JSON: ${reason}.`);
  }
  return parseDataFile(file, json);
}
