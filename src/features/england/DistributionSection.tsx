import { useMemo } from 'react';
import { distributionSpec } from '../../charts/grade-distribution/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';
import { AsAtControl } from '../../ui/AsAtControl';
import { ChartActions } from '../../ui/ChartActions';
import { SelectFilter } from '../../ui/SelectFilter';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { SelectedAuthorities } from './AuthorityList';
import type { EnglandFiles } from './EnglandView';
import { toRegionOptions } from './regionOptions';

export function DistributionSection({
  files,
  date,
  onDateChange,
}: {
  files: EnglandFiles;
  date: PartialDate;
  onDateChange: (date: PartialDate) => void;
}) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('bar', 'distView');
  const { selected, onSelect: setSelected } = urlState;
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(distributionSpec, query, files);
  const chart = useChart(distributionSpec, files, params, 'page', width);
  const { distribution } = chart.model;
  const regionOptions = useMemo(() => toRegionOptions(file.regions), [file.regions]);
  const chosen = chart.layout.rows.find((r) => r.row.id === selected);
  const chosenList =
    selected === 'not-inspected'
      ? distribution.notYetInspected
      : distribution.bars.find((b) => b.grade === selected)?.authorities;

  return (
    <>
      <AsAtControl value={date} onChange={onDateChange} legend="Show the grades in force on" />
      <div className="app-filters">
        <SelectFilter
          id="dist-region"
          label="Region"
          value={params.region ?? ''}
          any="All of England"
          options={regionOptions}
          onChange={(v) => setUrlParams({ region: v || null, bar: null })}
        />
        <div className="govuk-form-group app-filters__item">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="dist-neighbours"
                type="checkbox"
                checked={params.neighbours}
                onChange={(e) =>
                  setUrlParams({ neighbours: e.target.checked ? '1' : null, bar: null })
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="dist-neighbours">
                Only North and West Northamptonshire and their statistical neighbours
              </label>
            </div>
          </div>
        </div>
      </div>
      <ChartSurface
        spec={distributionSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="grade-distribution"
            title={c.text.title}
            data={c.getTable}
            source={file.attribution}
          />
        )}
      />
      {chosen && chosenList ? (
        <SelectedAuthorities
          label="Authorities in the selected bar"
          caption={`${chosen.row.label} on ${formatPartialDate(date)}`}
          authorities={chosenList}
          regions={file.regions}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </>
  );
}
