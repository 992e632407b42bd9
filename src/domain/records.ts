/**
 * Every record of the dataset as one flat list, for the Data view, its downloads and the
 * Sources view's "cited by" lists. One row a record, carrying its citations, confidence and flags.
 */
import type {
  Body,
  Confidence,
  Flag,
  GovernanceFile,
  Inspection,
  InspectionsFile,
  Milestone,
  MilestonesFile,
  Power,
  Relationship,
  SourceRef,
} from './types';
import { comparePartialDates, formatDateSpan, formatPartialDate, type PartialDate } from './dates';
import { formatGrade } from './ratings';
import { compareIds } from './compare';
import { toDayRange } from '../lib/partialDate';

export type RecordKind = 'inspection' | 'milestone' | 'body' | 'relationship' | 'power';

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  inspection: 'Inspection',
  milestone: 'Milestone',
  body: 'Body or post',
  relationship: 'Relationship',
  power: 'Power',
};

/** One record as a row of the Data view. */
export interface RecordRow {
  id: string;
  kind: RecordKind;
  /** The date to sort by: the earliest date the record has, or null if none is known. */
  sortDate: PartialDate | null;
  /** The record's dates in words, at the precision the sources give. */
  dateLabel: string;
  title: string;
  detail: string;
  /** Every citation in the record, its flags' included, without repeats. */
  sources: SourceRef[];
  confidence: Confidence;
  flags: Flag[];
  notes?: string;
}

/** All citations of a record: its own, then its flags', date claims' and judgements'. */
function collectRefs(groups: readonly (readonly SourceRef[] | undefined)[]): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const group of groups) {
    for (const ref of group ?? []) {
      const key = `${ref.source}\u0000${ref.locator}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(ref);
      }
    }
  }
  return out;
}

const flagRefs = (flags: readonly Flag[]) => flags.map((f) => f.sources);

function fromInspection(r: Inspection): RecordRow {
  const grades = r.graded
    ? [
        `Overall: ${formatGrade(r.overall)}`,
        ...r.judgements.map((j) => `${j.label}: ${formatGrade(j.grade)}`),
      ]
    : ['Not graded (visit)'];
  const published = r.published ? `; published ${formatPartialDate(r.published)}` : '';
  const fieldwork =
    r.fieldwork.start || r.fieldwork.end
      ? `Fieldwork ${formatDateSpan(r.fieldwork.start, r.fieldwork.end)}`
      : r.fieldwork.stated
        ? `Fieldwork as stated: ${r.fieldwork.stated}`
        : 'Fieldwork dates unknown';
  return {
    id: r.id,
    kind: 'inspection',
    sortDate: r.fieldwork.start ?? r.published,
    dateLabel: `${fieldwork}${published}`,
    title: r.title,
    detail: [...grades, ...(r.findings ? [r.findings] : [])].join('. '),
    sources: collectRefs([
      r.sources,
      ...flagRefs(r.flags),
      ...r.dateClaims.map((c) => c.sources),
      ...r.judgements.map((j) => j.sources),
    ]),
    confidence: r.confidence,
    flags: r.flags,
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

function fromMilestone(r: Milestone): RecordRow {
  const span =
    r.endStatus === 'none'
      ? formatPartialDate(r.date)
      : r.endStatus === 'known'
        ? formatDateSpan(r.date, r.end)
        : `${formatPartialDate(r.date)}, ${r.endStatus === 'open' ? 'still in force when last known' : 'end date unknown'}`;
  return {
    id: r.id,
    kind: 'milestone',
    sortDate: r.date,
    dateLabel: r.expected ? `Expected by ${formatPartialDate(r.expected.by)}` : span,
    title: r.title,
    detail: [r.summary, r.legalBasis ? `Legal basis: ${r.legalBasis}` : '']
      .filter(Boolean)
      .join(' '),
    sources: collectRefs([r.sources, ...flagRefs(r.flags), ...r.dateClaims.map((c) => c.sources)]),
    confidence: r.confidence,
    flags: r.flags,
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

const periodLabel = (start: PartialDate | null, end: PartialDate | null, status?: string) =>
  !start && !end
    ? 'Dates unknown'
    : end
      ? formatDateSpan(start, end)
      : `${start ? `From ${formatPartialDate(start)}` : 'Start unknown'}${status === 'unknown' ? '; end unknown' : ''}`;

function fromBody(r: Body): RecordRow {
  const holders = r.holders.map((h) => `${h.name} (${periodLabel(h.start, h.end).toLowerCase()})`);
  return {
    id: r.id,
    kind: 'body',
    sortDate: r.start,
    dateLabel: periodLabel(r.start, r.end),
    title: r.name,
    detail: holders.length ? `Post-holders: ${holders.join('; ')}` : '',
    sources: collectRefs([r.sources, ...flagRefs(r.flags), ...r.holders.map((h) => h.sources)]),
    confidence: r.confidence,
    flags: r.flags,
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

function fromRelationship(r: Relationship, names: Map<string, string>): RecordRow {
  return {
    id: r.id,
    kind: 'relationship',
    sortDate: r.start,
    dateLabel: periodLabel(r.start, r.end, r.endStatus),
    title: `${names.get(r.from) ?? r.from} ${r.type.replace(/-/g, ' ')} ${names.get(r.to) ?? r.to}`,
    detail: [r.label, r.legalBasis ? `Legal basis: ${r.legalBasis}` : '']
      .filter(Boolean)
      .join('. '),
    sources: collectRefs([r.sources, ...flagRefs(r.flags)]),
    confidence: r.confidence,
    flags: r.flags,
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

function fromPower(r: Power, names: Map<string, string>): RecordRow {
  return {
    id: r.id,
    kind: 'power',
    sortDate: r.start,
    dateLabel: periodLabel(r.start, r.end, r.endStatus),
    title: `${r.function.replace(/-/g, ' ')}: ${names.get(r.holder) ?? r.holder}`,
    detail: `Authority: ${r.authority}`,
    sources: collectRefs([r.sources, ...flagRefs(r.flags)]),
    confidence: r.confidence,
    flags: r.flags,
    ...(r.notes ? { notes: r.notes } : {}),
  };
}

export interface RecordFiles {
  inspections?: InspectionsFile;
  milestones?: MilestonesFile;
  governance?: GovernanceFile;
}

/** Every record, in date order (records with no known date last). */
export function toRecordRows(files: RecordFiles): RecordRow[] {
  const steps = toRecordRowsSteps(files);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How many records toRecordRowsSteps derives between two pauses. */
export const ROWS_PER_STEP = 1000;

/**
 * toRecordRows as steps: it pauses (yields) after each ROWS_PER_STEP records, so that a view can
 * derive 50,000 records in slices instead of one long task (issue 24). The sort at the end reads
 * each date once and takes a few milliseconds.
 */
export function* toRecordRowsSteps({
  inspections,
  milestones,
  governance,
}: RecordFiles): Generator<void, RecordRow[], void> {
  const names = new Map((governance?.bodies ?? []).map((b) => [b.id, b.shortName] as const));
  const rows: RecordRow[] = [];
  /** Adds a row; true after each ROWS_PER_STEP rows, when it is time to pause. */
  const add = (row: RecordRow) => rows.push(row) % ROWS_PER_STEP === 0;
  for (const r of inspections?.inspections ?? []) if (add(fromInspection(r))) yield;
  for (const r of milestones?.milestones ?? []) if (add(fromMilestone(r))) yield;
  for (const r of governance?.bodies ?? []) if (add(fromBody(r))) yield;
  for (const r of governance?.relationships ?? []) if (add(fromRelationship(r, names))) yield;
  for (const r of governance?.powers ?? []) if (add(fromPower(r, names))) yield;
  // Each row's date read once, in steps too; the sort itself takes a few milliseconds.
  const keyed: KeyedRow[] = [];
  for (const row of rows) if (keyed.push(toKeyedRow(row)) % ROWS_PER_STEP === 0) yield;
  return sortKeyedRows(keyed);
}

/**
 * `rows` in the order of compareRowsByDate, reading each row's date once instead of at every
 * comparison: 50,000 records took a few hundred milliseconds of the main thread to sort with the
 * comparator alone, which reads both dates each time (issue 24).
 */
export function sortRowsByDate(rows: readonly RecordRow[]): RecordRow[] {
  return sortKeyedRows(rows.map(toKeyedRow));
}

/** A row with its date read, as a day range, for sorting. */
interface KeyedRow {
  row: RecordRow;
  range: { first: number; last: number } | null;
}

const toKeyedRow = (row: RecordRow): KeyedRow => ({
  row,
  range: row.sortDate === null ? null : toDayRange(row.sortDate),
});

function sortKeyedRows(keyed: KeyedRow[]): RecordRow[] {
  keyed.sort((a, b) => {
    if (a.range === null || b.range === null) {
      if (a.range === b.range) return compareIds(a.row.id, b.row.id);
      return a.range === null ? 1 : -1;
    }
    return (
      a.range.first - b.range.first || b.range.last - a.range.last || compareIds(a.row.id, b.row.id)
    );
  });
  return keyed.map(({ row }) => row);
}

export function compareRowsByDate(a: RecordRow, b: RecordRow): number {
  if (a.sortDate === null || b.sortDate === null) {
    if (a.sortDate === b.sortDate) return compareIds(a.id, b.id);
    return a.sortDate === null ? 1 : -1;
  }
  return comparePartialDates(a.sortDate, b.sortDate) || compareIds(a.id, b.id);
}

/** A record that cites a source, and where in the source. */
export interface Citation {
  row: RecordRow;
  locators: string[];
}

/** For each source id, the records that cite it. */
export function toCitationsBySource(rows: readonly RecordRow[]): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  for (const row of rows) {
    const bySource = new Map<string, string[]>();
    for (const ref of row.sources) {
      const list = bySource.get(ref.source) ?? [];
      list.push(ref.locator);
      bySource.set(ref.source, list);
    }
    for (const [source, locators] of bySource) {
      const list = out.get(source) ?? [];
      list.push({ row, locators });
      out.set(source, list);
    }
  }
  return out;
}
