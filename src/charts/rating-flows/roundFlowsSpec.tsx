/** Every English local authority from each report to the next, as flows between grades. */
import { NATIONAL_JUDGEMENT_LABELS, type NationalJudgement } from '../../domain/nationalMatrix';
import { makeRoundFlows, summariseRoundFlows } from '../../domain/roundFlows';
import { toRoundFlowsTable } from '../chart-data/nationalTables';
import { defineChart } from '../shared/spec';
import { NATIONAL_SOURCES } from '../shared/sourceLines';
import { readJudgement } from '../transition-matrix/spec';
import { layoutRoundFlows } from './layoutRoundFlows';
import {
  describeRoundLink,
  ROUND_FLOWS_DESCRIPTION,
  ROUND_FLOWS_KEY,
  RoundFlows,
} from './RoundFlows';

export interface RoundFlowsParams {
  judgement: NationalJudgement;
}

export const roundFlowsSpec = defineChart({
  name: 'round-flows',
  label: 'Every authority from each report to the next',
  fullView: '/england',
  source: NATIONAL_SOURCES,
  data: ['national.json'],
  fallbackWidth: 960,
  readParams: (query): RoundFlowsParams => ({ judgement: readJudgement(query.get('judgement')) }),
  toModel: (data, { judgement }) => ({
    graph: makeRoundFlows(data['national.json'], judgement),
    attribution: data['national.json'].attribution,
  }),
  layout: (model, _params, { width }) =>
    layoutRoundFlows(model.graph, { width: Math.min(width, 960) }),
  toTable: (model, { judgement }) =>
    toRoundFlowsTable(model.graph, NATIONAL_JUDGEMENT_LABELS[judgement]),
  toText: (model, { judgement }) => ({
    title: `${NATIONAL_JUDGEMENT_LABELS[judgement]}: every authority from each report to the next`,
    description: ROUND_FLOWS_DESCRIPTION,
    summary: summariseRoundFlows(model.graph),
    footnote: [`${ROUND_FLOWS_KEY} ${model.attribution}`],
  }),
  describeSelected: (model, _layout, id) => {
    const link = model.graph.links.find((l) => l.id === id);
    return link ? describeRoundLink(link) : null;
  },
  Chart: ({ layout, titleId, descriptionId, selected, onSelect }) => (
    <RoundFlows
      flows={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      selected={selected}
      onSelect={onSelect}
    />
  ),
});
