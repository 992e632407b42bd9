/**
 * Every English local authority's judgements on a calendar axis (not by report number), with
 * Northamptonshire's line of succession: the county council's own judgements from our records
 * (it is not in the national file) followed by North and West Northamptonshire's.
 *
 * A report's grade is in force from its publication day until the next report's. A grade the
 * source could not read stays "unknown": it never counts as inadequate, good or anything else.
 */
import type { Grade, Inspection, NationalFile, NationalGrade } from './types';
import type { NationalJudgement } from './nationalMatrix';
import { FOCUS_LA_CODES } from './nationalMatrix';
import { toDayRange, type PartialDate } from './dates';

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A grade on the history: the national file's categories, and "adequate" from the county's 2013 records. */
export type HistoryGrade = NationalGrade | 'adequate';

/** The inspection framework a report belongs to. */
export type Era = 'pre-sif' | 'sif' | 'ilacs' | 'not-stated';

export const ERA_LABELS: Record<Era, string> = {
  'pre-sif': 'Before the single inspection framework',
  sif: 'Single inspection framework (SIF)',
  ilacs: 'ILACS',
  'not-stated': 'Framework not stated',
};

export interface HistoryReport {
  /** Publication day (or month, kept at its precision), ISO. */
  published: PartialDate;
  /** First day of the publication, as a day (for placing it). */
  day: string;
  /** The last day the publication date could be (the same day for a day-precise date). */
  lastDay: string;
  grade: HistoryGrade;
  /** The grade of each judgement area, where the report has one. */
  areas: Record<NationalJudgement, HistoryGrade>;
  era: Era;
  /** What the report was, in words (“SIF inspection”, “child protection inspection”). */
  kind: string;
  link: string | null;
}

export interface HistoryRow {
  /** The national file's urn, or "ncc" for the county council. */
  id: string;
  name: string;
  /** A shorter name to draw where the chart's headings give the rest (the comparison's area rows). */
  drawnName?: string;
  region: string | null;
  laCode: string | null;
  statNeighbours: readonly string[];
  /** Part of Northamptonshire's line of succession (the county council, North or West Northamptonshire). */
  lineage: boolean;
  /** From our records, not the national file. */
  ownRecords: boolean;
  reports: HistoryReport[];
}

export const COUNTY_ID = 'ncc';

// A validated day-precise date is already the ISO day: most of the national file's ~500 dates,
// read on every build of the rows, need no Date object.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (date: PartialDate): boolean => DAY.test(date);

/** The day a report is placed on: the first day of its publication (a month-precise date on the 1st). */
export const toPlacingDay = (date: PartialDate): string =>
  isDay(date) ? date : iso(toDayRange(date).first);

/** The last day a publication date could be: the day itself, or the end of its month or year. */
export const toLastDay = (date: PartialDate): string =>
  isDay(date) ? date : iso(toDayRange(date).last);

/** SIF ran from November 2013; ILACS from January 2018. Reports the file gives no framework for are placed by date. */
export function toEra(framework: 'standard' | 'short' | 'unknown', day: string): Era {
  if (framework !== 'unknown') return 'ilacs';
  if (day < '2013-11-01') return 'pre-sif';
  if (day < '2018-01-01') return 'sif';
  return 'not-stated';
}

const AREA_OF: Record<string, NationalJudgement> = {
  'help-and-protection': 'helpAndProtection',
  'children-in-care': 'inCare',
  'care-leavers': 'careLeavers',
  leadership: 'leaders',
};

/** The county council's inspections that judged its children's services as a whole or an area of them. */
const COUNTY_TYPES: Record<string, { kind: string; era: Era }> = {
  'child-protection': { kind: 'Child protection inspection', era: 'pre-sif' },
  'looked-after-children': { kind: 'Looked-after children inspection', era: 'pre-sif' },
  sif: { kind: 'SIF inspection', era: 'sif' },
  'ilacs-standard': { kind: 'ILACS standard inspection', era: 'ilacs' },
};

const toHistoryGrade = (grade: Grade | null | undefined): HistoryGrade => grade ?? 'unknown';

/** The county council's graded inspections from our records, as history reports. */
export function toCountyReports(inspections: readonly Inspection[]): HistoryReport[] {
  return inspections
    .filter(
      (i) =>
        i.subject === 'northamptonshire-county-council' &&
        i.published &&
        i.graded &&
        COUNTY_TYPES[i.type],
    )
    .map((i) => {
      const { kind, era } = COUNTY_TYPES[i.type]!;
      const areas: Record<NationalJudgement, HistoryGrade> = {
        overall: i.area === 'overall' ? toHistoryGrade(i.overall) : 'not-applicable',
        helpAndProtection: 'unknown',
        inCare: 'unknown',
        careLeavers: 'not-applicable',
        leaders: 'unknown',
      };
      // An inspection of one area (2013) gives that area its headline grade.
      const own = AREA_OF[i.area];
      if (own) areas[own] = toHistoryGrade(i.overall);
      for (const j of i.judgements) {
        const key = AREA_OF[j.area];
        if (key && i.area === 'overall') areas[key] = toHistoryGrade(j.grade);
      }
      const published = i.published!;
      return {
        published,
        day: toPlacingDay(published),
        lastDay: toLastDay(published),
        // The headline grade: overall effectiveness, or the area inspection's own grade (2013).
        grade: toHistoryGrade(i.overall),
        areas,
        era,
        kind,
        link: null,
      };
    })
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Every authority of the national file, and the county council, with its reports in date order. */
export function toHistoryRows(
  file: NationalFile,
  inspections: readonly Inspection[],
): HistoryRow[] {
  const byUrn = new Map<string, HistoryReport[]>();
  for (const i of file.inspections) {
    if (i.published === null) continue;
    const day = toPlacingDay(i.published);
    const era = toEra(i.framework, day);
    const list = byUrn.get(i.urn) ?? [];
    list.push({
      published: i.published,
      day,
      lastDay: toLastDay(i.published),
      grade: i.overall,
      areas: {
        overall: i.overall,
        helpAndProtection: i.helpAndProtection,
        inCare: i.inCare,
        careLeavers: i.careLeavers,
        leaders: i.leaders,
      },
      era,
      kind:
        era === 'ilacs'
          ? `ILACS ${i.framework} inspection`
          : era === 'sif'
            ? 'SIF inspection'
            : era === 'pre-sif'
              ? 'Inspection before SIF'
              : 'Inspection',
      link: i.link,
    });
    byUrn.set(i.urn, list);
  }
  const rows: HistoryRow[] = file.authorities.map((a) => ({
    id: a.urn,
    name: a.name,
    region: a.region,
    laCode: a.laCode,
    statNeighbours: a.statNeighbours,
    lineage: a.laCode !== null && (FOCUS_LA_CODES as readonly string[]).includes(a.laCode),
    ownRecords: false,
    reports: (byUrn.get(a.urn) ?? []).sort((p, q) => (p.day < q.day ? -1 : p.day > q.day ? 1 : 0)),
  }));
  rows.push({
    id: COUNTY_ID,
    name: 'Northamptonshire County Council',
    region: 'EM',
    laCode: null,
    statNeighbours: [],
    lineage: true,
    ownRecords: true,
    reports: toCountyReports(inspections),
  });
  return rows;
}

/** A report's grade for a judgement: the headline for overall, else the area's. */
export const gradeOf = (r: HistoryReport, judgement: NationalJudgement): HistoryGrade =>
  judgement === 'overall' ? r.grade : r.areas[judgement];

const GOOD_OR_BETTER = new Set<HistoryGrade>(['good', 'outstanding']);
export const isGoodOrBetter = (g: HistoryGrade): boolean => GOOD_OR_BETTER.has(g);

/**
 * The report in force on a day (the latest surely published on or before it: a month-precise
 * date counts from the month's last day), or null before the first.
 */
export function reportInForce(row: HistoryRow, day: string): HistoryReport | null {
  let found: HistoryReport | null = null;
  for (const r of row.reports) if (r.lastDay <= day) found = r;
  return found;
}

/** True when an inadequate grade was in force on some day of the year (from publication to the next report). */
export function wasInadequateIn(
  row: HistoryRow,
  year: number,
  judgement: NationalJudgement = 'overall',
): boolean {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return row.reports.some((r, i) => {
    if (gradeOf(r, judgement) !== 'inadequate' || r.day > last) return false;
    const next = row.reports[i + 1];
    return next === undefined || next.day > first;
  });
}

/** True when an inadequate report was followed, at any later report, by a good or outstanding one. */
export function movedInadequateToGood(
  row: HistoryRow,
  judgement: NationalJudgement = 'overall',
): boolean {
  let seen = false;
  for (const r of row.reports) {
    const g = gradeOf(r, judgement);
    if (g === 'inadequate') seen = true;
    else if (seen && isGoodOrBetter(g)) return true;
  }
  return false;
}

/** The latest report's grade, or null for an authority with no report. */
export const latestGrade = (
  row: HistoryRow,
  judgement: NationalJudgement = 'overall',
): HistoryGrade | null => {
  const last = row.reports[row.reports.length - 1];
  return last ? gradeOf(last, judgement) : null;
};

export const countInadequate = (
  row: HistoryRow,
  judgement: NationalJudgement = 'overall',
): number => row.reports.filter((r) => gradeOf(r, judgement) === 'inadequate').length;

export type HistorySort = 'latest' | 'name' | 'region' | 'inadequate';
export const HISTORY_SORTS: readonly HistorySort[] = ['latest', 'name', 'region', 'inadequate'];
export const HISTORY_SORT_LABELS: Record<HistorySort, string> = {
  latest: 'Latest grade (worst first)',
  name: 'Name',
  region: 'Region',
  inadequate: 'Number of inadequate judgements (most first)',
};

/** The latest grade filter: good or better, requires improvement, inadequate, or no readable grade. */
export type LatestFilter = 'good-or-better' | 'requires-improvement' | 'inadequate' | 'no-grade';
export const LATEST_FILTERS: readonly LatestFilter[] = [
  'good-or-better',
  'requires-improvement',
  'inadequate',
  'no-grade',
];
export const LATEST_FILTER_LABELS: Record<LatestFilter, string> = {
  'good-or-better': 'Good or outstanding',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  'no-grade': 'No readable grade (unknown, not given, or no report)',
};

export interface HistoryFilter {
  judgement?: NationalJudgement;
  region?: string | null;
  /** Only this authority (urn or "ncc") and its statistical neighbours. */
  neighboursOf?: string | null;
  /** Only authorities with an inadequate grade in force at some time in this year. */
  inadequateIn?: number | null;
  /** Only authorities that moved from inadequate to good or better. */
  improved?: boolean;
  /** Only authorities whose latest grade is in this group. */
  latest?: LatestFilter | null;
}

const matchesLatest = (g: HistoryGrade | null, f: LatestFilter): boolean =>
  f === 'good-or-better'
    ? g !== null && isGoodOrBetter(g)
    : f === 'requires-improvement'
      ? g === 'requires-improvement' || g === 'adequate'
      : f === 'inadequate'
        ? g === 'inadequate'
        : g === null || g === 'unknown' || g === 'not-reported' || g === 'not-applicable';

/**
 * The statistical neighbours of an authority (its own list of DfE codes), with the authority.
 * The county council has no list in the national file: its neighbours are North and West
 * Northamptonshire's.
 */
export function neighbourIds(rows: readonly HistoryRow[], id: string): Set<string> {
  const self = rows.find((r) => r.id === id);
  if (!self) return new Set();
  const codes = new Set(
    self.id === COUNTY_ID
      ? rows.filter((r) => r.lineage && !r.ownRecords).flatMap((r) => r.statNeighbours)
      : self.statNeighbours,
  );
  return new Set([
    id,
    ...rows.filter((r) => r.laCode !== null && codes.has(r.laCode)).map((r) => r.id),
  ]);
}

/** What the filters and sorts ask of a row for one judgement, worked out once. */
export interface RowFacts {
  /** The years in which an inadequate grade was in force on some day. */
  inadequateYears: ReadonlySet<number>;
  improved: boolean;
  latest: HistoryGrade | null;
  inadequateCount: number;
}

/** Each row's facts for a judgement, by row. */
export type HistoryIndex = ReadonlyMap<HistoryRow, RowFacts>;

/** The years of the axis an index covers: a filter year outside them is asked of the rows directly. */
const INDEX_YEARS = { from: 2000, to: 2040 };

/** A row's facts for a judgement: what `wasInadequateIn` and the rest would answer, every year at once. */
export function toRowFacts(row: HistoryRow, judgement: NationalJudgement = 'overall'): RowFacts {
  const years = new Set<number>();
  row.reports.forEach((r, i) => {
    if (gradeOf(r, judgement) !== 'inadequate') return;
    const next = row.reports[i + 1];
    // In force from its day until the next report's day (that day belongs to the next report).
    const first = Number(r.day.slice(0, 4));
    const last = next
      ? Number(next.day.slice(0, 4)) - (next.day.slice(5) === '01-01' ? 1 : 0)
      : INDEX_YEARS.to;
    for (let y = Math.max(first, INDEX_YEARS.from); y <= Math.min(last, INDEX_YEARS.to); y++)
      years.add(y);
  });
  return {
    inadequateYears: years,
    improved: movedInadequateToGood(row, judgement),
    latest: latestGrade(row, judgement),
    inadequateCount: countInadequate(row, judgement),
  };
}

// One index per rows array and judgement: the rows are built once per loaded file, so every
// filter and sort after the first reads the index instead of walking the reports.
const indexes = new WeakMap<readonly HistoryRow[], Map<NationalJudgement, HistoryIndex>>();
export function indexRows(
  rows: readonly HistoryRow[],
  judgement: NationalJudgement = 'overall',
): HistoryIndex {
  let byJudgement = indexes.get(rows);
  if (!byJudgement) indexes.set(rows, (byJudgement = new Map()));
  let index = byJudgement.get(judgement);
  if (!index) {
    index = new Map(rows.map((r) => [r, toRowFacts(r, judgement)]));
    byJudgement.set(judgement, index);
  }
  return index;
}

/**
 * The rows that pass every filter given. With an index (`indexRows` of these rows), each test is a
 * look-up; without, the reports are walked. Both give the same rows.
 */
export function filterRows(
  rows: readonly HistoryRow[],
  f: HistoryFilter,
  index?: HistoryIndex,
): HistoryRow[] {
  const judgement = f.judgement ?? 'overall';
  const near = f.neighboursOf ? neighbourIds(rows, f.neighboursOf) : null;
  const year = f.inadequateIn;
  const indexed =
    year == null || (year >= INDEX_YEARS.from && year <= INDEX_YEARS.to) ? index : undefined;
  return rows.filter((r) => {
    if (f.region && r.region !== f.region) return false;
    if (near && !near.has(r.id)) return false;
    const facts = indexed?.get(r);
    if (facts) {
      if (year != null && !facts.inadequateYears.has(year)) return false;
      if (f.improved && !facts.improved) return false;
      return !f.latest || matchesLatest(facts.latest, f.latest);
    }
    return (
      (year == null || wasInadequateIn(r, year, judgement)) &&
      (!f.improved || movedInadequateToGood(r, judgement)) &&
      (!f.latest || matchesLatest(latestGrade(r, judgement), f.latest))
    );
  });
}

/** Worst first; what is not a grade after the grades; no report last. */
const LATEST_ORDER: Record<HistoryGrade, number> = {
  inadequate: 0,
  'requires-improvement': 1,
  adequate: 1,
  good: 2,
  outstanding: 3,
  'not-reported': 4,
  'not-applicable': 5,
  unknown: 6,
};

const collator = new Intl.Collator('en-GB');

/**
 * Rows in the chosen order (ties by name). Northamptonshire's line of succession is kept together
 * where the first of it falls, county council first, so it reads as one line.
 */
export function sortRows(
  rows: readonly HistoryRow[],
  sort: HistorySort,
  regions: Readonly<Record<string, string>>,
  judgement: NationalJudgement = 'overall',
  index?: HistoryIndex,
): HistoryRow[] {
  const key = (r: HistoryRow): number | string => {
    const facts = index?.get(r);
    if (sort === 'latest') {
      const g = facts ? facts.latest : latestGrade(r, judgement);
      return g === null ? 9 : LATEST_ORDER[g];
    }
    if (sort === 'inadequate') return -(facts?.inadequateCount ?? countInadequate(r, judgement));
    if (sort === 'region') return r.region ? (regions[r.region] ?? r.region) : '~';
    return 0;
  };
  const sorted = [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c =
      typeof ka === 'number' && typeof kb === 'number'
        ? ka - kb
        : collator.compare(String(ka), String(kb));
    return c || collator.compare(a.name, b.name);
  });
  const lineage = sorted
    .filter((r) => r.lineage)
    .sort((a, b) =>
      a.ownRecords === b.ownRecords ? collator.compare(a.name, b.name) : a.ownRecords ? -1 : 1,
    );
  if (lineage.length === 0) return sorted;
  const at = sorted.findIndex((r) => r.lineage);
  const rest = sorted.filter((r) => !r.lineage);
  return [...rest.slice(0, at), ...lineage, ...rest.slice(at)];
}

/** Months between two days, whole (rounded down). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}
