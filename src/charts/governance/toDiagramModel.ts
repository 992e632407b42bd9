/**
 * From the structure on a date (domain) to the diagram's view-model: stable slots for every body
 * in the data, nodes and merged edges for the date, and what the last change added.
 */
import type { GovernanceAsAt, GovernanceDiff } from '../../domain/governance';
import { RELATIONSHIP_LABELS } from '../../domain/governanceText';
import type { GovernanceFile } from '../../domain/types';
import { TIERS, type DiagramEdge, type DiagramModel, type DiagramSlot } from './types';

/** Every body's slot within its tier, in the data's order: the same on every date. */
export function toDiagramSlots(file: GovernanceFile): DiagramSlot[] {
  return TIERS.flatMap((tier) =>
    file.bodies.filter((b) => b.tier === tier).map((b, index) => ({ id: b.id, tier, index })),
  );
}

export function toDiagramModel(
  file: GovernanceFile,
  state: GovernanceAsAt,
  /** The last change on or before the date, whose additions are highlighted. */
  lastChange?: GovernanceDiff,
): DiagramModel {
  const newBodies = new Set(lastChange?.addedBodies.map((b) => b.body.id));
  const newRelationships = new Set(lastChange?.addedRelationships.map((r) => r.relationship.id));
  const nodes = state.bodies.map(({ body, status }) => ({
    id: body.id,
    label: body.shortName,
    name: body.name,
    tier: body.tier,
    status,
    isNew: newBodies.has(body.id),
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
