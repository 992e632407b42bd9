import { useMemo } from 'react';
import { DataTable } from '../../charts/chart-data/DataTable';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { layoutMatrix } from '../../charts/transition-matrix/layoutMatrix';
import { describeCell, TransitionMatrix } from '../../charts/transition-matrix/TransitionMatrix';
import {
  getDefaultRoundPair,
  getMaxRound,
  makeTransitionMatrix,
  NATIONAL_JUDGEMENT_LABELS,
  type NationalJudgement,
} from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import type { NationalFile } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { toMatrixTable } from '../../charts/chart-data/tables';
import { ChartActions } from '../../ui/ChartActions';
import { AuthorityList, SelectedAuthorities } from './AuthorityList';

const toRound = (value: string, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

export function MatrixSection({
  file,
  judgement,
}: {
  file: NationalFile;
  judgement: NationalJudgement;
}) {
  const max = useMemo(() => getMaxRound(file), [file]);
  const pair = useMemo(() => getDefaultRoundPair(file, judgement), [file, judgement]);
  const [fromParam, setFrom] = useUrlParam('from', String(pair.fromRound));
  const [toParam, setTo] = useUrlParam('to', String(pair.toRound));
  const [selected, setSelected] = useUrlParam('cell');
  const [view, setView] = useUrlParam('matrixView', 'chart');
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const fromRound = toRound(fromParam, pair.fromRound, max);
  const toRoundN = toRound(toParam, pair.toRound, max);
  const matrix = useMemo(
    () => makeTransitionMatrix(file, { fromRound, toRound: toRoundN, judgement }),
    [file, fromRound, toRoundN, judgement],
  );
  const placed = useMemo(
    () => layoutMatrix(matrix, { width: Math.min(width, 600) }),
    [matrix, width],
  );
  const fromLabel = `report ${fromRound}`;
  const toLabel = `report ${toRoundN}`;
  const chosen = placed.cells.find((c) => c.id === selected);
  const same = matrix.cells
    .filter((c) => c.from === c.to && c.from !== 'unknown')
    .reduce((s, c) => s + c.authorities.length, 0);
  const unknown = matrix.cells
    .filter((c) => c.from === 'unknown' || c.to === 'unknown')
    .reduce((s, c) => s + c.authorities.length, 0);
  const summary = `${matrix.total} authorities had both a report ${fromRound} and a report ${toRoundN}. ${same} kept the same grade; ${unknown} have a grade unknown in one report or both. ${matrix.noToRound.length} had no report ${toRoundN} yet and ${matrix.noFromRound.length} no report ${fromRound}; they are not in the matrix.${chosen ? ` Selected: ${describeCell(chosen, fromLabel, toLabel)}` : ''}`;
  const rounds = Array.from({ length: max }, (_, i) => i + 1);

  return (
    <div ref={ref}>
      <div className="app-filters">
        <RoundSelect
          id="matrix-from"
          label="Earlier report"
          value={fromRound}
          rounds={rounds}
          onChange={(v) => {
            setFrom(v);
            setSelected(null);
          }}
        />
        <RoundSelect
          id="matrix-to"
          label="Later report"
          value={toRoundN}
          rounds={rounds}
          onChange={(v) => {
            setTo(v);
            setSelected(null);
          }}
        />
      </div>
      {fromRound === toRoundN ? (
        <p className="govuk-body">
          <strong>
            The two reports are the same, so every authority stays where it was. Choose two
            different reports.
          </strong>
        </p>
      ) : null}
      <ChartFrame
        headingLevel={3}
        title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grade in report ${fromRound} against report ${toRoundN}`}
        description="Each cell counts the English local authorities with that grade in the earlier report (row) and that grade in the later one (column); ◆ marks North or West Northamptonshire, SN their statistical neighbours."
        summary={summary}
        view={view === 'table' ? 'table' : 'chart'}
        onViewChange={(v) => setView(v)}
        actions={
          <ChartActions
            chart="transition-matrix"
            title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grade in report ${fromRound} against report ${toRoundN}`}
            data={() => toMatrixTable(matrix, fromRound, toRoundN)}
            source={file.attribution}
          />
        }
        chart={({ titleId, descriptionId }) => (
          <TransitionMatrix
            matrix={placed}
            titleId={titleId}
            descriptionId={descriptionId}
            fromLabel={fromLabel}
            toLabel={toLabel}
            selected={selected || null}
            onSelect={(id) => setSelected(id)}
          />
        )}
        table={<DataTable compact table={toMatrixTable(matrix, fromRound, toRoundN)} />}
        footnote={
          <p className="govuk-body-s">
            Report 1, 2, 3 … is each authority’s first, second, third … inspection report in the
            national file (SIF and ILACS, 2012–2026), in order of publication: the same report
            number can fall in different years for different authorities, and authorities created
            recently (such as North and West Northamptonshire, 2021) have fewer reports. “Grade
            unknown”: the source could not read a grade (often for reports before 2018); it is never
            guessed. The county council (abolished 2021) is not in the national file.{' '}
            {file.attribution}
          </p>
        }
      />
      {chosen ? (
        <SelectedAuthorities
          label="Authorities in the selected cell"
          caption={`${NATIONAL_LABELS[chosen.cell.from]} in report ${fromRound}, ${NATIONAL_LABELS[chosen.cell.to]} in report ${toRoundN}`}
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
            caption={`No report ${toRoundN} yet`}
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
    </div>
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
    <div className="govuk-form-group app-filters__item">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select
        className="govuk-select"
        id={id}
        value={String(value)}
        onChange={(e) => onChange(e.target.value)}
      >
        {rounds.map((r) => (
          <option key={r} value={r}>
            {`Report ${r}`}
          </option>
        ))}
      </select>
    </div>
  );
}
