/**
 * The ordinal scale every rating-transition chart shares: inadequate → requires improvement /
 * adequate → good → outstanding. The 2012–13 frameworks' "adequate" sits on the requires-improvement
 * rung (as GRADE_RANK does) but stays its own grade: a chart draws and labels it as adequate.
 * National grades that are not grades (unknown, not applicable, not reported) have no rung.
 */
import type { Grade, NationalGrade } from './types';
import { GRADE_LABELS, GRADE_RANK } from './ratings';

/** A rung of the ladder, worst (0) to best (3). */
export interface Rung {
  rank: number;
  label: string;
  /** Short form for tight axes. */
  short: string;
}

export const RUNGS: readonly Rung[] = [
  { rank: 0, label: 'Inadequate', short: 'Inadequate' },
  { rank: 1, label: 'Requires improvement / adequate', short: 'RI / adequate' },
  { rank: 2, label: 'Good', short: 'Good' },
  { rank: 3, label: 'Outstanding', short: 'Outstanding' },
];

/** The rung of a grade, or null when there is no grade. */
export const toRung = (grade: Grade | null | undefined): number | null =>
  grade ? GRADE_RANK[grade] : null;

/** How a judgement moved between two inspections, read on the rungs. */
export type Movement = 'rose' | 'fell' | 'stayed' | 'unknown';

export const MOVEMENT_LABELS: Record<Movement, string> = {
  rose: 'rose',
  fell: 'fell',
  stayed: 'stayed',
  unknown: 'not known',
};

/**
 * Rose, fell or stayed on the rungs; unknown when either grade is unknown. Adequate → requires
 * improvement reads as "stayed" on the rung: the caller says the frameworks differ.
 */
export function toMovement(from: number | null, to: number | null): Movement {
  if (from === null || to === null) return 'unknown';
  return to > from ? 'rose' : to < from ? 'fell' : 'stayed';
}

/** True when two grades share a rung but are different grades (adequate and requires improvement). */
export const isFrameworkBreak = (a: Grade | null, b: Grade | null): boolean =>
  a !== null && b !== null && a !== b && GRADE_RANK[a] === GRADE_RANK[b];

// ------------------------------------------------------------------ national grades

/** Categories of the national file, best first, then what is not a grade. */
export const NATIONAL_CATEGORIES: readonly NationalGrade[] = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'not-reported',
  'not-applicable',
  'unknown',
];

export const NATIONAL_LABELS: Record<NationalGrade, string> = {
  outstanding: GRADE_LABELS.outstanding,
  good: GRADE_LABELS.good,
  'requires-improvement': GRADE_LABELS['requires-improvement'],
  inadequate: GRADE_LABELS.inadequate,
  'not-reported': 'No grade given (2026 framework)',
  'not-applicable': 'Judgement did not exist yet',
  unknown: 'Grade unknown',
};

/** Short labels for a matrix's axes. */
export const NATIONAL_SHORT: Record<NationalGrade, string> = {
  outstanding: 'Outst',
  good: 'Good',
  'requires-improvement': 'RI',
  inadequate: 'Inad',
  'not-reported': 'No grade',
  'not-applicable': 'N/A',
  unknown: 'Unknown',
};

/** The rung of a national grade; null for anything that is not a grade. */
export function toNationalRung(grade: NationalGrade): number | null {
  switch (grade) {
    case 'outstanding':
    case 'good':
    case 'requires-improvement':
    case 'inadequate':
      return GRADE_RANK[grade];
    default:
      return null;
  }
}

/** The four real grades: always shown, with "grade unknown", even when their count is nought. */
export const isAlwaysShownCategory = (grade: NationalGrade): boolean =>
  toNationalRung(grade) !== null || grade === 'unknown';
