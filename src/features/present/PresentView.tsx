/**
 * Presenter mode: a 16:9 stage in large type for a projector, stepping through the dates the
 * structure changed and the days things happened, with the keys a clicker sends. Each step moves
 * the shared as-at date (so the other views, and a shared link, follow) and highlights what changed.
 */
import { useMemo, type ReactNode } from 'react';
import { timelineSpec } from '../../charts/timeline/spec';
import { useDataFiles } from '../../data/queries';
import { getChangeDates } from '../../domain/governance';
import { toPresenterSteps } from '../../domain/presenterSteps';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { PresenterStage } from './PresenterStage';

const FILES = [
  'meta.json',
  'governance.json',
  'sources.json',
  'inspections.json',
  'milestones.json',
] as const;

export function PresentView() {
  const { data, failed } = useDataFiles(FILES);
  const steps = useMemo(() => {
    if (!data) return null;
    // The steps are the timeline's events: the same view-model its chart is drawn from.
    const { events } = timelineSpec.toModel(
      data,
      timelineSpec.readParams(new URLSearchParams(), data),
    );
    return toPresenterSteps([...events], getChangeDates(data['governance.json']));
  }, [data]);

  let body: ReactNode;
  if (failed) body = <DataError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!steps || !data) body = <Loading what="the presentation" />;
  else body = <PresenterStage steps={steps} files={data} />;
  return (
    <Page
      title="Presenter mode"
      lead="Step through the dates that changed children's services in Northamptonshire, one slide each, with a presentation clicker or the keyboard."
    >
      <p className="govuk-body">
        Next: Right arrow, Page Down or Space. Previous: Left arrow, Page Up or Shift and Space.
        First and last: Home and End. Each step moves the as-at date that the other views share.
      </p>
      {body}
    </Page>
  );
}
