import { useMemo } from 'react';
import { DataTable } from '../../charts/chart-data/DataTable';
import { toRoundFlowsTable } from '../../charts/chart-data/tables';
import { layoutRoundFlows } from '../../charts/rating-flows/layoutRoundFlows';
import { describeRoundLink, RoundFlows } from '../../charts/rating-flows/RoundFlows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { NATIONAL_JUDGEMENT_LABELS, type NationalJudgement } from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { makeRoundFlows } from '../../domain/roundFlows';
import type { NationalFile } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
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
  const moves = (m: string) =>
    graph.links.filter((l) => l.movement === m).reduce((s, l) => s + l.authorities.length, 0);
  const focusPath = graph.links
    .filter((l) => l.authorities.some((a) => a.focus))
    .map(
      (l) =>
        `report ${l.round} to ${l.round + 1}, ${NATIONAL_LABELS[l.from].toLowerCase()} to ${NATIONAL_LABELS[l.to].toLowerCase()}`,
    );
  const summary = `${graph.total} authorities over ${graph.rounds} reports. Of the moves from one report to the next, ${moves('rose')} rose, ${moves('fell')} fell, ${moves('stayed')} stayed and ${moves('unknown')} cannot be compared (a grade unknown or not given).${focusPath.length ? ` North and West Northamptonshire: ${focusPath.join('; ')}.` : ''}${chosen ? ` Selected: ${describeRoundLink(chosen)}` : ''}`;

  return (
    <div ref={ref}>
      <ChartFrame
        headingLevel={3}
        title={title}
        description="Columns are each authority’s first, second, third … report; each band joins a grade in one report to the grade in the next, as thick as the number of authorities that made that move; ◆ marks North or West Northamptonshire."
        summary={summary}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
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
            Band colours: green rose, red-purple fell, grey stayed, lilac dashed cannot be compared;
            the words are in each band’s label and the table. Nodes: grade colours as elsewhere,
            dashed for what is not a grade. {file.attribution}
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
