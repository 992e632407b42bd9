import { useMemo, useState } from 'react';
import { toLadderTable } from '../../charts/chart-data/ladderTable';
import { DataTable } from '../../charts/chart-data/DataTable';
import { layoutLadder } from '../../charts/rating-ladder/layoutLadder';
import { RatingLadder } from '../../charts/rating-ladder/RatingLadder';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { FRAMEWORK_ERAS, toInterventionMarks } from '../../domain/ladderContext';
import { summariseLadder } from '../../domain/transitionSummary';
import { LADDER_AREAS, toHandovers, toLadderAreas } from '../../domain/transitions';
import type { Body, Inspection, Milestone, SourceDoc } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';
import { EmbedGate } from '../EmbedGate';
import { useEmbedGovernance, useEmbedInspections, useEmbedMilestones, useEmbedSources } from '../useEmbedData';

export function LadderEmbed() {
  const inspections = useEmbedInspections();
  const milestones = useEmbedMilestones();
  const governance = useEmbedGovernance();
  const sources = useEmbedSources();
  return (
    <EmbedGate queries={[inspections, milestones, governance, sources]} what="the judgements">
      {() => (
        <LadderChart
          inspections={inspections.data!.inspections}
          milestones={milestones.data!.milestones}
          bodies={governance.data!.bodies}
          sources={sources.data!.sources}
        />
      )}
    </EmbedGate>
  );
}

function LadderChart({
  inspections,
  milestones,
  bodies,
  sources,
}: {
  inspections: readonly Inspection[];
  milestones: readonly Milestone[];
  bodies: readonly Body[];
  sources: readonly SourceDoc[];
}) {
  const area = useEmbedParams().get('area');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const all = useMemo(() => toLadderAreas([...inspections], [...bodies]), [inspections, bodies]);
  const areas = useMemo(() => (LADDER_AREAS.some((a) => a === area) ? all.filter((a) => a.area === area) : all), [all, area]);
  const handovers = useMemo(() => toHandovers([...bodies]), [bodies]);
  const interventions = useMemo(() => toInterventionMarks([...milestones]), [milestones]);
  const sourceMap = useMemo(() => new Map(sources.map((s) => [s.id, s] as const)), [sources]);
  const ladder = useMemo(
    () => layoutLadder({ width, areas, eras: FRAMEWORK_ERAS, handovers, interventions }),
    [width, areas, handovers, interventions],
  );
  return (
    <div ref={ref}>
      <ChartFrame
        title="How each judgement moved, 2012 to 2023"
        description="Each Ofsted judgement of the county council and its successors on the scale inadequate, requires improvement or adequate, good, outstanding; ungraded visits as diamonds; numbered interventions on the same time axis."
        summary={summariseLadder(areas)}
        chart={({ titleId, descriptionId }) => (
          <RatingLadder ladder={ladder} titleId={titleId} descriptionId={descriptionId} selected={selected} onSelect={setSelected} />
        )}
        table={<DataTable table={toLadderTable(areas, sourceMap)} />}
        footnote={
          <p className="govuk-body-s">
            <strong>Timing is not cause.</strong> The interventions share the time axis so that you can see what happened
            when. “Adequate” (2012–13 frameworks) shares a rung with “requires improvement” but is not the same grade.
          </p>
        }
      />
    </div>
  );
}
