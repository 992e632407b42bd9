/**
 * Governance as at a date: which bodies, post-holders, relationships and powers the data has in
 * force on a day, with "may be in force" kept visible, never rounded in or out.
 *
 * Two rules beyond a plain date test (from the dataset's notes):
 * 1. A relationship or power is never in force on a day when a body it names did not exist
 *    (the county council ended on 31 March 2021, so no direction to it outlives that day).
 * 2. An end recorded as unknown means "may have ended": uncertain, not firmly in force.
 * 3. An end that is only a plan held at the time, or inferred, is not a known end: the item is
 *    uncertain on every day it is shown, and says why ("due to end 31 March 2021: a plan").
 *    Where sources disagree on an end that is unknown, it says so with each date they give.
 */
import type { Body, DateClaim, GovernanceFile, Power, Relationship, SpanEndStatus } from './types';
import {
  comparePartialDates,
  formatPartialDate,
  isInForceOn,
  toDayRange,
  toIsoDay,
  type PartialDate,
} from './dates';

/** In force on the day, or possibly (see the reasons). Items not in force at all are left out. */
export type Presence = 'yes' | 'uncertain';

/** Why an item is only possibly in force on a day. */
export type UncertaintyReason =
  | 'start-imprecise'
  | 'end-imprecise'
  | 'end-unknown'
  | 'start-unknown'
  | 'body-uncertain'
  | 'end-planned'
  | 'end-inferred'
  | 'end-disputed'
  | 'start-inferred';

export const UNCERTAINTY_LABELS: Record<UncertaintyReason, string> = {
  'start-imprecise': 'start known only to the month or year',
  'end-imprecise': 'end known only to the month or year',
  'end-unknown': 'end date unknown',
  'start-unknown': 'start date not recorded',
  'body-uncertain': 'a body it names may not exist on this date',
  'end-planned': 'the end recorded is a plan held at the time, not a known date',
  'end-inferred': 'the end recorded is inferred, not stated by a source',
  'end-disputed': 'sources disagree on when it ended',
  'start-inferred': 'the start recorded is inferred, not stated by a source',
};

/** The end claims of an item whose end is unknown, in date order, with distinct dates. */
function endClaims(claims: readonly DateClaim[] | undefined): PartialDate[] {
  const dates = (claims ?? []).flatMap((c) =>
    c.field === 'end' && c.date !== null ? [c.date] : [],
  );
  return [...new Set(dates)].sort(comparePartialDates);
}

/**
 * The end of a relationship, power or milestone in words, where it is not simply known: "ended
 * 2016 or July 2017: sources disagree", "due to end 31 March 2021 (planned; actual end not
 * recorded)", "end January 2022 inferred (no source states it)". Short enough for a diagram's
 * edge label. Null for a known, open or plainly unknown end.
 */
export function describeEnd(item: {
  end: PartialDate | null;
  endStatus: SpanEndStatus | 'none';
  dateClaims?: readonly DateClaim[];
}): string | null {
  if (item.endStatus === 'planned' && item.end)
    return `due to end ${formatPartialDate(item.end)} (planned; actual end not recorded)`;
  if (item.endStatus === 'inferred' && item.end)
    return `end ${formatPartialDate(item.end)} inferred (no source states it)`;
  if (item.endStatus === 'unknown' && item.end === null) {
    const claims = endClaims(item.dateClaims);
    if (claims.length > 1)
      return `ended ${claims.map((d) => formatPartialDate(d)).join(' or ')}: sources disagree`;
  }
  return null;
}

/**
 * The same in a few words, for a label on a diagram's line ("end planned", "end disputed"): the
 * full sentence (describeEnd) is in the table and the details.
 */
export function describeEndBriefly(item: {
  end: PartialDate | null;
  endStatus: SpanEndStatus | 'none';
  dateClaims?: readonly DateClaim[];
}): string | null {
  if (item.endStatus === 'planned' && item.end) return 'end planned, not recorded';
  if (item.endStatus === 'inferred' && item.end) return 'end inferred';
  if (item.endStatus === 'unknown' && item.end === null && endClaims(item.dateClaims).length > 1)
    return 'end disputed';
  return null;
}

interface Dated {
  status: Presence;
  reasons: UncertaintyReason[];
  /** The end in words where it is planned, inferred or disputed (see describeEnd); else null. */
  endNote: string | null;
  /** The same in a few words, for a diagram's line (describeEndBriefly). */
  endBrief: string | null;
}

export interface RelationshipAsAt extends Dated {
  relationship: Relationship;
}

export interface PowerAsAt extends Dated {
  power: Power;
}

export interface HolderAsAt {
  holder: Body['holders'][number];
  /** 'no' when the recorded dates rule the holder out on this day. */
  status: Presence | 'no';
}

export interface BodyAsAt extends Dated {
  body: Body;
  /** Why the body is shown: a relationship or power names it, a post within it is shown, or it is a post of a shown body. */
  via: 'named' | 'part' | 'post';
  holders: HolderAsAt[];
}

/** The structure on one day. */
export interface GovernanceAsAt {
  date: PartialDate;
  bodies: BodyAsAt[];
  relationships: RelationshipAsAt[];
  powers: PowerAsAt[];
  /** Bodies in the data that existed (or may have) but have no recorded role on this day. */
  unplaced: Body[];
  /**
   * Relationships that start on this day but name a body that has just ceased: the county
   * council "replaced by" its successors. Never drawn, but said in words with their legal basis.
   */
  transitions: Relationship[];
}

const DAY = 86_400_000;
const dayBefore = (day: PartialDate): PartialDate =>
  toIsoDay(new Date(toDayRange(day).first - DAY));
const dayAfter = (day: PartialDate): PartialDate => toIsoDay(new Date(toDayRange(day).last + DAY));

/** Strip a trailing explanation in brackets: "Minister for Children and Families (the children's minister)". */
export const toPlainName = (body: Body): string => body.name.replace(/\s*\([^)]*\)\s*$/, '');

/** A body whose start is inferred may not exist yet on a day its recorded dates include. */
const existence = (date: PartialDate, body: Body) => {
  const own = isInForceOn(date, body.start, body.end);
  return own === 'yes' && (body.startStatus === 'inferred' || body.startStatus === 'planned')
    ? 'uncertain'
    : own;
};

/**
 * The presence of a relationship or power on a day, or null when it is not in force.
 * `named` are the bodies it names (from/to, or holder/over).
 */
function datedPresence(
  date: PartialDate,
  item: {
    start: PartialDate | null;
    end: PartialDate | null;
    endStatus: SpanEndStatus;
    dateClaims?: readonly DateClaim[];
  },
  named: readonly (Body | undefined)[],
): Dated | null {
  const bodies = named.filter((b): b is Body => b !== undefined);
  const own = isInForceOn(date, item.start, item.end);
  if (own === 'no') return null;
  // An unknown end that sources date differently: in force before the earliest date they give,
  // disputed between the earliest and the latest, and ended (every source agrees) after that.
  const claims =
    item.end === null && item.endStatus === 'unknown' ? endClaims(item.dateClaims) : [];
  const { first: dayFirst, last: dayLast } = toDayRange(date);
  if (claims.length > 0 && dayFirst > toDayRange(claims.at(-1)!).last) return null;
  const beforeClaims = claims.length > 0 && dayLast < toDayRange(claims[0]!).first;
  const existences = bodies.map((b) => existence(date, b));
  if (existences.includes('no')) return null;
  const reasons: UncertaintyReason[] = [];
  if (own === 'uncertain') {
    const { first, last } = toDayRange(date);
    if (item.start !== null && first < toDayRange(item.start).last) reasons.push('start-imprecise');
    if (item.end !== null && last > toDayRange(item.end).first) reasons.push('end-imprecise');
  }
  // The start is the first day in force, so on that very day an unknown end cannot yet apply.
  if (item.end === null && item.endStatus === 'unknown' && item.start !== date && !beforeClaims) {
    reasons.push('end-unknown');
    if (claims.length > 1) reasons.push('end-disputed');
  }
  if (item.endStatus === 'planned') reasons.push('end-planned');
  if (item.endStatus === 'inferred') reasons.push('end-inferred');
  // With no start recorded, the item may have begun any time after the bodies it names began.
  // Where none of them has a recorded start, the item is taken to predate the data (the
  // county council's own functions, Ofsted's inspection of it), as isInForceOn does.
  if (item.start === null && bodies.some((b) => b.start !== null)) reasons.push('start-unknown');
  if (existences.includes('uncertain')) reasons.push('body-uncertain');
  return {
    status: reasons.length > 0 ? 'uncertain' : 'yes',
    reasons,
    endNote: beforeClaims ? null : describeEnd(item),
    endBrief: beforeClaims ? null : describeEndBriefly(item),
  };
}

function holderStatus(date: PartialDate, holder: Body['holders'][number]): HolderAsAt['status'] {
  const own = isInForceOn(date, holder.start, holder.end);
  if (own === 'no') return 'no';
  // A holder whose start or end is not recorded may or may not be in post on the day.
  if (holder.start === null || holder.end === null) return 'uncertain';
  // Nor one whose recorded start or end is only a plan or an inference.
  if ([holder.startStatus, holder.endStatus].some((s) => s === 'planned' || s === 'inferred'))
    return 'uncertain';
  return own;
}

const better = (a: Presence, b: Presence): Presence =>
  a === 'yes' || b === 'yes' ? 'yes' : 'uncertain';

/** The bodies, post-holders, relationships and powers in force (or possibly in force) on a day. */
export function governanceAsAt(file: GovernanceFile, date: PartialDate): GovernanceAsAt {
  const byId = new Map(file.bodies.map((b) => [b.id, b] as const));
  const relationships: RelationshipAsAt[] = [];
  for (const relationship of file.relationships) {
    const presence = datedPresence(date, relationship, [
      byId.get(relationship.from),
      byId.get(relationship.to),
    ]);
    if (presence) relationships.push({ relationship, ...presence });
  }
  const powers: PowerAsAt[] = [];
  for (const power of file.powers) {
    const named = [byId.get(power.holder), ...(power.over ? [byId.get(power.over)] : [])];
    const presence = datedPresence(date, power, named);
    if (presence) powers.push({ power, ...presence });
  }

  // A body is shown when an item in force names it, with its status the best of those items.
  const shown = new Map<string, { status: Presence; via: BodyAsAt['via'] }>();
  const mark = (id: string, status: Presence, via: BodyAsAt['via']) => {
    const body = byId.get(id);
    if (!body) return;
    const exists = existence(date, body);
    if (exists === 'no') return;
    // A body is only as certain as the roles that put it in the picture on this date.
    const own: Presence = exists === 'uncertain' ? 'uncertain' : status;
    const seen = shown.get(id);
    shown.set(
      id,
      seen ? { status: better(seen.status, own), via: seen.via } : { status: own, via },
    );
  };
  for (const r of relationships) {
    mark(r.relationship.from, r.status, 'named');
    mark(r.relationship.to, r.status, 'named');
  }
  for (const p of powers) {
    mark(p.power.holder, p.status, 'named');
    if (p.power.over) mark(p.power.over, p.status, 'named');
  }
  // The department of a shown Secretary of State; the posts within a shown council.
  for (const body of file.bodies) {
    const own = shown.get(body.id);
    if (own && body.partOf && !shown.has(body.partOf)) mark(body.partOf, own.status, 'part');
  }
  for (const body of file.bodies) {
    const parent = body.partOf ? shown.get(body.partOf) : undefined;
    if (parent && !shown.has(body.id) && body.kind === 'post') mark(body.id, parent.status, 'post');
  }

  const bodies: BodyAsAt[] = file.bodies.flatMap((body) => {
    const s = shown.get(body.id);
    if (!s) return [];
    const reasons: UncertaintyReason[] =
      existence(date, body) === 'uncertain'
        ? [
            body.startStatus === 'inferred' && isInForceOn(date, body.start, body.end) === 'yes'
              ? 'start-inferred'
              : 'body-uncertain',
          ]
        : [];
    return [
      {
        body,
        status: s.status,
        reasons,
        endNote: null,
        endBrief: null,
        via: s.via,
        holders: body.holders.map((holder) => ({ holder, status: holderStatus(date, holder) })),
      },
    ];
  });
  const unplaced = file.bodies.filter((b) => !shown.has(b.id) && existence(date, b) !== 'no');
  const inForce = new Set(relationships.map((r) => r.relationship.id));
  const transitions = file.relationships.filter(
    (r) => r.start === date && !inForce.has(r.id) && isInForceOn(date, r.start, r.end) !== 'no',
  );
  return { date, bodies, relationships, powers, unplaced, transitions };
}

/**
 * Kinds of body set up for a time (an intervention's board, commissioner or adviser), as against
 * standing offices (departments, ministers, councils, their posts, the inspectorate), which do not
 * lapse when the roles recorded for them do.
 */
export const TIME_LIMITED_KINDS: ReadonlySet<Body['kind']> = new Set([
  'board',
  'commissioner',
  'adviser',
]);

/** Why a body shown on a day must not be drawn as a current body (see describeBodyEnd). */
export interface BodyEnd {
  /**
   * 'may-have-ended': a time-limited body with no end of its own whose every role on the day may
   * have ended (its start is past and no source gives its end). 'end-planned': its recorded end
   * is a plan held at the time, not a known date.
   */
  kind: 'may-have-ended' | 'end-planned';
  /** A few words for the diagram's box: "end date unknown". */
  brief: string;
  /** The same in words that follow "It": "may have ended: no source records when it ended". */
  full: string;
}

/**
 * Whether a body shown on a day is known to be current, or may have ended: never an end date the
 * data does not give. The 2014 improvement board is known only from a 2014 report whose end is not
 * recorded, so from 2015 on it "may have ended", and is not drawn as a current body.
 */
export function describeBodyEnd(state: GovernanceAsAt, entry: BodyAsAt): BodyEnd | null {
  const { body } = entry;
  if (body.endStatus === 'planned' && body.end !== null) {
    // Before its planned end a body is as current as the data can say; only once that day has
    // passed with no end recorded may it have ended (or gone on).
    if (toDayRange(state.date).first <= toDayRange(body.end).last) return null;
    return {
      kind: 'end-planned',
      brief: 'end planned, not recorded',
      full: `was ${describeEnd({ end: body.end, endStatus: 'planned' })!}`,
    };
  }
  if (body.end !== null || !TIME_LIMITED_KINDS.has(body.kind)) return null;
  const roles = [
    ...state.relationships.filter(
      (r) => r.relationship.from === body.id || r.relationship.to === body.id,
    ),
    ...state.powers.filter((p) => p.power.holder === body.id || p.power.over === body.id),
  ].map((r) => ({
    ...r,
    start: 'relationship' in r ? r.relationship.start : r.power.start,
  }));
  const { first } = toDayRange(state.date);
  // A role still within the period of its start (a start known to the year, on a day of that
  // year) has not yet had time to end: the body is as current as the data can say.
  const mayHaveEnded = (r: (typeof roles)[number]) =>
    r.status === 'uncertain' &&
    r.reasons.includes('end-unknown') &&
    (r.start === null || first > toDayRange(r.start).last);
  if (roles.length === 0 || !roles.every(mayHaveEnded)) return null;
  const starts = roles
    .flatMap((r) => (r.start === null ? [] : [r.start]))
    .sort(comparePartialDates);
  const since = starts.length > 0 ? `in the data from ${formatPartialDate(starts[0]!)}, ` : '';
  return {
    kind: 'may-have-ended',
    brief: 'end date unknown',
    full: `may have ended: ${since}no source records when it ended`,
  };
}

/** A day on which the structure changed, with the date at the precision the data gives. */
export interface ChangeDate {
  /** The first day the change may have happened on (the as-at date to step to). */
  date: PartialDate;
  /** The same date at the data's precision: "2022-01" stays a month. */
  stated: PartialDate;
  /** For step buttons: "30 November 2018: 6 changes". */
  label: string;
}

export interface GovernanceDiff {
  /** The earlier and later days compared. */
  from: PartialDate;
  to: PartialDate;
  addedBodies: BodyAsAt[];
  endedBodies: Body[];
  addedRelationships: RelationshipAsAt[];
  endedRelationships: Relationship[];
  addedPowers: PowerAsAt[];
  endedPowers: Power[];
  /** Relationships that took effect as bodies ceased (see GovernanceAsAt.transitions). */
  transitions: Relationship[];
  /** Items in force on both days whose certainty changed (firm to "may have ended", say). */
  changedRelationships: { before: RelationshipAsAt; after: RelationshipAsAt }[];
}

const byKey = <T>(list: readonly T[], key: (t: T) => string) =>
  new Map(list.map((t) => [key(t), t] as const));

/** What was added and what ended between two days (a before b). */
export function diffGovernance(a: GovernanceAsAt, b: GovernanceAsAt): GovernanceDiff {
  const aBodies = byKey(a.bodies, (x) => x.body.id);
  const bBodies = byKey(b.bodies, (x) => x.body.id);
  const aRels = byKey(a.relationships, (x) => x.relationship.id);
  const bRels = byKey(b.relationships, (x) => x.relationship.id);
  const aPowers = byKey(a.powers, (x) => x.power.id);
  const bPowers = byKey(b.powers, (x) => x.power.id);
  return {
    from: a.date,
    to: b.date,
    addedBodies: b.bodies.filter((x) => !aBodies.has(x.body.id)),
    endedBodies: a.bodies.filter((x) => !bBodies.has(x.body.id)).map((x) => x.body),
    addedRelationships: b.relationships.filter((x) => !aRels.has(x.relationship.id)),
    endedRelationships: a.relationships
      .filter((x) => !bRels.has(x.relationship.id))
      .map((x) => x.relationship),
    addedPowers: b.powers.filter((x) => !aPowers.has(x.power.id)),
    endedPowers: a.powers.filter((x) => !bPowers.has(x.power.id)).map((x) => x.power),
    transitions: b.transitions.filter((r) => !a.transitions.some((t) => t.id === r.id)),
    changedRelationships: b.relationships.flatMap((after) => {
      const before = aRels.get(after.relationship.id);
      return before && before.status !== after.status ? [{ before, after }] : [];
    }),
  };
}

export const countChanges = (d: GovernanceDiff): number =>
  d.addedBodies.length +
  d.endedBodies.length +
  d.addedRelationships.length +
  d.endedRelationships.length +
  d.addedPowers.length +
  d.endedPowers.length +
  d.transitions.length;

export const isEmptyDiff = (d: GovernanceDiff): boolean => countChanges(d) === 0;

/** The structure on the day before a day, and on the day: what changed on it. */
export const diffOnDay = (file: GovernanceFile, day: PartialDate): GovernanceDiff =>
  diffGovernance(governanceAsAt(file, dayBefore(day)), governanceAsAt(file, day));

/**
 * Every day the structure changed: the first day of each recorded start, and the day after each
 * recorded end, kept only where something was added or ended. A month-precision start gives
 * the first of the month as the day to step to, and keeps the month as its stated date.
 */
export function getChangeDates(file: GovernanceFile): readonly ChangeDate[] {
  // The briefing, its "changes since" list and the diagram all ask for the same file's dates
  // while a page hydrates: work them out once per file.
  let dates = changeDates.get(file);
  if (!dates) {
    dates = Object.freeze(computeChangeDates(file));
    changeDates.set(file, dates);
  }
  return dates;
}

const changeDates = new WeakMap<GovernanceFile, readonly ChangeDate[]>();

/**
 * Takes a file's change dates as worked out elsewhere (by the build, for the page it pre-rendered:
 * src/app/prerender.tsx), so that getChangeDates need not work them out again. Returns false,
 * and takes nothing, when `dates` is not a list of change dates.
 */
export function rememberChangeDates(file: GovernanceFile, dates: unknown): boolean {
  const isChangeDate = (d: unknown): d is ChangeDate =>
    typeof d === 'object' &&
    d !== null &&
    ['date', 'stated', 'label'].every(
      (key) => typeof (d as Record<string, unknown>)[key] === 'string',
    );
  if (!Array.isArray(dates) || !dates.every(isChangeDate)) return false;
  if (!changeDates.has(file)) {
    changeDates.set(
      file,
      Object.freeze(dates.map(({ date, stated, label }) => ({ date, stated, label }))),
    );
  }
  return true;
}

function computeChangeDates(file: GovernanceFile): ChangeDate[] {
  const candidates = new Map<PartialDate, PartialDate>();
  const add = (day: PartialDate, stated: PartialDate) => {
    const seen = candidates.get(day);
    // Prefer the most precise statement of the same first day.
    if (!seen || stated.length > seen.length) candidates.set(day, stated);
  };
  const items = [...file.bodies, ...file.relationships, ...file.powers];
  for (const item of items) {
    if (item.start) add(toIsoDay(new Date(toDayRange(item.start).first)), item.start);
    if (item.end) {
      const next = dayAfter(item.end);
      add(next, next);
    }
  }
  return [...candidates.entries()]
    .sort(([a], [b]) => comparePartialDates(a, b))
    .flatMap(([date, stated]) => {
      const diff = diffOnDay(file, date);
      if (isEmptyDiff(diff)) return [];
      const n = countChanges(diff);
      return [
        {
          date,
          stated,
          label: `${formatPartialDate(stated)}: ${n} ${n === 1 ? 'change' : 'changes'}`,
        },
      ];
    });
}

/** The last change on or before a day, if any. */
export const getChangeOnOrBefore = (
  changes: readonly ChangeDate[],
  day: PartialDate,
): ChangeDate | undefined =>
  [...changes].reverse().find((c) => comparePartialDates(c.date, day) <= 0);
