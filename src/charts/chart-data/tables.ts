/**
 * Each chart's data as a table (record/view-model → ChartTable): the rows its table alternative
 * and its CSV download show. Dates keep their precision; unknowns are said, never left blank.
 */
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import type { AreaFlow } from '../../domain/flows';
import type { GovernanceAsAt } from '../../domain/governance';
import {
  FUNCTION_LABELS,
  FUNCTION_ORDER,
  formatPeriod,
  formatPresence,
  RELATIONSHIP_LABELS,
  type NameLookup,
} from '../../domain/governanceText';
import { getCell, type TransitionMatrix } from '../../domain/nationalMatrix';
import type { RoundFlowGraph } from '../../domain/roundFlows';
import { MOVEMENT_LABELS, NATIONAL_LABELS } from '../../domain/ordinalScale';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { LANE_LABELS, type TimelineEvent } from '../../domain/timeline';
import { FRAMEWORK_LABELS, type LadderArea } from '../../domain/transitions';
import type { SourceDoc } from '../../domain/types';
import { toDayRange } from '../../domain/dates';
import { describeWhen } from '../rating-ladder/describeLadder';
import type { DistributionRow } from '../grade-distribution/layoutDistribution';
import { toCitationText, type ChartTable } from './chartTable';

const FLAG_WORDS = { conflict: 'Sources disagree', 'source-error': 'Source error', uncertain: 'Uncertain' } as const;

/** The timeline's events, in time order, with whether each falls after the as-at day. */
export function toTimelineTable(events: readonly TimelineEvent[], asAt: number | null, caption: string): ChartTable {
  return {
    caption,
    header: ['Event', 'Lane', 'Dates', 'Placed by', 'Judgement', 'After the as-at date', 'Confidence', 'Flags', 'Sources'],
    rows: events.map((e) => [
      e.title,
      LANE_LABELS[e.lane],
      e.dateLabel,
      e.start ?? 'unknown',
      e.gradeLabel ?? 'Not an inspection',
      asAt !== null && e.start !== null && toDayRange(e.start).first >= asAt ? 'yes' : 'no',
      e.confidence,
      e.flags.map((f) => `${FLAG_WORDS[f.kind]} (${f.field}): ${f.message}`).join(' | ') || 'None',
      e.sources.map((s) => `${s.source} (${s.locator})`).join(' | '),
    ]),
  };
}

/** Every judgement and visit on the ladder, by area. */
export function toLadderTable(areas: readonly LadderArea[], sources: ReadonlyMap<string, SourceDoc>): ChartTable {
  return {
    caption: 'Judgements and visits by area',
    header: ['Area', 'When', 'Body', 'Framework', 'Judgement', 'Grade', 'Sources'],
    rows: areas.flatMap((a) => [
      ...a.points.map((p) => [
        AREA_LABELS[a.area],
        describeWhen(p),
        p.bodyName,
        FRAMEWORK_LABELS[p.framework],
        p.headline ? 'Headline judgement' : p.label,
        formatGrade(p.grade),
        toCitationText(p.sources, sources),
      ]),
      ...a.visits.map((v) => [
        AREA_LABELS[a.area],
        describeWhen(v),
        v.bodyName,
        FRAMEWORK_LABELS[v.framework],
        v.title,
        `Not graded (visit)${v.findings ? `: ${v.findings}` : ''}`,
        toCitationText(v.sources, sources),
      ]),
    ]),
  };
}

const flowGrade = (g: AreaFlow['before']) => (g === null ? 'Not recorded' : formatGrade(g));

/** Each area's grade before and after, and how it moved. */
export function toFlowsTable(flows: readonly AreaFlow[], before: string, after: string): ChartTable {
  return {
    caption: `${before} → ${after}`,
    header: ['Area', 'Before', 'After', 'Movement'],
    rows: flows.map((f) => [
      AREA_LABELS[f.area],
      flowGrade(f.before),
      flowGrade(f.after),
      `${f.movement === 'unknown' ? 'Cannot be compared' : MOVEMENT_LABELS[f.movement]}${f.frameworkBreak ? ' (different frameworks)' : ''}`,
    ]),
  };
}

/** The matrix as counts: rows the earlier report's grade, columns the later one's. */
export function toMatrixTable(matrix: TransitionMatrix, fromRound: number, toRound: number): ChartTable {
  return {
    caption: `Rows: grade in report ${fromRound}. Columns: grade in report ${toRound}.`,
    header: [`Report ${fromRound} \\ report ${toRound}`, ...matrix.categories.map((c) => NATIONAL_LABELS[c])],
    rows: matrix.categories.map((row) => [
      NATIONAL_LABELS[row],
      ...matrix.categories.map((col) => getCell(matrix, row, col)?.authorities.length ?? 0),
    ]),
  };
}

/** How many authorities held each grade on the date, and which marked ones. */
export function toDistributionTable(rows: readonly DistributionRow[], date: PartialDate): ChartTable {
  return {
    caption: `Grades in force on ${formatPartialDate(date)}`,
    header: ['Grade', 'Authorities', 'Northamptonshire'],
    rows: rows.map((r) => [r.label, r.count, r.markers.join('; ')]),
  };
}

/** Every relationship in the governance diagram on the date. */
export function toRelationshipsTable(state: GovernanceAsAt, name: NameLookup, sources: ReadonlyMap<string, SourceDoc>): ChartTable {
  return {
    caption: `Relationships on ${formatPartialDate(state.date)} (${state.relationships.length})`,
    header: ['From', 'Relationship', 'To', 'On this date', 'Legal basis', 'Sources'],
    rows: state.relationships.map(({ relationship: r, status, reasons }) => [
      name(r.from),
      `${RELATIONSHIP_LABELS[r.type]}: ${r.label}`,
      name(r.to),
      `${formatPresence(status, reasons)}. ${formatPeriod(r.start, r.end, r.endStatus)}`,
      r.legalBasis ?? 'Not stated in the sources used',
      toCitationText(r.sources, sources),
    ]),
  };
}

/** Which functions sat with whom on the date, and by what authority; a function with no holder says so. */
export function toPowersTable(state: GovernanceAsAt, name: NameLookup, sources: ReadonlyMap<string, SourceDoc>): ChartTable {
  return {
    caption: `Functions, who held them and by what authority, on ${formatPartialDate(state.date)}`,
    header: ['Function', 'Held by', 'Over whom', 'By what authority', 'On this date', 'Sources'],
    rows: FUNCTION_ORDER.flatMap((fn) => {
      const held = state.powers.filter((p) => p.power.function === fn);
      if (held.length === 0) return [[FUNCTION_LABELS[fn], 'No holder recorded on this date', null, null, null, null]];
      return held.map((p) => [
        FUNCTION_LABELS[fn],
        name(p.power.holder),
        p.power.over ? name(p.power.over) : 'Not stated',
        p.power.authority,
        `${formatPresence(p.status, p.reasons)}. ${formatPeriod(p.power.start, p.power.end, p.power.endStatus)}`,
        toCitationText(p.power.sources, sources),
      ]);
    }),
  };
}

/** Every move between successive reports: one row per band of the report-by-report flows. */
export function toRoundFlowsTable(graph: RoundFlowGraph, judgementLabel: string): ChartTable {
  return {
    caption: `${judgementLabel}: moves from each report to the next (${graph.total} authorities)`,
    header: ['Reports', 'Grade in the earlier report', 'Grade in the later report', 'Authorities', 'Change', 'North or West Northamptonshire'],
    rows: graph.links.map((l) => [
      `${l.round} to ${l.round + 1}`,
      NATIONAL_LABELS[l.from],
      NATIONAL_LABELS[l.to],
      l.authorities.length,
      l.movement === 'unknown' ? 'cannot be compared' : MOVEMENT_LABELS[l.movement],
      l.authorities.filter((a) => a.focus).map((a) => a.name).join('; '),
    ]),
  };
}
