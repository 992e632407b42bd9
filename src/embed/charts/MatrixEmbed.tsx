import { useMemo, useState } from 'react';
import { toMatrixTable } from '../../charts/chart-data/nationalTables';
import { DataTable } from '../../charts/chart-data/DataTable';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { layoutMatrix } from '../../charts/transition-matrix/layoutMatrix';
import { TransitionMatrix } from '../../charts/transition-matrix/TransitionMatrix';
import { getDefaultRoundPair, getMaxRound, isNationalJudgement, makeTransitionMatrix, NATIONAL_JUDGEMENT_LABELS } from '../../domain/nationalMatrix';
import type { NationalFile } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';
import { EmbedGate } from '../EmbedGate';
import { useEmbedNational } from '../useEmbedData';

const toRound = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

export function MatrixEmbed() {
  const national = useEmbedNational();
  return (
    <EmbedGate queries={[national]} what="the national data">
      {() => <MatrixChart file={national.data!} />}
    </EmbedGate>
  );
}

function MatrixChart({ file }: { file: NationalFile }) {
  const params = useEmbedParams();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const judgementParam = params.get('judgement') ?? 'overall';
  const judgement = isNationalJudgement(judgementParam) ? judgementParam : 'overall';
  const max = useMemo(() => getMaxRound(file), [file]);
  // The same opening pair as the England view, so an embed made from its defaults matches it.
  const pair = useMemo(() => getDefaultRoundPair(file, judgement), [file, judgement]);
  const fromRound = toRound(params.get('from'), pair.fromRound, max);
  const toRoundN = toRound(params.get('to'), pair.toRound, max);
  const matrix = useMemo(() => makeTransitionMatrix(file, { fromRound, toRound: toRoundN, judgement }), [file, fromRound, toRoundN, judgement]);
  const placed = useMemo(() => layoutMatrix(matrix, { width: Math.min(width, 600) }), [matrix, width]);
  const same = matrix.cells.filter((c) => c.from === c.to && c.from !== 'unknown').reduce((s, c) => s + c.authorities.length, 0);
  const unknown = matrix.cells.filter((c) => c.from === 'unknown' || c.to === 'unknown').reduce((s, c) => s + c.authorities.length, 0);
  return (
    <div ref={ref}>
      <ChartFrame
        title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grade in report ${fromRound} against report ${toRoundN}`}
        description="Each cell counts the English local authorities with that grade in the earlier report (row) and that grade in the later one (column); ◆ marks North or West Northamptonshire, SN their statistical neighbours."
        summary={`${matrix.total} authorities had both a report ${fromRound} and a report ${toRoundN}. ${same} kept the same grade; ${unknown} have a grade unknown in one report or both. ${matrix.noToRound.length} had no report ${toRoundN} yet and ${matrix.noFromRound.length} no report ${fromRound}; they are not in the matrix.`}
        chart={({ titleId, descriptionId }) => (
          <TransitionMatrix matrix={placed} titleId={titleId} descriptionId={descriptionId} fromLabel={`report ${fromRound}`} toLabel={`report ${toRoundN}`} selected={selected} onSelect={setSelected} />
        )}
        table={<DataTable compact table={toMatrixTable(matrix, fromRound, toRoundN)} />}
        footnote={
          <p className="govuk-body-s">
            Report 1, 2, 3 … is each authority’s first, second, third … report in the national file, in order of
            publication. “Grade unknown”: the source could not read a grade; it is never guessed. {file.attribution}
          </p>
        }
      />
    </div>
  );
}
