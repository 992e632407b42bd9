/**
 * Ofsted's grades on each framework's own scale. The 2012–13 frameworks' middle grade was
 * "adequate"; the single inspection framework (from November 2013) replaced it with "requires
 * improvement", and ILACS (from 2018) calls it "requires improvement to be good". They are not
 * the same grade, so the dashboard never maps one to the other.
 */
import type { Grade, JudgementArea } from './types';

export const GRADE_LABELS: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  adequate: 'Adequate',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

/** Rank on an ordinal scale, worst first. Adequate and requires improvement share a rung. */
export const GRADE_RANK: Record<Grade, number> = {
  inadequate: 0,
  adequate: 1,
  'requires-improvement': 1,
  good: 2,
  outstanding: 3,
};

export const formatGrade = (grade: Grade | null | undefined): string =>
  grade ? GRADE_LABELS[grade] : 'No grade';

export const AREA_LABELS: Record<JudgementArea, string> = {
  overall: 'Overall effectiveness',
  'help-and-protection': 'Help and protection',
  'children-in-care': 'Children in care',
  'care-leavers': 'Care leavers',
  leadership: 'Leadership and management',
  adoption: 'Adoption',
  fostering: 'Fostering',
};
