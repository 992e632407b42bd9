/** The timeline's data as a table (view-model → ChartTable), for its table alternative and CSV. */
import { toDayRange } from '../../domain/dates';
import { LANE_LABELS, type TimelineEvent } from '../../domain/timeline';
import type { ChartTable } from './chartTable';

const FLAG_WORDS = {
  conflict: 'Sources disagree',
  'source-error': 'Source error',
  uncertain: 'Uncertain',
} as const;

/** The timeline's events, in time order, with whether each falls after the as-at day. */
export function toTimelineTable(
  events: readonly TimelineEvent[],
  asAt: number | null,
  caption: string,
): ChartTable {
  return {
    caption,
    rowIds: events.map((e) => e.id),
    header: [
      'Event',
      'Lane',
      'Dates',
      'Placed by',
      'Judgement',
      'After the as-at date',
      'Confidence',
      'Flags',
      'Sources',
    ],
    rows: events.map((e) => [
      e.title,
      LANE_LABELS[e.lane],
      e.dateLabel,
      e.start ?? 'unknown',
      e.gradeLabel ?? 'Not an inspection',
      asAt !== null && e.start !== null && toDayRange(e.start).first >= asAt ? 'yes' : 'no',
      e.confidence,
      e.flags.map((f) => `${FLAG_WORDS[f.kind]} (${f.field}): ${f.message}`).join(' | ') || 'None',
      e.sources.map((s) => `${s.source} (${s.locator})`).join(' | '),
    ]),
    // "Placed by" is already ISO; a span's known end goes beside it.
    isoDates: [{ after: 3, header: 'Ends (ISO 8601)', values: events.map((e) => e.end) }],
  };
}
