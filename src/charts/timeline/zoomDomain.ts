/**
 * The visible period under zoom and pan, kept inside the full extent and no shorter than two
 * weeks (at which the axis shows days). Pure, so buttons, keys, gestures and the overview
 * strip all move the view the same way.
 */
import { DAY } from './prepareEvents';

export type Domain = readonly [number, number];

export const MIN_SPAN = 14 * DAY;

/** Keep a period inside `full`, keeping its length where it fits. */
export function clampDomain([a, b]: Domain, full: Domain, minSpan = MIN_SPAN): [number, number] {
  const fullSpan = full[1] - full[0];
  const span = Math.min(Math.max(b - a, Math.min(minSpan, fullSpan)), fullSpan);
  const mid = (a + b) / 2;
  let from = mid - span / 2;
  from = Math.min(Math.max(from, full[0]), full[1] - span);
  return [Math.round(from), Math.round(from + span)];
}

/** Zoom by `factor` (>1 zooms in) about the instant `at` (default: the middle). */
export function zoomDomain(
  domain: Domain,
  factor: number,
  full: Domain,
  at?: number,
): [number, number] {
  const [a, b] = domain;
  const pivot = at ?? (a + b) / 2;
  const next: Domain = [pivot - (pivot - a) / factor, pivot + (b - pivot) / factor];
  // Clamp the span first, then keep the pivot where it was on screen as far as the edges allow.
  const span = Math.min(Math.max(next[1] - next[0], MIN_SPAN), full[1] - full[0]);
  const share = b > a ? (pivot - a) / (b - a) : 0.5;
  return clampDomain([pivot - share * span, pivot - share * span + span], full);
}

/** Move by a share of the visible span (negative: back in time). */
export function panDomain(domain: Domain, share: number, full: Domain): [number, number] {
  const shift = (domain[1] - domain[0]) * share;
  return clampDomain([domain[0] + shift, domain[1] + shift], full);
}

/** The same span, moved so that the period [from, until) is in view with a margin. */
export function revealPeriod(
  domain: Domain,
  from: number,
  until: number,
  full: Domain,
): [number, number] {
  const span = domain[1] - domain[0];
  const margin = span * 0.1;
  if (from >= domain[0] + margin && from <= domain[1] - margin) return [domain[0], domain[1]];
  const start = from - span / 2;
  return clampDomain([start, start + span], full);
}

/** A period to zoom to that shows [from, until) with a little room either side. */
export function fitPeriod(from: number, until: number, full: Domain): [number, number] {
  const pad = Math.max((until - from) * 0.15, 3 * DAY);
  return clampDomain([from - pad, until + pad], full);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A URL's day ("2016-03-01") as UTC ms, or null if it is not a real day. */
export function parseUrlDay(value: string | null | undefined): number | null {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === value ? t : null;
}

export const toUrlDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * The view from the URL's `from` and `to` (both inclusive days); the default when either is
 * missing, unreadable or out of order.
 */
export function domainFromUrl(
  from: string | null,
  to: string | null,
  fallback: Domain,
  full: Domain,
): [number, number] {
  const a = parseUrlDay(from);
  const b = parseUrlDay(to);
  if (a === null || b === null || b < a) return clampDomain(fallback, full);
  return clampDomain([a, b + DAY], full);
}

/** The URL's `from` and `to` for a view (inclusive days). */
export function domainToUrl([a, b]: Domain): { from: string; to: string } {
  const start = Math.floor(a / DAY) * DAY;
  const end = Math.max(start, Math.ceil(b / DAY) * DAY - DAY);
  return { from: toUrlDay(start), to: toUrlDay(end) };
}
