/** The rating ladder as a chart spec: each judgement area's grades over time, with interventions. */
import { formatPartialDate, formatPartialDateShort, type PartialDate } from '../../domain/dates';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import {
  FRAMEWORK_ERAS,
  toInterventionMarks,
  type InterventionMark,
} from '../../domain/ladderContext';
import { summariseLadder } from '../../domain/transitionSummary';
import {
  LADDER_AREAS,
  toHandovers,
  toLadderAreas,
  type Handover,
  type LadderArea,
} from '../../domain/transitions';
import type { JudgementArea } from '../../domain/types';
import { toLadderTable } from '../chart-data/ladderTable';
import { getSourceMap, readAsAt } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { layoutLadder } from './layoutLadder';
import { RatingLadder } from './RatingLadder';

export interface LadderParams {
  /** One judgement area, or null for all of them. */
  area: JudgementArea | null;
  /** The shared as-at date: marked on the axis, and what came after it faded, as on other views. */
  asAt: PartialDate;
}

export interface LadderModel {
  areas: LadderArea[];
  /** "2012 to 2023": the years of every judgement and visit, whichever area is shown. */
  span: string;
  handovers: Handover[];
  interventions: InterventionMark[];
}

/** "2012 to 2026": the first and last year of a placed judgement or visit. */
function toYearSpan(areas: readonly LadderArea[]): string {
  const years = areas
    .flatMap((a) => [...a.points, ...a.visits])
    .flatMap((m) => (m.date ? [Number(m.date.slice(0, 4))] : []));
  if (years.length === 0) return 'no judgements';
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return first === last ? `${first}` : `${first} to ${last}`;
}

export const ladderSpec = defineChart({
  name: 'rating-ladder',
  label: 'How each judgement moved',
  fullView: '/transitions',
  source: LOCAL_SOURCES,
  data: ['inspections.json', 'milestones.json', 'governance.json', 'sources.json'],
  fallbackWidth: 960,
  readParams: (query, data): LadderParams => ({
    area: LADDER_AREAS.find((a) => a === query.get('area')) ?? null,
    asAt: readAsAt(query, data['meta.json']),
  }),
  toModel: (data, { area }): LadderModel => {
    const bodies = [...data['governance.json'].bodies];
    const all = toLadderAreas([...data['inspections.json'].inspections], bodies);
    return {
      areas: area ? all.filter((a) => a.area === area) : all,
      span: toYearSpan(all),
      handovers: toHandovers(bodies),
      interventions: toInterventionMarks([...data['milestones.json'].milestones]),
    };
  },
  layout: ({ areas, handovers, interventions }, { asAt }, { surface, width, height }) => {
    const place = (shown: typeof areas, dense = false) =>
      layoutLadder({
        width,
        eras: FRAMEWORK_ERAS,
        areas: shown,
        handovers,
        interventions,
        asAt: { date: asAt, label: `As at ${formatPartialDateShort(asAt)}` },
        dense,
      });
    let placed = place(areas);
    // A slide shows as many judgement areas as fit its height, in order (overall effectiveness
    // first), each panel named; the table and the full view have them all. Where one panel is
    // still too tall, the intervention names take fewer rows.
    if (surface === 'slide' && height !== undefined) {
      for (let n = areas.length - 1; n >= 1 && placed.height > height; n--)
        placed = place(areas.slice(0, n));
      if (placed.height > height) placed = place(areas.slice(0, 1), true);
    }
    return placed;
  },
  toTable: (model, _params, data) => toLadderTable(model.areas, getSourceMap(data['sources.json'])),
  toText: (model) => ({
    title: `How each judgement moved, ${model.span}`,
    shortTitle:
      model.areas.length === 1 && model.areas[0]!.area === 'overall'
        ? 'Overall judgements'
        : undefined,
    description:
      'Each Ofsted judgement of the county council and its successors on the scale inadequate, requires improvement or adequate, good, outstanding; ungraded visits as diamonds; interventions named on the same time axis.',
    summary: summariseLadder(model.areas),
    footnote: [
      {
        lead: 'Timing is not cause.',
        text: 'The interventions share the time axis so that you can see what happened when; the chart does not show that any intervention caused a change in a judgement.',
      },
      '“Adequate” was the middle grade of the 2012–13 frameworks. It shares a rung with “requires improvement” but is not the same grade: it is labelled “Adeq” and outlined in dots. Dashed lines join judgements from different frameworks; solid vertical lines mark the handovers to the trust and to the two new councils. A judgement is placed at its publication date, or at the start of fieldwork where that is not known; a line through a mark spans a date known only to the month or year.',
      {
        list: model.interventions.map(
          (i) => `${formatPartialDate(i.date)}: ${i.titles.join('; ')}`,
        ),
      },
    ],
  }),
  describeSelected: (_model, layout, id) => {
    const mark = layout.panels.flatMap((p) => p.marks).find((m) => m.id === id);
    if (!mark) return null;
    const first = mark.points[0]!;
    return `${AREA_LABELS[first.area]}, ${first.bodyName}, ${mark.points.map((p) => formatGrade(p.grade).toLowerCase()).join(', ')}.`;
  },
  Chart: ({ layout, titleId, descriptionId, selected, onSelect }) => (
    <RatingLadder
      ladder={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      selected={selected}
      onSelect={(id) => onSelect(id)}
    />
  ),
});
