/**
 * The real chart components, each in the real ChartFrame, fed view-models made by the real domain
 * and layout functions from what the benchmark hands in. Everything from input to SVG happens
 * inside the render that the benchmark times.
 */
import { useMemo } from 'react';
import { GovernanceDiagram } from '../charts/governance/GovernanceDiagram';
import { governanceSpec } from '../charts/governance/spec';
import { RoundFlows } from '../charts/rating-flows/RoundFlows';
import { roundFlowsSpec } from '../charts/rating-flows/roundFlowsSpec';
import { ChartFrame } from '../charts/shared/ChartFrame';
import { historySpec } from '../charts/rating-history/spec';
import { computeChart } from '../charts/shared/useChart';
import { getFullExtent } from '../charts/timeline/prepareEvents';
import { Timeline } from '../charts/timeline/Timeline';
import type { Domain } from '../charts/timeline/zoomDomain';
import type { PartialDate } from '../domain/dates';
import { toRoundFlowGraph } from '../domain/roundFlows';
import type { DataFiles, GovernanceFile, NationalGrade } from '../domain/types';

/** The governance spec reads only the governance file when the as-at date is given. */
type GovernanceData = Pick<DataFiles, 'meta.json' | 'governance.json' | 'sources.json'>;
import { toBenchSequences, type toBenchEvents } from './benchData';

const noop = () => {};
// Made once: toLocaleString with a locale builds a formatter on every call (milliseconds, cold).
const count = new Intl.NumberFormat('en-GB');

export interface TimelineBenchProps {
  bench: ReturnType<typeof toBenchEvents>;
  /** The visible period; the whole extent when null. */
  domain: Domain | null;
  asAt: number | null;
  width: number;
  onDomainChange?: (domain: Domain) => void;
}

export function TimelineBench({
  bench,
  domain,
  asAt,
  width,
  onDomainChange = noop,
}: TimelineBenchProps) {
  const { events, lanes, laneLabels } = bench;
  const full = useMemo(() => getFullExtent(events), [events]);
  return (
    <ChartFrame
      title={`Timeline benchmark: ${count.format(events.length)} synthetic events`}
      description="Synthetic events in six lanes on one time axis; not real data."
      summary={`${events.length} synthetic events.`}
      table={null}
      chart={({ titleId, descriptionId }) => (
        <Timeline
          events={events}
          lanes={lanes}
          laneLabels={laneLabels}
          domain={domain ?? full}
          full={full}
          onDomainChange={onDomainChange}
          asAt={asAt}
          asAtLabel={asAt === null ? null : 'As at'}
          selectedId={null}
          onSelect={noop}
          width={width}
          titleId={titleId}
          descriptionId={descriptionId}
        />
      )}
    />
  );
}

export interface FlowsBenchProps {
  authorities: readonly { id: string; grades: readonly NationalGrade[] }[];
  width: number;
}

/** The national report-by-report flows: every authority over every round, one band per move. */
export function FlowsBench({ authorities, width }: FlowsBenchProps) {
  // Synthetic sequences stand in for national.json; the layout is the spec's, as on every surface.
  const graph = toRoundFlowGraph(toBenchSequences(authorities));
  const placed = roundFlowsSpec.layout(
    { graph, attribution: '' },
    { judgement: 'overall' },
    { surface: 'page', width },
  );
  return (
    <ChartFrame
      title={`Flows benchmark: ${authorities.length} synthetic authorities`}
      description="Synthetic authorities' grades report by report; not real data."
      summary={`${authorities.length} synthetic authorities.`}
      table={null}
      chart={({ titleId, descriptionId }) => (
        <RoundFlows
          flows={placed}
          titleId={titleId}
          descriptionId={descriptionId}
          selected={null}
          onSelect={noop}
        />
      )}
    />
  );
}

export interface GovernanceBenchProps {
  file: GovernanceFile;
  date: PartialDate;
  width: number;
}

/** The governance diagram on one date, from the structure as at that date to the drawing, through its spec. */
export function GovernanceBench({ file, date, width }: GovernanceBenchProps) {
  const params = useMemo(
    () => ({ asAt: date, since: null, highlight: 'changes' as const }),
    [date],
  );
  const model = useMemo(
    () => governanceSpec.toModel({ 'governance.json': file } as GovernanceData, params),
    [file, params],
  );
  const placed = useMemo(
    () => governanceSpec.layout(model, params, { surface: 'page', width }),
    [model, params, width],
  );
  return (
    <ChartFrame
      title={`Governance on ${date}`}
      description="Bodies and posts by tier and who directs, appoints, advises or inspects whom."
      summary={`${placed.nodes.length} bodies.`}
      table={null}
      chart={({ titleId, descriptionId }) => (
        <GovernanceDiagram
          placed={placed}
          titleId={titleId}
          descriptionId={descriptionId}
          selectedId={null}
          onSelect={noop}
        />
      )}
    />
  );
}

export type HistoryBenchFiles = Pick<DataFiles, 'meta.json' | 'national.json' | 'inspections.json'>;

/** The rating history through its spec, as the England view draws it: model, layout and SVG in one render. */
export function HistoryBench({
  files,
  query,
  width,
}: {
  files: HistoryBenchFiles;
  query: string;
  width: number;
}) {
  const chart = computeChart(historySpec, files, query, 'page', width);
  return (
    <ChartFrame
      title={chart.text.title}
      description={chart.text.description}
      summary={chart.text.summary}
      table={null}
      chart={({ titleId, descriptionId }) => (
        <historySpec.Chart
          model={chart.model}
          layout={chart.layout}
          params={chart.params}
          surface="page"
          titleId={titleId}
          descriptionId={descriptionId}
          interactive
          selected={null}
          onSelect={noop}
          onParamsChange={noop}
        />
      )}
    />
  );
}
