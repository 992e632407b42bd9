/**
 * Each chart's data as a table (record/view-model → ChartTable): the rows its table alternative
 * and its CSV download show. Dates keep their precision; unknowns are said, never left blank.
 * One file per chart or family, so an embed loads only its own chart's table and what that needs
 * (issue 8: the embed budget); the views import them from here.
 */
export { toFlowsTable } from './flowsTable';
export { toPowersTable, toRelationshipsTable } from './governanceTables';
export { toLadderTable } from './ladderTable';
export { toDistributionTable, toMatrixTable, toRoundFlowsTable } from './nationalTables';
export { toTimelineTable } from './timelineTable';
