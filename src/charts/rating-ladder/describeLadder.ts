/** Words for the ladder's marks: their accessible names, the same facts the table gives. */
import { formatDateSpan, formatPartialDate } from '../../domain/dates';
import type { InterventionMark } from '../../domain/ladderContext';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { FRAMEWORK_LABELS, type LadderPoint, type VisitMarker } from '../../domain/transitions';

/** When an inspection happened, in the words and precision of its record. */
export function describeWhen(
  p: Pick<LadderPoint, 'published' | 'fieldwork' | 'dateBasis'>,
): string {
  if (p.published) return `published ${formatPartialDate(p.published)}`;
  if (p.fieldwork.start || p.fieldwork.end)
    return `inspected ${formatDateSpan(p.fieldwork.start, p.fieldwork.end)}; publication date not known`;
  if (p.fieldwork.stated) return `date not known (a source states “${p.fieldwork.stated}”)`;
  return 'date not known';
}

export function describeMark(points: readonly LadderPoint[]): string {
  const first = points[0];
  if (!first) return '';
  const judgements = points
    .map((p) => `${p.headline ? 'headline judgement' : p.label}: ${formatGrade(p.grade)}`)
    .join('; ');
  return `${AREA_LABELS[first.area]}, ${first.bodyName}, ${FRAMEWORK_LABELS[first.framework]}, ${describeWhen(first)}. ${judgements}.`;
}

export function describeVisit(v: VisitMarker): string {
  return `Visit, not graded: ${v.title}, ${v.bodyName}, ${describeWhen(v)}.${v.findings ? ` Findings: ${v.findings}` : ''}`;
}

export function describeIntervention(m: InterventionMark): string {
  return `${formatPartialDate(m.date)}: ${m.titles.join('; ')}`;
}
