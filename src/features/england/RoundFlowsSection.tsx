import { useMemo } from 'react';
import { DataTable } from '../../charts/chart-data/DataTable';
import { toRoundFlowsTable } from '../../charts/chart-data/tables';
import { layoutRoundFlows } from '../../charts/rating-flows/layoutRoundFlows';
import { describeRoundLink, ROUND_FLOWS_DESCRIPTION, ROUND_FLOWS_KEY, RoundFlows } from '../../charts/rating-flows/RoundFlows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { NATIONAL_JUDGEMENT_LABELS, type NationalJudgement } from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { makeRoundFlows, summariseRoundFlows } from '../../domain/roundFlows';
import type { NationalFile } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { SelectedAuthorities } from './AuthorityList';

/** Every authority's grade from each report to the next, all reports at once. */
export function RoundFlowsSection({
  file,
  judgement,
}: {
  file: NationalFile;
  judgement: NationalJudgement;
}) {
  const [selected, setSelected] = useUrlParam('flow');
  const [view, setView] = useUrlParam('flowsView', 'chart');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const graph = useMemo(() => makeRoundFlows(file, judgement), [file, judgement]);
  const placed = useMemo(
    () => layoutRoundFlows(graph, { width: Math.min(width, 960) }),
    [graph, width],
  );
  const table = useMemo(
    () => toRoundFlowsTable(graph, NATIONAL_JUDGEMENT_LABELS[judgement]),
    [graph, judgement],
  );
  const chosen = graph.links.find((l) => l.id === selected);
  const label = NATIONAL_JUDGEMENT_LABELS[judgement];
  const title = `${label}: every authority from each report to the next`;
  const summary = `${summariseRoundFlows(graph)}${chosen ? ` Selected: ${describeRoundLink(chosen)}` : ''}`;

  return (
    <div ref={ref}>
      <ChartFrame
        headingLevel={3}
        title={title}
        description={ROUND_FLOWS_DESCRIPTION}
        summary={summary}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
        actions={<ChartActions chart="round-flows" title={title} data={table} source={file.attribution} />}
        chart={({ titleId, descriptionId }) => (
          <RoundFlows
            flows={placed}
            titleId={titleId}
            descriptionId={descriptionId}
            selected={selected || null}
            onSelect={(id) => setSelected(id)}
          />
        )}
        table={<DataTable table={table} />}
        footnote={
          <p className="govuk-body-s">
            {ROUND_FLOWS_KEY} {file.attribution}
          </p>
        }
      />
      {chosen ? (
        <SelectedAuthorities
          label="Authorities in the selected band"
          caption={`${NATIONAL_LABELS[chosen.from]} in report ${chosen.round}, ${NATIONAL_LABELS[chosen.to]} in report ${chosen.round + 1}`}
          authorities={chosen.authorities}
          regions={file.regions}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </div>
  );
}
