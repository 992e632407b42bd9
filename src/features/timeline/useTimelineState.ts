/**
 * The Timeline's view state, all in the URL so a reload or a shared link brings the same view
 * back: `from`/`to` (inclusive days), `lanes` (those shown; absent = all, "none" = none),
 * `event` (the selected event), `view` (chart or table). The as-at date is the shared `asAt`.
 * While a gesture runs the period lives in memory and reaches the URL when the gesture pauses,
 * so a drag does not write hundreds of history entries.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  clampDomain,
  domainFromUrl,
  domainToUrl,
  type Domain,
} from '../../charts/timeline/zoomDomain';
import { isLane, TIMELINE_LANES } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';

/** The view the Timeline opens on: 2013 to 2021, where the story is. */
export const DEFAULT_DOMAIN: Domain = [Date.UTC(2013, 0, 1), Date.UTC(2022, 0, 1)];

const URL_DELAY_MS = 250;

export function parseLanes(value: string | null): Lane[] {
  if (value === null) return [...TIMELINE_LANES];
  if (value === 'none') return [];
  const wanted = new Set(value.split(','));
  return TIMELINE_LANES.filter((l) => wanted.has(l) && isLane(l));
}

export function lanesToUrl(lanes: readonly Lane[]): string | null {
  if (lanes.length === TIMELINE_LANES.length) return null;
  if (lanes.length === 0) return 'none';
  return TIMELINE_LANES.filter((l) => lanes.includes(l)).join(',');
}

export function useTimelineState(full: Domain) {
  const params = useSearchParamsValue();
  const from = params.get('from');
  const to = params.get('to');
  const lanesParam = params.get('lanes');
  const eventId = params.get('event');
  const view = params.get('view') === 'table' ? 'table' : 'chart';

  const urlDomain = useMemo(() => domainFromUrl(from, to, DEFAULT_DOMAIN, full), [from, to, full]);
  const [liveDomain, setLiveDomain] = useState<Domain | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const setDomain = useCallback(
    (next: Domain) => {
      const clamped = clampDomain(next, full);
      setLiveDomain(clamped);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const url = domainToUrl(clamped);
        const fallback = domainToUrl(clampDomain(DEFAULT_DOMAIN, full));
        const isDefault = url.from === fallback.from && url.to === fallback.to;
        setUrlParams(isDefault ? { from: null, to: null } : url);
        setLiveDomain(null);
      }, URL_DELAY_MS);
    },
    [full],
  );
  const lanes = useMemo(() => parseLanes(lanesParam), [lanesParam]);

  return {
    domain: liveDomain ?? urlDomain,
    setDomain,
    lanes,
    setLanes: (next: readonly Lane[]) => setUrlParams({ lanes: lanesToUrl(next) }),
    selectedId: eventId,
    setSelectedId: (id: string | null) => setUrlParams({ event: id }),
    view: view as 'chart' | 'table',
    setView: (next: 'chart' | 'table') => setUrlParams({ view: next === 'chart' ? null : next }),
  };
}
