import { useMeta } from '../data/queries';
import { AS_AT_PARAM, resolveAsAt } from '../domain/asAt';
import type { PartialDate } from '../domain/dates';
import { useUrlParam } from '../lib/useUrlState';

/** The shared as-at date from the URL, falling back to the dataset's default; and its setter. */
export function useAsAt(): [PartialDate | null, (date: PartialDate) => void] {
  const meta = useMeta();
  const [raw, setRaw] = useUrlParam(AS_AT_PARAM);
  const fallback = meta.data?.defaultAsAt ?? null;
  const value = fallback === null ? null : resolveAsAt(raw, fallback);
  return [value, (date) => setRaw(date === fallback ? null : date)];
}
