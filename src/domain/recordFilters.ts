/**
 * Filtering and sorting the Data view's rows: pure, so the table, its CSV download and the tests
 * agree on what "the rows shown" are.
 */
import type { Confidence } from './types';
import { compareRowsByDate, RECORD_KIND_LABELS, type RecordKind, type RecordRow } from './records';
import { compareIds } from './compare';

export type SortKey = 'date' | 'kind' | 'title' | 'confidence';
export type SortDirection = 'ascending' | 'descending';

export interface RecordFilter {
  kind?: RecordKind | '';
  confidence?: Confidence | '';
  flaggedOnly?: boolean;
  /** Words to find in the record's id, title, detail, dates, sources or flags. */
  text?: string;
}

const CONFIDENCE_ORDER: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

const searchable = (row: RecordRow) =>
  [
    row.id,
    row.title,
    row.detail,
    row.dateLabel,
    row.notes ?? '',
    ...row.sources.map((s) => `${s.source} ${s.locator}`),
    ...row.flags.map((f) => f.message),
  ]
    .join(' ')
    .toLowerCase();

export function filterRows(rows: readonly RecordRow[], filter: RecordFilter): RecordRow[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.kind && row.kind !== filter.kind) return false;
    if (filter.confidence && row.confidence !== filter.confidence) return false;
    if (filter.flaggedOnly && row.flags.length === 0) return false;
    if (words.length === 0) return true;
    const haystack = searchable(row);
    return words.every((w) => haystack.includes(w));
  });
}

const COMPARE: Record<SortKey, (a: RecordRow, b: RecordRow) => number> = {
  date: compareRowsByDate,
  kind: (a, b) =>
    RECORD_KIND_LABELS[a.kind].localeCompare(RECORD_KIND_LABELS[b.kind]) || compareRowsByDate(a, b),
  title: (a, b) => a.title.localeCompare(b.title, 'en-GB') || compareIds(a.id, b.id),
  confidence: (a, b) =>
    CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence] || compareRowsByDate(a, b),
};

/** Sort a copy. Descending reverses the order, except records with no date stay last. */
export function sortRows(
  rows: readonly RecordRow[],
  key: SortKey,
  direction: SortDirection,
): RecordRow[] {
  const compare = COMPARE[key];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'date' && (a.sortDate === null) !== (b.sortDate === null))
      return a.sortDate === null ? 1 : -1;
    return sign * compare(a, b);
  });
}

export const isSortKey = (value: string): value is SortKey =>
  value === 'date' || value === 'kind' || value === 'title' || value === 'confidence';
