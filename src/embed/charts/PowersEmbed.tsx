import { useMemo } from 'react';
import { toPowersTable } from '../../charts/chart-data/governanceTables';
import { DataTable } from '../../charts/chart-data/DataTable';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { formatPartialDate } from '../../domain/dates';
import type { GovernanceFile, MetaFile, SourceDoc } from '../../domain/types';
import { EmbedGate } from '../EmbedGate';
import { useEmbedGovernance, useEmbedMeta, useEmbedSources } from '../useEmbedData';
import { useGovernanceAsAt } from './useGovernanceAsAt';

export function PowersEmbed() {
  const governance = useEmbedGovernance();
  const sources = useEmbedSources();
  const meta = useEmbedMeta();
  return (
    <EmbedGate queries={[governance, sources, meta]} what="the governance data">
      {() => <PowersChart file={governance.data!} meta={meta.data!} sources={sources.data!.sources} />}
    </EmbedGate>
  );
}

/** The powers table is itself the chart: both tabs show it, so the embed keeps the frame every chart has. */
function PowersChart({ file, meta, sources }: { file: GovernanceFile; meta: MetaFile; sources: readonly SourceDoc[] }) {
  const { date, name, state } = useGovernanceAsAt(file, meta);
  const sourceMap = useMemo(() => new Map(sources.map((s) => [s.id, s] as const)), [sources]);
  const table = toPowersTable(state, name, sourceMap);
  const held = state.powers.length;
  const uncertain = state.powers.filter((p) => p.status === 'uncertain').length;
  return (
    <ChartFrame
      title={`Who held which powers on ${formatPartialDate(date)}`}
      description="Each function of children's services and local government, who held it, over whom, and by what authority."
      summary={`On ${formatPartialDate(date)} the data records ${held} ${held === 1 ? 'power' : 'powers'} in force${uncertain ? `, ${uncertain} of them uncertain on this date` : ''}.`}
      chart={() => <DataTable table={table} />}
      table={<DataTable table={table} />}
    />
  );
}
