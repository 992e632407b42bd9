/** The national charts' data as tables (view-model → ChartTable), for their table alternatives and CSV. */
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import { getCell, type TransitionMatrix } from '../../domain/nationalMatrix';
import { MOVEMENT_LABELS, NATIONAL_LABELS } from '../../domain/ordinalScale';
import type { RoundFlowGraph } from '../../domain/roundFlows';
import type { DistributionRow } from '../grade-distribution/layoutDistribution';
import type { ChartTable } from './chartTable';

/** The matrix as counts: rows the earlier report's grade, columns the later one's. */
export function toMatrixTable(
  matrix: TransitionMatrix,
  fromRound: number,
  toRound: number,
): ChartTable {
  return {
    caption: `Rows: grade in report ${fromRound}. Columns: grade in report ${toRound}.`,
    grid: true,
    header: [
      `Report ${fromRound} \\ report ${toRound}`,
      ...matrix.categories.map((c) => NATIONAL_LABELS[c]),
    ],
    rows: matrix.categories.map((row) => [
      NATIONAL_LABELS[row],
      ...matrix.categories.map((col) => getCell(matrix, row, col)?.authorities.length ?? 0),
    ]),
  };
}

/** How many authorities held each grade on the date, and which marked ones. */
export function toDistributionTable(
  rows: readonly DistributionRow[],
  date: PartialDate,
): ChartTable {
  return {
    caption: `Grades in force on ${formatPartialDate(date)}`,
    header: ['Grade', 'Authorities', 'Northamptonshire'],
    rows: rows.map((r) => [r.label, r.count, r.markers.join('; ')]),
  };
}

/** Every move between successive reports: one row per band of the report-by-report flows. */
export function toRoundFlowsTable(graph: RoundFlowGraph, judgementLabel: string): ChartTable {
  return {
    caption: `${judgementLabel}: moves from each report to the next (${graph.total} authorities)`,
    header: [
      'Reports',
      'Grade in the earlier report',
      'Grade in the later report',
      'Authorities',
      'Change',
      'North or West Northamptonshire',
    ],
    rows: graph.links.map((l) => [
      `${l.round} to ${l.round + 1}`,
      NATIONAL_LABELS[l.from],
      NATIONAL_LABELS[l.to],
      l.authorities.length,
      l.movement === 'unknown' ? 'cannot be compared' : MOVEMENT_LABELS[l.movement],
      l.authorities
        .filter((a) => a.focus)
        .map((a) => a.name)
        .join('; '),
    ]),
  };
}
