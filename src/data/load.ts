/**
 * Loaders: fetch a data file, parse it, validate it. Nothing past a loader sees raw JSON.
 * Every failure is a `DataLoadError` that names the file and says what went wrong, in words a
 * person can act on; schema failures also name the record and the field.
 */
import { DataLoadError } from './dataError';
import type * as Parse from './parse';
import type { DataFileContent, DataFileName } from './parse';
import type { ValidateAnswer, ValidateRequest } from './validate.worker';

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
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    if (timeout.aborted)
      throw new DataLoadError(file, 'timeout', `${file} took too long to arrive.`);
    throw new DataLoadError(file, 'network', `${file} could not be fetched: the network failed.`);
  }
  // A large file is parsed and validated in a worker, so the page keeps answering (issue 24);
  // where no worker can start (a sandboxed embed, a test runner), it is done here as before.
  // The bytes are handed over, not copied, and decoded there.
  if (bytes.byteLength >= WORKER_THRESHOLD_BYTES) {
    const answer = await validateInWorker(file, bytes);
    if (answer) return answer as DataFileContent<F>;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it is not JSON';
    throw new DataLoadError(file, 'malformed', `${file} is not valid JSON: ${reason}.`);
  }
  const { parseDataFile } = await validator;
  return parseDataFile(file, json);
}

/**
 * Files this large (in bytes) are validated in a worker. Validation runs at roughly 4 MB a
 * second on the test machine, so the largest file shipped today (national.json, 236 KB) stays on
 * the main thread, in well under the 200 ms a task may take, and needs no worker.
 */
export const WORKER_THRESHOLD_BYTES = 256 * 1024;

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (answer: ValidateAnswer | undefined) => void>();
/** The top-level arrays of each file on its way from the worker, a slice at a time. */
const parts = new Map<number, Map<string, unknown[]>>();

/** The one validation worker, started on first use; null where workers cannot start. */
function validationWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A document with an opaque origin (an embed in a sandboxed frame) may not start one.
    return (worker = null);
  }
  worker.onmessage = ({ data }: MessageEvent<ValidateAnswer>) => {
    if (data.ok === 'part') {
      const arrays = parts.get(data.id) ?? new Map<string, unknown[]>();
      parts.set(data.id, arrays);
      const items = arrays.get(data.key) ?? [];
      arrays.set(data.key, items);
      for (const item of data.items) items.push(item);
      return;
    }
    if (data.ok) {
      for (const [key, items] of parts.get(data.id) ?? [])
        (data.data as Record<string, unknown>)[key] = items;
    }
    parts.delete(data.id);
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  worker.onerror = (event) => {
    // The worker's script could not load or run: every file waiting is validated here instead.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const done of waiting.values()) done(undefined);
    waiting.clear();
    parts.clear();
  };
  return worker;
}

/** The validated content, or undefined when no worker could do it (the caller does it itself). */
async function validateInWorker(file: DataFileName, bytes: ArrayBuffer): Promise<unknown> {
  const target = validationWorker();
  if (!target) return undefined;
  const id = nextId++;
  const answer = await new Promise<ValidateAnswer | undefined>((resolve) => {
    waiting.set(id, resolve);
    target.postMessage({ id, file, bytes } satisfies ValidateRequest, [bytes]);
  });
  if (!answer) return undefined;
  if (answer.ok === true) return answer.data;
  if (answer.ok === 'part') return undefined; // never: parts are gathered above
  throw new DataLoadError(file, answer.error.kind, answer.error.message, answer.error.problems);
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
