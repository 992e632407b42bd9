import { useMeta } from '../data/queries';
import { AS_AT_PARAM, checkAsAt, resolveAsAt } from '../domain/asAt';
import type { PartialDate } from '../domain/dates';
import { setUrlParams, useUrlParam } from '../lib/useUrlState';

/**
 * The shared as-at date from the URL, falling back to the dataset's default; and its setter.
 * Choosing a date pushes a history entry, so Back returns to the date before.
 */
export function useAsAt(): [PartialDate | null, (date: PartialDate) => void] {
  const meta = useMeta();
  const [raw] = useUrlParam(AS_AT_PARAM);
  const fallback = meta.data?.defaultAsAt ?? null;
  const value = fallback === null ? null : resolveAsAt(raw, fallback, meta.data?.coverage);
  return [
    value,
    (date) => {
      if (date !== value)
        setUrlParams({ [AS_AT_PARAM]: date === fallback ? null : date }, { push: true });
    },
  ];
}

/** The problem with the URL's `asAt`, when it has one that cannot be used; else null. */
export function useAsAtProblem() {
  const meta = useMeta();
  const [raw] = useUrlParam(AS_AT_PARAM);
  if (!meta.data) return null;
  const checked = checkAsAt(raw, meta.data.coverage);
  return checked.kind === 'problem'
    ? { problem: checked.problem, fallback: meta.data.defaultAsAt, coverage: meta.data.coverage }
    : null;
}
