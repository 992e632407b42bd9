/** Plain-English sentences for the transitions charts' live summaries. */
import { formatPartialDate } from './dates';
import type { AreaFlow } from './flows';
import { countMovements } from './flows';
import { AREA_LABELS, formatGrade } from './ratings';
import type { LadderArea } from './transitions';

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const when = (date: string | null) => (date ? formatPartialDate(date) : 'date unknown');

type Step = { grade: string; date: string; bodies: string[] };

/** An area's graded judgements as steps: successors judged alike on the same day are one step. */
function toSteps(area: LadderArea): Step[] {
  const steps: Step[] = [];
  for (const p of area.points.filter((q) => q.primary)) {
    const grade = formatGrade(p.grade).toLowerCase();
    const last = steps.at(-1);
    if (last && last.grade === grade && last.date === when(p.date)) last.bodies.push(p.bodyName);
    else steps.push({ grade, date: when(p.date), bodies: [p.bodyName] });
  }
  return steps;
}

/**
 * Conclusion first (issue 19): the headline area's latest judgement and the one before it, in one
 * short sentence; then each area's series with body and date, its ungraded visits in the same
 * sentence so that no sentence repeats.
 */
export function summariseLadder(areas: readonly LadderArea[]): string {
  if (areas.length === 0) return 'No judgement areas are shown.';
  const head = areas.find((a) => a.area === 'overall') ?? areas[0]!;
  const headSteps = toSteps(head);
  const latest = headSteps.at(-1);
  const before = headSteps.at(-2);
  const conclusion = latest
    ? `${AREA_LABELS[head.area]} was last judged ${latest.grade} (${latest.date})${before ? `, after ${before.grade} (${before.date})` : ''}.`
    : `${AREA_LABELS[head.area]} has no graded judgement recorded.`;
  const sentences = areas.map((a) => {
    const steps = toSteps(a);
    const visits = a.visits.length
      ? `; ${a.visits.length} ungraded ${a.visits.length === 1 ? 'visit' : 'visits'}`
      : '';
    if (steps.length === 0) return `${AREA_LABELS[a.area]}: no graded judgement recorded${visits}.`;
    const text = steps.map((st) => `${st.grade} (${st.bodies.join(' and ')}, ${st.date})`);
    return `${AREA_LABELS[a.area]}: ${text.join(', then ')}${visits}.`;
  });
  return [conclusion, ...sentences].join(' ');
}

/** "3 areas rose, 0 fell, 1 stayed on the same rung. From … to …." */
export function summariseFlows(flows: readonly AreaFlow[], before: string, after: string): string {
  if (flows.length === 0) return `Neither ${before} nor ${after} has a recorded judgement by area.`;
  const c = countMovements(flows);
  const parts = [
    `${c.rose} ${c.rose === 1 ? 'area' : 'areas'} rose`,
    `${c.fell} fell`,
    `${c.stayed} stayed on the same rung`,
  ];
  const breaks = flows.filter((f) => f.frameworkBreak).length;
  // Conclusion first (issue 19): the counts, then which inspections, then what cannot be compared.
  const unknown = c.unknown
    ? ` ${c.unknown} cannot be compared because a grade is not recorded.`
    : '';
  return `${cap(parts.slice(0, 3).join(', '))}. From ${before} to ${after}.${unknown}${breaks ? ` ${breaks} compare grades from different frameworks.` : ''}`;
}
