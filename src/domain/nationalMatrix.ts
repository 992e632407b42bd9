/**
 * Every English local authority's judgements, from the national comparator file: inspection
 * rounds, the transition matrix between two rounds, and the distribution of grades on a date.
 * An authority is never dropped silently and never given a grade: a blank or unreadable grade is
 * counted as "grade unknown", and authorities missing from a round are counted apart.
 */
import type { NationalAuthority, NationalFile, NationalGrade, NationalInspection } from './types';
import { toDayRange, type PartialDate } from './dates';
import { NATIONAL_CATEGORIES, isAlwaysShownCategory, toNationalRung } from './ordinalScale';
import { compareIds } from './compare';

/** The judgements the national file records. */
export type NationalJudgement =
  'overall' | 'leaders' | 'helpAndProtection' | 'inCare' | 'careLeavers';

export const NATIONAL_JUDGEMENTS: readonly NationalJudgement[] = [
  'overall',
  'helpAndProtection',
  'inCare',
  'careLeavers',
  'leaders',
];

export const NATIONAL_JUDGEMENT_LABELS: Record<NationalJudgement, string> = {
  overall: 'Overall effectiveness',
  helpAndProtection: 'Help and protection',
  inCare: 'Children in care',
  careLeavers: 'Care leavers',
  leaders: 'Impact of leaders',
};

export const isNationalJudgement = (value: string): value is NationalJudgement =>
  (NATIONAL_JUDGEMENTS as readonly string[]).includes(value);

/** North and West Northamptonshire, the county council's successors (DfE codes). */
export const FOCUS_LA_CODES = ['940', '941'] as const;

/** One authority's inspections in order of publication; undated reports last, kept. */
export function toAuthorityInspections(file: NationalFile): Map<string, NationalInspection[]> {
  const out = new Map<string, NationalInspection[]>(file.authorities.map((a) => [a.urn, []]));
  for (const inspection of file.inspections) {
    const list = out.get(inspection.urn) ?? [];
    list.push(inspection);
    out.set(inspection.urn, list);
  }
  for (const list of out.values())
    list.sort((a, b) =>
      a.published === null || b.published === null
        ? (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0)
        : compareIds(a.published, b.published) || compareIds(a.link ?? '', b.link ?? ''),
    );
  return out;
}

/** The highest round any authority reached. */
export const getMaxRound = (file: NationalFile): number =>
  Math.max(0, ...[...toAuthorityInspections(file).values()].map((list) => list.length));

/** An authority as a row of a list, with whether it is highlighted and why. */
export interface AuthorityRef {
  urn: string;
  name: string;
  laCode: string | null;
  region: string | null;
  /** North or West Northamptonshire. */
  focus: boolean;
  /** A statistical neighbour of North or West Northamptonshire. */
  neighbour: boolean;
}

export interface Highlights {
  focus: Set<string>;
  neighbours: Set<string>;
}

/** The urns of North and West Northamptonshire, and of their statistical neighbours. */
export function toHighlights(
  file: NationalFile,
  focusCodes: readonly string[] = FOCUS_LA_CODES,
): Highlights {
  const focus = file.authorities.filter((a) => a.laCode !== null && focusCodes.includes(a.laCode));
  const neighbourCodes = new Set(focus.flatMap((a) => a.statNeighbours));
  const neighbours = file.authorities.filter(
    (a) => a.laCode !== null && neighbourCodes.has(a.laCode) && !focusCodes.includes(a.laCode),
  );
  return {
    focus: new Set(focus.map((a) => a.urn)),
    neighbours: new Set(neighbours.map((a) => a.urn)),
  };
}

export const toRef = (a: NationalAuthority, h: Highlights): AuthorityRef => ({
  urn: a.urn,
  name: a.name,
  laCode: a.laCode,
  region: a.region,
  focus: h.focus.has(a.urn),
  neighbour: h.neighbours.has(a.urn),
});

// One collator for every sort: localeCompare with a locale builds a new one on each call.
const collator = new Intl.Collator('en-GB');
export const byName = (a: AuthorityRef, b: AuthorityRef) => collator.compare(a.name, b.name);

// ------------------------------------------------------------------------ matrix

export interface MatrixCell {
  from: NationalGrade;
  to: NationalGrade;
  authorities: AuthorityRef[];
}

export interface TransitionMatrix {
  fromRound: number;
  toRound: number;
  judgement: NationalJudgement;
  /** Row and column categories: the four grades and "grade unknown" always, others if used. */
  categories: NationalGrade[];
  /** Every row × column, row-major, including empty cells. */
  cells: MatrixCell[];
  /** Authorities in both rounds (the sum of all cells). */
  total: number;
  /** Authorities with no report in the earlier round. */
  noFromRound: AuthorityRef[];
  /** Authorities with a report in the earlier round but none (yet) in the later one. */
  noToRound: AuthorityRef[];
}

export const getCell = (
  m: TransitionMatrix,
  from: NationalGrade,
  to: NationalGrade,
): MatrixCell | undefined => m.cells.find((c) => c.from === from && c.to === to);

/**
 * Previous grade × next grade for every authority with a report in both rounds. Round n is the
 * authority's nth report in the file, in order of publication.
 */
export function makeTransitionMatrix(
  file: NationalFile,
  {
    fromRound,
    toRound,
    judgement,
  }: { fromRound: number; toRound: number; judgement: NationalJudgement },
): TransitionMatrix {
  const highlights = toHighlights(file);
  const byUrn = toAuthorityInspections(file);
  const buckets = new Map<string, AuthorityRef[]>();
  const noFromRound: AuthorityRef[] = [];
  const noToRound: AuthorityRef[] = [];
  const used = new Set<NationalGrade>();
  for (const authority of file.authorities) {
    const list = byUrn.get(authority.urn) ?? [];
    const ref = toRef(authority, highlights);
    const a = list[fromRound - 1];
    const b = list[toRound - 1];
    if (!a) noFromRound.push(ref);
    else if (!b) noToRound.push(ref);
    else {
      const key = `${a[judgement]}|${b[judgement]}`;
      buckets.set(key, [...(buckets.get(key) ?? []), ref]);
      used.add(a[judgement]);
      used.add(b[judgement]);
    }
  }
  const categories = NATIONAL_CATEGORIES.filter((c) => isAlwaysShownCategory(c) || used.has(c));
  const cells = categories.flatMap((from) =>
    categories.map((to) => ({
      from,
      to,
      authorities: (buckets.get(`${from}|${to}`) ?? []).sort(byName),
    })),
  );
  return {
    fromRound,
    toRound,
    judgement,
    categories,
    cells,
    total: cells.reduce((sum, c) => sum + c.authorities.length, 0),
    noFromRound: noFromRound.sort(byName),
    noToRound: noToRound.sort(byName),
  };
}

/**
 * The pair of successive reports to open the matrix on: the one in which the most authorities
 * have a readable grade in both (the earliest reports are mostly "grade unknown" in the source),
 * the later pair when two tie. Report 1 → 2 when there is nothing to compare.
 */
export function getDefaultRoundPair(
  file: NationalFile,
  judgement: NationalJudgement,
): { fromRound: number; toRound: number } {
  const lists = [...toAuthorityInspections(file).values()];
  const max = Math.max(0, ...lists.map((l) => l.length));
  let best = { fromRound: 1, toRound: 2 };
  let bestCount = 0;
  for (let r = 1; r < max; r++) {
    const known = lists.filter(
      (l) =>
        toNationalRung(l[r - 1]?.[judgement] ?? 'unknown') !== null &&
        toNationalRung(l[r]?.[judgement] ?? 'unknown') !== null,
    ).length;
    if (known >= bestCount && known > 0) {
      best = { fromRound: r, toRound: r + 1 };
      bestCount = known;
    }
  }
  return best;
}

// ------------------------------------------------------------------ distribution

export interface DistributionFilter {
  /** A region code of the file's `regions`, or null for all of England. */
  region?: string | null;
  /** Only North and West Northamptonshire and their statistical neighbours. */
  neighboursOnly?: boolean;
}

export interface DistributionBar {
  grade: NationalGrade;
  authorities: AuthorityRef[];
}

export interface GradeDistribution {
  date: PartialDate;
  judgement: NationalJudgement;
  bars: DistributionBar[];
  /** Authorities in the filter with no report published on or before the date. */
  notYetInspected: AuthorityRef[];
  /** Authorities in the filter (all bars plus not yet inspected). */
  total: number;
}

/** Each authority's latest report published on or before a day (reports with no date never count). */
export function getLatestBy(
  list: readonly NationalInspection[],
  day: PartialDate,
): NationalInspection | null {
  const { first } = toDayRange(day);
  let latest: NationalInspection | null = null;
  for (const inspection of list)
    if (inspection.published !== null && toDayRange(inspection.published).last <= first)
      latest = inspection;
  return latest;
}

/** The grades in force on a day: each authority's latest published report, by category. */
export function makeGradeDistribution(
  file: NationalFile,
  date: PartialDate,
  judgement: NationalJudgement,
  filter: DistributionFilter = {},
): GradeDistribution {
  const highlights = toHighlights(file);
  const byUrn = toAuthorityInspections(file);
  const groups = new Map<NationalGrade, AuthorityRef[]>();
  const notYetInspected: AuthorityRef[] = [];
  let total = 0;
  for (const authority of file.authorities) {
    if (filter.region && authority.region !== filter.region) continue;
    if (
      filter.neighboursOnly &&
      !highlights.focus.has(authority.urn) &&
      !highlights.neighbours.has(authority.urn)
    )
      continue;
    total += 1;
    const ref = toRef(authority, highlights);
    const latest = getLatestBy(byUrn.get(authority.urn) ?? [], date);
    if (!latest) notYetInspected.push(ref);
    else groups.set(latest[judgement], [...(groups.get(latest[judgement]) ?? []), ref]);
  }
  const bars = NATIONAL_CATEGORIES.filter((c) => isAlwaysShownCategory(c) || groups.has(c)).map(
    (grade) => ({
      grade,
      authorities: (groups.get(grade) ?? []).sort(byName),
    }),
  );
  return { date, judgement, bars, notYetInspected: notYetInspected.sort(byName), total };
}
