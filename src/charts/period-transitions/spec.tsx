/** Transitions by framework and period: first ILACS → latest ILACS, last SIF → first ILACS, or the grade in force on one date → another. */
import { filterRows } from '../../domain/calendarHistory';
import {
  getCell,
  NATIONAL_JUDGEMENT_LABELS,
  type NationalJudgement,
} from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import {
  makePeriodMatrix,
  PERIOD_MODES,
  type PeriodMatrix,
  type PeriodMode,
} from '../../domain/periodTransitions';
import { readChoice } from '../shared/params';
import { defineChart, fitToHeight } from '../shared/spec';
import { LOCAL_SOURCES, NATIONAL_SOURCES } from '../shared/sourceLines';
import { getHistoryRows } from '../rating-history/spec';
import { layoutMatrix } from '../transition-matrix/layoutMatrix';
import { readJudgement } from '../transition-matrix/spec';
import { describeCell, TransitionMatrix } from '../transition-matrix/TransitionMatrix';

export interface PeriodParams {
  judgement: NationalJudgement;
  mode: PeriodMode;
  /** Days of the dates mode (ISO). */
  from: string;
  to: string;
  region: string | null;
  /** Only this authority (urn) and its statistical neighbours. */
  near: string | null;
}

export interface PeriodModel {
  matrix: PeriodMatrix;
  scope: string;
  attribution: string;
}

export const DEFAULT_FROM = '2019-04-01';
export const DEFAULT_TO = '2024-04-01';

const readDay = (value: string | null, fallback: string): string =>
  value &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  value >= '2012-01-01' &&
  value <= '2026-12-31'
    ? new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
      ? value
      : fallback
    : fallback;

export const periodSpec = defineChart({
  name: 'period-transitions',
  label: 'Transitions by framework and period, English local authorities',
  fullView: '/england',
  source: `${NATIONAL_SOURCES}; the county council's own judgements from ${LOCAL_SOURCES}`,
  data: ['national.json', 'inspections.json'],
  fallbackWidth: 960,
  readParams: (query, data): PeriodParams => {
    const regions = data['national.json'].regions;
    const region = query.get('pRegion');
    const near = query.get('pNear');
    return {
      judgement: readJudgement(query.get('judgement')),
      mode: readChoice(query.get('pMode'), PERIOD_MODES, 'ilacs'),
      from: readDay(query.get('pFrom'), DEFAULT_FROM),
      to: readDay(query.get('pTo'), DEFAULT_TO),
      region: region && Object.hasOwn(regions, region) ? region : null,
      near: near && data['national.json'].authorities.some((a) => a.urn === near) ? near : null,
    };
  },
  toModel: (data, p): PeriodModel => {
    const file = data['national.json'];
    const rows = filterRows(getHistoryRows(data), { region: p.region, neighboursOf: p.near });
    const matrix = makePeriodMatrix(rows, file, {
      mode: p.mode,
      judgement: p.judgement,
      from: p.from,
      to: p.to,
    });
    const nearName = p.near ? file.authorities.find((a) => a.urn === p.near)?.name : null;
    const scope = nearName
      ? `${nearName} and its statistical neighbours`
      : p.region
        ? `authorities in ${file.regions[p.region]}`
        : 'English local authorities';
    return { matrix, scope, attribution: file.attribution };
  },
  modelKey: (p) => JSON.stringify(p),
  layout: (model, _p, size) =>
    fitToHeight(size, Math.min(size.width, 600), (width) => layoutMatrix(model.matrix, { width })),
  toTable: ({ matrix }) => ({
    caption: `Rows: grade at ${matrix.fromLabel}. Columns: grade at ${matrix.toLabel}.`,
    grid: true,
    header: [
      `${matrix.fromLabel} \\ ${matrix.toLabel}`,
      ...matrix.categories.map((c) => NATIONAL_LABELS[c]),
    ],
    rows: matrix.categories.map((row) => [
      NATIONAL_LABELS[row],
      ...matrix.categories.map((col) => getCell(matrix, row, col)?.authorities.length ?? 0),
    ]),
  }),
  toText: ({ matrix, scope, attribution }, p) => {
    const known = (g: string) => g !== 'unknown' && g !== 'not-reported' && g !== 'not-applicable';
    const sum = (f: (from: string, to: string) => boolean) =>
      matrix.cells.filter((c) => f(c.from, c.to)).reduce((s, c) => s + c.authorities.length, 0);
    const same = sum((a, b) => a === b && known(a));
    const unknown = sum((a, b) => !known(a) || !known(b));
    const left = matrix.missing.map((m) => `${m.authorities.length} had ${m.reason}`).join('; ');
    return {
      title: `${NATIONAL_JUDGEMENT_LABELS[p.judgement]}: grade at ${matrix.fromLabel} against ${matrix.toLabel}`,
      shortTitle: `${matrix.fromLabel} against ${matrix.toLabel}`,
      description: `Each cell counts the ${scope} with that grade at ${matrix.fromLabel} (row) and at ${matrix.toLabel} (column); ◆ marks Northamptonshire, SN statistical neighbours.`,
      summary: `${matrix.total} ${scope} are in the matrix: ${same} kept the same grade and ${unknown} have a grade unknown or not given at one end or both.${left ? ` Not in it: ${left}.` : ''}`,
      footnote: [
        p.mode === 'sif-ilacs'
          ? 'The national file cannot read grades from SIF reports, so nearly every authority’s SIF grade is unknown here: the county council’s SIF grade (2016) is known from our records, and it is counted with them. For England as a whole in the SIF era, see England’s line over time.'
          : p.mode === 'ilacs'
            ? 'An authority’s first and latest ILACS standard or short inspection (from January 2018). A 2026-framework report gives no overall grade: it is its own category. The county council had one ILACS inspection (2019) and is not in this matrix.'
            : 'The grade in force on a day is that of the latest report published on or before it. Authorities with no report by a date are counted apart. The county council (abolished 1 April 2021) is not in this matrix; North and West Northamptonshire have grades from November 2022.',
        `“Grade unknown”: the source could not read a grade; it is never guessed. ${attribution}`,
      ],
    };
  },
  describeSelected: (model, layout, id) => {
    const cell = layout.cells.find((c) => c.id === id);
    return cell ? describeCell(cell, model.matrix.fromLabel, model.matrix.toLabel) : null;
  },
  Chart: ({ model, layout, titleId, descriptionId, selected, onSelect }) => (
    <TransitionMatrix
      matrix={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      fromLabel={model.matrix.fromLabel}
      toLabel={model.matrix.toLabel}
      selected={selected}
      onSelect={onSelect}
    />
  ),
});
