/**
 * The data a chart shows, as one table: its header and rows. The same rows feed the chart's table
 * alternative in an embed and its CSV download, so the two never disagree.
 */
import { inspectionCitation, orderRefs } from '../../domain/citations';
import type { Inspection, SourceDoc, SourceRef } from '../../domain/types';
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

export const isCitationCell = (cell: ChartCell): cell is CitationCell =>
  typeof cell === 'object' && cell !== null;

/** A cell as plain text or a number, for CSV. */
export const toPlainCell = (cell: ChartCell): string | number | null =>
  isCitationCell(cell) ? cell.text : cell;

export interface ChartTable {
  /** What the table holds, e.g. "Grades in force on 30 November 2018". */
  caption: string;
  header: readonly string[];
  rows: readonly (readonly ChartCell[])[];
  /** The id of the mark each row describes, where a row can select it (the timeline's events). */
  rowIds?: readonly string[];
  /** A cross-tabulation (the transition matrix): kept a grid on narrow screens, scrolling sideways. */
  grid?: boolean;
  /**
   * Dates given in words in a column, as ISO 8601 in a column of their own: added beside that
   * column in the CSV (spreadsheets sort and filter these), not shown in the page's table.
   */
  isoDates?: readonly IsoDateColumn[];
}

/** An ISO 8601 column for the CSV: placed after column `after`; one value per row (null: no date known). */
export interface IsoDateColumn {
  after: number;
  header: string;
  values: readonly (string | null)[];
}

/**
 * A period in ISO 8601 at the precision the sources give: `2013-05-14`, `2013-05/2014-01`, an
 * open start as `../2014-01` (ISO 8601-2); null when neither end is known.
 */
export function toIsoPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
): string | null {
  if (start && end) return start === end ? start : `${start}/${end}`;
  if (start) return start;
  if (end) return `../${end}`;
  return null;
}

/** The table as CSV rows: cells as plain text, with each ISO date column beside the column it dates. */
export function toCsvTable(table: ChartTable): {
  header: string[];
  rows: (string | number | null)[][];
} {
  const extra = table.isoDates ?? [];
  const spread = <T>(row: readonly T[], isoOf: (c: IsoDateColumn) => T): T[] =>
    row.flatMap((cell, i) => [cell, ...extra.filter((c) => c.after === i).map(isoOf)]);
  return {
    header: spread(table.header, (c) => c.header),
    rows: table.rows.map((row, r) => spread(row.map(toPlainCell), (c) => c.values[r] ?? null)),
  };
}

const citationOf = (ref: SourceRef, sources: ReadonlyMap<string, SourceDoc>): Citation => {
  const doc = sources.get(ref.source);
  return {
    title: doc?.title ?? ref.source,
    href: toSafeHref(doc?.url),
    locator: ref.locator,
    ...(ref.says ? { says: ref.says } : {}),
  };
};

const citationText = (c: Citation) => (c.locator ? `${c.title} (${c.locator})` : c.title);

/**
 * Source titles with their locators, primary documents first (issue 20): linked in the table
 * alternative, plain text in the CSV. Given the inspection the references are for, the cell starts
 * with its report by name and date ("Ofsted inspection report, 29 July 2019"), then the research
 * sheet's row, then the rest.
 */
export function toCitationText(
  refs: readonly SourceRef[],
  sources: ReadonlyMap<string, SourceDoc>,
  inspection?: Pick<Inspection, 'type' | 'graded' | 'published'>,
): CitationCell {
  let citations: Citation[];
  if (inspection) {
    const { name, source, sheet, others } = inspectionCitation(
      { ...inspection, sources: [...refs] },
      sources,
    );
    const report: Citation = source
      ? { ...citationOf(source, sources), title: name }
      : { title: name, href: null, locator: '' };
    citations = [report, ...[sheet, ...others].flatMap((r) => (r ? [citationOf(r, sources)] : []))];
  } else citations = orderRefs(refs, sources).map((r) => citationOf(r, sources));
  return { text: citations.map(citationText).join('; '), citations };
}
