/** The governance diagram as a chart spec: the structure on the as-at date, by tier. */
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import {
  diffGovernance,
  diffOnDay,
  getChangeDates,
  getChangeOnOrBefore,
  governanceAsAt,
  type GovernanceAsAt,
} from '../../domain/governance';
import { makeNameLookup, summariseGovernance, type NameLookup } from '../../domain/governanceText';
import type { GovernanceFile, MetaFile } from '../../domain/types';
import { toRelationshipsTable } from '../chart-data/governanceTables';
import { readAsAt, readDayBefore, getSourceMap } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { GovernanceLegend, RELATIONSHIP_TYPES } from './EdgeMarkers';
import { GovernanceDiagram } from './GovernanceDiagram';
import { UnlabelledLines } from './UnlabelledLines';
import { layoutGovernance } from './layoutGovernance';
import { toDiagramModel } from './toDiagramModel';
import type { PlacedGovernance } from './types';

export interface GovernanceParams {
  asAt: PartialDate;
  /** Highlight what changed since this day; without it, what changed on the last change on or before asAt. */
  since: PartialDate | null;
  /** 'none': draw nothing as new (a presenter's step on which the structure did not change). */
  highlight: 'changes' | 'none';
}

export interface GovernanceModel {
  file: GovernanceFile;
  state: GovernanceAsAt;
  name: NameLookup;
  diff: ReturnType<typeof diffGovernance> | undefined;
}

/** The structure on a date and what changed; shared by the governance diagram and the powers table. */
export function toGovernanceModel(
  file: GovernanceModel['file'],
  { asAt, since, highlight }: GovernanceParams,
): GovernanceModel {
  const state = governanceAsAt(file, asAt);
  let diff: GovernanceModel['diff'];
  if (highlight === 'none') diff = undefined;
  else if (since) diff = diffGovernance(governanceAsAt(file, since), state);
  else {
    const last = getChangeOnOrBefore(getChangeDates(file), asAt);
    diff = last ? diffOnDay(file, last.date) : undefined;
  }
  return { file, state, name: makeNameLookup(file), diff };
}

export const readGovernanceParams = (query: URLSearchParams, meta: MetaFile): GovernanceParams => {
  const asAt = readAsAt(query, meta);
  return {
    asAt,
    since: readDayBefore(query.get('since'), asAt),
    highlight: query.get('highlight') === 'none' ? 'none' : 'changes',
  };
};

export const governanceSpec = defineChart({
  name: 'governance',
  label: 'Governance',
  fullView: '/governance',
  source: LOCAL_SOURCES,
  data: ['governance.json', 'sources.json'],
  fallbackWidth: 960,
  readParams: (query, data) => readGovernanceParams(query, data['meta.json']),
  toModel: (data, params) => toGovernanceModel(data['governance.json'], params),
  // A slide has an arrangement of its own, made for its 16:9 logical frame (tiers as columns).
  layout: (model, _params, { surface, width, height }): PlacedGovernance =>
    layoutGovernance(toDiagramModel(model.file, model.state, model.diff), {
      width,
      slideHeight: surface === 'slide' ? (height ?? Math.round((width * 9) / 16)) : undefined,
    }),
  toTable: (model, _params, data) =>
    toRelationshipsTable(model.state, model.name, getSourceMap(data['sources.json'])),
  toText: (model, { asAt }, _data) => ({
    title: `Governance on ${formatPartialDate(asAt)}`,
    shortTitle: `Governance on ${formatPartialDate(asAt)}`,
    description:
      'Bodies and posts by tier, with who directs, appoints, advises, inspects, delivers services for, reports to or chairs whom.',
    summary: summariseGovernance(model.state, model.name),
    footnote: [
      'A relationship whose end the sources do not give is drawn dashed: it may have ended. None is drawn on a date when a body it names did not exist. A body that may have ended, or whose end was only planned, is drawn dotted on grey with its end in words. Each body keeps its column on every date; a tier with no body on the date is left out.',
    ],
  }),
  Chart({ model, layout, titleId, descriptionId, selected, onSelect, surface }) {
    const types = RELATIONSHIP_TYPES.filter((t) =>
      model.state.relationships.some((r) => r.relationship.type === t),
    );
    return (
      <div className="app-gov-chart">
        {surface === 'compact' || surface === 'slide' ? null : (
          <GovernanceLegend types={types} ended={layout.nodes.some((n) => n.end !== null)} />
        )}
        <GovernanceDiagram
          placed={layout}
          titleId={titleId}
          descriptionId={descriptionId}
          selectedId={selected}
          onSelect={(id) => onSelect(id === selected ? null : id)}
        />
        <UnlabelledLines placed={layout} />
      </div>
    );
  },
});
