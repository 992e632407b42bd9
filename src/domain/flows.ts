/**
 * How the judgement areas moved between two successive full inspections: one flow per area, from
 * its grade in the earlier inspection to its grade in the later one. An area a report does not
 * grade (or whose grade the sources do not record) flows from or to "not recorded", never a guess.
 */
import type { Grade, Inspection, JudgementArea } from './types';
import { isFrameworkBreak, toMovement, toRung, type Movement } from './ordinalScale';
import type { InspectionPair } from './transitions';

/** The areas a full inspection (SIF or ILACS) judges. */
export const FLOW_AREAS: readonly JudgementArea[] = [
  'overall',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'leadership',
];

export interface AreaFlow {
  area: JudgementArea;
  before: Grade | null;
  after: Grade | null;
  movement: Movement;
  /** Both graded, on the same rung, but on different frameworks' scales. */
  frameworkBreak: boolean;
}

/** The grade an inspection gives an area: its headline if about that area, else a judgement's. */
export function getAreaGrade(i: Inspection, area: JudgementArea): Grade | null {
  if (i.area === area) return i.overall;
  return i.judgements.find((j) => j.area === area)?.grade ?? null;
}

/** One flow per area graded in either inspection; areas graded in neither are listed apart. */
export function toAreaFlows(pair: InspectionPair): {
  flows: AreaFlow[];
  ungraded: JudgementArea[];
} {
  const flows: AreaFlow[] = [];
  const ungraded: JudgementArea[] = [];
  for (const area of FLOW_AREAS) {
    const before = getAreaGrade(pair.before, area);
    const after = getAreaGrade(pair.after, area);
    if (before === null && after === null) {
      ungraded.push(area);
      continue;
    }
    flows.push({
      area,
      before,
      after,
      movement: toMovement(toRung(before), toRung(after)),
      frameworkBreak: isFrameworkBreak(before, after),
    });
  }
  return { flows, ungraded };
}

/** A grade as a flow node: a grade, or "not recorded". */
export type FlowGrade = Grade | 'not-recorded';

export interface FlowNode {
  id: string;
  side: 'before' | 'after';
  grade: FlowGrade;
  /** Best first, "not recorded" last. */
  order: number;
}

export interface FlowLink {
  id: string;
  source: string;
  target: string;
  flow: AreaFlow;
}

const ORDER: Record<FlowGrade, number> = {
  outstanding: 0,
  good: 1,
  'requires-improvement': 2,
  adequate: 3,
  inadequate: 4,
  'not-recorded': 5,
};

const nodeId = (side: FlowNode['side'], grade: FlowGrade) => `${side}:${grade}`;

/** Nodes (one per side and grade present) and links (one per area) for a flow diagram. */
export function toFlowGraph(flows: readonly AreaFlow[]): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes = new Map<string, FlowNode>();
  const add = (side: FlowNode['side'], grade: FlowGrade) => {
    const id = nodeId(side, grade);
    if (!nodes.has(id)) nodes.set(id, { id, side, grade, order: ORDER[grade] });
    return id;
  };
  const links = flows.map((flow) => ({
    id: flow.area,
    source: add('before', flow.before ?? 'not-recorded'),
    target: add('after', flow.after ?? 'not-recorded'),
    flow,
  }));
  const sorted = [...nodes.values()].sort((a, b) =>
    a.side === b.side ? a.order - b.order : a.side === 'before' ? -1 : 1,
  );
  return { nodes: sorted, links };
}

/** How many areas rose, fell, stayed or cannot be compared. */
export function countMovements(flows: readonly AreaFlow[]): Record<Movement, number> {
  const counts: Record<Movement, number> = { rose: 0, fell: 0, stayed: 0, unknown: 0 };
  for (const flow of flows) counts[flow.movement] += 1;
  return counts;
}
