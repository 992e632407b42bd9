/** Every English local authority's grades on a calendar axis, with Northamptonshire's line of succession. */
import {
  countInadequate,
  filterRows,
  HISTORY_SORTS,
  indexRows,
  LATEST_FILTERS,
  LATEST_FILTER_LABELS,
  monthsBetween,
  sortRows,
  toHistoryRows,
  ERA_LABELS,
  type HistoryRow,
  type HistorySort,
  type LatestFilter,
} from '../../domain/calendarHistory';
import { formatPartialDate } from '../../domain/dates';
import { NATIONAL_JUDGEMENT_LABELS, type NationalJudgement } from '../../domain/nationalMatrix';
import type { ChartTable } from '../chart-data/chartTable';
import { toSafeHref } from '../../lib/safeUrl';
import { readChoice } from '../shared/params';
import { defineChart, type SurfaceSize } from '../shared/spec';
import { LOCAL_SOURCES, NATIONAL_SOURCES } from '../shared/sourceLines';
import { readJudgement } from '../transition-matrix/spec';
import { layoutHistory, type PlacedHistory } from './layoutHistory';
import { describeHistoryRow, gradeLabel, RatingHistory } from './RatingHistory';

export interface HistoryParams {
  judgement: NationalJudgement;
  sort: HistorySort;
  region: string | null;
  /** An authority's id (urn, or "ncc"): only it and its statistical neighbours. */
  near: string | null;
  /** Only authorities with an inadequate grade in force at some time in this year. */
  inadequateIn: number | null;
  /** Only authorities that moved from inadequate to good or better. */
  improved: boolean;
  latest: LatestFilter | null;
}

export interface HistoryModel {
  all: HistoryRow[];
  rows: HistoryRow[];
  regions: Readonly<Record<string, string>>;
  attribution: string;
  /** The filters in words, for the title and summary. */
  scope: string[];
}

/** The years a filter may name: those of the axis. */
export const HISTORY_YEARS = Array.from({ length: 15 }, (_, i) => 2012 + i);

/** The parameters of an address (keys start with h, so the view's other charts keep theirs). */
export function readHistoryParams(
  query: URLSearchParams,
  rows: readonly HistoryRow[],
  regions: Readonly<Record<string, string>>,
): HistoryParams {
  const region = query.get('hRegion');
  const near = query.get('hNear');
  const year = Number(query.get('hInad'));
  const latest = query.get('hLatest');
  return {
    judgement: readJudgement(query.get('judgement')),
    sort: readChoice(query.get('hSort'), HISTORY_SORTS, 'latest'),
    region: region && Object.hasOwn(regions, region) ? region : null,
    near: near && rows.some((r) => r.id === near) ? near : null,
    inadequateIn: HISTORY_YEARS.includes(year) ? year : null,
    improved: query.get('hImproved') === '1',
    latest: LATEST_FILTERS.find((f) => f === latest) ?? null,
  };
}

// The rows are built once per loaded file pair: filtering and sorting then only walk them.
const built = new WeakMap<object, HistoryRow[]>();
export function getHistoryRows(data: {
  'national.json': Parameters<typeof toHistoryRows>[0];
  'inspections.json': { inspections: Parameters<typeof toHistoryRows>[1] };
}): HistoryRow[] {
  const key = data['national.json'];
  let rows = built.get(key);
  if (!rows || !built.has(data['inspections.json'])) {
    rows = toHistoryRows(data['national.json'], data['inspections.json'].inspections);
    built.set(key, rows);
    built.set(data['inspections.json'], rows);
  }
  return rows;
}

export function toHistoryScope(
  p: HistoryParams,
  all: readonly HistoryRow[],
  regions: Readonly<Record<string, string>>,
): string[] {
  const scope: string[] = [];
  if (p.region) scope.push(`in ${regions[p.region]}`);
  if (p.near)
    scope.push(
      `${all.find((r) => r.id === p.near)?.name ?? p.near} and its statistical neighbours`,
    );
  if (p.inadequateIn !== null) scope.push(`inadequate at some time in ${p.inadequateIn}`);
  if (p.improved) scope.push('moved from inadequate to good or better');
  if (p.latest) scope.push(`latest grade: ${LATEST_FILTER_LABELS[p.latest].toLowerCase()}`);
  return scope;
}

export function toHistoryTable(
  rows: readonly HistoryRow[],
  judgement: NationalJudgement,
  regions: Readonly<Record<string, string>>,
): ChartTable {
  return {
    caption: `${NATIONAL_JUDGEMENT_LABELS[judgement]}: every report of the ${rows.length} authorities shown, by date of publication`,
    header: [
      'Authority',
      'Region',
      'Published',
      'Framework',
      'Report',
      'Grade',
      'Months since the previous report',
      'Northamptonshire line of succession',
    ],
    rows: rows.flatMap((row) =>
      row.reports.length === 0
        ? [
            [
              row.name,
              row.region ? (regions[row.region] ?? row.region) : 'Not known',
              'No report',
              null,
              null,
              null,
              null,
              row.lineage ? 'Yes' : '',
            ],
          ]
        : row.reports.map((r, i) => [
            row.name,
            row.region ? (regions[row.region] ?? row.region) : 'Not known',
            formatPartialDate(r.published),
            ERA_LABELS[r.era],
            r.link
              ? {
                  text: `${r.kind} (${r.link})`,
                  citations: [
                    { title: r.kind, href: toSafeHref(r.link), locator: 'Ofsted report' },
                  ],
                }
              : r.kind,
            gradeLabel(judgement === 'overall' ? r.grade : r.areas[judgement]),
            i === 0 ? null : monthsBetween(row.reports[i - 1]!.day, r.day),
            row.lineage
              ? row.ownRecords
                ? 'Yes: the county council (our records)'
                : 'Yes: successor from April 2021'
              : '',
          ]),
    ),
  };
}

/** Rows with the judgement's grade as the headline, so one drawing serves every judgement. */
const forJudgement = (rows: readonly HistoryRow[], judgement: NationalJudgement): HistoryRow[] =>
  judgement === 'overall'
    ? [...rows]
    : rows.map((r) => ({
        ...r,
        reports: r.reports.map((p) => ({ ...p, grade: p.areas[judgement] })),
      }));

const layouts = new WeakMap<object, Map<string, PlacedHistory>>();
/** One layout per model, surface and width. */
export function cachedLayout(
  model: object,
  size: SurfaceSize,
  make: () => PlacedHistory,
): PlacedHistory {
  const key = `${size.surface}:${size.width}:${size.height ?? ''}`;
  let byKey = layouts.get(model);
  if (!byKey) layouts.set(model, (byKey = new Map()));
  let placed = byKey.get(key);
  if (!placed) byKey.set(key, (placed = make()));
  return placed;
}

export const historySpec = defineChart({
  name: 'rating-history',
  label: 'Rating history by date, English local authorities',
  fullView: '/england',
  source: `${NATIONAL_SOURCES}; the county council's own judgements from ${LOCAL_SOURCES}`,
  data: ['national.json', 'inspections.json'],
  fallbackWidth: 960,
  readParams: (query, data) =>
    readHistoryParams(query, getHistoryRows(data), data['national.json'].regions),
  toModel: (data, p): HistoryModel => {
    const regions = data['national.json'].regions;
    const all = getHistoryRows(data);
    // Built once per loaded file and judgement: a filter then reads each row's facts.
    const index = indexRows(all, p.judgement);
    const filtered = filterRows(
      all,
      {
        judgement: p.judgement,
        region: p.region,
        neighboursOf: p.near,
        inadequateIn: p.inadequateIn,
        improved: p.improved,
        latest: p.latest,
      },
      index,
    );
    return {
      all,
      rows: forJudgement(sortRows(filtered, p.sort, regions, p.judgement, index), p.judgement),
      regions,
      attribution: data['national.json'].attribution,
      scope: toHistoryScope(p, all, regions),
    };
  },
  // The view re-reads its parameters on every change of the address (another chart's choice too):
  // the model and layout stay the same objects unless this chart's own parameters change, so its
  // 154 rows are not drawn again.
  modelKey: (p) => JSON.stringify(p),
  layout: (model, _p, size) => cachedLayout(model, size, () => layoutHistory(model.rows, size)),
  toTable: (model, p) => toHistoryTable(model.rows, p.judgement, model.regions),
  toText: ({ rows, all, scope, attribution }, p) => {
    const reports = rows.reduce((s, r) => s + r.reports.length, 0);
    const inadequate = rows.filter((r) => countInadequate(r) > 0).length;
    const county = rows.some((r) => r.ownRecords);
    return {
      title: `${NATIONAL_JUDGEMENT_LABELS[p.judgement]}: every authority’s grades by date, 2012 to 2026`,
      shortTitle: 'Grades by date, every authority',
      description:
        'One row per authority, years across: each report is a tick at its publication date and its grade a band until the next report. ◆ marks Northamptonshire’s line of succession: the county council until 31 March 2021, then North and West Northamptonshire.',
      summary: `${rows.length} of ${all.length} authorities shown${scope.length ? ` (${scope.join('; ')})` : ''}, with ${reports} reports; ${inadequate} of them were judged inadequate at least once.${county ? ' The county council’s judgements come from our records: it is not in the national file.' : ''}`,
      footnote: [
        'Each report counts from its publication date until the next one; the county council’s last grade is in force until its abolition on 1 April 2021. “Unknown or no grade”: the national file could not read the grade (nearly every report before 2018, under the single inspection framework), or the 2026 framework gives no overall grade; it is never guessed.',
        'The county council’s 2013 inspections were of child protection and of looked-after children, under the frameworks before SIF: their own headline grade is shown. Reports with no framework in the file are placed by date: SIF from November 2013, ILACS from January 2018.',
        attribution,
      ],
    };
  },
  describeSelected: (model, _layout, id) => {
    const row = model.rows.find((r) => r.id === id);
    return row ? describeHistoryRow(row) : null;
  },
  Chart: ({ layout, titleId, descriptionId, selected, onSelect, interactive }) => (
    <RatingHistory
      layout={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      selected={selected}
      onSelect={onSelect}
      interactive={interactive}
    />
  ),
});
