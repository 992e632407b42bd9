/**
 * How every English local authority's grade moved from each report to the next, across all its
 * reports: the nodes are (report n, grade) with the authorities holding that grade in their nth
 * report, and the links are (report n grade → report n + 1 grade) with the authorities that made
 * that move. Authorities are grouped, never dropped: an authority with k reports is in the first
 * k columns and in k − 1 links. Grades the file cannot read stay "grade unknown".
 */
import {
  byName,
  toAuthorityInspections,
  toHighlights,
  toRef,
  type AuthorityRef,
  type NationalJudgement,
} from './nationalMatrix';
import {
  NATIONAL_CATEGORIES,
  NATIONAL_LABELS,
  toMovement,
  toNationalRung,
  type Movement,
} from './ordinalScale';
import type { NationalFile, NationalGrade } from './types';

/** One authority's grade in each of its reports, in order of publication. */
export interface RoundSequence {
  ref: AuthorityRef;
  grades: readonly NationalGrade[];
}

export interface RoundNode {
  /** `r<report>.<grade>`, e.g. `r2.good`. */
  id: string;
  round: number;
  grade: NationalGrade;
  /** Best grade first, then what is not a grade (NATIONAL_CATEGORIES order). */
  order: number;
  authorities: AuthorityRef[];
}

export interface RoundLink {
  /** `r<report>.<from>.<to>`, e.g. `r2.good.outstanding`: from report r to report r + 1. */
  id: string;
  round: number;
  from: NationalGrade;
  to: NationalGrade;
  movement: Movement;
  authorities: AuthorityRef[];
}

export interface RoundFlowGraph {
  /** How many reports (columns). */
  rounds: number;
  nodes: RoundNode[];
  links: RoundLink[];
  /** Authorities with at least one report. */
  total: number;
}

const ORDER = new Map(NATIONAL_CATEGORIES.map((c, i) => [c, i] as const));

/** Rose, fell or stayed between two national grades; "unknown" when either is not a grade. */
export const toNationalMovement = (from: NationalGrade, to: NationalGrade): Movement =>
  toMovement(toNationalRung(from), toNationalRung(to));

/** Group sequences into report-by-report nodes and links; `rounds` defaults to the longest sequence. */
export function toRoundFlowGraph(
  sequences: readonly RoundSequence[],
  rounds?: number,
): RoundFlowGraph {
  const columns = rounds ?? Math.max(0, ...sequences.map((s) => s.grades.length));
  const nodes = new Map<string, RoundNode>();
  const links = new Map<string, RoundLink>();
  let total = 0;
  for (const { ref, grades } of sequences) {
    if (grades.length > 0) total += 1;
    for (let r = 0; r < Math.min(columns, grades.length); r++) {
      const grade = grades[r]!;
      const id = `r${r + 1}.${grade}`;
      const node = nodes.get(id) ?? {
        id,
        round: r + 1,
        grade,
        order: ORDER.get(grade) ?? 99,
        authorities: [],
      };
      node.authorities.push(ref);
      nodes.set(id, node);
      const next = grades[r + 1];
      if (next === undefined || r + 1 >= columns) continue;
      const linkId = `r${r + 1}.${grade}.${next}`;
      const link = links.get(linkId) ?? {
        id: linkId,
        round: r + 1,
        from: grade,
        to: next,
        movement: toNationalMovement(grade, next),
        authorities: [],
      };
      link.authorities.push(ref);
      links.set(linkId, link);
    }
  }
  for (const n of nodes.values()) n.authorities.sort(byName);
  for (const l of links.values()) l.authorities.sort(byName);
  return {
    rounds: columns,
    nodes: [...nodes.values()].sort((a, b) => a.round - b.round || a.order - b.order),
    links: [...links.values()].sort(
      (a, b) =>
        a.round - b.round ||
        (ORDER.get(a.from) ?? 99) - (ORDER.get(b.from) ?? 99) ||
        (ORDER.get(a.to) ?? 99) - (ORDER.get(b.to) ?? 99),
    ),
    total,
  };
}

/** Every authority's grades for one judgement, report by report, from the national file. */
export function makeRoundFlows(file: NationalFile, judgement: NationalJudgement): RoundFlowGraph {
  const highlights = toHighlights(file);
  const byUrn = toAuthorityInspections(file);
  return toRoundFlowGraph(
    file.authorities.map((a) => ({
      ref: toRef(a, highlights),
      grades: (byUrn.get(a.urn) ?? []).map((i) => i[judgement]),
    })),
  );
}

/** The chart's summary in words: how many moved which way, and where North and West Northamptonshire went. */
export function summariseRoundFlows(graph: RoundFlowGraph): string {
  const label = (grade: NationalGrade) => NATIONAL_LABELS[grade];
  const moves = (m: Movement) =>
    graph.links.filter((l) => l.movement === m).reduce((s, l) => s + l.authorities.length, 0);
  const focus = graph.links
    .filter((l) => l.authorities.some((a) => a.focus))
    .map(
      (l) =>
        `report ${l.round} to ${l.round + 1}, ${label(l.from).toLowerCase()} to ${label(l.to).toLowerCase()}`,
    );
  return `${graph.total} authorities over ${graph.rounds} reports. Of the moves from one report to the next, ${moves('rose')} rose, ${moves('fell')} fell, ${moves('stayed')} stayed and ${moves('unknown')} cannot be compared (a grade unknown or not given).${focus.length ? ` North and West Northamptonshire: ${focus.join('; ')}.` : ''}`;
}
