import { useCallback } from 'react';
import { crossCheckSteps } from '../data/crossCheck';
import { useGovernance, useInspections, useMilestones, useSources } from '../data/queries';
import { useSteps } from '../lib/useSteps';
import { DataProblemList } from './DataState';

/**
 * What no single file's schema can see: a record citing a source that sources.json lacks, an
 * actor or subject that is not a body in governance.json. The loaders check each file alone; this
 * runs the same cross-file check as `npm run validate-data` on the files that loaded, so an analyst
 * who edits data/ by hand sees the file, record and field in the app too. Nothing shows when the
 * files agree. With very many records the check runs in slices (issue 24), and shows once done.
 */
export function DataConsistency() {
  const sources = useSources();
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const { value: problems = [] } = useSteps(
    useCallback(
      () =>
        crossCheckSteps({
          sources: sources.data,
          inspections: inspections.data,
          milestones: milestones.data,
          governance: governance.data,
        }),
      [sources.data, inspections.data, milestones.data, governance.data],
    ),
  );
  if (problems.length === 0) return null;
  return (
    <div className="govuk-error-summary app-data-error" data-file="cross-check">
      <div role="alert">
        <h2 className="govuk-error-summary__title">The data files do not agree with each other</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            The records are shown, but fix{' '}
            {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} (file:
            JSON path: what is wrong):
          </p>
          <DataProblemList problems={problems} />
        </div>
      </div>
    </div>
  );
}
