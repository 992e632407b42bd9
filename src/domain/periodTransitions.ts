/**
 * Transitions by framework and period, not by report number: an authority's first ILACS grade
 * against its latest; its last SIF grade against its first ILACS one; the grade in force on one
 * day against the grade in force on another. The result has the transition matrix's shape, so the
 * same drawing serves. Unknown grades stay their own row and column, never guessed.
 */
import type { NationalFile, NationalGrade } from './types';
import {
  byName,
  toHighlights,
  type AuthorityRef,
  type MatrixCell,
  type NationalJudgement,
  type TransitionMatrix,
} from './nationalMatrix';
import { NATIONAL_CATEGORIES, isAlwaysShownCategory } from './ordinalScale';
import {
  COUNTY_ID,
  gradeOf,
  reportInForce,
  type HistoryGrade,
  type HistoryReport,
  type HistoryRow,
} from './calendarHistory';

export type PeriodMode = 'ilacs' | 'sif-ilacs' | 'dates';
export const PERIOD_MODES: readonly PeriodMode[] = ['ilacs', 'sif-ilacs', 'dates'];
export const PERIOD_MODE_LABELS: Record<PeriodMode, string> = {
  ilacs: 'First ILACS inspection → latest ILACS inspection',
  'sif-ilacs': 'Last SIF inspection → first ILACS inspection',
  dates: 'Grade in force on one date → on another',
};

export interface PeriodMatrix extends TransitionMatrix {
  mode: PeriodMode;
  /** What the rows and columns are, in words (“first ILACS”, “1 April 2019”). */
  fromLabel: string;
  toLabel: string;
  /** Authorities left out, with why: they had nothing to compare. */
  missing: { reason: string; authorities: AuthorityRef[] }[];
}

export interface PeriodOptions {
  mode: PeriodMode;
  judgement: NationalJudgement;
  /** Days for the dates mode (ISO). */
  from?: string;
  to?: string;
}

/** Only the county's 2013 records use "adequate", and no period pairs them: never merged into another grade. */
function asNational(g: HistoryGrade): NationalGrade {
  if (g === 'adequate') throw new Error('an adequate grade has no place in a period matrix');
  return g;
}

/**
 * The pair of reports an authority is compared on, or a reason why it has none. The county
 * council (from our records) takes part only in SIF → first ILACS: it had one ILACS inspection and
 * was abolished in 2021, so it has no latest ILACS and no grade on a date after.
 */
function pairOf(row: HistoryRow, o: PeriodOptions): [HistoryReport, HistoryReport] | string {
  const ilacs = row.reports.filter((r) => r.era === 'ilacs');
  if (o.mode === 'ilacs') {
    if (ilacs.length < 2) return 'fewer than two ILACS reports';
    return [ilacs[0]!, ilacs[ilacs.length - 1]!];
  }
  if (o.mode === 'sif-ilacs') {
    const sif = row.reports.filter((r) => r.era === 'sif');
    if (sif.length === 0) return 'no SIF report';
    if (ilacs.length === 0) return 'no ILACS report';
    return [sif[sif.length - 1]!, ilacs[0]!];
  }
  const a = reportInForce(row, o.from ?? '');
  const b = reportInForce(row, o.to ?? '');
  if (!a) return 'no report by the earlier date';
  if (!b) return 'no report by the later date';
  return [a, b];
}

export function makePeriodMatrix(
  rows: readonly HistoryRow[],
  file: NationalFile,
  o: PeriodOptions,
): PeriodMatrix {
  const highlights = toHighlights(file);
  const buckets = new Map<string, AuthorityRef[]>();
  const missing = new Map<string, AuthorityRef[]>();
  const used = new Set<NationalGrade>();
  for (const row of rows) {
    if (row.ownRecords && o.mode !== 'sif-ilacs') continue;
    const ref: AuthorityRef = {
      urn: row.id,
      name: row.ownRecords ? `${row.name} (our records)` : row.name,
      laCode: row.laCode,
      region: row.region,
      focus: row.lineage,
      neighbour: highlights.neighbours.has(row.id),
    };
    const pair = pairOf(row, o);
    if (typeof pair === 'string') {
      missing.set(pair, [...(missing.get(pair) ?? []), ref]);
      continue;
    }
    const a = asNational(gradeOf(pair[0], o.judgement));
    const b = asNational(gradeOf(pair[1], o.judgement));
    used.add(a);
    used.add(b);
    const key = `${a}|${b}`;
    buckets.set(key, [...(buckets.get(key) ?? []), ref]);
  }
  const categories = NATIONAL_CATEGORIES.filter((c) => isAlwaysShownCategory(c) || used.has(c));
  const cells: MatrixCell[] = categories.flatMap((from) =>
    categories.map((to) => ({
      from,
      to,
      authorities: (buckets.get(`${from}|${to}`) ?? []).sort(byName),
    })),
  );
  const labels = toPeriodLabels(o);
  const noFrom = [...missing.entries()].filter(
    ([k]) => k !== 'no report by the later date' && k !== 'no ILACS report',
  );
  const noTo = [...missing.entries()].filter(
    ([k]) => k === 'no report by the later date' || k === 'no ILACS report',
  );
  return {
    mode: o.mode,
    fromRound: 0,
    toRound: 0,
    judgement: o.judgement,
    categories,
    cells,
    total: cells.reduce((s, c) => s + c.authorities.length, 0),
    noFromRound: noFrom.flatMap(([, a]) => a).sort(byName),
    noToRound: noTo.flatMap(([, a]) => a).sort(byName),
    missing: [...missing.entries()].map(([reason, authorities]) => ({
      reason,
      authorities: authorities.sort(byName),
    })),
    ...labels,
  };
}

const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
export const formatDay = (day: string): string => LONG_DAY.format(new Date(`${day}T00:00:00Z`));

export function toPeriodLabels(o: PeriodOptions): { fromLabel: string; toLabel: string } {
  if (o.mode === 'ilacs') return { fromLabel: 'first ILACS', toLabel: 'latest ILACS' };
  if (o.mode === 'sif-ilacs') return { fromLabel: 'last SIF', toLabel: 'first ILACS' };
  return { fromLabel: formatDay(o.from ?? ''), toLabel: formatDay(o.to ?? '') };
}

export { COUNTY_ID };
