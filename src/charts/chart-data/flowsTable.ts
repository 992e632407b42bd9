/** The rating flows' data as a table (view-model → ChartTable), for its table alternative and CSV. */
import type { AreaFlow } from '../../domain/flows';
import { MOVEMENT_LABELS } from '../../domain/ordinalScale';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import type { ChartTable } from './chartTable';

const flowGrade = (g: AreaFlow['before']) => (g === null ? 'Not recorded' : formatGrade(g));

/** Each area's grade before and after, and how it moved. */
export function toFlowsTable(
  flows: readonly AreaFlow[],
  before: string,
  after: string,
): ChartTable {
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
