/**
 * Plain-English sentences about the governance structure, generated from the data only:
 * "From 1 November 2020: Northamptonshire Children's Trust delivers children's social care on
 * behalf of the county council". Dates keep their precision; uncertainty is said, not hidden.
 */
import type {
  Body,
  DateClaim,
  GovernanceFile,
  Power,
  PowerFunction,
  Relationship,
  RelationshipType,
  SpanEndStatus,
} from './types';
import { formatPartialDate, isInForceOn, type PartialDate } from './dates';
import {
  describeEnd,
  toPlainName,
  UNCERTAINTY_LABELS,
  type GovernanceAsAt,
  type GovernanceDiff,
  type Presence,
  type UncertaintyReason,
} from './governance';

export const RELATIONSHIP_LABELS: Record<RelationshipType, string> = {
  directs: 'directs',
  appoints: 'appoints',
  advises: 'advises',
  inspects: 'inspects',
  'delivers-for': 'delivers services for',
  'reports-to': 'reports to',
  chairs: 'chairs',
  'replaced-by': 'replaced by',
  owns: 'owns',
};

export const FUNCTION_LABELS: Record<PowerFunction, string> = {
  'governance-and-scrutiny': 'Governance and scrutiny',
  'statutory-officers': 'Appointment of statutory officers',
  'financial-management': 'Strategic financial management',
  'csc-instructions': "Instructions on children's social care",
  'csc-delivery': "Delivery of children's social care",
  inspection: 'Inspection',
};

export const FUNCTION_ORDER = Object.keys(FUNCTION_LABELS) as PowerFunction[];

export type NameLookup = (id: string) => string;

/**
 * Names for sentences: the full name without its bracketed gloss, or the short name where that is
 * a single word and the full name long ("Ofsted" rather than "Office for Standards in …").
 */
export function toSentenceName(body: Body): string {
  const plain = toPlainName(body);
  return plain.length > 40 && !/\s/.test(body.shortName) ? body.shortName : plain;
}

/** Sentence names by id, the id itself if unknown. */
export function makeNameLookup(file: GovernanceFile): NameLookup {
  const names = new Map(file.bodies.map((b: Body) => [b.id, toSentenceName(b)] as const));
  return (id) => names.get(id) ?? id;
}

const VERBS: Record<RelationshipType, string> = {
  directs: 'directs',
  appoints: 'appoints',
  advises: 'advises',
  inspects: 'inspects',
  'delivers-for': "delivers children's services for",
  'reports-to': 'reports to',
  chairs: 'chairs',
  'replaced-by': 'is replaced by',
  owns: 'owns',
};

/**
 * A relationship as a sentence built from its type, so both ends are always named ("Ofsted
 * inspects West Northamptonshire Council"); a direction also carries its own description, since
 * several directions link the same two bodies.
 */
export function toRelationshipSentence(r: Relationship, name: NameLookup): string {
  const core = `${name(r.from)} ${VERBS[r.type]} ${name(r.to)}`;
  return r.type === 'directs' ? `${core} (${r.label})` : core;
}

export function toPowerSentence(p: Power, name: NameLookup): string {
  const over = p.over ? ` for ${name(p.over)}` : '';
  return `${FUNCTION_LABELS[p.function]}${over}: held by ${name(p.holder)}`;
}

/**
 * "in force" or "uncertain: end date unknown; sources disagree on when it ended". With an end
 * note (describeEnd), the note says the dates: "…; ended 2016 or July 2017: sources disagree".
 */
export function formatPresence(
  status: Presence,
  reasons: readonly UncertaintyReason[],
  endNote?: string | null,
): string {
  if (status === 'yes') return 'in force';
  return `uncertain: ${describeUncertainty(reasons, endNote)}`;
}

/** Why an item may or may not be in force, in words: "end date unknown", or the end with its dates. */
export function describeUncertainty(
  reasons: readonly UncertaintyReason[],
  endNote?: string | null,
): string {
  // The end note says the same as these reasons, with the dates.
  const said: readonly UncertaintyReason[] = endNote
    ? ['end-planned', 'end-inferred', 'end-disputed']
    : [];
  const labels = reasons.filter((r) => !said.includes(r)).map((r) => UNCERTAINTY_LABELS[r]);
  return [...labels, ...(endNote ? [endNote] : [])].join('; ');
}

const since = (start: PartialDate | null) =>
  start ? `From ${formatPartialDate(start)}` : 'From a date not recorded';

/** What changed between two days, one sentence per change, additions first. */
export function describeChanges(diff: GovernanceDiff, name: NameLookup): string[] {
  const out: string[] = [];
  for (const b of diff.addedBodies) {
    // Only bodies that came into being: the others arrive with a relationship that says why.
    if (b.body.start && isInForceOn(diff.from, b.body.start, b.body.end) === 'no')
      out.push(`${since(b.body.start)}: ${toPlainName(b.body)} in place`);
  }
  for (const r of diff.addedRelationships) {
    const note =
      r.status === 'uncertain'
        ? ` (${r.reasons.map((x) => UNCERTAINTY_LABELS[x]).join('; ')})`
        : '';
    const basis = r.relationship.legalBasis ? `, under ${r.relationship.legalBasis}` : '';
    out.push(
      `${since(r.relationship.start)}: ${toRelationshipSentence(r.relationship, name)}${basis}${note}`,
    );
  }
  for (const r of diff.transitions) {
    const basis = r.legalBasis ? `, under ${r.legalBasis}` : '';
    out.push(`${since(r.start)}: ${toRelationshipSentence(r, name)}${basis}`);
  }
  for (const p of diff.addedPowers) {
    out.push(`${since(p.power.start)}: ${toPowerSentence(p.power, name)} (${p.power.authority})`);
  }
  const endedBodies = new Map(diff.endedBodies.map((b) => [b.id, b] as const));
  for (const b of diff.endedBodies) {
    out.push(
      b.end
        ? `Ended ${formatPartialDate(b.end)}: ${toPlainName(b)}`
        : `No longer shown: ${toPlainName(b)}`,
    );
  }
  const ended = (item: { end: PartialDate | null }, bodies: readonly (string | undefined)[]) => {
    if (item.end) return `Ended ${formatPartialDate(item.end)}`;
    // Its own end is not recorded: it cannot have outlasted a body it names.
    const gone = bodies.map((id) => (id ? endedBodies.get(id) : undefined)).find((b) => b?.end);
    return gone?.end
      ? `Ended by ${formatPartialDate(gone.end)} at the latest, when ${toPlainName(gone)} ceased (own end date unknown)`
      : 'Ended (date unknown)';
  };
  for (const r of diff.endedRelationships) {
    out.push(`${ended(r, [r.from, r.to])}: ${toRelationshipSentence(r, name)}`);
  }
  for (const p of diff.endedPowers) {
    out.push(`${ended(p, [p.holder, p.over])}: ${toPowerSentence(p, name)}`);
  }
  return out;
}

const listNames = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const unique = (list: readonly string[]) => [...new Set(list)];

/** One short paragraph: how much is shown, what is uncertain, who directs and who delivers. */
export function summariseGovernance(state: GovernanceAsAt, name: NameLookup): string {
  const date = formatPartialDate(state.date);
  if (state.bodies.length === 0) return `The data records no bodies or relationships on ${date}.`;
  const uncertain = state.relationships.filter((r) => r.status === 'uncertain');
  const endUnknown = uncertain.filter((r) => r.reasons.includes('end-unknown')).length;
  const why = endUnknown
    ? ` (${endUnknown === uncertain.length ? 'all' : endUnknown} with no recorded end date)`
    : '';
  const parts = [
    `On ${date} the data shows ${state.bodies.length} bodies and posts and ${state.relationships.length} ${
      state.relationships.length === 1 ? 'relationship' : 'relationships'
    }${uncertain.length ? `, ${uncertain.length} of them uncertain on this date${why}, shown dashed` : ''}.`,
  ];
  // Ends that are disputed, planned or inferred are said with their dates.
  for (const r of state.relationships)
    if (r.endNote) parts.push(`${toRelationshipSentence(r.relationship, name)}: ${r.endNote}.`);
  const directs = state.relationships.filter((r) => r.relationship.type === 'directs');
  if (directs.length > 0) {
    const targets = unique(directs.map((r) => r.relationship.to));
    for (const target of targets) {
      const by = unique(
        directs.filter((r) => r.relationship.to === target).map((r) => name(r.relationship.from)),
      );
      parts.push(`Directions to ${name(target)}: from ${listNames(by)}.`);
    }
  } else parts.push('No direction is recorded in force.');
  const delivery = state.powers.filter((p) => p.power.function === 'csc-delivery');
  if (delivery.length > 0) {
    const holders = unique(delivery.map((p) => name(p.power.holder)));
    const over = unique(delivery.flatMap((p) => (p.power.over ? [name(p.power.over)] : [])));
    const others = over.filter((o) => !holders.includes(o));
    parts.push(
      `Children's social care is delivered by ${listNames(holders)}${others.length ? ` for ${listNames(others)}` : ''}.`,
    );
  }
  return parts.join(' ');
}

/**
 * A period in words, saying what is not known: "From 30 November 2018; end date unknown", "From
 * 2 October 2013; ended 2016 or July 2017: sources disagree", "From 10 May 2018; due to end 31
 * March 2021 (planned; actual end not recorded)".
 */
export function formatPeriod(
  start: PartialDate | null,
  end: PartialDate | null,
  endStatus?: SpanEndStatus,
  dateClaims?: readonly DateClaim[],
): string {
  const from = start ? `From ${formatPartialDate(start)}` : 'Start not recorded';
  const note = endStatus ? describeEnd({ end, endStatus, dateClaims }) : null;
  if (note) return `${from}; ${note}`;
  if (end)
    return start
      ? `${formatPartialDate(start)} to ${formatPartialDate(end)}`
      : `Until ${formatPartialDate(end)}`;
  if (endStatus === 'open') return `${from}; still in force when last known`;
  if (endStatus === 'unknown') return `${from}; end date unknown`;
  return `${from}; end not recorded`;
}

/** A relationship's or power's period in words, with the end claims it carries. */
export const formatItemPeriod = (item: {
  start: PartialDate | null;
  end: PartialDate | null;
  endStatus: SpanEndStatus;
  dateClaims?: readonly DateClaim[];
}): string => formatPeriod(item.start, item.end, item.endStatus, item.dateClaims);
