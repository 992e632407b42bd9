/**
 * The timeline on a phone (issue 19): time runs down the screen, one labelled row per event,
 * grouped under its year, each row tagged with its lane by colour and by name. The desktop chart
 * shrunk to 375 px put 54 events in 300 px of axis with no room for a name; here every event has
 * its whole name. Pure, like layoutTimeline: the same events, period, lanes and as-at date.
 */
import { formatPartialDateShort } from '../../domain/dates';
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { wrapText } from '../shared/textMetrics';
import { prepareEvent } from './prepareEvents';

/** At and under this width the page draws the timeline as a list (spec.layout decides). */
export const LIST_MAX_WIDTH = 480;

export interface TimelineListOptions {
  width: number;
  /** The visible period, UTC ms: first instant and the instant after the end. */
  domain: readonly [number, number];
  lanes: readonly Lane[];
  laneLabels: Readonly<Record<Lane, string>>;
  /** The instant after the as-at day: events from then on are faded. */
  asAt?: number | null;
  /** "As at 7 Jul 2026", drawn where the as-at date falls in the list. */
  asAtLabel?: string | null;
}

/** How an event's mark is drawn in its row, as on the desktop chart. */
export type ListGlyph = 'dot' | 'band' | 'diamond' | 'undated';

export interface PlacedListRow {
  id: string;
  event: TimelineEvent;
  top: number;
  height: number;
  /** The day and month ("30 Nov"), the month ("Nov"), or nothing for a year or no date. */
  date: string;
  lane: Lane;
  laneLabel: string;
  lines: string[];
  glyph: ListGlyph;
  /** Hollow: a visit that gave no grade, or something expected. */
  hollow: boolean;
  faded: boolean;
}

export interface PlacedListHeading {
  y: number;
  label: string;
}

export interface PlacedTimelineList {
  width: number;
  height: number;
  rows: PlacedListRow[];
  headings: PlacedListHeading[];
  /** The line where the as-at date falls between rows, or null when it is outside the list. */
  asAt: { y: number; label: string } | null;
  /** The x of the vertical line the marks sit on, and its extent. */
  spine: { x: number; top: number; bottom: number };
  /** Where the row's texts start. */
  textX: number;
}

/** Sizes: label text 13 px, the date and lane tag 12 px (the screen minimum), headings 14 px. */
export const LIST_SIZES = { label: 13, small: 12, heading: 14, line: 17 } as const;
const DATE_X = 8;
const SPINE_X = 62;
const TEXT_X = 78;
const HEADING_HEIGHT = 30;
const AS_AT_HEIGHT = 28;
const ROW_PAD = 6;

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const toDateColumn = (date: string | null) => {
  if (!date || date.length === 4) return '';
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? '';
  return date.length === 10 ? `${Number(date.slice(8, 10))} ${month}` : month;
};

/** A row's label: as on the desktop chart, with a month or year date and an open end said. */
function toRowLabel(e: TimelineEvent): string {
  const prefix = e.expected ? `Expected by ${formatPartialDateShort(e.expected.by)}: ` : '';
  const suffix =
    e.endStatus === 'unknown' ? ' (end unknown)' : e.endStatus === 'open' ? ' (continuing)' : '';
  return `${prefix}${e.label}${suffix}`;
}

export function layoutTimelineList(
  events: readonly TimelineEvent[],
  options: TimelineListOptions,
): PlacedTimelineList {
  const { width, lanes, laneLabels } = options;
  const [d0, d1] = options.domain;
  const asAt = options.asAt ?? null;
  const shown = new Set(lanes);
  const textWidth = Math.max(80, width - TEXT_X - 8);

  const dated: { e: TimelineEvent; from: number }[] = [];
  const undated: TimelineEvent[] = [];
  for (const e of events) {
    if (!shown.has(e.lane)) continue;
    const p = prepareEvent(e);
    if (!p.start) {
      undated.push(e);
      continue;
    }
    // In the period when any of it is: its start, or its end, or a span across the period.
    if (p.from >= d1 || p.until <= d0) continue;
    dated.push({ e, from: p.start.from });
  }
  dated.sort((a, b) => a.from - b.from);

  const rows: PlacedListRow[] = [];
  const headings: PlacedListHeading[] = [];
  let y = 0;
  let year: number | null = null;
  let asAtLine: PlacedTimelineList['asAt'] = null;
  const placeAsAt = () => {
    if (asAtLine || asAt === null || !options.asAtLabel) return;
    asAtLine = { y: y + AS_AT_HEIGHT - 6, label: options.asAtLabel };
    y += AS_AT_HEIGHT;
  };
  const placeRow = (e: TimelineEvent, faded: boolean) => {
    const lines = wrapText(toRowLabel(e), textWidth, LIST_SIZES.label);
    const height = ROW_PAD * 2 + LIST_SIZES.line * (lines.length + 1);
    const band = e.start !== null && e.start.length !== 10;
    rows.push({
      id: e.id,
      event: e,
      top: y,
      height,
      date: toDateColumn(e.start),
      lane: e.lane,
      laneLabel: laneLabels[e.lane],
      lines,
      glyph:
        e.start === null
          ? 'undated'
          : band
            ? 'band'
            : e.record === 'inspection'
              ? 'dot'
              : 'diamond',
      hollow: e.graded === false || Boolean(e.expected),
      faded,
    });
    y += height;
  };

  for (const { e, from } of dated) {
    const faded = asAt !== null && from >= asAt;
    if (faded) placeAsAt();
    const y0 = new Date(from).getUTCFullYear();
    if (y0 !== year) {
      year = y0;
      headings.push({ y: y + 20, label: String(y0) });
      y += HEADING_HEIGHT;
    }
    placeRow(e, faded);
  }
  // The as-at date after every event shown: the line closes the list, if it falls in the period.
  if (asAt !== null && asAt > d0 && asAt <= d1) placeAsAt();
  if (undated.length) {
    headings.push({ y: y + 20, label: 'Date unknown' });
    y += HEADING_HEIGHT;
    for (const e of undated) placeRow(e, false);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    width,
    height: Math.max(y + 8, 48),
    rows,
    headings,
    asAt: asAtLine,
    spine: {
      x: SPINE_X,
      top: first ? first.top : 0,
      bottom: last ? last.top + last.height : 0,
    },
    textX: TEXT_X,
  };
}

/** The x of a row's date and the centre of its mark. */
export const LIST_DATE_X = DATE_X;
