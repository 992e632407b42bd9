/**
 * SYNTHETIC inputs for the chart benchmark (bench.html): never shown as data. The timeline's rows
 * follow the benchmark protocol of issue 8, `[{ id, date: 'YYYY-MM-DD', category, label }]`, and
 * become timeline events here, inside the timed render, as real data would.
 */
import type { RoundSequence } from '../domain/roundFlows';
import { DAY, toPeriod } from '../charts/timeline/prepareEvents';
import { makeRandom } from '../domain/syntheticTimeline';
import { TIMELINE_LANES, type TimelineEvent } from '../domain/timeline';
import type { Lane, NationalGrade } from '../domain/types';

/** One row handed to the timeline benchmark. */
export interface BenchRow {
  id: string;
  date: string;
  category: string;
  label: string;
}

/** Rows as timeline events: each category a lane, in order of first appearance (six at most). */
export function toBenchEvents(rows: readonly BenchRow[]): {
  events: TimelineEvent[];
  lanes: Lane[];
  laneLabels: Record<Lane, string>;
} {
  const laneOf = new Map<string, Lane>();
  const laneLabels = Object.fromEntries(TIMELINE_LANES.map((l) => [l, l])) as Record<Lane, string>;
  const events: TimelineEvent[] = [];
  // The lists every benchmark event leaves empty are one shared, frozen array: 10,000 events
  // would otherwise be 70,000 arrays for the garbage collector.
  const none = Object.freeze([]) as unknown as never[];
  for (const row of rows) {
    let lane = laneOf.get(row.category);
    if (!lane) {
      lane = TIMELINE_LANES[laneOf.size];
      if (!lane)
        throw new Error(
          `The timeline benchmark takes six categories; "${row.category}" is a seventh.`,
        );
      laneOf.set(row.category, lane);
      laneLabels[lane] = row.category;
    }
    events.push({
      id: row.id,
      record: 'synthetic',
      lane,
      shape: 'point',
      title: row.label,
      label: row.label,
      start: row.date,
      end: null,
      endStatus: 'none',
      placement: null,
      dateLabel: row.date,
      altStarts: none,
      altEnds: none,
      expected: null,
      grade: null,
      graded: null,
      gradeLabel: null,
      judgements: none,
      summary: 'Synthetic benchmark event.',
      actors: none,
      legalBasis: null,
      published: null,
      type: 'synthetic-milestone',
      sources: none,
      confidence: 'low',
      flags: none,
      dateClaims: none,
      notes: 'Synthetic data.',
    });
  }
  // The chart takes events in time order. Sorting numbers (first day, then input order) in a typed
  // array is several times faster than comparing 10,000 strings in a callback.
  if (events.length >= 1e5)
    throw new Error('The timeline benchmark takes fewer than 100,000 rows.');
  // The key is the first day (days since 1970, offset to stay positive), then input order; reading
  // it through toPeriod also parses each distinct date once, which the chart's layout reuses.
  const keys = new Float64Array(events.length);
  events.forEach((e, i) => (keys[i] = (toPeriod(e.start!).from / DAY + 1e6) * 1e5 + i));
  keys.sort();
  const sorted = Array.from(keys, (k) => events[k % 1e5]!);
  return { events: sorted, lanes: [...laneOf.values()], laneLabels };
}

const GRADES: readonly NationalGrade[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'unknown',
];

/** `count` synthetic authorities, each with a grade (or none recorded) in each of `rounds` rounds. */
export function makeBenchAuthorities(
  count: number,
  rounds: number,
  seed = 1,
): { id: string; grades: NationalGrade[] }[] {
  const random = makeRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-authority-${i + 1}`,
    grades: Array.from(
      { length: rounds },
      () => GRADES[Math.floor(random() * GRADES.length)] ?? 'unknown',
    ),
  }));
}

/** Synthetic authorities as report-by-report sequences for the national flows chart. */
export function toBenchSequences(
  authorities: readonly { id: string; grades: readonly NationalGrade[] }[],
): RoundSequence[] {
  return authorities.map(({ id, grades }) => ({
    ref: { urn: id, name: id, laCode: null, region: null, focus: false, neighbour: false },
    grades,
  }));
}
