import { useMemo } from 'react';
import { describeFlow, FLOW_GRADE_LABELS, RatingFlows } from '../../charts/rating-flows/RatingFlows';
import { layoutFlows } from '../../charts/rating-flows/layoutFlows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate } from '../../domain/dates';
import { toAreaFlows, toFlowGraph } from '../../domain/flows';
import { MOVEMENT_LABELS } from '../../domain/ordinalScale';
import { AREA_LABELS } from '../../domain/ratings';
import { summariseFlows } from '../../domain/transitionSummary';
import { FRAMEWORK_LABELS, toPlacement, type InspectionPair } from '../../domain/transitions';
import type { Body, Inspection } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { toFlowsTable } from '../../charts/chart-data/tables';
import { ChartActions } from '../../ui/ChartActions';

const label = (i: Inspection, names: ReadonlyMap<string, string>) =>
  `${FRAMEWORK_LABELS[i.framework].replace(/ \(SIF\)/, '')} ${formatPartialDate(toPlacement(i).date).replace(/^.* (\d{4})$/, '$1')}, ${names.get(i.subject) ?? i.subject}`;

export function FlowsSection({ pairs, bodies }: { pairs: InspectionPair[]; bodies: readonly Body[] }) {
  const names = useMemo(() => new Map(bodies.map((b) => [b.id, b.shortName] as const)), [bodies]);
  const [ref, width] = useElementWidth<HTMLDivElement>(960);
  // The latest comparison by default; with two successors, the first of them.
  const latest = pairs.find((p) => toPlacement(p.after).date === toPlacement(pairs.at(-1)?.after ?? p.after).date);
  const [pairId, setPair] = useUrlParam('pair', latest?.id ?? '');
  const [selected, setSelected] = useUrlParam('flow');
  const [view, setView] = useUrlParam('flowsView', 'chart');
  const pair = pairs.find((p) => p.id === pairId) ?? latest;
  const { flows, ungraded } = useMemo(() => (pair ? toAreaFlows(pair) : { flows: [], ungraded: [] }), [pair]);
  const placed = useMemo(() => layoutFlows(toFlowGraph(flows), { width }), [flows, width]);
  if (!pair) return <p className="govuk-body">There are no two successive full inspections to compare.</p>;
  const before = label(pair.before, names);
  const after = label(pair.after, names);
  const chosen = placed.links.find((l) => l.link.id === selected);

  return (
    <div ref={ref}>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="flow-pair">
          Between the full inspections
        </label>
        <select className="govuk-select app-select-wide" id="flow-pair" value={pair.id} onChange={(e) => { setPair(e.target.value); setSelected(null); }}>
          {pairs.map((p) => (
            <option key={p.id} value={p.id}>
              {label(p.before, names)} → {label(p.after, names)}
            </option>
          ))}
        </select>
      </div>
      <ChartFrame
        title="Which areas rose, fell or stayed between full inspections"
        description="One band per judgement area, from its grade in the earlier full inspection (left) to its grade in the later one (right)."
        summary={`${summariseFlows(flows, before, after)}${chosen ? ` Selected: ${describeFlow(chosen.link, before, after)}` : ''}`}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
        actions={<ChartActions chart="rating-flows" title="Which areas rose, fell or stayed between full inspections" data={() => toFlowsTable(flows, before, after)} />}
        chart={({ titleId, descriptionId }) => (
          <RatingFlows flows={placed} titleId={titleId} descriptionId={descriptionId} beforeLabel={before} afterLabel={after} selected={selected || null} onSelect={(id) => setSelected(id)} />
        )}
        table={
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {before} → {after}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Area', 'Before', 'After', 'Movement'].map((h) => (
                  <th scope="col" className="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {flows.map((f) => (
                <tr className="govuk-table__row" key={f.area}>
                  <th scope="row" className="govuk-table__header">
                    {AREA_LABELS[f.area]}
                  </th>
                  <td className="govuk-table__cell">{FLOW_GRADE_LABELS[f.before ?? 'not-recorded']}</td>
                  <td className="govuk-table__cell">{FLOW_GRADE_LABELS[f.after ?? 'not-recorded']}</td>
                  <td className="govuk-table__cell">
                    {f.movement === 'unknown' ? 'Cannot be compared' : MOVEMENT_LABELS[f.movement]}
                    {f.frameworkBreak ? ' (different frameworks)' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        footnote={
          <p className="govuk-body-s">
            Full inspections are the single inspection (SIF) and the ILACS standard inspection; the separate 2013
            inspections and the agency inspections are on the ladder above. “Not recorded”: the sources do not record
            that area’s grade (the 2016 report’s area grades are described only as “requires improvement across every
            category”, without naming them), so no movement is claimed.
            {ungraded.length ? ` Not graded in either report: ${ungraded.map((a) => AREA_LABELS[a].toLowerCase()).join(', ')}.` : ''}
          </p>
        }
      />
    </div>
  );
}
