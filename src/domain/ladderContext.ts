/**
 * What the ladder's time axis carries besides judgements: the inspection frameworks in force and
 * the intervention milestones (DfE directions, commissioners in post, the trust, the unitary
 * councils). They share the axis so that a reader can see timing; timing is not cause.
 */
import type { Milestone } from './types';
import { comparePartialDates, type PartialDate } from './dates';

/** The inspection frameworks in force, for the bands behind the ladder. */
export interface FrameworkEra {
  id: 'pre-sif' | 'sif' | 'ilacs' | 'ilacs-2026';
  label: string;
  short: string;
  /** First month or year in force; null: before the data begins. */
  from: PartialDate | null;
  /** First month or year of the next framework; null: still in force. */
  until: PartialDate | null;
}

/**
 * The 2012–13 frameworks graded "adequate"; the single inspection framework replaced them from
 * November 2013, and ILACS replaced it from 2018 (as src/data/schemas.ts records); ILACS was reformed
 * from April 2026, without an overall grade (the national file's README). Agency
 * inspections of adoption and fostering services run on their own frameworks throughout.
 */
export const FRAMEWORK_ERAS: readonly FrameworkEra[] = [
  {
    id: 'pre-sif',
    label: '2012–13 frameworks (middle grade "adequate")',
    short: '2012–13',
    from: null,
    until: '2013-11',
  },
  {
    id: 'sif',
    label: 'Single inspection framework, from November 2013',
    short: 'SIF',
    from: '2013-11',
    until: '2018',
  },
  { id: 'ilacs', label: 'ILACS, from 2018', short: 'ILACS', from: '2018', until: '2026-04' },
  {
    id: 'ilacs-2026',
    label: 'ILACS as reformed, from April 2026 (no overall grade)',
    short: 'ILACS 2026',
    from: '2026-04',
    until: null,
  },
];

/** Intervention milestones on one date, numbered in date order for the chart's key. */
export interface InterventionMark {
  id: string;
  number: number;
  date: PartialDate;
  titles: string[];
  milestoneIds: string[];
  /**
   * A short name to write on the chart beside the mark ("DfE direction + 2 appointments"), from
   * the kinds of its milestones: the titles are too long for the axis, and a number to look up
   * below the chart made the reader leave it (issue 19).
   */
  short: string;
}

const count = (n: number, one: string, many: string) =>
  n === 0 ? [] : [n === 1 ? one : `${n} ${many}`];

/** "DfE direction", "2 appointments", "DfE direction + 2 appointments", "reorganisation". */
export function toInterventionShort(list: readonly Pick<Milestone, 'kind'>[]): string {
  const of = (kind: Milestone['kind']) => list.filter((m) => m.kind === kind).length;
  return [
    ...count(of('direction'), 'DfE direction', 'DfE directions'),
    ...count(of('appointment'), 'appointment', 'appointments'),
    ...count(of('reorganisation'), 'reorganisation', 'reorganisations'),
  ].join(' + ');
}

/** Which milestones are interventions: DfE directions, commissioners in post, the structural changes. */
export const isIntervention = (m: Milestone): boolean =>
  (m.kind === 'direction' && m.lane === 'dfe') ||
  (m.kind === 'appointment' && m.lane === 'commissioners') ||
  m.kind === 'reorganisation';

/** Intervention milestones grouped by date; undated ones cannot sit on a time axis and are left out. */
export function toInterventionMarks(milestones: readonly Milestone[]): InterventionMark[] {
  const groups = new Map<string, Milestone[]>();
  for (const m of milestones)
    if (isIntervention(m) && m.date !== null && !m.expected)
      groups.set(m.date, [...(groups.get(m.date) ?? []), m]);
  return [...groups.entries()]
    .sort(([a], [b]) => comparePartialDates(a, b))
    .map(([date, list], index) => ({
      id: `intervention-${date}`,
      number: index + 1,
      date,
      titles: list.map((m) => m.title),
      milestoneIds: list.map((m) => m.id),
      short: toInterventionShort(list),
    }));
}
