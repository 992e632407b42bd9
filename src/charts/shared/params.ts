/** Reading chart parameters from an address: each falls back when it is missing or not valid. */
import { resolveAsAt } from '../../domain/asAt';
import type { PartialDate } from '../../domain/dates';
import type { MetaFile, SourceDoc, SourcesFile } from '../../domain/types';

/** The as-at date of the address, or the dataset's default. */
export const readAsAt = (query: URLSearchParams, meta: MetaFile): PartialDate =>
  resolveAsAt(query.get('asAt'), meta.defaultAsAt);

/** A day before `before` from the address, or null: anything else is ignored, never an error. */
export const readDayBefore = (value: string | null, before: PartialDate): PartialDate | null => {
  const day = value ? resolveAsAt(value, '') : '';
  return day && day < before ? day : null;
};

/** One value of a closed list, else the fallback. */
export const readChoice = <T extends string>(
  value: string | null,
  choices: readonly T[],
  fallback: T,
): T => choices.find((c) => c === value) ?? fallback;

const sourceMaps = new WeakMap<SourcesFile, ReadonlyMap<string, SourceDoc>>();

/** The sources by id, made once per loaded file. */
export function getSourceMap(file: SourcesFile): ReadonlyMap<string, SourceDoc> {
  let map = sourceMaps.get(file);
  if (!map) {
    map = new Map(file.sources.map((s) => [s.id, s] as const));
    sourceMaps.set(file, map);
  }
  return map;
}
