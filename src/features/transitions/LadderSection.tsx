import { useMemo } from 'react';
import { describeWhen } from '../../charts/rating-ladder/describeLadder';
import { layoutLadder } from '../../charts/rating-ladder/layoutLadder';
import { RatingLadder } from '../../charts/rating-ladder/RatingLadder';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate } from '../../domain/dates';
import { FRAMEWORK_ERAS, type InterventionMark } from '../../domain/ladderContext';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { summariseLadder } from '../../domain/transitionSummary';
import { FRAMEWORK_LABELS, type Handover, type LadderArea } from '../../domain/transitions';
import type { Milestone, SourceDoc } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { toLadderTable } from '../../charts/chart-data/tables';
import { ChartActions } from '../../ui/ChartActions';
import { LadderDetails } from './LadderDetails';
import { citeText } from '../../ui/SourceList';

interface Props {
  areas: LadderArea[];
  handovers: Handover[];
  interventions: InterventionMark[];
  sources: ReadonlyMap<string, SourceDoc>;
  milestones: ReadonlyMap<string, Milestone>;
}

const FALLBACK_WIDTH = 960;

export function LadderSection({ areas, handovers, interventions, sources, milestones }: Props) {
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const [selected, setSelected] = useUrlParam('mark');
  const [view, setView] = useUrlParam('ladderView', 'chart');
  const ladder = useMemo(
    () => layoutLadder({ width, areas, eras: FRAMEWORK_ERAS, handovers, interventions }),
    [width, areas, handovers, interventions],
  );
  const selectedLabel = useMemo(() => {
    const mark = ladder.panels.flatMap((p) => p.marks).find((m) => m.id === selected);
    if (mark) return ` Selected: ${AREA_LABELS[mark.points[0]!.area]}, ${mark.points[0]!.bodyName}, ${mark.points.map((p) => formatGrade(p.grade).toLowerCase()).join(', ')}.`;
    return '';
  }, [ladder, selected]);
  const rows = areas.flatMap((a) => [
    ...a.points.map((p) => ({ key: p.id, area: a.area, when: describeWhen(p), body: p.bodyName, framework: FRAMEWORK_LABELS[p.framework], judgement: p.headline ? 'Headline judgement' : p.label, grade: formatGrade(p.grade), refs: p.sources })),
    ...a.visits.map((v) => ({ key: v.id, area: a.area, when: describeWhen(v), body: v.bodyName, framework: FRAMEWORK_LABELS[v.framework], judgement: v.title, grade: `Not graded (visit)${v.findings ? `: ${v.findings}` : ''}`, refs: v.sources })),
  ]);

  return (
    <div ref={ref}>
      <ChartFrame
        title="How each judgement moved, 2012 to 2023"
        description="Each Ofsted judgement of the county council and its successors on the scale inadequate, requires improvement or adequate, good, outstanding; ungraded visits as diamonds; numbered interventions on the same time axis."
        summary={`${summariseLadder(areas)}${selectedLabel}`}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
        actions={<ChartActions chart="rating-ladder" title="How each judgement moved, 2012 to 2023" data={() => toLadderTable(areas, sources)} />}
        chart={({ titleId, descriptionId }) => (
          <>
            <RatingLadder ladder={ladder} titleId={titleId} descriptionId={descriptionId} selected={selected || null} onSelect={(id) => setSelected(id)} />
            <p className="govuk-body-s app-muted">
              Use Tab to reach the chart, then the arrow keys to move between marks; Enter or Space shows details.
            </p>
          </>
        )}
        table={
          <table className="govuk-table app-table-compact">
            <caption className="govuk-table__caption govuk-table__caption--s">Judgements and visits by area</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Area', 'When', 'Body', 'Framework', 'Judgement', 'Grade', 'Sources'].map((h) => (
                  <th scope="col" className="govuk-table__header" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((r) => (
                <tr className="govuk-table__row" key={`${r.area}-${r.key}`}>
                  <th scope="row" className="govuk-table__header">
                    {AREA_LABELS[r.area]}
                  </th>
                  <td className="govuk-table__cell">{r.when}</td>
                  <td className="govuk-table__cell">{r.body}</td>
                  <td className="govuk-table__cell">{r.framework}</td>
                  <td className="govuk-table__cell">{r.judgement}</td>
                  <td className="govuk-table__cell">{r.grade}</td>
                  <td className="govuk-table__cell">{citeText(r.refs, sources)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
        footnote={
          <>
            <p className="govuk-body-s">
              <strong>Timing is not cause.</strong> The interventions share the time axis so that you can see what
              happened when; the chart does not show that any intervention caused a change in a judgement.
            </p>
            <p className="govuk-body-s">
              “Adequate” was the middle grade of the 2012–13 frameworks. It shares a rung with “requires improvement”
              but is not the same grade: it is labelled “Adeq” and outlined in dots. Dashed lines join judgements from
              different frameworks; solid vertical lines mark the handovers to the trust (1 November 2020) and to North
              and West Northamptonshire (1 April 2021). A judgement is placed at its publication date, or at the start
              of fieldwork where that is not known; a line through a mark spans a date known only to the month or year.
            </p>
            <ol className="govuk-list govuk-list--number govuk-body-s app-interventions">
              {interventions.map((i) => (
                <li key={i.id}>
                  {formatPartialDate(i.date)}: {i.titles.join('; ')}
                </li>
              ))}
            </ol>
          </>
        }
      />
      {selected ? (
        <LadderDetails ladder={ladder} selected={selected} sources={sources} milestones={milestones} onClose={() => setSelected(null)} />
      ) : null}
    </div>
  );
}
