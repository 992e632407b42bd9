import { englandLineSpec, SIF_ERA_NOTE } from '../../charts/england-line/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { useChartUrlState } from '../../ui/useChartUrlState';
import type { EnglandFiles } from './EnglandView';

/** England's line over time from the official statistics, with Northamptonshire's judgements. */
export function EnglandLineSection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const urlState = useChartUrlState('eMark', 'englandLineView');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(englandLineSpec, query, files);
  const chart = useChart(englandLineSpec, files, params, 'page', width);
  return (
    <>
      <div className="govuk-inset-text">{SIF_ERA_NOTE}</div>
      <ChartSurface
        spec={englandLineSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="england-line"
            title={c.text.title}
            data={c.getTable}
            source={englandLineSpec.source}
          />
        )}
      />
    </>
  );
}
