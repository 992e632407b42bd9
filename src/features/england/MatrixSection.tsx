import { useMemo } from 'react';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { matrixSpec } from '../../charts/transition-matrix/spec';
import { getMaxRound } from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { setUrlParams, useSearchParamsValue } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { SelectFilter } from '../../ui/SelectFilter';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { AuthorityList, SelectedAuthorities } from './AuthorityList';
import type { EnglandFiles } from './EnglandView';

export function MatrixSection({ files }: { files: EnglandFiles }) {
  const query = useSearchParamsValue().toString();
  const file = files['national.json'];
  const urlState = useChartUrlState('cell', 'matrixView');
  const { selected, onSelect: setSelected } = urlState;
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const params = useSpecParams(matrixSpec, query, files);
  const chart = useChart(matrixSpec, files, params, 'page', width);
  const { matrix } = chart.model;
  const { fromRound, toRound } = params;
  const max = useMemo(() => getMaxRound(file), [file]);
  const chosen = chart.layout.cells.find((c) => c.id === selected);
  const rounds = Array.from({ length: max }, (_, i) => i + 1);

  return (
    <>
      <div className="app-filters">
        <RoundSelect
          id="matrix-from"
          label="Earlier report"
          value={fromRound}
          rounds={rounds}
          onChange={(v) => setUrlParams({ from: v, cell: null })}
        />
        <RoundSelect
          id="matrix-to"
          label="Later report"
          value={toRound}
          rounds={rounds}
          onChange={(v) => setUrlParams({ to: v, cell: null })}
        />
      </div>
      {fromRound === toRound ? (
        <p className="govuk-body">
          <strong>
            The two reports are the same, so every authority stays where it was. Choose two
            different reports.
          </strong>
        </p>
      ) : null}
      <ChartSurface
        spec={matrixSpec}
        chart={chart}
        surface="page"
        measure={ref}
        headingLevel={3}
        {...urlState}
        actions={(c) => (
          <ChartActions
            chart="transition-matrix"
            title={c.text.title}
            data={c.getTable}
            source={file.attribution}
          />
        )}
      />
      {chosen ? (
        <SelectedAuthorities
          label="Authorities in the selected cell"
          caption={`${NATIONAL_LABELS[chosen.cell.from]} in report ${fromRound}, ${NATIONAL_LABELS[chosen.cell.to]} in report ${toRound}`}
          authorities={chosen.cell.authorities}
          regions={file.regions}
          onClose={() => setSelected(null)}
        />
      ) : null}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">
            Authorities not in the matrix ({matrix.noFromRound.length + matrix.noToRound.length})
          </span>
        </summary>
        <div className="govuk-details__text">
          <AuthorityList
            caption={`No report ${toRound} yet`}
            authorities={matrix.noToRound}
            regions={file.regions}
          />
          <AuthorityList
            caption={`No report ${fromRound}`}
            authorities={matrix.noFromRound}
            regions={file.regions}
          />
        </div>
      </details>
    </>
  );
}

function RoundSelect({
  id,
  label,
  value,
  rounds,
  onChange,
}: {
  id: string;
  label: string;
  value: number;
  rounds: number[];
  onChange: (value: string) => void;
}) {
  return (
    <SelectFilter
      id={id}
      label={label}
      value={String(value)}
      options={rounds.map((r) => ({ value: String(r), label: `Report ${r}` }))}
      onChange={onChange}
    />
  );
}
