/** Who held which powers on the as-at date: a table that is itself the chart. */
import { formatPartialDate } from '../../domain/dates';
import { toPowersTable } from '../chart-data/governanceTables';
import { DataTable } from '../chart-data/DataTable';
import { getSourceMap } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { layoutPowersSlide } from './layoutPowersSlide';
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
  // On a slide the table would scroll: a compact list of who held each function, fitted to 16:9.
  layout: (model, _params, { surface, width, height }) =>
    surface === 'slide'
      ? layoutPowersSlide(
          model.governance.state,
          model.governance.name,
          width,
          height ?? Math.round((width * 9) / 16),
        )
      : null,
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
  Chart: ({ model, layout, titleId, descriptionId }) =>
    layout ? (
      <svg
        className="app-svg app-powers-slide"
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        {layout.rules.map((y) => (
          <line key={y} className="app-svg__grid" x1={0} x2={layout.width} y1={y} y2={y} />
        ))}
        {layout.lines.map((l, i) => (
          <text
            key={i}
            x={l.x}
            y={l.y}
            fontSize={12}
            fontWeight={l.role === 'function' ? 700 : 400}
            fontStyle={l.role === 'note' ? 'italic' : undefined}
          >
            {l.text}
          </text>
        ))}
      </svg>
    ) : (
      <DataTable table={model.table} />
    ),
});
