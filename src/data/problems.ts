/**
 * Problems in data files, described so that a person can find and fix them:
 * which file, which record, which field, and what was expected.
 */
import type { z } from 'zod';

/** One problem in one data file. `path` is a JSON path such as `inspections[3].fieldwork.start`. */
export interface DataProblem {
  file: string;
  path: string;
  /** The id of the record the problem sits in, where the record has one. */
  recordId?: string;
  message: string;
}

/** `inspections[3].fieldwork.start` from `['inspections', 3, 'fieldwork', 'start']`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** The id of the record at `path` in `json`, found by walking down to the first array item. */
function findRecordId(json: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
    if (typeof key === 'number' && node !== null && typeof node === 'object') {
      const recordId = (node as Record<string, unknown>).id;
      if (typeof recordId === 'string') return recordId;
    }
  }
  return undefined;
}

/** True when the field at `path` is absent from `json` (its parent exists but lacks the key). */
function isMissing(json: unknown, path: readonly PropertyKey[]): boolean {
  let node: unknown = json;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return true;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return false;
}

/**
 * zod says "expected string, received undefined" for a field left out; a person editing the file
 * needs to read that the field is missing (and never the word "undefined").
 */
function toMessage(issue: z.core.$ZodIssue, json: unknown): string {
  if (issue.code === 'invalid_type' && isMissing(json, issue.path))
    return `is missing: a value of type ${issue.expected} is required`;
  return issue.message;
}

/** Turn zod's issues into problems that name the file, the record and the field. */
export function toDataProblems(file: string, json: unknown, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => {
    const recordId = findRecordId(json, issue.path);
    return {
      file,
      path: toJsonPath(issue.path),
      ...(recordId === undefined ? {} : { recordId }),
      message: toMessage(issue, json),
    };
  });
}

/** `inspections.json: inspections[3] (record "sif-2016") .fieldwork.start: "…" is not a real date` */
export function formatDataProblem(problem: DataProblem): string {
  const record = problem.recordId === undefined ? '' : ` (record "${problem.recordId}")`;
  return `${problem.file}: ${problem.path}${record}: ${problem.message}`;
}
