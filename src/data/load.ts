/**
 * Loaders: fetch a data file, parse it, validate it. Nothing past a loader sees raw JSON.
 * Every failure is a `DataLoadError` that names the file and says what went wrong, in words a
 * person can act on; schema failures also name the record and the field.
 */
import { DataLoadError } from './dataError';
import type * as Parse from './parse';
import type { DataFileContent, DataFileName } from './parse';

export { DataLoadError, isDataLoadError, type DataErrorKind } from './dataError';
export type { DataFileContent, DataFileName } from './parse';

/** How long to wait for a data file before saying so (an 8-second reply still arrives). */
export const DATA_TIMEOUT_MS = 20_000;

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
  // The validator loads while the file downloads, so it adds no wait of its own.
  const validator = loadValidator(file);
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
  if (response.status === 404 && version) {
    // An embed's v= that names no published version: say that, not "404 for meta.json".
    throw new DataLoadError(
      file,
      'no-version',
      `Data version ${version} does not exist. Check the version in the embed code, or remove it to show the latest data.`,
      [],
      404,
    );
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
  const { parseDataFile } = await validator;
  return parseDataFile(file, json);
}

/** The lazily loaded validator; failing to fetch its chunk is a network error, so it is retried. */
function loadValidator(file: string): Promise<typeof Parse> {
  const loading = import('./parse').catch(() => {
    throw new DataLoadError(file, 'network', `${file} could not be checked: the network failed.`);
  });
  // A fetch that fails first leaves this promise unawaited; its rejection is not a new error.
  loading.catch(() => undefined);
  return loading;
}
