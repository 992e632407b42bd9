import { useMemo } from 'react';
import { GradeDistribution, describeRow } from '../../charts/grade-distribution/GradeDistribution';
import {
  layoutDistribution,
  type DistributionRow,
} from '../../charts/grade-distribution/layoutDistribution';
import { DataTable } from '../../charts/chart-data/DataTable';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import {
  makeGradeDistribution,
  NATIONAL_JUDGEMENT_LABELS,
  type NationalJudgement,
} from '../../domain/nationalMatrix';
import type { Body, Inspection, NationalFile } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { AsAtControl } from '../../ui/AsAtControl';
import { toDistributionTable } from '../../charts/chart-data/tables';
import { getCountyMarker, toDistributionRows } from '../../charts/chart-data/distributionRows';
import { ChartActions } from '../../ui/ChartActions';
import { SelectedAuthorities } from './AuthorityList';

interface Props {
  file: NationalFile;
  judgement: NationalJudgement;
  date: PartialDate;
  onDateChange: (date: PartialDate) => void;
  inspections: readonly Inspection[];
  bodies: readonly Body[];
}

export function DistributionSection({
  file,
  judgement,
  date,
  onDateChange,
  inspections,
  bodies,
}: Props) {
  const [region, setRegion] = useUrlParam('region');
  const [neighbours, setNeighbours] = useUrlParam('neighbours');
  const [selected, setSelected] = useUrlParam('bar');
  const [view, setView] = useUrlParam('distView', 'chart');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const regionCode = region && file.regions[region] ? region : null;
  const distribution = useMemo(
    () =>
      makeGradeDistribution(file, date, judgement, {
        region: regionCode,
        neighboursOnly: neighbours === '1',
      }),
    [file, date, judgement, regionCode, neighbours],
  );
  const county = useMemo(
    () => getCountyMarker(inspections, bodies, date, judgement),
    [inspections, bodies, date, judgement],
  );
  const rows: DistributionRow[] = useMemo(
    () => toDistributionRows(distribution, county),
    [distribution, county],
  );
  const placed = useMemo(
    () => layoutDistribution(rows, { width: Math.min(width, 760) }),
    [rows, width],
  );
  const chosen = placed.rows.find((r) => r.row.id === selected);
  const chosenList =
    selected === 'not-inspected'
      ? distribution.notYetInspected
      : distribution.bars.find((b) => b.grade === selected)?.authorities;
  const scope =
    neighbours === '1'
      ? 'North and West Northamptonshire and their statistical neighbours'
      : regionCode
        ? `authorities in ${file.regions[regionCode]}`
        : 'English local authorities';
  const graded = distribution.bars
    .filter((b) => b.grade === 'outstanding' || b.grade === 'good')
    .reduce((s, b) => s + b.authorities.length, 0);
  const focusText = rows
    .flatMap((r) =>
      r.markers.map((m) => `${m.replace(' (not counted)', '')}: ${r.label.toLowerCase()}`),
    )
    .join('; ');
  const summary = `On ${formatPartialDate(date)}, of ${distribution.total} ${scope}, ${graded} were judged good or outstanding for ${NATIONAL_JUDGEMENT_LABELS[judgement].toLowerCase()}, ${distribution.bars.find((b) => b.grade === 'unknown')?.authorities.length ?? 0} had a grade unknown, and ${distribution.notYetInspected.length} had no report yet.${focusText ? ` ${focusText}.` : ''}${chosen ? ` Selected: ${describeRow(chosen)}` : ''}`;

  return (
    <div ref={ref}>
      <AsAtControl value={date} onChange={onDateChange} legend="Show the grades in force on" />
      <div className="app-filters">
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label govuk-label--s" htmlFor="dist-region">
            Region
          </label>
          <select
            className="govuk-select"
            id="dist-region"
            value={regionCode ?? ''}
            onChange={(e) => {
              setRegion(e.target.value);
              setSelected(null);
            }}
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
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="dist-neighbours"
                type="checkbox"
                checked={neighbours === '1'}
                onChange={(e) => {
                  setNeighbours(e.target.checked ? '1' : null);
                  setSelected(null);
                }}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="dist-neighbours">
                Only North and West Northamptonshire and their statistical neighbours
              </label>
            </div>
          </div>
        </div>
      </div>
      <ChartFrame
        headingLevel={3}
        title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grades in force on ${formatPartialDate(date)}`}
        description={`How many ${scope} held each grade on the date, from each one’s latest report published by then; ◆ marks Northamptonshire.`}
        summary={summary}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
        actions={
          <ChartActions
            chart="grade-distribution"
            title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grades in force on ${formatPartialDate(date)}`}
            data={() => toDistributionTable(rows, date)}
            source={file.attribution}
          />
        }
        chart={({ titleId, descriptionId }) => (
          <GradeDistribution
            distribution={placed}
            titleId={titleId}
            descriptionId={descriptionId}
            selected={selected || null}
            onSelect={(id) => setSelected(id)}
          />
        )}
        table={<DataTable table={toDistributionTable(rows, date)} />}
        footnote={
          <>
            {county ? (
              <p className="govuk-body-s">
                {county.text}. The county council is not in the national file, so it is marked but
                not counted.
              </p>
            ) : null}
            <p className="govuk-body-s">
              A report counts from its publication date. “Grade unknown”: the source could not read
              the grade; it is counted, never guessed. {file.attribution}
            </p>
          </>
        }
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
    </div>
  );
}
