/**
 * Parses and validates a large data file off the main thread (issue 24: 50,000 records took about
 * 2 s in one main-thread task). The loader (load.ts) sends the file's text; the answer is either
 * the validated content or the DataLoadError's parts, which the loader rebuilds, so the message
 * still names the file, the record and the field.
 */
import { DataLoadError } from './dataError';
import type { DataFileName } from './files';
import { parseDataFile } from './parse';

export interface ValidateRequest {
  id: number;
  file: DataFileName;
  /** The file as it arrived (UTF-8), transferred from the page. */
  bytes: ArrayBuffer;
}

/**
 * The validated content arrives in parts, each a message (and so a task) of its own: the file's
 * top-level arrays a slice of ITEMS_PER_MESSAGE records at a time, then the rest of the file
 * (`done`), with those arrays empty. Copying 50,000 records into the page in one message took
 * 0.7 s of main thread; a slice takes a few milliseconds.
 */
export type ValidateAnswer =
  | { id: number; ok: 'part'; key: string; items: unknown[] }
  | { id: number; ok: true; data: unknown }
  | {
      id: number;
      ok: false;
      error: Pick<DataLoadError, 'kind' | 'message' | 'problems'>;
    };

export const ITEMS_PER_MESSAGE = 500;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidateRequest>) => void) | null;
  postMessage: (answer: ValidateAnswer) => void;
};

scope.onmessage = ({ data: { id, file, bytes } }) => {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'it is not JSON';
    scope.postMessage({
      id,
      ok: false,
      error: { kind: 'malformed', message: `${file} is not valid JSON: ${reason}.`, problems: [] },
    });
    return;
  }
  let data: unknown;
  try {
    data = parseDataFile(file, json);
  } catch (error) {
    const { kind, message, problems } =
      error instanceof DataLoadError
        ? error
        : new DataLoadError(file, 'schema', `${file} could not be checked: ${String(error)}`);
    scope.postMessage({ id, ok: false, error: { kind, message, problems: [...problems] } });
    return;
  }
  const rest: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [key, value] of Object.entries(rest)) {
    if (!Array.isArray(value) || value.length <= ITEMS_PER_MESSAGE) continue;
    for (let start = 0; start < value.length; start += ITEMS_PER_MESSAGE) {
      scope.postMessage({ id, ok: 'part', key, items: value.slice(start, start + ITEMS_PER_MESSAGE) });
    }
    rest[key] = [];
  }
  scope.postMessage({ id, ok: true, data: rest });
};
