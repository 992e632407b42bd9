/**
 * Presenter mode: a 16:9 stage in large type for a projector, stepping through the dates the
 * structure changed and the days things happened, with the keys a clicker sends. Each step moves
 * the shared as-at date (so the other views, and a shared link, follow) and highlights what changed.
 */
import { useMemo, type ReactNode } from 'react';
import { useGovernance, useInspections, useMilestones } from '../../data/queries';
import { getChangeDates } from '../../domain/governance';
import { toPresenterSteps } from '../../domain/presenterSteps';
import { toTimelineEvents } from '../../domain/timeline';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { PresenterStage } from './PresenterStage';

export function PresentView() {
  const governance = useGovernance();
  const inspections = useInspections();
  const milestones = useMilestones();
  const steps = useMemo(() => {
    if (!governance.data || !inspections.data || !milestones.data) return null;
    const names = new Map(
      governance.data.bodies.filter((b) => b.id !== 'northamptonshire-county-council').map((b) => [b.id, b.shortName] as const),
    );
    const events = toTimelineEvents(inspections.data.inspections, milestones.data.milestones, names);
    return toPresenterSteps(events, getChangeDates(governance.data));
  }, [governance.data, inspections.data, milestones.data]);
  const failed = [governance, inspections, milestones].find((q) => q.isError && q.data === undefined);

  let body: ReactNode;
  if (failed) body = <DataError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!steps || !governance.data) body = <Loading what="the presentation" />;
  else body = <PresenterStage steps={steps} file={governance.data} />;
  return (
    <Page
      title="Presenter mode"
      lead="Step through the dates that changed children's services in Northamptonshire, one slide each, with a presentation clicker or the keyboard."
    >
      <p className="govuk-body">
        Next: Right arrow, Page Down or Space. Previous: Left arrow, Page Up or Shift and Space. First and last: Home
        and End. Each step moves the as-at date that the other views share.
      </p>
      {body}
    </Page>
  );
}
