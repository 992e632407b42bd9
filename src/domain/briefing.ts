/**
 * The position on one date, for the minister's briefing: the latest judgement in each area that
 * had been published by then, the latest ungraded visit, and what was expected next. A judgement
 * counts from the day it was published (or, where that is unknown, the last day its fieldwork
 * could have ended): a briefing must not "know" a report before it was out.
 */
import { toDayRange, type PartialDate } from './dates';
import type { Inspection, JudgementArea, Milestone } from './types';
import type { Grade } from './types';

/** The judgement areas in the order a briefing lists them. */
export const BRIEFING_AREAS: readonly JudgementArea[] = [
  'overall',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'leadership',
  'adoption',
  'fostering',
];

/** One area's latest judgement as at a date. */
export interface AreaJudgement {
  area: JudgementArea;
  grade: Grade;
  /** The judgement's name in its framework. */
  label: string;
  inspection: Inspection;
  /** The date the judgement became known (publication, else fieldwork). */
  knownFrom: PartialDate;
  /**
   * Other bodies judged the same in the same area on the same day (North and West
   * Northamptonshire, each inspected separately, published together).
   */
  alongside: Inspection[];
}

/** The date from which an inspection's outcome was known: publication, else fieldwork. */
export const getKnownFrom = (inspection: Inspection): PartialDate | null =>
  inspection.published ?? inspection.fieldwork.end ?? inspection.fieldwork.start;

/** Certainly in the past on `asAt`: every day the partial date may mean is on or before it. */
export const isCertainlyBy = (date: PartialDate | null, asAt: PartialDate): boolean =>
  date !== null && toDayRange(date).last <= toDayRange(asAt).first;

/** Inspections whose outcome was certainly known by `asAt`, oldest first. */
export function getKnownInspections(
  inspections: readonly Inspection[],
  asAt: PartialDate,
): Inspection[] {
  return inspections
    .filter((i) => isCertainlyBy(getKnownFrom(i), asAt))
    .sort((a, b) => toDayRange(getKnownFrom(a)!).last - toDayRange(getKnownFrom(b)!).last);
}

/**
 * The latest graded judgement in each area known by `asAt`. An inspection's headline grade
 * counts for its own area; its sub-judgements count for other areas they name (the 2013
 * adoption inspection's sub-judgements are all about adoption, so its headline stands for it).
 */
export function getLatestJudgements(
  inspections: readonly Inspection[],
  asAt: PartialDate,
): Map<JudgementArea, AreaJudgement> {
  const out = new Map<JudgementArea, AreaJudgement>();
  for (const inspection of getKnownInspections(inspections, asAt)) {
    if (!inspection.graded) continue;
    const knownFrom = getKnownFrom(inspection)!;
    const put = (area: JudgementArea, grade: Grade, label: string) => {
      const before = out.get(area);
      const sameDay =
        before !== undefined &&
        before.knownFrom === knownFrom &&
        before.grade === grade &&
        before.inspection.subject !== inspection.subject;
      out.set(area, {
        area,
        grade,
        label,
        inspection,
        knownFrom,
        alongside: sameDay ? [...before.alongside, before.inspection] : [],
      });
    };
    if (inspection.overall) put(inspection.area, inspection.overall, inspection.title);
    for (const j of inspection.judgements) {
      if (j.area === inspection.area || j.grade === null) continue;
      put(j.area, j.grade, j.label);
    }
  }
  return out;
}

/** The latest ungraded visit (focused or monitoring) known by `asAt`, if any. */
export function getLatestVisit(
  inspections: readonly Inspection[],
  asAt: PartialDate,
): Inspection | null {
  const visits = getKnownInspections(inspections, asAt).filter((i) => !i.graded);
  return visits.at(-1) ?? null;
}

/** An expectation set by `asAt` whose outcome had not yet come. */
export interface Expectation {
  milestone: Milestone;
  by: PartialDate;
  /** True when the date it was expected by has passed without the outcome. */
  overdue: boolean;
}

/**
 * What was expected next on `asAt`: expectations already set whose outcome had not yet arrived
 * (judged by the date of the record the outcome points to, where there is one).
 */
export function getExpectations(
  milestones: readonly Milestone[],
  asAt: PartialDate,
  outcomeDate: (id: string) => PartialDate | null,
): Expectation[] {
  const out: Expectation[] = [];
  for (const milestone of milestones) {
    if (milestone.kind !== 'expected' || !milestone.expected) continue;
    if (!isCertainlyBy(milestone.date, asAt)) continue;
    const outcome = milestone.expected.outcomeRef
      ? outcomeDate(milestone.expected.outcomeRef)
      : null;
    if (outcome !== null && isCertainlyBy(outcome, asAt)) continue;
    out.push({
      milestone,
      by: milestone.expected.by,
      overdue: toDayRange(milestone.expected.by).last < toDayRange(asAt).first,
    });
  }
  return out;
}
