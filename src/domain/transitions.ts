/**
 * Northamptonshire's judgements as ladder series: for each judgement area, every graded judgement
 * of the county council and its successors (the trust, North and West Northamptonshire) on the
 * ordinal scale, ungraded visits as markers with their findings (never as grades), and the lines
 * that join successive judgements across a handover or a framework break.
 */
import type {
  Body,
  Confidence,
  Flag,
  Framework,
  Grade,
  Inspection,
  JudgementArea,
  SourceRef,
} from './types';
import { comparePartialDates, toDayRange, type PartialDate } from './dates';
import { toRung } from './ordinalScale';
import { AREA_LABELS } from './ratings';
import { compareIds } from './compare';

/** Every judgement area, in the order AREA_LABELS gives them. */
export const LADDER_AREAS = Object.keys(AREA_LABELS) as JudgementArea[];

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  'pre-sif': '2012–13 framework',
  sif: 'Single inspection framework (SIF)',
  ilacs: 'ILACS',
  'ilacs-2026': 'ILACS as reformed in 2026 (no overall grade)',
  agency: 'Agency inspection',
  'joint-pilot': 'Joint inspection pilot',
};

/**
 * Who took over from whom. The ILACS 2022 reports recount it: the county council's children's
 * services passed to Northamptonshire Children's Trust on 1 November 2020, and North and West
 * Northamptonshire replaced the county council on 1 April 2021 (governance.json has both dates).
 */
export const PREDECESSORS: Readonly<Record<string, string>> = {
  'northamptonshire-childrens-trust': 'northamptonshire-county-council',
  'north-northamptonshire-council': 'northamptonshire-county-council',
  'west-northamptonshire-council': 'northamptonshire-county-council',
};

/** Which of an inspection's dates places it on the time axis. */
export type DateBasis = 'published' | 'fieldwork' | 'unknown';

/** Where an inspection sits in time: its publication date, else the start of fieldwork, else unknown. */
export function toPlacement(i: Inspection): { date: PartialDate | null; basis: DateBasis } {
  if (i.published) return { date: i.published, basis: 'published' };
  if (i.fieldwork.start) return { date: i.fieldwork.start, basis: 'fieldwork' };
  if (i.fieldwork.end) return { date: i.fieldwork.end, basis: 'fieldwork' };
  return { date: null, basis: 'unknown' };
}

/** What every mark carries about its inspection: provenance travels with the point. */
interface InspectionFacts {
  inspectionId: string;
  subject: string;
  bodyName: string;
  area: JudgementArea;
  framework: Framework;
  title: string;
  /** The kind of inspection and whether it graded: what its report is called (citations). */
  type: Inspection['type'];
  graded: boolean;
  date: PartialDate | null;
  dateBasis: DateBasis;
  published: PartialDate | null;
  fieldwork: Inspection['fieldwork'];
  sources: SourceRef[];
  confidence: Confidence;
  flags: Flag[];
}

/** One graded judgement on the ladder. */
export interface LadderPoint extends InspectionFacts {
  id: string;
  /** The judgement's name as the framework gives it. */
  label: string;
  grade: Grade | null;
  rung: number | null;
  /** The inspection's headline judgement (not a sub-judgement). */
  headline: boolean;
  /** Joined to the judgements before and after it by the series line. */
  primary: boolean;
}

/** An ungraded focused or monitoring visit (or the 2013 pilot): findings, never a grade. */
export interface VisitMarker extends InspectionFacts {
  id: string;
  findings: string | null;
  priorityActions: string[];
}

/** A line joining two successive primary judgements of one area. */
export interface LadderLink {
  id: string;
  from: string;
  to: string;
  /** The two judgements come from different frameworks: not the same scale. */
  frameworkBreak: boolean;
  /** The two judgements are of different bodies: a handover lies between them. */
  handover: boolean;
}

export interface LadderArea {
  area: JudgementArea;
  points: LadderPoint[];
  visits: VisitMarker[];
  links: LadderLink[];
}

/** The day a successor took over, from governance.json's start dates. */
export interface Handover {
  body: string;
  bodyName: string;
  date: PartialDate;
}

const facts = (i: Inspection, names: ReadonlyMap<string, string>): InspectionFacts => {
  const { date, basis } = toPlacement(i);
  return {
    inspectionId: i.id,
    subject: i.subject,
    bodyName: names.get(i.subject) ?? i.subject,
    area: i.area,
    framework: i.framework,
    title: i.title,
    type: i.type,
    graded: i.graded,
    date,
    dateBasis: basis,
    published: i.published,
    fieldwork: i.fieldwork,
    sources: i.sources,
    confidence: i.confidence,
    flags: i.flags,
  };
};

/** The bodies in line of succession ending with `subject`: itself, its predecessor, and so on. */
export function toLineage(subject: string, predecessors = PREDECESSORS): string[] {
  const out = [subject];
  let current = predecessors[subject];
  while (current !== undefined && !out.includes(current)) {
    out.push(current);
    current = predecessors[current];
  }
  return out;
}

const byDate = <T extends { date: PartialDate | null; inspectionId: string }>(a: T, b: T) =>
  a.date === null || b.date === null
    ? a.date === b.date
      ? compareIds(a.inspectionId, b.inspectionId)
      : a.date === null
        ? -1
        : 1
    : comparePartialDates(a.date, b.date) || compareIds(a.inspectionId, b.inspectionId);

/** Each graded inspection's judgements in one area: headline first, then sub-judgements. */
function toPoints(i: Inspection, area: JudgementArea, names: ReadonlyMap<string, string>) {
  const base = facts(i, names);
  // A framework that gives no overall grade (2026) has no headline to draw, not an unknown one.
  const headline: LadderPoint[] =
    i.area === area && i.overallStatus !== 'not-given'
      ? [
          {
            ...base,
            id: `${i.id}:0`,
            label: 'Headline judgement',
            grade: i.overall,
            rung: toRung(i.overall),
            headline: true,
            primary: true,
          },
        ]
      : [];
  const subs = i.judgements.flatMap((j, index) =>
    j.area === area
      ? [
          {
            ...base,
            id: `${i.id}:${index + 1}`,
            label: j.label,
            grade: j.grade,
            rung: toRung(j.grade),
            headline: false,
            primary: false,
            sources: j.sources ?? i.sources,
            confidence: j.confidence ?? i.confidence,
          },
        ]
      : [],
  );
  // Without a headline in this area, a lone judgement carries the series (ILACS sub-judgements).
  if (headline.length === 0 && subs.length === 1) subs[0]!.primary = true;
  return [...headline, ...subs];
}

/** Join each primary judgement to the latest dated one before it, of its body or a predecessor. */
export function linkSuccessive(
  points: readonly LadderPoint[],
  predecessors = PREDECESSORS,
): LadderLink[] {
  const dated = points.filter((p) => p.primary && p.date !== null).sort(byDate);
  const links: LadderLink[] = [];
  dated.forEach((point, index) => {
    const lineage = toLineage(point.subject, predecessors);
    const first = toDayRange(point.date!).first;
    const before = dated
      .slice(0, index)
      .filter((p) => lineage.includes(p.subject) && toDayRange(p.date!).last < first)
      .at(-1);
    if (!before) return;
    links.push({
      id: `${before.id}->${point.id}`,
      from: before.id,
      to: point.id,
      frameworkBreak: before.framework !== point.framework,
      handover: before.subject !== point.subject,
    });
  });
  return links;
}

/** The ladder of every judgement area, in the order of LADDER_AREAS. */
export function toLadderAreas(
  inspections: readonly Inspection[],
  bodies: readonly Body[],
  predecessors = PREDECESSORS,
): LadderArea[] {
  const names = new Map(bodies.map((b) => [b.id, b.shortName] as const));
  return LADDER_AREAS.map((area) => {
    const points = inspections
      .filter((i) => i.graded)
      .flatMap((i) => toPoints(i, area, names))
      .sort(byDate);
    const visits = inspections
      .filter((i) => !i.graded && i.area === area)
      .map((i) => ({
        ...facts(i, names),
        id: i.id,
        findings: i.findings ?? null,
        priorityActions: i.priorityActions,
      }))
      .sort(byDate);
    return { area, points, visits, links: linkSuccessive(points, predecessors) };
  });
}

/** The successors' first days, from their start dates in governance.json, in date order. */
export function toHandovers(bodies: readonly Body[], predecessors = PREDECESSORS): Handover[] {
  return bodies
    .filter((b) => predecessors[b.id] !== undefined && b.start !== null)
    .map((b) => ({ body: b.id, bodyName: b.shortName, date: b.start! }))
    .sort((a, b) => comparePartialDates(a.date, b.date) || compareIds(a.body, b.body));
}

// -------------------------------------------------------------- full inspections

/** Inspections of the whole of children's services: the SIF and the ILACS standard inspection. */
export const isFullInspection = (i: Inspection): boolean =>
  i.graded && (i.type === 'sif' || i.type === 'ilacs-standard');

export interface InspectionPair {
  id: string;
  before: Inspection;
  after: Inspection;
}

/**
 * Successive full inspections: each one paired with the latest earlier full inspection of its
 * body or a predecessor. Undated inspections cannot be paired and are returned apart.
 */
export function pairSuccessiveInspections(
  inspections: readonly Inspection[],
  predecessors = PREDECESSORS,
): { pairs: InspectionPair[]; undated: Inspection[] } {
  const full = inspections.filter(isFullInspection);
  const undated = full.filter((i) => toPlacement(i).date === null);
  const dated = full
    .filter((i) => toPlacement(i).date !== null)
    .sort(
      (a, b) =>
        comparePartialDates(toPlacement(a).date!, toPlacement(b).date!) || compareIds(a.id, b.id),
    );
  const pairs: InspectionPair[] = [];
  dated.forEach((after, index) => {
    const lineage = toLineage(after.subject, predecessors);
    const first = toDayRange(toPlacement(after).date!).first;
    const before = dated
      .slice(0, index)
      .filter((i) => lineage.includes(i.subject) && toDayRange(toPlacement(i).date!).last < first)
      .at(-1);
    if (before) pairs.push({ id: `${before.id}--${after.id}`, before, after });
  });
  return { pairs, undated };
}

/**
 * The latest full inspection of a body (or its predecessors) published by a day. `uncertain` when
 * the publication date is known only to the month or year and that period contains the day.
 */
export function getLatestFullInspection(
  inspections: readonly Inspection[],
  subject: string,
  day: PartialDate,
  predecessors = PREDECESSORS,
): { inspection: Inspection; certain: boolean } | null {
  const lineage = toLineage(subject, predecessors);
  const { first } = toDayRange(day);
  const candidates = inspections
    .filter((i) => isFullInspection(i) && lineage.includes(i.subject) && i.published !== null)
    .filter((i) => toDayRange(i.published!).first <= first)
    .sort((a, b) => comparePartialDates(a.published!, b.published!));
  const latest = candidates.at(-1);
  if (!latest) return null;
  return { inspection: latest, certain: toDayRange(latest.published!).last <= first };
}
