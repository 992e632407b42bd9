/**
 * The Timeline's plain-English summary, generated from the events in view: never written by hand
 * per date, so it stays true as the data, the range, the lanes or the as-at date change.
 */
import type { Grade, Lane } from './types';
import { formatPartialDate, toDayRange, type PartialDate } from './dates';
import { GRADE_LABELS } from './ratings';
import {
  compareEvents,
  getEventDayRange,
  LANE_LABELS,
  TIMELINE_LANES,
  type TimelineEvent,
} from './timeline';

export interface SummaryOptions {
  /** First and last day in view (day precision). */
  from: PartialDate;
  to: PartialDate;
  /** The lanes shown. */
  lanes: readonly Lane[];
  /** Events after this day are faded; null when no as-at date applies. */
  asAt: PartialDate | null;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => WORDS[n] ?? String(n);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${count(n)} times`);

/** Joins "a", "b and c". */
export const joinWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Do the event's marks overlap the days [from, to] (UTC ms of the first and last day)? */
export function overlapsRange(e: TimelineEvent, from: number, to: number): boolean {
  const range = getEventDayRange(e);
  return range !== null && range.first <= to && range.last >= from;
}

/** Runs of the same grade, in time order: "inadequate four times, then requires improvement once". */
function describeGrades(grades: readonly Grade[]): string {
  const runs: { grade: Grade; n: number }[] = [];
  for (const grade of grades) {
    const last = runs.at(-1);
    if (last && last.grade === grade) last.n += 1;
    else runs.push({ grade, n: 1 });
  }
  return runs.map((r) => `${GRADE_LABELS[r.grade].toLowerCase()} ${times(r.n)}`).join(', then ');
}

function describeOfsted(events: readonly TimelineEvent[]): string {
  const inspections = events.filter((e) => e.record !== 'milestone' && e.lane === 'ofsted');
  if (inspections.length === 0) return 'No Ofsted inspection or visit falls in this period.';
  const graded = inspections.filter((e) => e.graded && e.grade !== null).map((e) => e.grade!);
  const unknown = inspections.filter((e) => e.graded && e.grade === null).length;
  const visits = inspections.filter((e) => e.graded === false).length;
  const parts: string[] = [];
  if (graded.length > 0) parts.push(`Ofsted's graded inspections judged ${describeGrades(graded)}`);
  if (unknown > 0)
    parts.push(
      `${plural(unknown, 'graded inspection has', 'graded inspections have')} no known grade`,
    );
  if (visits > 0) parts.push(`Ofsted made ${plural(visits, 'visit', 'visits')} that gave no grade`);
  return `${joinWords(parts)}.`;
}

function describeDirections(events: readonly TimelineEvent[]): string | null {
  const directions = events.filter((e) => e.type === 'direction' && e.start !== null);
  if (directions.length === 0) return null;
  const lane = (e: TimelineEvent) => LANE_LABELS[e.lane].replace(' intervention', '');
  if (directions.length > 4) {
    const first = directions[0]!;
    const last = directions.at(-1)!;
    return `${count(directions.length)} directions were issued, the first on ${formatPartialDate(first.start)} and the last on ${formatPartialDate(last.start)}.`;
  }
  const list = directions.map((e) => `${formatPartialDate(e.start)} (${lane(e)})`);
  return `${directions.length === 1 ? 'A direction was' : 'Directions were'} issued on ${joinWords(list)}.`;
}

/** A plain-English summary of what the timeline shows now. */
export function summariseTimeline(
  events: readonly TimelineEvent[],
  options: SummaryOptions,
): string {
  const from = toDayRange(options.from).first;
  const to = toDayRange(options.to).last;
  const shownLanes = new Set(options.lanes);
  const period = `Between ${formatPartialDate(options.from)} and ${formatPartialDate(options.to)}`;
  if (shownLanes.size === 0)
    return `${period}, no lanes are shown: choose at least one lane to see events.`;

  const inLanes = events.filter((e) => shownLanes.has(e.lane));
  const inView = inLanes.filter((e) => overlapsRange(e, from, to)).sort(compareEvents);
  const asAtDay = options.asAt ? toDayRange(options.asAt).last : null;
  const known =
    asAtDay === null ? inView : inView.filter((e) => toDayRange(e.start!).first <= asAtDay);
  const later = inView.length - known.length;

  const sentences: string[] = [];
  const laneCount =
    shownLanes.size === TIMELINE_LANES.length
      ? 'all six lanes'
      : plural(shownLanes.size, 'lane', 'lanes');
  sentences.push(
    `${period}, the timeline shows ${plural(inView.length, 'event', 'events')} in ${laneCount}.`,
  );
  if (options.asAt && later > 0)
    sentences.push(
      `${plural(later, 'event comes', 'events come')} after the as-at date, ${formatPartialDate(options.asAt)}, and ${later === 1 ? 'is' : 'are'} faded; the rest of this summary counts only what had happened by then.`,
    );
  if (shownLanes.has('ofsted')) sentences.push(describeOfsted(known));
  const directions = describeDirections(known);
  if (directions) sentences.push(directions);
  const disputed = inView.filter((e) =>
    e.flags.some((f) => f.kind === 'conflict' || f.kind === 'source-error'),
  );
  if (disputed.length > 0)
    sentences.push(
      `${plural(disputed.length, 'event has', 'events have')} a date or fact that sources dispute or get wrong; the details say which.`,
    );
  const undated = inLanes.filter((e) => e.start === null).length;
  if (undated > 0)
    sentences.push(
      `${plural(undated, 'event has', 'events have')} no known date and ${undated === 1 ? 'is' : 'are'} shown apart.`,
    );
  const hidden = TIMELINE_LANES.length - shownLanes.size;
  if (hidden > 0) sentences.push(`${plural(hidden, 'lane is', 'lanes are')} hidden.`);
  return sentences.map((x) => `${x.charAt(0).toUpperCase()}${x.slice(1)}`).join(' ');
}
