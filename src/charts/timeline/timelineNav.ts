/**
 * Keyboard movement between events: Left/Right in time order across the lanes shown, Up/Down to
 * the nearest event in time in the next lane that has one, Home/End to the first and last.
 * Pure, so it is tested without a DOM. Events inside one cluster count as one step.
 */
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { prepareEvent } from './prepareEvents';

export type NavMove = 'next' | 'previous' | 'first' | 'last' | 'up' | 'down';

const KEY_MOVES: Record<string, NavMove> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
};

export const toNavMove = (key: string): NavMove | null => KEY_MOVES[key] ?? null;

const startOf = (e: TimelineEvent) => {
  const p = prepareEvent(e);
  return p.start ? p.start.from : Number.POSITIVE_INFINITY;
};

/**
 * The event to move to from `current` (an event id; null: none yet), among `order` (the events of
 * the lanes shown, in time order). Null when there is nowhere to go.
 */
export function getNavTarget(
  order: readonly TimelineEvent[],
  current: string | null,
  move: NavMove,
  lanes: readonly Lane[],
  clusterOf: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (order.length === 0) return null;
  if (move === 'first') return order[0]!.id;
  if (move === 'last') return order.at(-1)!.id;
  const index = current === null ? -1 : order.findIndex((e) => e.id === current);
  if (index === -1) return order[0]!.id;
  const here = order[index]!;
  const group = clusterOf.get(here.id);
  const sameGroup = (e: TimelineEvent) => group !== undefined && clusterOf.get(e.id) === group;
  if (move === 'next') {
    for (let i = index + 1; i < order.length; i++) if (!sameGroup(order[i]!)) return order[i]!.id;
    return null;
  }
  if (move === 'previous') {
    for (let i = index - 1; i >= 0; i--) {
      if (sameGroup(order[i]!)) continue;
      // Land on the first event of the cluster stepped into, so the next step leaves it.
      const g = clusterOf.get(order[i]!.id);
      let j = i;
      while (g !== undefined && j > 0 && clusterOf.get(order[j - 1]!.id) === g) j--;
      return order[j]!.id;
    }
    return null;
  }
  const laneIndex = lanes.indexOf(here.lane);
  const step = move === 'down' ? 1 : -1;
  const t = startOf(here);
  for (let l = laneIndex + step; l >= 0 && l < lanes.length; l += step) {
    let best: TimelineEvent | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const e of order) {
      if (e.lane !== lanes[l]) continue;
      const s = startOf(e);
      const distance =
        Number.isFinite(s) && Number.isFinite(t) ? Math.abs(s - t) : s === t ? 0 : Number.MAX_VALUE;
      if (distance < bestDistance) {
        best = e;
        bestDistance = distance;
      }
    }
    if (best) return best.id;
  }
  return null;
}
