import { useMemo, useState } from 'react';
import { toFlowsTable } from '../../charts/chart-data/flowsTable';
import { DataTable } from '../../charts/chart-data/DataTable';
import { layoutFlows } from '../../charts/rating-flows/layoutFlows';
import { RatingFlows } from '../../charts/rating-flows/RatingFlows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate } from '../../domain/dates';
import { toAreaFlows, toFlowGraph } from '../../domain/flows';
import { summariseFlows } from '../../domain/transitionSummary';
import { FRAMEWORK_LABELS, pairSuccessiveInspections, toPlacement } from '../../domain/transitions';
import type { Body, Inspection } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';
import { EmbedGate } from '../EmbedGate';
import { useEmbedGovernance, useEmbedInspections } from '../useEmbedData';

/** "ILACS 2019, county council": the framework, the year and the body, as the app's flows view labels a side. */
const sideLabel = (i: Inspection, names: ReadonlyMap<string, string>) =>
  `${FRAMEWORK_LABELS[i.framework].replace(/ \(SIF\)/, '')} ${formatPartialDate(toPlacement(i).date).replace(/^.* (\d{4})$/, '$1')}, ${names.get(i.subject) ?? i.subject}`;

export function FlowsEmbed() {
  const inspections = useEmbedInspections();
  const governance = useEmbedGovernance();
  return (
    <EmbedGate queries={[inspections, governance]} what="the judgements">
      {() => <FlowsChart inspections={inspections.data!.inspections} bodies={governance.data!.bodies} />}
    </EmbedGate>
  );
}

function FlowsChart({ inspections, bodies }: { inspections: readonly Inspection[]; bodies: readonly Body[] }) {
  const pairId = useEmbedParams().get('pair');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const names = useMemo(() => new Map(bodies.map((b) => [b.id, b.shortName] as const)), [bodies]);
  const pairs = useMemo(() => pairSuccessiveInspections([...inspections]).pairs, [inspections]);
  // The latest comparison by default, as in the app; with two successors, the first of them.
  const lastDate = pairs.at(-1) ? toPlacement(pairs.at(-1)!.after).date : null;
  const latest = pairs.find((p) => toPlacement(p.after).date === lastDate);
  const pair = pairs.find((p) => p.id === pairId) ?? latest;
  const { flows } = useMemo(() => (pair ? toAreaFlows(pair) : { flows: [] }), [pair]);
  const placed = useMemo(() => layoutFlows(toFlowGraph(flows), { width }), [flows, width]);
  if (!pair) return <p className="govuk-body">There are no two successive full inspections to compare.</p>;
  const before = sideLabel(pair.before, names);
  const after = sideLabel(pair.after, names);
  return (
    <div ref={ref}>
      <ChartFrame
        title="Which areas rose, fell or stayed between full inspections"
        description={`One band per judgement area, from its grade in ${before} (left) to its grade in ${after} (right).`}
        summary={summariseFlows(flows, before, after)}
        chart={({ titleId, descriptionId }) => (
          <RatingFlows flows={placed} titleId={titleId} descriptionId={descriptionId} beforeLabel={before} afterLabel={after} selected={selected} onSelect={setSelected} />
        )}
        table={<DataTable table={toFlowsTable(flows, before, after)} />}
        footnote={<p className="govuk-body-s">Grades from different frameworks are not the same scale: such a band is marked as a change of framework.</p>}
      />
    </div>
  );
}
