/**
 * The briefing's plain-English summary, generated from the data for any date (never written by
 * hand per date): the last judgement, the latest visit since, what happened that day, the
 * interventions in force, who delivers the service, and what was expected next.
 */
import { formatPartialDate, toDayRange, type PartialDate } from './dates';
import {
  getExpectations,
  getKnownFrom,
  getKnownInspections,
  getLatestJudgements,
  getLatestVisit,
  type AreaJudgement,
  type Expectation,
} from './briefing';
import { governanceAsAt, toPlainName, type GovernanceAsAt, type HolderAsAt } from './governance';
import { AREA_LABELS, formatGrade } from './ratings';
import type { Body, GovernanceFile, Inspection, Milestone } from './types';

export interface BriefingData {
  inspections: readonly Inspection[];
  milestones: readonly Milestone[];
  governance: GovernanceFile;
}

export type NameOf = (id: string) => string;

/** Everything the briefing shows for one date. */
export interface BriefingPosition {
  asAt: PartialDate;
  judgements: Map<AreaJudgement['area'], AreaJudgement>;
  /** The latest ungraded visit, if it came after the latest overall judgement. */
  visit: Inspection | null;
  /**
   * The latest graded inspections, published after the last overall judgement, under a framework
   * that gives no overall grade (Ofsted's reformed framework, 2026): said, so that the older
   * overall judgement is not read as the latest word.
   */
  noOverall: Inspection[];
  governance: GovernanceAsAt;
  /** Milestones dated exactly on the as-at day (expectations aside). */
  today: Milestone[];
  expectations: Expectation[];
  name: NameOf;
}

/** Names as a briefing says them: "the Education Secretary", "the county council". */
const SHORT_KINDS: ReadonlySet<Body['kind']> = new Set(['secretary-of-state', 'minister', 'commissioner', 'department']);
export function makeBriefingNames(file: GovernanceFile): NameOf {
  const names = new Map(
    file.bodies.map((b) => [b.id, SHORT_KINDS.has(b.kind) ? `the ${b.shortName}` : toPlainName(b)] as const),
  );
  return (id) => names.get(id) ?? id;
}

/** Lower-case a leading common word ("Focused visit" → "focused visit"), never a name. */
const lowerFirst = (s: string) =>
  /^(Focused|Monitoring|Pilot|Planned|Full|First|Second|Inspection|Requires|Inadequate|Good|Outstanding|Adequate)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
const firstSentence = (s: string) => (/^(.+?[.!?])(\s|$)/.exec(s)?.[1] ?? s).trim();
export const listWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function getBriefingPosition(data: BriefingData, asAt: PartialDate): BriefingPosition {
  const judgements = getLatestJudgements(data.inspections, asAt);
  const overall = judgements.get('overall');
  const visit = getLatestVisit(data.inspections, asAt);
  const outcomeDate = (id: string) => {
    const inspection = data.inspections.find((i) => i.id === id);
    if (inspection) return getKnownFrom(inspection);
    return data.milestones.find((m) => m.id === id)?.date ?? null;
  };
  const noOverallAll = getKnownInspections(data.inspections, asAt).filter(
    (i) =>
      i.graded &&
      i.overallStatus === 'not-given' &&
      (!overall || toDayRange(getKnownFrom(i)!).first > toDayRange(overall.knownFrom).last),
  );
  const lastNoOverall = noOverallAll.at(-1);
  // A visit is news when it came after the last full inspection, with or without an overall grade.
  const lastFull = lastNoOverall ? getKnownFrom(lastNoOverall) : (overall?.knownFrom ?? null);
  const visitIsNews =
    visit !== null && (!lastFull || toDayRange(getKnownFrom(visit)!).first >= toDayRange(lastFull).last);
  return {
    asAt,
    judgements,
    visit: visitIsNews ? visit : null,
    noOverall: lastNoOverall
      ? noOverallAll.filter((i) => getKnownFrom(i) === getKnownFrom(lastNoOverall))
      : [],
    governance: governanceAsAt(data.governance, asAt),
    today: data.milestones.filter((m) => m.date === asAt && m.kind !== 'expected'),
    expectations: getExpectations(data.milestones, asAt, outcomeDate),
    name: makeBriefingNames(data.governance),
  };
}

/** The holders in post: where several are recorded, the most recently started ones. */
export function getCurrentHolders(holders: readonly HolderAsAt[]): HolderAsAt[] {
  const possible = holders.filter((h) => h.status !== 'no');
  const starts = possible.map((h) => h.holder.start).filter((s): s is string => s !== null);
  if (starts.length === 0) return possible;
  const latest = starts.reduce((a, b) => (toDayRange(a).first >= toDayRange(b).first ? a : b));
  return possible.filter((h) => h.holder.start === latest);
}

function judgementSentences(p: BriefingPosition): string[] {
  const overall = p.judgements.get('overall');
  const out: string[] = [];
  if (overall) {
    const subjects = [overall.inspection, ...overall.alongside].map((i) => p.name(i.subject)).sort();
    const grade = lowerFirst(formatGrade(overall.grade));
    out.push(
      subjects.length > 1
        ? `The last overall judgements were of ${listWords(subjects)}: each ${grade} (${formatPartialDate(overall.knownFrom)}).`
        : `The last overall judgement was of ${subjects[0]}: ${grade} (${formatPartialDate(overall.knownFrom)}).`,
    );
  } else {
    out.push("No overall judgement of children's services had been published yet.");
  }
  if (p.noOverall.length > 0) {
    const subjects = p.noOverall.map((i) => p.name(i.subject)).sort();
    const when = formatPartialDate(getKnownFrom(p.noOverall[0]!)!);
    out.push(
      `Ofsted's later inspection${subjects.length > 1 ? 's' : ''} of ${listWords(subjects)} (${when}) gave no overall grade: the framework in force does not give one.`,
    );
  }
  // Area judgements published after the last overall judgement (or all of them, if none). One
  // known only to a month or year counts unless it was certainly out before the overall one (the
  // fostering judgement of 2019, year only, came with or after the inspection of July 2019).
  for (const j of p.judgements.values()) {
    if (j.area === 'overall') continue;
    if (overall && toDayRange(j.knownFrom).last <= toDayRange(overall.knownFrom).last) continue;
    out.push(`${AREA_LABELS[j.area]} was last judged ${lowerFirst(formatGrade(j.grade))} (${formatPartialDate(j.knownFrom)}).`);
  }
  return out;
}

function visitSentence(visit: Inspection): string {
  const found = visit.findings ? ` ${firstSentence(visit.findings)}` : '';
  const n = visit.priorityActions.length;
  const actions = n ? ` It set ${n} ${n === 1 ? 'area' : 'areas'} for priority action.` : '';
  const title = visit.title.replace(/\s*\([^)]*\)\s*$/, '');
  return `Since then, Ofsted's ${lowerFirst(title)} (${formatPartialDate(getKnownFrom(visit))}, not graded):${found}${actions}`;
}

function directionSentence(p: BriefingPosition): string | null {
  const directs = p.governance.relationships.filter((r) => r.relationship.type === 'directs');
  if (directs.length === 0) return null;
  const groups = new Map<string, typeof directs>();
  for (const d of directs) {
    const key = `${d.relationship.from}>${d.relationship.to}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const parts = [...groups.values()].map((list) => {
    const { from, to } = list[0]!.relationship;
    const dates = list.map((d) => (d.relationship.start ? formatPartialDate(d.relationship.start) : 'a date not recorded'));
    const bases = [...new Set(list.flatMap((d) => (d.relationship.legalBasis ? [d.relationship.legalBasis] : [])))];
    const notes = [
      `${list.length > 1 ? 'directions of' : 'since'} ${listWords(dates)}`,
      ...(bases.length ? [`under ${listWords(bases)}`] : []),
      // An end that sources date differently, or that is only planned or inferred, is said with its dates.
      ...[...new Set(list.flatMap((d) => (d.endNote ? [d.endNote] : [])))],
      ...(list.some((d) => !d.endNote && d.relationship.flags.some((f) => f.kind === 'conflict' && f.field === 'end'))
        ? ['sources disagree on when it ended']
        : []),
      ...(list.some((d) => d.reasons.includes('end-unknown') && !d.endNote) ? ['no end date recorded'] : []),
    ];
    return `${p.name(from)} directs ${p.name(to)} (${notes.join('; ')})`;
  });
  return `In force: ${listWords(parts)}.`;
}

function commissionerSentence(p: BriefingPosition): string | null {
  const parts = p.governance.bodies
    .filter((b) => b.body.kind === 'commissioner')
    .flatMap((b) => {
      const holders = getCurrentHolders(b.holders);
      if (holders.length === 0) return [];
      const since = holders[0]!.holder.start;
      return [`${p.name(b.body.id)} (${listWords(holders.map((h) => h.holder.name))}${since ? `, since ${formatPartialDate(since)}` : ''})`];
    });
  return parts.length ? `In post: ${listWords(parts)}.` : null;
}

function deliverySentence(p: BriefingPosition): string | null {
  const delivery = p.governance.powers.filter((x) => x.power.function === 'csc-delivery');
  if (delivery.length === 0) return null;
  const holders = [...new Set(delivery.map((x) => p.name(x.power.holder)))];
  const over = [
    ...new Set(delivery.flatMap((x) => (x.power.over && x.power.over !== x.power.holder ? [p.name(x.power.over)] : []))),
  ];
  return `Children's social care is delivered by ${listWords(holders)}${over.length ? ` for ${listWords(over)}` : ' itself'}.`;
}

/** The summary as sentences, in reading order. */
export function summariseBriefing(p: BriefingPosition): string[] {
  const out = judgementSentences(p);
  if (p.visit) out.push(visitSentence(p.visit));
  if (p.today.length) out.push(`On this day: ${p.today.map((m) => m.title).join('; ')}.`);
  const direction = directionSentence(p);
  const commissioners = commissionerSentence(p);
  if (direction) out.push(direction);
  if (commissioners) out.push(commissioners);
  if (!direction && !commissioners) out.push('No government intervention is recorded in force.');
  const delivery = deliverySentence(p);
  if (delivery) out.push(delivery);
  for (const e of p.expectations)
    out.push(
      e.overdue
        ? `Due by ${formatPartialDate(e.by)}, with no outcome recorded: ${lowerFirst(e.milestone.title)}.`
        : `Expected next: ${lowerFirst(e.milestone.title)}.`,
    );
  return out;
}
