import { useMemo, useState } from 'react';
import { DataTable } from '../../charts/chart-data/DataTable';
import { toRoundFlowsTable } from '../../charts/chart-data/nationalTables';
import { layoutRoundFlows } from '../../charts/rating-flows/layoutRoundFlows';
import { ROUND_FLOWS_DESCRIPTION, ROUND_FLOWS_KEY, RoundFlows } from '../../charts/rating-flows/RoundFlows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { isNationalJudgement, NATIONAL_JUDGEMENT_LABELS } from '../../domain/nationalMatrix';
import { makeRoundFlows, summariseRoundFlows } from '../../domain/roundFlows';
import type { NationalFile } from '../../domain/types';
import { EmbedGate } from '../EmbedGate';
import { useEmbedNational } from '../useEmbedData';
import { useEmbedParams } from '../useEmbedSearch';

export function RoundFlowsEmbed() {
  const national = useEmbedNational();
  return (
    <EmbedGate queries={[national]} what="the national data">
      {() => <RoundFlowsChart file={national.data!} />}
    </EmbedGate>
  );
}

function RoundFlowsChart({ file }: { file: NationalFile }) {
  const params = useEmbedParams();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const judgementParam = params.get('judgement') ?? 'overall';
  const judgement = isNationalJudgement(judgementParam) ? judgementParam : 'overall';
  const graph = useMemo(() => makeRoundFlows(file, judgement), [file, judgement]);
  const placed = useMemo(() => layoutRoundFlows(graph, { width: Math.min(width, 960) }), [graph, width]);
  return (
    <div ref={ref}>
      <ChartFrame
        title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: every authority from each report to the next`}
        description={ROUND_FLOWS_DESCRIPTION}
        summary={summariseRoundFlows(graph)}
        chart={({ titleId, descriptionId }) => (
          <RoundFlows flows={placed} titleId={titleId} descriptionId={descriptionId} selected={selected} onSelect={setSelected} />
        )}
        table={<DataTable table={toRoundFlowsTable(graph, NATIONAL_JUDGEMENT_LABELS[judgement])} />}
        footnote={
          <p className="govuk-body-s">
            {ROUND_FLOWS_KEY} {file.attribution}
          </p>
        }
      />
    </div>
  );
}
