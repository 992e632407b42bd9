/** Which judgement areas rose, fell or stayed between two successive full inspections. */
import { formatPartialDate } from '../../domain/dates';
import { toAreaFlows, toFlowGraph, type AreaFlow } from '../../domain/flows';
import { summariseFlows } from '../../domain/transitionSummary';
import {
  FRAMEWORK_LABELS,
  pairSuccessiveInspections,
  toPlacement,
  type InspectionPair,
} from '../../domain/transitions';
import { AREA_LABELS } from '../../domain/ratings';
import type { Inspection, JudgementArea } from '../../domain/types';
import { toFlowsTable } from '../chart-data/flowsTable';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { layoutFlows } from './layoutFlows';
import { describeFlow, RatingFlows } from './RatingFlows';

export interface FlowsParams {
  /** The id of the pair of inspections compared, or null for the latest. */
  pair: string | null;
}

export interface FlowsModel {
  pairs: readonly InspectionPair[];
  pair: InspectionPair | undefined;
  flows: readonly AreaFlow[];
  /** Areas graded in neither report of the pair. */
  ungraded: readonly JudgementArea[];
  before: string;
  after: string;
}

/** "ILACS 2019, county council": the framework, the year and the body. */
export const toSideLabel = (i: Inspection, names: ReadonlyMap<string, string>) =>
  `${FRAMEWORK_LABELS[i.framework].replace(/ \(SIF\)/, '')} ${formatPartialDate(toPlacement(i).date).replace(/^.* (\d{4})$/, '$1')}, ${
    names.get(i.subject) ?? i.subject
  }`;

export const flowsSpec = defineChart({
  name: 'rating-flows',
  label: 'Which areas rose, fell or stayed',
  fullView: '/transitions',
  source: LOCAL_SOURCES,
  data: ['inspections.json', 'governance.json'],
  fallbackWidth: 960,
  readParams: (query): FlowsParams => ({ pair: query.get('pair') }),
  toModel: (data, params): FlowsModel => {
    const names = new Map(data['governance.json'].bodies.map((b) => [b.id, b.shortName] as const));
    const { pairs } = pairSuccessiveInspections([...data['inspections.json'].inspections]);
    // The latest comparison by default; with two successors, the first of them.
    const lastDate = pairs.at(-1) ? toPlacement(pairs.at(-1)!.after).date : null;
    const latest = pairs.find((p) => toPlacement(p.after).date === lastDate);
    const pair = pairs.find((p) => p.id === params.pair) ?? latest;
    const { flows, ungraded } = pair ? toAreaFlows(pair) : { flows: [], ungraded: [] };
    return {
      pairs,
      pair,
      flows,
      ungraded,
      before: pair ? toSideLabel(pair.before, names) : '',
      after: pair ? toSideLabel(pair.after, names) : '',
    };
  },
  layout: (model, _params, { width }) => layoutFlows(toFlowGraph([...model.flows]), { width }),
  toTable: (model) => toFlowsTable([...model.flows], model.before, model.after),
  toText: (model) => ({
    title: 'Which areas rose, fell or stayed between full inspections',
    description: model.pair
      ? `One band per judgement area, from its grade in ${model.before} (left) to its grade in ${model.after} (right).`
      : 'There are no two successive full inspections to compare.',
    summary: model.pair
      ? summariseFlows([...model.flows], model.before, model.after)
      : 'There are no two successive full inspections to compare.',
    footnote: [
      `Full inspections are the single inspection (SIF) and the ILACS standard inspection; the separate 2013 inspections and the agency inspections are on the rating ladder. “Not recorded”: the sources do not record that area’s grade, so no movement is claimed. Grades from different frameworks are not the same scale: such a band is marked as a change of framework.${
        model.ungraded.length
          ? ` Not graded in either report: ${model.ungraded.map((a) => AREA_LABELS[a].toLowerCase()).join(', ')}.`
          : ''
      }`,
    ],
  }),
  describeSelected: (model, layout, id) => {
    const chosen = layout.links.find((l) => l.link.id === id);
    return chosen ? describeFlow(chosen.link, model.before, model.after) : null;
  },
  Chart: ({ model, layout, titleId, descriptionId, selected, onSelect }) =>
    model.pair ? (
      <RatingFlows
        flows={layout}
        titleId={titleId}
        descriptionId={descriptionId}
        beforeLabel={model.before}
        afterLabel={model.after}
        selected={selected}
        onSelect={onSelect}
      />
    ) : (
      <p className="govuk-body">There are no two successive full inspections to compare.</p>
    ),
});
