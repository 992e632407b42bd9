/** What a screen reader hears for a mark or a cluster: the same facts the label and table give. */
import { formatPartialDate } from '../../domain/dates';
import { LANE_LABELS, type AltDate, type TimelineEvent } from '../../domain/timeline';
import { DAY } from './prepareEvents';
import type { PlacedCluster } from './timelineGeometry';

const FIELD_WORDS: Record<AltDate['field'], string> = {
  date: 'the date',
  end: 'the end',
  fieldwork: 'the fieldwork',
  'fieldwork.start': 'the start of fieldwork',
  'fieldwork.end': 'the end of fieldwork',
  published: 'the publication date',
};

export function describeEvent(e: TimelineEvent, faded: boolean): string {
  const parts = [e.title, e.dateLabel];
  if (e.gradeLabel) parts.push(e.gradeLabel);
  for (const alt of [...e.altStarts, ...e.altEnds])
    parts.push(`A source gives ${FIELD_WORDS[alt.field]} as ${formatPartialDate(alt.date)}`);
  const flagged = e.flags.filter((f) => f.kind !== 'uncertain').length;
  if (flagged)
    parts.push(flagged === 1 ? 'Flagged: see the details' : `${flagged} flags: see the details`);
  parts.push(LANE_LABELS[e.lane]);
  if (faded) parts.push('After the as-at date');
  return `${parts.join('. ')}.`;
}

const formatDay = (t: number) => formatPartialDate(new Date(t).toISOString().slice(0, 10));

export function describeCluster(c: PlacedCluster): string {
  return `${c.ids.length} events too close together to show one by one, ${formatDay(c.from)} to ${formatDay(c.until - DAY)}, ${LANE_LABELS[c.lane]}. Press Enter to zoom in.`;
}
