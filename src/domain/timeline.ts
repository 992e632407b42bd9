/**
 * Inspections and milestones as timeline events: one view-model for the Timeline chart, its
 * table, its summary and its details panel. Dates keep their precision (a month stays a month),
 * unknown dates stay unknown, and dates that sources dispute are carried alongside, never dropped.
 */
import type {
  Confidence,
  DateClaim,
  Flag,
  Grade,
  Inspection,
  Judgement,
  Lane,
  Milestone,
  SourceRef,
} from './types';
import {
  comparePartialDates,
  formatDateSpan,
  formatPartialDate,
  getDateProblem,
  toDayRange,
  type PartialDate,
} from './dates';
import { describeEnd } from './governance';
import { formatGrade } from './ratings';
import { compareIds } from './compare';

/** The lanes, top to bottom. */
export const TIMELINE_LANES = [
  'ofsted',
  'dfe',
  'mhclg',
  'commissioners',
  'structure',
  'correspondence',
] as const satisfies readonly Lane[];

export const LANE_LABELS: Record<Lane, string> = {
  ofsted: 'Ofsted inspections and visits',
  dfe: 'DfE intervention',
  mhclg: 'MHCLG intervention',
  commissioners: 'Commissioners and advisers',
  structure: 'Structural change',
  correspondence: 'Correspondence and reports',
};

/** For narrow screens. */
export const LANE_SHORT_LABELS: Record<Lane, string> = {
  ofsted: 'Ofsted',
  dfe: 'DfE',
  mhclg: 'MHCLG',
  commissioners: 'Commissioners',
  structure: 'Structure',
  correspondence: 'Letters and reports',
};

export const isLane = (value: string): value is Lane =>
  (TIMELINE_LANES as readonly string[]).includes(value);

/** How a span ends: "open" = still in force when last known; "unknown" = ended, date not known. */
export type EndStatus = 'none' | 'known' | 'open' | 'unknown';

/** Another date a source gives, drawn joined to the event's mark. */
export interface AltDate {
  /** Which of the record's dates the source is giving ("date", "fieldwork", "end" …). */
  field: DateClaim['field'];
  date: PartialDate;
  /** The date as the source prints it, where given. */
  stated: string | null;
  sources: SourceRef[];
}

/** One event on the timeline (view-model). */
export interface TimelineEvent {
  id: string;
  record: 'inspection' | 'milestone' | 'synthetic';
  lane: Lane;
  /** point: one date (a day, or a band over its month or year); span: from start to end. */
  shape: 'point' | 'span';
  title: string;
  /** A short label for the chart (the title, or inspection type and grade). */
  label: string;
  /** The date the event is placed by, at its own precision; null when no date is known. */
  start: PartialDate | null;
  /** A span's last day (known end only). */
  end: PartialDate | null;
  endStatus: EndStatus;
  /** Why the event is placed by the date it is, when that is not its main date. */
  placement: string | null;
  /** The event's dates in words, at the precision the sources give. */
  dateLabel: string;
  /** Other dates sources give for the placed date. */
  altStarts: AltDate[];
  /** Ends sources give for a span whose end is unknown. */
  altEnds: AltDate[];
  /** For events expected at the time: when by, and what came of it. */
  expected: { by: PartialDate; outcome: string | null; outcomeRef: string | null } | null;
  /** The headline grade; null for ungraded visits, unknown grades and milestones. */
  grade: Grade | null;
  /** Inspections: false for visits that give no grade. Milestones: null. */
  graded: boolean | null;
  /** The grade or "not graded" in words, or null for milestones. */
  gradeLabel: string | null;
  judgements: Judgement[];
  /** What happened, in plain words. */
  summary: string;
  /** Body ids (governance.json) that acted or were acted on, or were inspected. */
  actors: string[];
  legalBasis: string | null;
  /** Published date, for inspections (kept apart from the fieldwork dates). */
  published: PartialDate | null;
  /** Inspection type or milestone kind, as a code. */
  type: string;
  sources: SourceRef[];
  confidence: Confidence;
  flags: Flag[];
  dateClaims: DateClaim[];
  notes: string | null;
}

const INSPECTION_TYPE_LABELS: Record<Inspection['type'], string> = {
  'child-protection': 'Child protection inspection',
  'looked-after-children': 'Looked-after children inspection',
  'adoption-agency': 'Adoption agency inspection',
  'fostering-agency': 'Fostering agency inspection',
  sif: 'SIF inspection',
  'ilacs-standard': 'ILACS inspection',
  'ilacs-focused-visit': 'Focused visit',
  'ilacs-monitoring-visit': 'Monitoring visit',
  'joint-pilot': 'Joint pilot inspection',
};

const isRealDate = (value: string | null | undefined): value is PartialDate =>
  typeof value === 'string' && getDateProblem(value) === null;

/** Claims about one of `fields` giving a real date other than `placed`. */
function toAltDates(
  claims: readonly DateClaim[],
  fields: readonly DateClaim['field'][],
  placed: PartialDate | null,
): AltDate[] {
  return claims
    .filter(
      (c): c is DateClaim & { date: PartialDate } =>
        fields.includes(c.field) && isRealDate(c.date) && c.date !== placed,
    )
    .map((c) => ({ field: c.field, date: c.date, stated: c.stated ?? null, sources: c.sources }));
}

function inspectionPlacement(r: Inspection): {
  start: PartialDate | null;
  placement: string | null;
} {
  if (r.fieldwork.start) return { start: r.fieldwork.start, placement: null };
  const stated = r.fieldwork.stated
    ? ` (a source gives "${r.fieldwork.stated}"; see the flags)`
    : '';
  if (r.published)
    return {
      start: r.published,
      placement: `Placed by its publication date, ${formatPartialDate(r.published)}, because the fieldwork dates are not known${stated}.`,
    };
  return {
    start: null,
    placement: `No date is known: neither the fieldwork nor the publication date is recorded${stated}. Shown under "Date unknown".`,
  };
}

/** An inspection or visit as a timeline event in the Ofsted lane. */
export function fromInspection(r: Inspection, names?: ReadonlyMap<string, string>): TimelineEvent {
  const { start, placement } = inspectionPlacement(r);
  const isSpan = Boolean(
    r.fieldwork.start && r.fieldwork.end && r.fieldwork.start !== r.fieldwork.end,
  );
  // Other fieldwork dates are drawn joined to the mark; so are other publication dates when the
  // mark stands at the publication date. Otherwise a disputed publication date is in the details.
  const startFields: DateClaim['field'][] = r.fieldwork.start
    ? ['fieldwork', 'fieldwork.start']
    : ['fieldwork', 'fieldwork.start', 'published'];
  const type = INSPECTION_TYPE_LABELS[r.type];
  const subject = names?.get(r.subject);
  const gradeLabel = !r.graded
    ? 'Not graded (a visit gives no grade)'
    : r.overall
      ? formatGrade(r.overall)
      : 'Graded, but the grade is not known';
  const fieldwork =
    r.fieldwork.start || r.fieldwork.end
      ? `Fieldwork ${formatDateSpan(r.fieldwork.start, r.fieldwork.end)}`
      : r.fieldwork.stated
        ? `Fieldwork as stated: ${r.fieldwork.stated} (not a real date)`
        : 'Fieldwork dates unknown';
  const published = r.published
    ? `published ${formatPartialDate(r.published)}`
    : 'publication date unknown';
  return {
    id: r.id,
    record: 'inspection',
    lane: 'ofsted',
    shape: isSpan ? 'span' : 'point',
    title: r.title,
    label: `${subject ? `${subject}: ` : ''}${type}: ${!r.graded ? 'not graded' : r.overall ? formatGrade(r.overall).toLowerCase() : 'grade unknown'}`,
    start,
    end: isSpan ? r.fieldwork.end : null,
    endStatus: isSpan ? 'known' : 'none',
    placement,
    dateLabel: `${fieldwork}; ${published}`,
    altStarts: toAltDates(r.dateClaims, startFields, start),
    altEnds: isSpan ? toAltDates(r.dateClaims, ['fieldwork.end'], r.fieldwork.end) : [],
    expected: null,
    grade: r.graded ? r.overall : null,
    graded: r.graded,
    gradeLabel,
    judgements: r.judgements,
    summary: r.findings ?? r.title,
    actors: ['ofsted', r.subject],
    legalBasis: null,
    published: r.published,
    type: r.type,
    sources: r.sources,
    confidence: r.confidence,
    flags: r.flags,
    dateClaims: r.dateClaims,
    notes: r.notes ?? null,
  };
}

function milestoneDateLabel(r: Milestone): string {
  if (r.expected)
    return `Expected by ${formatPartialDate(r.expected.by)} (expectation set ${formatPartialDate(r.date)})`;
  switch (r.endStatus) {
    case 'known':
      return formatDateSpan(r.date, r.end);
    case 'open':
      return `From ${formatPartialDate(r.date)}, still in force when last known`;
    case 'unknown':
    case 'planned':
    case 'inferred':
      return `From ${formatPartialDate(r.date)}, ${describeEnd(r) ?? 'end date unknown'}`;
    default:
      return formatPartialDate(r.date);
  }
}

/**
 * A milestone as a timeline event in its own lane. A planned or inferred end is not a known end:
 * the span is drawn as one whose end is unknown (the dashed tail), running as far as that date.
 */
export function fromMilestone(r: Milestone): TimelineEvent {
  const isSpan = r.endStatus !== 'none';
  const tentativeEnd = (r.endStatus === 'planned' || r.endStatus === 'inferred') && r.end !== null;
  const endStatus: EndStatus =
    r.endStatus === 'planned' || r.endStatus === 'inferred' ? 'unknown' : r.endStatus;
  const tentativeClaim: DateClaim[] = tentativeEnd
    ? [{ field: 'end', date: r.end, stated: `${r.endStatus} end`, sources: r.sources }]
    : [];
  return {
    id: r.id,
    record: 'milestone',
    lane: r.lane,
    shape: isSpan ? 'span' : 'point',
    title: r.title,
    label: r.title,
    start: r.date,
    end: r.endStatus === 'known' ? r.end : null,
    endStatus,
    placement: r.date ? null : 'No date is known for this event. Shown under "Date unknown".',
    dateLabel: milestoneDateLabel(r),
    altStarts: toAltDates(r.dateClaims, ['date'], r.date),
    altEnds: toAltDates([...r.dateClaims, ...tentativeClaim], ['end'], tentativeEnd ? null : r.end),
    expected: r.expected
      ? {
          by: r.expected.by,
          outcome: r.expected.outcome ?? null,
          outcomeRef: r.expected.outcomeRef ?? null,
        }
      : null,
    grade: null,
    graded: null,
    gradeLabel: null,
    judgements: [],
    summary: r.summary,
    actors: r.actors,
    legalBasis: r.legalBasis ?? null,
    published: null,
    type: r.kind,
    sources: r.sources,
    confidence: r.confidence,
    flags: r.flags,
    dateClaims: r.dateClaims,
    notes: r.notes ?? null,
  };
}

/** Time order: by the first day an event may mean, undated events last, then by id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.start === null || b.start === null) {
    if (a.start === b.start) return compareIds(a.id, b.id);
    return a.start === null ? 1 : -1;
  }
  return comparePartialDates(a.start, b.start) || compareIds(a.id, b.id);
}

/** Every inspection and milestone as timeline events, in time order. */
export function toTimelineEvents(
  inspections: readonly Inspection[],
  milestones: readonly Milestone[],
  names?: ReadonlyMap<string, string>,
): TimelineEvent[] {
  return [
    ...inspections.map((r) => fromInspection(r, names)),
    ...milestones.map(fromMilestone),
  ].sort(compareEvents);
}

/**
 * The days an event's marks cover, as UTC ms (first day, last day), or null when undated: its
 * start, a known end, the date it was expected by and the other dates sources give. An end that
 * is unknown or open is not extended: no end is ever invented.
 */
export function getEventDayRange(e: TimelineEvent): { first: number; last: number } | null {
  if (e.start === null) return null;
  const dates = [
    e.start,
    e.end,
    e.expected?.by,
    ...e.altStarts.map((a) => a.date),
    ...e.altEnds.map((a) => a.date),
  ];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of dates) {
    if (!d) continue;
    const r = toDayRange(d);
    first = Math.min(first, r.first);
    last = Math.max(last, r.last);
  }
  return { first, last };
}
