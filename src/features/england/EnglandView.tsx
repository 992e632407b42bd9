import { useGovernance, useInspections, useNational } from '../../data/queries';
import {
  isNationalJudgement,
  NATIONAL_JUDGEMENT_LABELS,
  NATIONAL_JUDGEMENTS,
} from '../../domain/nationalMatrix';
import { useUrlParam } from '../../lib/useUrlState';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { useAsAt } from '../../ui/useAsAt';
import { DistributionSection } from './DistributionSection';
import { MatrixSection } from './MatrixSection';
import { RoundFlowsSection } from './RoundFlowsSection';

export function EnglandView() {
  const national = useNational();
  const inspections = useInspections();
  const governance = useGovernance();
  const [asAt, setAsAt] = useAsAt();
  const [judgementParam, setJudgement] = useUrlParam('judgement', 'overall');
  const judgement = isNationalJudgement(judgementParam) ? judgementParam : 'overall';
  const failed = [national, inspections, governance].filter(
    (q) => q.isError && q.data === undefined,
  );

  return (
    <Page
      title="England comparison"
      lead="How the judgements of every English local authority moved between inspections, and where North and West Northamptonshire (and the county council before them) stood."
    >
      {failed.map((q, i) => (
        <DataError key={i} error={q.error} onRetry={() => void q.refetch()} />
      ))}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="england-judgement">
          Judgement
        </label>
        <select
          className="govuk-select"
          id="england-judgement"
          value={judgement}
          onChange={(e) => setJudgement(e.target.value)}
        >
          {NATIONAL_JUDGEMENTS.map((j) => (
            <option key={j} value={j}>
              {NATIONAL_JUDGEMENT_LABELS[j]}
            </option>
          ))}
        </select>
      </div>
      {national.data && inspections.data && governance.data && asAt ? (
        <>
          <h2 className="govuk-heading-m">From one inspection to the next</h2>
          <MatrixSection file={national.data} judgement={judgement} />
          <h2 className="govuk-heading-m">Across every report</h2>
          <RoundFlowsSection file={national.data} judgement={judgement} />
          <h2 className="govuk-heading-m">Grades on one date</h2>
          <DistributionSection
            file={national.data}
            judgement={judgement}
            date={asAt}
            onDateChange={setAsAt}
            inspections={inspections.data.inspections}
            bodies={governance.data.bodies}
          />
        </>
      ) : failed.length ? null : (
        <Loading what="the national data" />
      )}
    </Page>
  );
}
