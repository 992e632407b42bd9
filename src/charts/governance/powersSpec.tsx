/** Who held which powers on the as-at date: a table that is itself the chart. */
import { formatPartialDate } from '../../domain/dates';
import { toPowersTable } from '../chart-data/governanceTables';
import { DataTable } from '../chart-data/DataTable';
import { getSourceMap } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { readGovernanceParams, toGovernanceModel } from './spec';

export const powersSpec = defineChart({
  name: 'powers',
  label: 'Who held which powers',
  fullView: '/governance',
  source: LOCAL_SOURCES,
  data: ['governance.json', 'sources.json'],
  fallbackWidth: 960,
  readParams: (query, data) => readGovernanceParams(query, data['meta.json']),
  toModel: (data, params) => {
    const governance = toGovernanceModel(data['governance.json'], params);
    return {
      governance,
      table: toPowersTable(governance.state, governance.name, getSourceMap(data['sources.json'])),
    };
  },
  layout: () => null,
  toTable: (model) => model.table,
  toText: ({ governance: { state } }, { asAt }) => {
    const held = state.powers.length;
    const uncertain = state.powers.filter((p) => p.status === 'uncertain').length;
    return {
      title: `Who held which powers on ${formatPartialDate(asAt)}`,
      description:
        "Each function of children's services and local government, who held it, over whom, and by what authority.",
      summary: `On ${formatPartialDate(asAt)} the data records ${held} ${held === 1 ? 'power' : 'powers'} in force${
        uncertain ? `, ${uncertain} of them uncertain on this date` : ''
      }.`,
      footnote: [],
    };
  },
  // The powers table is itself the chart: both tabs show it, so it keeps the frame every chart has.
  Chart: ({ model }) => <DataTable table={model.table} />,
});
