/** English local authorities' grade in one report against another, as a matrix. */
import {
  getDefaultRoundPair,
  getMaxRound,
  isNationalJudgement,
  makeTransitionMatrix,
  NATIONAL_JUDGEMENT_LABELS,
  type NationalJudgement,
  type TransitionMatrix as Matrix,
} from '../../domain/nationalMatrix';
import type { NationalFile } from '../../domain/types';
import { toMatrixTable } from '../chart-data/nationalTables';
import { defineChart, fitToHeight } from '../shared/spec';
import { NATIONAL_SOURCES } from '../shared/sourceLines';
import { layoutMatrix } from './layoutMatrix';
import { describeCell, TransitionMatrix } from './TransitionMatrix';

export interface MatrixParams {
  judgement: NationalJudgement;
  fromRound: number;
  toRound: number;
}

export interface MatrixModel {
  matrix: Matrix;
  attribution: string;
}

const readRound = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

/** The judgement of an address, else overall effectiveness. */
export const readJudgement = (value: string | null): NationalJudgement =>
  value !== null && isNationalJudgement(value) ? value : 'overall';

/** The rounds of an address; the England view's opening pair by default, so an embed of its defaults matches it. */
export function readMatrixParams(query: URLSearchParams, file: NationalFile): MatrixParams {
  const judgement = readJudgement(query.get('judgement'));
  const max = getMaxRound(file);
  const pair = getDefaultRoundPair(file, judgement);
  return {
    judgement,
    fromRound: readRound(query.get('from'), pair.fromRound, max),
    toRound: readRound(query.get('to'), pair.toRound, max),
  };
}

export const matrixSpec = defineChart({
  name: 'transition-matrix',
  label: 'Transition matrix, English local authorities',
  fullView: '/england',
  source: NATIONAL_SOURCES,
  data: ['national.json'],
  fallbackWidth: 960,
  readParams: (query, data) => readMatrixParams(query, data['national.json']),
  toModel: (data, params): MatrixModel => ({
    matrix: makeTransitionMatrix(data['national.json'], params),
    attribution: data['national.json'].attribution,
  }),
  layout: (model, _params, size) =>
    fitToHeight(size, Math.min(size.width, 600), (width) => layoutMatrix(model.matrix, { width })),
  toTable: (model, { fromRound, toRound }) => toMatrixTable(model.matrix, fromRound, toRound),
  toText: ({ matrix, attribution }, { judgement, fromRound, toRound }) => {
    const same = matrix.cells
      .filter((c) => c.from === c.to && c.from !== 'unknown')
      .reduce((s, c) => s + c.authorities.length, 0);
    const unknown = matrix.cells
      .filter((c) => c.from === 'unknown' || c.to === 'unknown')
      .reduce((s, c) => s + c.authorities.length, 0);
    return {
      title: `${NATIONAL_JUDGEMENT_LABELS[judgement]}: grade in report ${fromRound} against report ${toRound}`,
      description:
        'Each cell counts the English local authorities with that grade in the earlier report (row) and that grade in the later one (column); ◆ marks North or West Northamptonshire, SN their statistical neighbours.',
      summary: `${matrix.total} authorities had both a report ${fromRound} and a report ${toRound}. ${same} kept the same grade; ${unknown} have a grade unknown in one report or both. ${matrix.noToRound.length} had no report ${toRound} yet and ${matrix.noFromRound.length} no report ${fromRound}; they are not in the matrix.`,
      footnote: [
        `Report 1, 2, 3 … is each authority’s first, second, third … inspection report in the national file (SIF and ILACS, 2012–2026), in order of publication: the same report number can fall in different years for different authorities, and authorities created recently (such as North and West Northamptonshire, 2021) have fewer reports. “Grade unknown”: the source could not read a grade (often for reports before 2018); it is never guessed. The county council (abolished 2021) is not in the national file. ${attribution}`,
      ],
    };
  },
  describeSelected: (model, layout, id) => {
    const cell = layout.cells.find((c) => c.id === id);
    return cell
      ? describeCell(cell, `report ${model.matrix.fromRound}`, `report ${model.matrix.toRound}`)
      : null;
  },
  Chart: ({ layout, params, titleId, descriptionId, selected, onSelect }) => (
    <TransitionMatrix
      matrix={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      fromLabel={`report ${params.fromRound}`}
      toLabel={`report ${params.toRound}`}
      selected={selected}
      onSelect={onSelect}
    />
  ),
});
