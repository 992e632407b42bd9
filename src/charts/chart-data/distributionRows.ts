/**
 * The grade distribution's rows, shared by the England view and its embed: one bar per grade and
 * "not yet inspected", each with the marked authorities; the county council's own judgement from
 * our records is marked on its bar, never counted (it is not in the national file).
 */
import { formatPartialDate, isInForceOn, type PartialDate } from '../../domain/dates';
import type { GradeDistribution, NationalJudgement } from '../../domain/nationalMatrix';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { formatGrade } from '../../domain/ratings';
import { getLatestFullInspection } from '../../domain/transitions';
import type { Body, Grade, Inspection, NationalGrade } from '../../domain/types';
import type { DistributionRow } from '../grade-distribution/layoutDistribution';

const COUNTY = 'northamptonshire-county-council';

const SHORT_LABELS: Record<NationalGrade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Req. improvement',
  inadequate: 'Inadequate',
  'not-reported': 'No grade (2026)',
  'not-applicable': 'Did not exist',
  unknown: 'Grade unknown',
};

export interface CountyMarker {
  grade: Grade | null;
  /** The sentence for the footnote. */
  text: string;
  /** The marker on its bar. */
  short: string;
}

/** The county council's latest full judgement published by the day (overall only), or null. */
export function getCountyMarker(
  inspections: readonly Inspection[],
  bodies: readonly Body[],
  date: PartialDate,
  judgement: NationalJudgement,
): CountyMarker | null {
  const county = bodies.find((b) => b.id === COUNTY);
  if (!county || isInForceOn(date, county.start, county.end) === 'no' || judgement !== 'overall')
    return null;
  const latest = getLatestFullInspection(inspections, COUNTY, date);
  if (!latest) return null;
  return {
    grade: latest.inspection.overall,
    text: `County council: ${formatGrade(latest.inspection.overall).toLowerCase()}, ${latest.certain ? 'published' : 'possibly not yet published'} ${formatPartialDate(latest.inspection.published)} (our records; not counted)`,
    short: 'County council (not counted)',
  };
}

export function toDistributionRows(
  distribution: GradeDistribution,
  county: CountyMarker | null,
): DistributionRow[] {
  return [
    ...distribution.bars.map((b) => ({
      id: b.grade,
      label: NATIONAL_LABELS[b.grade],
      shortLabel: SHORT_LABELS[b.grade],
      grade: b.grade,
      count: b.authorities.length,
      markers: [
        ...b.authorities.filter((a) => a.focus).map((a) => a.name),
        ...(county && county.grade === b.grade ? [county.short] : []),
      ],
    })),
    {
      id: 'not-inspected',
      label: 'Not yet inspected',
      shortLabel: 'Not yet inspected',
      grade: 'not-inspected' as const,
      count: distribution.notYetInspected.length,
      markers: distribution.notYetInspected.filter((a) => a.focus).map((a) => a.name),
    },
  ];
}
