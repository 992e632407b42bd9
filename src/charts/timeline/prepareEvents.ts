/**
 * Timeline events as day numbers, computed once per event (layout runs on every zoom frame, and
 * parsing 10,000 partial dates per frame would cost the frame).
 */
import { toDayRange } from '../../domain/dates';
import type { TimelineEvent } from '../../domain/timeline';

export const DAY = 86_400_000;

/** A period as UTC ms: the first day, and the instant after the last day. */
export interface DayPeriod {
  from: number;
  until: number;
  /** True when the date is known only to the month or the year. */
  band: boolean;
}

export interface PreparedEvent {
  event: TimelineEvent;
  start: DayPeriod | null;
  end: DayPeriod | null;
  expectedBy: DayPeriod | null;
  altStarts: DayPeriod[];
  altEnds: DayPeriod[];
  /** The first instant the event may touch, and the last known instant (ends never invented). */
  from: number;
  until: number;
}

const periods = new Map<string, DayPeriod>();

/**
 * A partial date as a period, parsed once per distinct string: ten thousand events share a few
 * thousand days, and parsing each date twice per event cost a 10,000-event timeline a frame.
 * Periods are shared, so they are frozen.
 */
export function toPeriod(date: string): DayPeriod {
  const hit = periods.get(date);
  if (hit) return hit;
  // toDayRange throws on anything but YYYY, YYYY-MM or YYYY-MM-DD, so the length is the precision.
  const r = toDayRange(date);
  const period = Object.freeze({ from: r.first, until: r.last + DAY, band: date.length !== 10 });
  periods.set(date, period);
  return period;
}

const cache = new WeakMap<TimelineEvent, PreparedEvent>();
const NONE: readonly DayPeriod[] = Object.freeze([]);

/** One event's days. Cached per event: for a single event looked up by a key press or a row. */
export function prepareEvent(event: TimelineEvent): PreparedEvent {
  const hit = cache.get(event);
  if (hit) return hit;
  const prepared = computePrepared(event);
  cache.set(event, prepared);
  return prepared;
}

const listCache = new WeakMap<readonly TimelineEvent[], readonly PreparedEvent[]>();

/**
 * Every event's days, in the order of `events`, cached per list: layout reads the list on every
 * zoom frame, and one cache entry per list costs far less than one per event (10,000 weak-map
 * entries took 4-15 ms to fill and 1-6 ms to read).
 */
export function prepareEvents(events: readonly TimelineEvent[]): readonly PreparedEvent[] {
  const hit = listCache.get(events);
  if (hit) return hit;
  const prepared = events.map(computePrepared);
  listCache.set(events, prepared);
  return prepared;
}

function computePrepared(event: TimelineEvent): PreparedEvent {
  const start = event.start ? toPeriod(event.start) : null;
  const end = event.end ? toPeriod(event.end) : null;
  const expectedBy = event.expected ? toPeriod(event.expected.by) : null;
  const altStarts = event.altStarts.length
    ? event.altStarts.map((a) => toPeriod(a.date))
    : (NONE as DayPeriod[]);
  const altEnds = event.altEnds.length
    ? event.altEnds.map((a) => toPeriod(a.date))
    : (NONE as DayPeriod[]);
  // The span every date of the event covers. No closure, and a list only for the few events with
  // more than a start: this runs for every event of a 10,000-event timeline.
  let from = Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  if (start) {
    from = start.from;
    until = start.until;
  }
  if (end || expectedBy || altStarts.length || altEnds.length) {
    for (const p of [end, expectedBy, ...altStarts, ...altEnds]) {
      if (!p) continue;
      if (p.from < from) from = p.from;
      if (p.until > until) until = p.until;
    }
  }
  const prepared: PreparedEvent = {
    event,
    start,
    end,
    expectedBy,
    altStarts,
    altEnds,
    from: Number.isFinite(from) ? from : Number.NaN,
    until: Number.isFinite(until) ? until : Number.NaN,
  };
  return prepared;
}

/** The whole period the events cover, widened to whole years and to `atLeast` where given. */
export function getFullExtent(
  events: readonly TimelineEvent[],
  atLeast?: readonly [number, number],
): [number, number] {
  let from = atLeast ? atLeast[0] : Number.POSITIVE_INFINITY;
  let until = atLeast ? atLeast[1] : Number.NEGATIVE_INFINITY;
  for (const p of prepareEvents(events)) {
    if (Number.isNaN(p.from)) continue;
    from = Math.min(from, p.from);
    until = Math.max(until, p.until);
  }
  if (!Number.isFinite(from) || !Number.isFinite(until)) {
    const year = Date.UTC(2013, 0, 1);
    return [year, Date.UTC(2014, 0, 1)];
  }
  const y0 = new Date(from).getUTCFullYear();
  const y1 = new Date(until - 1).getUTCFullYear();
  return [Date.UTC(y0, 0, 1), Date.UTC(y1 + 1, 0, 1)];
}
