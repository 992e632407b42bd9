/**
 * The data a chart shows, as one table: its header and rows. The same rows feed the chart's table
 * alternative in an embed and its CSV download, so the two never disagree.
 */
import type { SourceDoc, SourceRef } from '../../domain/types';
import { toSafeHref } from '../../lib/safeUrl';

/** One source cited in a table cell: its title, a safe address where one is known, and where in it. */
export interface Citation {
  title: string;
  href: string | null;
  locator: string;
  /** What the source says, where that differs from the record. */
  says?: string;
}

/** A cell of citations: linked on the page, plain text (`text`) in the CSV. */
export interface CitationCell {
  text: string;
  citations: readonly Citation[];
}

export type ChartCell = string | number | null | CitationCell;

export const isCitationCell = (cell: ChartCell): cell is CitationCell => typeof cell === 'object' && cell !== null;

/** A cell as plain text or a number, for CSV. */
export const toPlainCell = (cell: ChartCell): string | number | null => (isCitationCell(cell) ? cell.text : cell);

export interface ChartTable {
  /** What the table holds, e.g. "Grades in force on 30 November 2018". */
  caption: string;
  header: readonly string[];
  rows: readonly (readonly ChartCell[])[];
  /** The id of the mark each row describes, where a row can select it (the timeline's events). */
  rowIds?: readonly string[];
  /** A cross-tabulation (the transition matrix): kept a grid on narrow screens, scrolling sideways. */
  grid?: boolean;
}

/** Source titles with their locators: linked in the table alternative, plain text in the CSV. */
export const toCitationText = (refs: readonly SourceRef[], sources: ReadonlyMap<string, SourceDoc>): CitationCell => ({
  text: refs.map((r) => `${sources.get(r.source)?.title ?? r.source} (${r.locator})`).join('; '),
  citations: refs.map((r) => {
    const doc = sources.get(r.source);
    return { title: doc?.title ?? r.source, href: toSafeHref(doc?.url), locator: r.locator, ...(r.says ? { says: r.says } : {}) };
  }),
});
