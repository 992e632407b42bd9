import { useMemo } from 'react';
import { DEFAULT_FROM, DEFAULT_TO, periodSpec } from '../../charts/period-transitions/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { PERIOD_MODES, PERIOD_MODE_LABELS } from '../../domain/periodTransitions';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { SelectFilter } from '../../ui/SelectFilter';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { SelectedAuthorities } from './AuthorityList';
import type { EnglandFiles } from './EnglandView';
import { toRegionOptions } from './regionOptions';

/** Transitions by framework and period, every choice in the address (keys start with p). */
export function PeriodSection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('pCell', 'periodView');
  const { selected, onSelect } = urlState;
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(periodSpec, query, files);
  const chart = useChart(periodSpec, files, params, 'page', width);
  const authorities = useMemo(
    () =>
      [...file.authorities]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((a) => ({ value: a.urn, label: a.name })),
    [file],
  );
  const regionOptions = useMemo(() => toRegionOptions(file.regions), [file.regions]);
  const chosen = chart.layout.cells.find((c) => c.id === selected);
  const set = (changes: Record<string, string | null>) => setUrlParams({ ...changes, pCell: null });

  return (
    <>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Compare</legend>
          <div className="govuk-radios govuk-radios--small">
            {PERIOD_MODES.map((m) => (
              <div className="govuk-radios__item" key={m}>
                <input
                  className="govuk-radios__input"
                  id={`period-mode-${m}`}
                  name="period-mode"
                  type="radio"
                  value={m}
                  checked={params.mode === m}
                  onChange={() => set({ pMode: m === 'ilacs' ? null : m })}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`period-mode-${m}`}>
                  {PERIOD_MODE_LABELS[m]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="app-filters">
        {params.mode === 'dates' ? (
          <>
            <div className="govuk-form-group app-filters__item">
              <label className="govuk-label govuk-label--s" htmlFor="period-from">
                Grade in force on
              </label>
              <input
                className="govuk-input"
                id="period-from"
                type="date"
                min="2012-01-01"
                max="2026-12-31"
                value={params.from}
                onChange={(e) =>
                  set({ pFrom: e.target.value === DEFAULT_FROM ? null : e.target.value || null })
                }
              />
            </div>
            <div className="govuk-form-group app-filters__item">
              <label className="govuk-label govuk-label--s" htmlFor="period-to">
                Against the grade in force on
              </label>
              <input
                className="govuk-input"
                id="period-to"
                type="date"
                min="2012-01-01"
                max="2026-12-31"
                value={params.to}
                onChange={(e) =>
                  set({ pTo: e.target.value === DEFAULT_TO ? null : e.target.value || null })
                }
              />
            </div>
          </>
        ) : null}
        <SelectFilter
          id="period-region"
          label="Compare within the region"
          value={params.region ?? ''}
          any="All of England"
          options={regionOptions}
          onChange={(v) => set({ pRegion: v || null })}
        />
        <SelectFilter
          id="period-near"
          label="Statistical neighbours of"
          value={params.near ?? ''}
          any="Any authority"
          options={authorities}
          onChange={(v) => set({ pNear: v || null })}
        />
      </div>
      <ChartSurface
        spec={periodSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="period-transitions"
            title={c.text.title}
            data={c.getTable}
            source={periodSpec.source}
          />
        )}
      />
      {chosen ? (
        <SelectedAuthorities
          label="Authorities in the selected period cell"
          caption={`${chart.model.matrix.fromLabel} to ${chart.model.matrix.toLabel}`}
          authorities={chosen.cell.authorities}
          regions={file.regions}
          onClose={() => onSelect(null)}
        />
      ) : null}
    </>
  );
}
