/** Plain-English sentences for the transitions charts' live summaries. */
import { formatPartialDate } from './dates';
import type { AreaFlow } from './flows';
import { countMovements } from './flows';
import { AREA_LABELS, formatGrade } from './ratings';
import type { LadderArea } from './transitions';

const when = (date: string | null) => (date ? formatPartialDate(date) : 'date unknown');

/** "Overall effectiveness: requires improvement (County council, April 2016), then …". */
export function summariseLadder(areas: readonly LadderArea[]): string {
  if (areas.length === 0) return 'No judgement areas are shown.';
  const sentences = areas.map((a) => {
    const primary = a.points.filter((p) => p.primary);
    const visits = a.visits.length
      ? ` ${a.visits.length} ungraded ${a.visits.length === 1 ? 'visit' : 'visits'}.`
      : '';
    if (primary.length === 0)
      return `${AREA_LABELS[a.area]}: no graded judgement recorded.${visits}`;
    // Successors judged on the same day with the same grade read as one step.
    const steps: { grade: string; date: string; bodies: string[] }[] = [];
    for (const p of primary) {
      const grade = formatGrade(p.grade).toLowerCase();
      const last = steps.at(-1);
      if (last && last.grade === grade && last.date === when(p.date)) last.bodies.push(p.bodyName);
      else steps.push({ grade, date: when(p.date), bodies: [p.bodyName] });
    }
    const text = steps.map((s) => `${s.grade} (${s.bodies.join(' and ')}, ${s.date})`);
    return `${AREA_LABELS[a.area]}: ${text.join(', then ')}.${visits}`;
  });
  return sentences.join(' ');
}

/** "Between … and …: 3 areas rose, 1 stayed; 0 fell." */
export function summariseFlows(flows: readonly AreaFlow[], before: string, after: string): string {
  if (flows.length === 0) return `Neither ${before} nor ${after} has a recorded judgement by area.`;
  const c = countMovements(flows);
  const parts = [
    `${c.rose} ${c.rose === 1 ? 'area' : 'areas'} rose`,
    `${c.fell} fell`,
    `${c.stayed} stayed on the same rung`,
    ...(c.unknown ? [`${c.unknown} cannot be compared because a grade is not recorded`] : []),
  ];
  const breaks = flows.filter((f) => f.frameworkBreak).length;
  return `From ${before} to ${after}: ${parts.join(', ')}.${breaks ? ` ${breaks} compare grades from different frameworks.` : ''}`;
}
