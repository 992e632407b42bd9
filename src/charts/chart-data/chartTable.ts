/**
 * The data a chart shows, as one table: its header and rows. The same rows feed the chart's table
 * alternative in an embed and its CSV download, so the two never disagree.
 */
import type { SourceDoc, SourceRef } from '../../domain/types';

export type ChartCell = string | number | null;

export interface ChartTable {
  /** What the table holds, e.g. "Grades in force on 30 November 2018". */
  caption: string;
  header: readonly string[];
  rows: readonly (readonly ChartCell[])[];
}

/** Source titles with their locators, as plain text for tables and CSV. */
export const toCitationText = (refs: readonly SourceRef[], sources: ReadonlyMap<string, SourceDoc>): string =>
  refs.map((r) => `${sources.get(r.source)?.title ?? r.source} (${r.locator})`).join('; ');
