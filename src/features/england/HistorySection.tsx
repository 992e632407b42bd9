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
import { useChartUrlState } from '../../ui/useChartUrlState';
import type { EnglandFiles } from './EnglandView';

/** Every authority's grades by date, sortable and filterable, every choice in the address. */
export function HistorySection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('hRow', 'historyView');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(historySpec, query, files);
  const chart = useChart(historySpec, files, params, 'page', width);
  const authorities = useMemo(
    () => [...chart.model.all].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    [chart.model.all],
  );
  const set = (changes: Record<string, string | null>) => setUrlParams({ ...changes, hRow: null });

  return (
    <>
      <div className="app-filters">
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="history-sort">
            Sort by
          </label>
          <select
            className="govuk-select"
            id="history-sort"
            value={params.sort}
            onChange={(e) => set({ hSort: e.target.value === 'latest' ? null : e.target.value })}
          >
            {HISTORY_SORTS.map((s) => (
              <option key={s} value={s}>
                {HISTORY_SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="history-region">
            Show only the region
          </label>
          <select
            className="govuk-select"
            id="history-region"
            value={params.region ?? ''}
            onChange={(e) => set({ hRegion: e.target.value || null })}
          >
            <option value="">All of England</option>
            {Object.entries(file.regions).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="history-near">
            Statistical neighbours of
          </label>
          <select
            className="govuk-select"
            id="history-near"
            value={params.near ?? ''}
            onChange={(e) => set({ hNear: e.target.value || null })}
          >
            <option value="">Any authority</option>
            {authorities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="history-inadequate">
            Inadequate at any time in
          </label>
          <select
            className="govuk-select"
            id="history-inadequate"
            value={params.inadequateIn ?? ''}
            onChange={(e) => set({ hInad: e.target.value || null })}
          >
            <option value="">Any year, or never</option>
            {HISTORY_YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="history-latest">
            Latest grade
          </label>
          <select
            className="govuk-select"
            id="history-latest"
            value={params.latest ?? ''}
            onChange={(e) => set({ hLatest: e.target.value || null })}
          >
            <option value="">Any</option>
            {LATEST_FILTERS.map((f) => (
              <option key={f} value={f}>
                {LATEST_FILTER_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
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
