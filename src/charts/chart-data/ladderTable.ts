/** The rating ladder's data as a table (view-model → ChartTable), for its table alternative and CSV. */
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { FRAMEWORK_LABELS, type LadderArea } from '../../domain/transitions';
import type { SourceDoc } from '../../domain/types';
import { describeWhen } from '../rating-ladder/describeLadder';
import { toCitationText, type ChartTable } from './chartTable';

/** Every judgement and visit on the ladder, by area. */
export function toLadderTable(areas: readonly LadderArea[], sources: ReadonlyMap<string, SourceDoc>): ChartTable {
  return {
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
        toCitationText(p.sources, sources),
      ]),
      ...a.visits.map((v) => [
        AREA_LABELS[a.area],
        describeWhen(v),
        v.bodyName,
        FRAMEWORK_LABELS[v.framework],
        v.title,
        `Not graded (visit)${v.findings ? `: ${v.findings}` : ''}`,
        toCitationText(v.sources, sources),
      ]),
    ]),
  };
}
