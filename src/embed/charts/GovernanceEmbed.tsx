import { useMemo, useState } from 'react';
import { toRelationshipsTable } from '../../charts/chart-data/governanceTables';
import { DataTable } from '../../charts/chart-data/DataTable';
import { GovernanceLegend, RELATIONSHIP_TYPES } from '../../charts/governance/EdgeMarkers';
import { GovernanceDiagram } from '../../charts/governance/GovernanceDiagram';
import { layoutGovernance } from '../../charts/governance/layoutGovernance';
import { toDiagramModel } from '../../charts/governance/toDiagramModel';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate } from '../../domain/dates';
import { summariseGovernance } from '../../domain/governanceText';
import type { GovernanceFile, MetaFile, SourceDoc } from '../../domain/types';
import { EmbedGate } from '../EmbedGate';
import { useEmbedGovernance, useEmbedMeta, useEmbedSources } from '../useEmbedData';
import { useGovernanceAsAt } from './useGovernanceAsAt';

export function GovernanceEmbed() {
  const governance = useEmbedGovernance();
  const sources = useEmbedSources();
  const meta = useEmbedMeta();
  return (
    <EmbedGate queries={[governance, sources, meta]} what="the governance data">
      {() => <GovernanceChart file={governance.data!} meta={meta.data!} sources={sources.data!.sources} />}
    </EmbedGate>
  );
}

function GovernanceChart({ file, meta, sources }: { file: GovernanceFile; meta: MetaFile; sources: readonly SourceDoc[] }) {
  const { date, name, state, lastDiff } = useGovernanceAsAt(file, meta);
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const sourceMap = useMemo(() => new Map(sources.map((s) => [s.id, s] as const)), [sources]);
  const placed = useMemo(() => layoutGovernance(toDiagramModel(file, state, lastDiff), { width }), [file, state, lastDiff, width]);
  const types = RELATIONSHIP_TYPES.filter((t) => state.relationships.some((r) => r.relationship.type === t));
  return (
    <ChartFrame
      title={`Governance on ${formatPartialDate(date)}`}
      description="Bodies and posts by tier, with who directs, appoints, advises, inspects, delivers services for, reports to or chairs whom."
      summary={summariseGovernance(state, name)}
      chart={({ titleId, descriptionId }) => (
        <div ref={ref} className="app-gov-chart">
          <GovernanceLegend types={types} />
          <GovernanceDiagram
            placed={placed}
            titleId={titleId}
            descriptionId={descriptionId}
            selectedId={selected}
            onSelect={(id) => setSelected(id === selected ? null : id)}
          />
        </div>
      )}
      table={<DataTable table={toRelationshipsTable(state, name, sourceMap)} />}
      footnote={
        <p className="govuk-body-s">
          A relationship whose end the sources do not give is drawn dashed: it may have ended. Each body keeps its place on
          every date.
        </p>
      }
    />
  );
}
