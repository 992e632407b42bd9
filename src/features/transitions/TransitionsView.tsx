import { useMemo } from 'react';
import { useGovernance, useInspections, useMilestones, useSources } from '../../data/queries';
import { toInterventionMarks } from '../../domain/ladderContext';
import { AREA_LABELS } from '../../domain/ratings';
import { LADDER_AREAS, pairSuccessiveInspections, toHandovers, toLadderAreas } from '../../domain/transitions';
import type { JudgementArea } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { FlowsSection } from './FlowsSection';
import { LadderSection } from './LadderSection';

const isArea = (value: string): value is JudgementArea => (LADDER_AREAS as string[]).includes(value);

export function TransitionsView() {
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const sources = useSources();
  const [area, setArea] = useUrlParam('area', 'all');

  const all = useMemo(
    () => (inspections.data && governance.data ? toLadderAreas(inspections.data.inspections, governance.data.bodies) : null),
    [inspections.data, governance.data],
  );
  const shown = useMemo(() => (all && isArea(area) ? all.filter((a) => a.area === area) : all), [all, area]);
  const handovers = useMemo(() => (governance.data ? toHandovers(governance.data.bodies) : []), [governance.data]);
  const interventions = useMemo(() => (milestones.data ? toInterventionMarks(milestones.data.milestones) : []), [milestones.data]);
  const sourceMap = useMemo(() => new Map((sources.data?.sources ?? []).map((s) => [s.id, s] as const)), [sources.data]);
  const milestoneMap = useMemo(() => new Map((milestones.data?.milestones ?? []).map((m) => [m.id, m] as const)), [milestones.data]);
  const pairs = useMemo(() => (inspections.data ? pairSuccessiveInspections(inspections.data.inspections).pairs : []), [inspections.data]);

  const queries = [inspections, governance, milestones, sources];
  const failed = queries.filter((q) => q.isError && q.data === undefined);

  return (
    <Page
      title="Rating transitions"
      lead="How Ofsted’s judgements of Northamptonshire’s children’s services moved from 2012 to 2023, across three inspection frameworks and the handover from the county council to the trust and two new councils."
    >
      {failed.map((q, i) => (
        <DataError key={i} error={q.error} onRetry={() => void q.refetch()} />
      ))}
      <div className="govuk-inset-text">
        The scale runs inadequate, requires improvement (or “adequate” before November 2013), good, outstanding. The
        frameworks are not the same scale, so the chart keeps each grade as the framework gave it. Focused and
        monitoring visits give no grade: they are shown as diamonds with their findings.
      </div>
      {!shown || failed.length ? (
        failed.length ? null : <Loading what="the judgements" />
      ) : (
        <>
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="ladder-area">
              Judgement area
            </label>
            <select className="govuk-select" id="ladder-area" value={isArea(area) ? area : 'all'} onChange={(e) => setArea(e.target.value)}>
              <option value="all">All areas</option>
              {LADDER_AREAS.map((a) => (
                <option key={a} value={a}>
                  {AREA_LABELS[a]}
                </option>
              ))}
            </select>
          </div>
          <LadderSection areas={shown} handovers={handovers} interventions={interventions} sources={sourceMap} milestones={milestoneMap} />
          {governance.data ? <FlowsSection pairs={pairs} bodies={governance.data.bodies} /> : null}
        </>
      )}
    </Page>
  );
}
