import { useMemo } from 'react';
import { compareSpec, MAX_PICKS } from '../../charts/authority-compare/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { getHistoryRows } from '../../charts/rating-history/spec';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { AuthorityPicker } from './AuthorityPicker';
import type { EnglandFiles } from './EnglandView';

/** Chosen authorities side by side by date; the choice is in the address (`pick`). */
export function CompareSection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const urlState = useChartUrlState('cRow', 'compareView');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(compareSpec, query, files);
  const chart = useChart(compareSpec, files, params, 'page', width);
  const regions = files['national.json'].regions;
  const options = useMemo(
    () =>
      getHistoryRows(files)
        .map((r) => ({ id: r.id, name: r.name, hint: r.region ? regions[r.region] : undefined }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [files, regions],
  );
  return (
    <>
      <AuthorityPicker
        options={options}
        chosen={params.pick}
        max={MAX_PICKS}
        onChange={(next) =>
          setUrlParams({ pick: next.length ? next.join(',') : 'none', cRow: null })
        }
      />
      <ChartSurface
        spec={compareSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="authority-compare"
            title={c.text.title}
            data={c.getTable}
            source={compareSpec.source}
          />
        )}
      />
    </>
  );
}
