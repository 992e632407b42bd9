import { useMemo } from 'react';
import { historySpec, HISTORY_YEARS } from '../../charts/rating-history/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import {
  HISTORY_SORTS,
  HISTORY_SORT_LABELS,
  LATEST_FILTERS,
  LATEST_FILTER_LABELS,
} from '../../domain/calendarHistory';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { SelectFilter } from '../../ui/SelectFilter';
import { useChartUrlState } from '../../ui/useChartUrlState';
import type { EnglandFiles } from './EnglandView';
import { toRegionOptions } from './regionOptions';

/** Every authority's grades by date, sortable and filterable, every choice in the address. */
export function HistorySection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('hRow', 'historyView');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(historySpec, query, files);
  const chart = useChart(historySpec, files, params, 'page', width);
  const authorities = useMemo(
    () =>
      [...chart.model.all]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((a) => ({ value: a.id, label: a.name })),
    [chart.model.all],
  );
  const regionOptions = useMemo(() => toRegionOptions(file.regions), [file.regions]);
  const set = (changes: Record<string, string | null>) => setUrlParams({ ...changes, hRow: null });

  return (
    <>
      <div className="app-filters">
        <SelectFilter
          id="history-sort"
          label="Sort by"
          value={params.sort}
          options={HISTORY_SORTS.map((s) => ({ value: s, label: HISTORY_SORT_LABELS[s] }))}
          onChange={(v) => set({ hSort: v === 'latest' ? null : v })}
        />
        <SelectFilter
          id="history-region"
          label="Show only the region"
          value={params.region ?? ''}
          any="All of England"
          options={regionOptions}
          onChange={(v) => set({ hRegion: v || null })}
        />
        <SelectFilter
          id="history-near"
          label="Statistical neighbours of"
          value={params.near ?? ''}
          any="Any authority"
          options={authorities}
          onChange={(v) => set({ hNear: v || null })}
        />
        <SelectFilter
          id="history-inadequate"
          label="Inadequate at any time in"
          value={params.inadequateIn === null ? '' : String(params.inadequateIn)}
          any="Any year, or never"
          options={HISTORY_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ hInad: v || null })}
        />
        <SelectFilter
          id="history-latest"
          label="Latest grade"
          value={params.latest ?? ''}
          any="Any"
          options={LATEST_FILTERS.map((f) => ({ value: f, label: LATEST_FILTER_LABELS[f] }))}
          onChange={(v) => set({ hLatest: v || null })}
        />
        <div className="govuk-form-group app-filters__item">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="history-improved"
                type="checkbox"
                checked={params.improved}
                onChange={(e) => set({ hImproved: e.target.checked ? '1' : null })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="history-improved">
                Moved from inadequate to good or better
              </label>
            </div>
          </div>
        </div>
      </div>
      <p className="govuk-body" role="status" data-testid="history-count">
        Showing {chart.model.rows.length} of {chart.model.all.length} authorities.
      </p>
      <ChartSurface
        spec={historySpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="rating-history"
            title={c.text.title}
            data={c.getTable}
            source={historySpec.source}
          />
        )}
      />
    </>
  );
}
