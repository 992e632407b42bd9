/**
 * From the structure on a date (domain) to the diagram's view-model: stable slots for every body
 * in the data, nodes and merged edges for the date, and what the last change added.
 */
import { toDayRange, toIsoDay } from '../../domain/dates';
import {
  describeBodyEnd,
  getChangeDates,
  governanceAsAt,
  type GovernanceAsAt,
  type GovernanceDiff,
} from '../../domain/governance';
import { RELATIONSHIP_LABELS } from '../../domain/governanceText';
import type { GovernanceFile } from '../../domain/types';
import { TIERS, type DiagramEdge, type DiagramModel, type DiagramSlot } from './types';

const slotsOf = new WeakMap<GovernanceFile, DiagramSlot[]>();

/**
 * Every body's slot within its tier: the same on every date. Bodies are taken in the data's
 * order, and each gets the first slot of its tier not held by a body shown on a date it is shown
 * on; so bodies that never meet (the county council and the unitary councils) share a place.
 */
export function toDiagramSlots(file: GovernanceFile): DiagramSlot[] {
  const cached = slotsOf.get(file);
  if (cached) return cached;
  const changes = getChangeDates(file).map((c) => c.date);
  // The structure only changes on a change date: each one, and the day before the first, is
  // every structure the data has.
  const days = changes.length
    ? [toIsoDay(new Date(toDayRange(changes[0]!).first - 86_400_000)), ...changes]
    : [];
  const shownOn = new Map<string, Set<number>>();
  days.forEach((day, i) => {
    for (const { body } of governanceAsAt(file, day).bodies)
      shownOn.set(body.id, (shownOn.get(body.id) ?? new Set()).add(i));
  });
  const meet = (a: string, b: string) => {
    const da = shownOn.get(a);
    const db = shownOn.get(b);
    return !da || !db || [...da].some((d) => db.has(d));
  };
  const slots = TIERS.flatMap((tier) => {
    const placed: DiagramSlot[] = [];
    for (const b of file.bodies.filter((x) => x.tier === tier)) {
      let index = 0;
      while (placed.some((p) => p.index === index && meet(p.id, b.id))) index++;
      placed.push({ id: b.id, tier, index });
    }
    return placed;
  });
  slotsOf.set(file, slots);
  return slots;
}

export function toDiagramModel(
  file: GovernanceFile,
  state: GovernanceAsAt,
  /** The last change on or before the date, whose additions are highlighted. */
  lastChange?: GovernanceDiff,
): DiagramModel {
  const newBodies = new Set(lastChange?.addedBodies.map((b) => b.body.id));
  const newRelationships = new Set(lastChange?.addedRelationships.map((r) => r.relationship.id));
  const nodes = state.bodies.map((entry) => ({
    id: entry.body.id,
    label: entry.body.shortName,
    name: entry.body.name,
    tier: entry.body.tier,
    status: entry.status,
    isNew: newBodies.has(entry.body.id),
    end: describeBodyEnd(state, entry),
  }));
  const groups = new Map<string, typeof state.relationships>();
  for (const r of state.relationships) {
    const key = `${r.relationship.from}|${r.relationship.type}|${r.relationship.to}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const edges: DiagramEdge[] = [...groups.entries()].map(([key, list]) => {
    const first = list[0]!.relationship;
    const status = list.some((r) => r.status === 'yes') ? 'yes' : 'uncertain';
    const endUnknown = list.every((r) => r.reasons.includes('end-unknown'));
    const count = list.length > 1 ? ` ×${list.length}` : '';
    // A line carries a few words; the end in full is in the table and the body's details.
    const endNote = list.find((r) => r.endBrief)?.endBrief ?? null;
    const note =
      status === 'yes' ? null : (endNote ?? (endUnknown ? 'end date unknown' : 'uncertain'));
    const verb = `${RELATIONSHIP_LABELS[first.type]}${count}`;
    return {
      id: key,
      from: first.from,
      to: first.to,
      type: first.type,
      relationshipIds: list.map((r) => r.relationship.id),
      status,
      verb,
      note,
      label: note ? `${verb} · ${note}` : verb,
      isNew: list.some((r) => newRelationships.has(r.relationship.id)),
    };
  });
  return { slots: toDiagramSlots(file), nodes, edges };
}
