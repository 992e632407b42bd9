import { useDataFiles } from '../../data/queries';
import {
  isNationalJudgement,
  NATIONAL_JUDGEMENT_LABELS,
  NATIONAL_JUDGEMENTS,
} from '../../domain/nationalMatrix';
import type { DataFiles } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { SelectFilter } from '../../ui/SelectFilter';
import { useAsAt } from '../../ui/useAsAt';
import { DistributionSection } from './DistributionSection';
import { MatrixSection } from './MatrixSection';
import { RoundFlowsSection } from './RoundFlowsSection';
import { CompareSection } from './CompareSection';
import { EnglandLineSection } from './EnglandLineSection';
import { HistorySection } from './HistorySection';
import { PeriodSection } from './PeriodSection';

const FILES = [
  'meta.json',
  'national.json',
  'inspections.json',
  'governance.json',
  'england.json',
] as const;
const JUDGEMENT_OPTIONS = NATIONAL_JUDGEMENTS.map((j) => ({
  value: j,
  label: NATIONAL_JUDGEMENT_LABELS[j],
}));

export type EnglandFiles = Pick<DataFiles, (typeof FILES)[number]>;

export function EnglandView() {
  const { data, failed } = useDataFiles(FILES);
  const [asAt, setAsAt] = useAsAt();
  const [judgementParam, setJudgement] = useUrlParam('judgement', 'overall');
  const judgement = isNationalJudgement(judgementParam) ? judgementParam : 'overall';

  return (
    <Page
      title="England comparison"
      lead="How the judgements of every English local authority moved between inspections, and where North and West Northamptonshire (and the county council before them) stood."
    >
      {failed ? <DataError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      <SelectFilter
        id="england-judgement"
        label="Judgement"
        inRow={false}
        value={judgement}
        options={JUDGEMENT_OPTIONS}
        onChange={setJudgement}
      />
      {data && asAt ? (
        <>
          <h2 className="govuk-heading-m">England over time</h2>
          <EnglandLineSection files={data} />
          <h2 className="govuk-heading-m">Every authority by date</h2>
          <HistorySection files={data} />
          <h2 className="govuk-heading-m">Authorities side by side</h2>
          <CompareSection files={data} />
          <h2 className="govuk-heading-m">Transitions by framework and period</h2>
          <PeriodSection files={data} />
          <h2 className="govuk-heading-m">From one inspection to the next</h2>
          <MatrixSection files={data} />
          <h2 className="govuk-heading-m">Across every report</h2>
          <RoundFlowsSection files={data} />
          <h2 className="govuk-heading-m">Grades on one date</h2>
          <DistributionSection files={data} date={asAt} onDateChange={setAsAt} />
        </>
      ) : failed ? null : (
        <Loading what="the national data" />
      )}
    </Page>
  );
}
