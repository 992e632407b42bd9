/** The rating ladder's data as a table (view-model → ChartTable), for its table alternative and CSV. */
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { FRAMEWORK_LABELS, type LadderArea } from '../../domain/transitions';
import type { SourceDoc } from '../../domain/types';
import { describeWhen } from '../rating-ladder/describeLadder';
import { toCitationText, toIsoPeriod, type ChartTable } from './chartTable';

/** Every judgement and visit on the ladder, by area. */
export function toLadderTable(
  areas: readonly LadderArea[],
  sources: ReadonlyMap<string, SourceDoc>,
): ChartTable {
  // The same dates as describeWhen's words: the publication date, else the fieldwork.
  const when = (p: Pick<LadderArea['points'][number], 'published' | 'fieldwork'>) =>
    p.published ?? toIsoPeriod(p.fieldwork.start, p.fieldwork.end);
  return {
    isoDates: [
      {
        after: 1,
        header: 'When (ISO 8601)',
        values: areas.flatMap((a) => [...a.points.map(when), ...a.visits.map(when)]),
      },
    ],
    caption: 'Judgements and visits by area',
    header: ['Area', 'When', 'Body', 'Framework', 'Judgement', 'Grade', 'Sources'],
    rows: areas.flatMap((a) => [
      ...a.points.map((p) => [
        AREA_LABELS[a.area],
        describeWhen(p),
        p.bodyName,
        FRAMEWORK_LABELS[p.framework],
        p.headline ? 'Headline judgement' : p.label,
        formatGrade(p.grade),
        toCitationText(p.sources, sources, p),
      ]),
      ...a.visits.map((v) => [
        AREA_LABELS[a.area],
        describeWhen(v),
        v.bodyName,
        FRAMEWORK_LABELS[v.framework],
        v.title,
        `Not graded (visit)${v.findings ? `: ${v.findings}` : ''}`,
        toCitationText(v.sources, sources, v),
      ]),
    ]),
  };
}
