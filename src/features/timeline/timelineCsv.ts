/** The events the timeline shows, as a CSV file: the same rows as its table. */
import { LANE_LABELS, type TimelineEvent } from '../../domain/timeline';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { toDayRange } from '../../domain/dates';

export function toTimelineCsv(events: readonly TimelineEvent[], asAt: number | null): string {
  return toCsv(
    ['id', 'lane', 'event', 'dates', 'placed by', 'judgement', 'after as-at date', 'confidence', 'flags', 'sources'],
    events.map((e) => [
      e.id,
      LANE_LABELS[e.lane],
      e.title,
      e.dateLabel,
      e.start ?? 'unknown',
      e.gradeLabel ?? '',
      asAt !== null && e.start !== null && toDayRange(e.start).first >= asAt ? 'yes' : 'no',
      e.confidence,
      e.flags.map((f) => `${f.kind} (${f.field}): ${f.message}`).join(' | '),
      e.sources.map((s) => `${s.source} (${s.locator})`).join(' | '),
    ]),
  );
}

/** Browser only: call from a click handler. */
export function downloadTimelineCsv(events: readonly TimelineEvent[], asAt: number | null): void {
  downloadText('northamptonshire-timeline-events.csv', toTimelineCsv(events, asAt), 'text/csv;charset=utf-8');
}
