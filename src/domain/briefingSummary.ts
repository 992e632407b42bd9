/**
 * The briefing's plain-English summary, generated from the data for any date (never written by
 * hand per date): the last judgement, the latest visit since, what happened that day, the
 * interventions in force, who delivers the service, and what was expected next.
 */
import { formatPartialDate, getPrecision, toDayRange, type PartialDate } from './dates';
import {
  BRIEFING_AREAS,
  getExpectations,
  getKnownFrom,
  getKnownInspections,
  getLatestJudgements,
  getLatestVisit,
  type AreaJudgement,
  type Expectation,
} from './briefing';
import { governanceAsAt, toPlainName, type GovernanceAsAt, type HolderAsAt } from './governance';
import { FUNCTION_LABELS, FUNCTION_ORDER } from './governanceText';
import { AREA_LABELS, GRADE_RANK, formatGrade } from './ratings';
import type { Body, GovernanceFile, Inspection, Milestone, PowerFunction } from './types';

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
const SHORT_KINDS: ReadonlySet<Body['kind']> = new Set([
  'secretary-of-state',
  'minister',
  'commissioner',
  'department',
]);
export function makeBriefingNames(file: GovernanceFile): NameOf {
  const names = new Map(
    file.bodies.map(
      (b) => [b.id, SHORT_KINDS.has(b.kind) ? `the ${b.shortName}` : toPlainName(b)] as const,
    ),
  );
  return (id) => names.get(id) ?? id;
}

/** Lower-case a leading common word ("Focused visit" → "focused visit"), never a name. */
const lowerFirst = (s: string) =>
  /^(Focused|Monitoring|Pilot|Planned|Full|First|Second|Inspection|Requires|Inadequate|Good|Outstanding|Adequate)\b/.test(
    s,
  )
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
    visit !== null &&
    (!lastFull || toDayRange(getKnownFrom(visit)!).first >= toDayRange(lastFull).last);
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
    const subjects = [overall.inspection, ...overall.alongside]
      .map((i) => p.name(i.subject))
      .sort();
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
    out.push(
      `${AREA_LABELS[j.area]} was last judged ${lowerFirst(formatGrade(j.grade))} (${formatPartialDate(j.knownFrom)}).`,
    );
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

type Direction = GovernanceAsAt['relationships'][number];

/**
 * The directions in force, one group per body directing and body directed, each with its dates
 * in words ("30 November 2018", or "a date not recorded").
 */
function directionGroups(p: BriefingPosition) {
  const groups = new Map<string, Direction[]>();
  for (const d of p.governance.relationships.filter((r) => r.relationship.type === 'directs')) {
    const key = `${d.relationship.from}>${d.relationship.to}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((list) => ({
    ...list[0]!.relationship,
    list,
    dates: list.map((d) =>
      d.relationship.start ? formatPartialDate(d.relationship.start) : 'a date not recorded',
    ),
  }));
}

function directionSentence(p: BriefingPosition): string | null {
  const groups = directionGroups(p);
  if (groups.length === 0) return null;
  const parts = groups.map(({ from, to, list, dates }) => {
    const bases = [
      ...new Set(
        list.flatMap((d) => (d.relationship.legalBasis ? [d.relationship.legalBasis] : [])),
      ),
    ];
    const notes = [
      `${list.length > 1 ? 'directions of' : 'since'} ${listWords(dates)}`,
      ...(bases.length ? [`under ${listWords(bases)}`] : []),
      // An end that sources date differently, or that is only planned or inferred, is said with its dates.
      ...[...new Set(list.flatMap((d) => (d.endNote ? [d.endNote] : [])))],
      ...(list.some(
        (d) =>
          !d.endNote &&
          d.relationship.flags.some((f) => f.kind === 'conflict' && f.field === 'end'),
      )
        ? ['sources disagree on when it ended']
        : []),
      ...(list.some((d) => d.reasons.includes('end-unknown') && !d.endNote)
        ? ['no end date recorded']
        : []),
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
      return [
        `${p.name(b.body.id)} (${listWords(holders.map((h) => h.holder.name))}${since ? `, since ${formatPartialDate(since)}` : ''})`,
      ];
    });
  return parts.length ? `In post: ${listWords(parts)}.` : null;
}

function deliverySentence(p: BriefingPosition): string | null {
  const delivery = p.governance.powers.filter((x) => x.power.function === 'csc-delivery');
  if (delivery.length === 0) return null;
  const holders = [...new Set(delivery.map((x) => p.name(x.power.holder)))];
  const over = [
    ...new Set(
      delivery.flatMap((x) =>
        x.power.over && x.power.over !== x.power.holder ? [p.name(x.power.over)] : [],
      ),
    ),
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

/** The briefing's opening: one sentence of the position, then what changed and what comes next. */
export interface Headline {
  /** Rating, since when, direction of travel, and who holds which powers over whom. */
  position: string;
  /** One line: what changed since the comparison date (or null when there is none). */
  changed: string | null;
  /** One line: what was expected next, as at the date. */
  next: string;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The day before the first day a date may mean, as YYYY-MM-DD. */
const dayBefore = (date: PartialDate): PartialDate =>
  new Date(toDayRange(date).first - 86_400_000).toISOString().slice(0, 10);

/**
 * Before the first overall rating (Ofsted's single inspection framework began in November 2013),
 * the judgements of single areas are what a reader has: "help and protection inadequate (March
 * 2013)", in the briefing's order of areas.
 */
function areaJudgements(p: BriefingPosition): string | null {
  const parts = BRIEFING_AREAS.flatMap((area) => {
    const j = p.judgements.get(area);
    return j && area !== 'overall'
      ? [
          `${lower(AREA_LABELS[area])} ${lower(formatGrade(j.grade))} (${formatPartialDate(j.knownFrom)})`,
        ]
      : [];
  });
  return parts.length ? listWords(parts) : null;
}

function ratingClause(data: BriefingData, p: BriefingPosition): string {
  const overall = p.judgements.get('overall');
  if (!overall) {
    const areas = areaJudgements(p);
    return `no overall rating of children's services had been published yet${areas ? `; Ofsted had judged ${areas}` : ''}`;
  }
  const inspected = [overall.inspection, ...overall.alongside].map((i) => i.subject);
  const subjects = inspected.map(p.name).sort();
  // A rating of a council that no longer exists on the date (the county council after April 2021).
  const gone = inspected.some(
    (id) => !p.governance.bodies.some((b) => b.body.id === id && b.status === 'yes'),
  )
    ? ' (a council since abolished: its successors had not yet been rated)'
    : '';
  const whose =
    subjects.length > 1
      ? `${listWords(subjects.map((s) => `${s}’s`))} children's services have each`
      : `${subjects[0]}’s children's services have`;
  const grade = lower(formatGrade(overall.grade));
  const before = getLatestJudgements(data.inspections, dayBefore(overall.knownFrom)).get('overall');
  let travel = '';
  if (before) {
    const on = getPrecision(before.knownFrom) === 'day' ? 'on' : 'in';
    const was = `${lower(formatGrade(before.grade))} ${on} ${formatPartialDate(before.knownFrom)}`;
    const change = GRADE_RANK[overall.grade] - GRADE_RANK[before.grade];
    travel =
      change > 0
        ? `, up from ${was}`
        : change < 0
          ? `, down from ${was}`
          : `, unchanged from ${was}`;
  }
  const later = p.noOverall.length
    ? `; Ofsted's inspection published ${formatPartialDate(getKnownFrom(p.noOverall[0]!)!)} gives no overall grade`
    : '';
  return `${whose} been rated ${grade} since ${formatPartialDate(overall.knownFrom)}${travel}${gone}${later}`;
}

/**
 * With no power held over the council by another body: either no intervention at all, or a
 * statutory direction that leaves the council its powers and tells it what to do with them (the
 * Education Secretary's of 2 October 2013). A direction whose end the sources date differently is
 * said with those dates, as the summary says it.
 */
function directedClause(p: BriefingPosition): string {
  const groups = directionGroups(p);
  if (groups.length === 0)
    return 'no government intervention is in force: the council holds its own powers';
  const parts = groups.map(({ from, to, list, dates }) => {
    const ends = [...new Set(list.flatMap((d) => (d.endNote ? [d.endNote] : [])))];
    const uncertain = list.some((d) => d.status === 'uncertain');
    const note = ends.length
      ? ` (${ends.join('; ')})`
      : uncertain
        ? ' (end not recorded for certain)'
        : '';
    return `${p.name(to)} holds its own powers under a statutory direction from ${p.name(from)} of ${listWords(dates)}${note}`;
  });
  return listWords(parts);
}

/** Who holds which powers over another body (intervention, or delivery by another body). */
function powersClause(p: BriefingPosition): string {
  const byHolder = new Map<
    string,
    { functions: PowerFunction[]; over: Set<string>; uncertain: boolean }
  >();
  for (const { power, status } of p.governance.powers) {
    if (power.function === 'inspection' || !power.over || power.over === power.holder) continue;
    const entry = byHolder.get(power.holder) ?? {
      functions: [],
      over: new Set<string>(),
      uncertain: false,
    };
    if (!entry.functions.includes(power.function)) entry.functions.push(power.function);
    entry.over.add(power.over);
    entry.uncertain ||= status === 'uncertain';
    byHolder.set(power.holder, entry);
  }
  if (byHolder.size === 0) return directedClause(p);
  // Holders of the same powers over the same bodies are named together.
  const groups = new Map<
    string,
    { holders: string[]; functions: PowerFunction[]; over: string[]; uncertain: boolean }
  >();
  for (const [holder, entry] of byHolder) {
    const functions = FUNCTION_ORDER.filter((f) => entry.functions.includes(f));
    const over = [...entry.over].map(p.name).sort();
    const key = `${functions.join()}|${over.join()}`;
    const group = groups.get(key) ?? { holders: [], functions, over, uncertain: false };
    group.holders.push(p.name(holder));
    group.uncertain ||= entry.uncertain;
    groups.set(key, group);
  }
  const parts = [...groups.values()].map(({ holders, functions, over, uncertain }) => {
    const who = listWords(holders.sort());
    const plural = holders.length > 1 || /s$/.test(who);
    const delivery = functions.includes('csc-delivery');
    const held = functions
      .filter((f) => f !== 'csc-delivery')
      .map((f) => lower(FUNCTION_LABELS[f]));
    const does = [
      ...(held.length ? [`${plural ? 'hold' : 'holds'} ${listWords(held)}`] : []),
      ...(delivery ? [`${plural ? 'run' : 'runs'} children's social care`] : []),
    ];
    return `${who} ${listWords(does)} for ${listWords(over)}${uncertain ? ' (end not recorded for certain)' : ''}`;
  });
  return listWords(parts);
}

/**
 * The headline for the position `p` (from getBriefingPosition), comparing with `since` (the
 * previous change date, or the reader's own), generated from the data for any date.
 */
export function getHeadline(
  data: BriefingData,
  p: BriefingPosition,
  since: PartialDate | null,
): Headline {
  const position = `As at ${formatPartialDate(p.asAt)}, ${ratingClause(data, p)}; ${powersClause(p)}.`;
  let changed: string | null = null;
  if (since) {
    const after = toDayRange(since).last;
    const upTo = toDayRange(p.asAt).last;
    const inWindow = (date: PartialDate | null): date is PartialDate =>
      date !== null && toDayRange(date).first > after && toDayRange(date).last <= upTo;
    const events = [
      ...data.milestones.flatMap((m) =>
        m.kind !== 'expected' && inWindow(m.date) ? [{ date: m.date, text: m.title }] : [],
      ),
      ...data.inspections
        .filter((i) => inWindow(getKnownFrom(i)))
        .map((i) => ({
          date: getKnownFrom(i)!,
          text: `Ofsted: ${lowerFirst(i.title.replace(/\s*\([^)]*\)\s*$/, ''))}`,
        })),
    ].sort((a, b) => toDayRange(a.date).first - toDayRange(b.date).first);
    const shown = events.slice(-3).map((e) => `${e.text} (${formatPartialDate(e.date)})`);
    const more = events.length > 3 ? `, and ${events.length - 3} earlier` : '';
    changed = events.length
      ? `Since ${formatPartialDate(since)}: ${shown.join('; ')}${more}.`
      : `Nothing is recorded as changing since ${formatPartialDate(since)}.`;
  }
  const first = p.expectations[0];
  const next = first
    ? first.overdue
      ? `Expected next: ${lowerFirst(first.milestone.title)}, due by ${formatPartialDate(first.by)} with no outcome recorded.`
      : `Expected next: ${lowerFirst(first.milestone.title)}${p.expectations.length > 1 ? `, and ${p.expectations.length - 1} more below` : ''}.`
    : 'Nothing further is recorded as expected as at this date.';
  return { position, changed, next };
}
