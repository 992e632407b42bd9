/**
 * Presenter mode's steps: the dates to walk an audience through, one slide each. A step is a day
 * the governance structure changed, or a day something on the timeline happened (letters and
 * reports aside, as on the Timeline's own steps). Events known only to a month or a year are not
 * steps: a slide has to stand on a day, and padding "July 2017" to 1 July would invent one.
 * A structural change stated to the month keeps its month, as the Governance view does.
 */
import { comparePartialDates, type PartialDate } from './dates';
import type { ChangeDate } from './governance';
import type { TimelineEvent } from './timeline';

export interface PresenterStep {
  /** The day the as-at date moves to. */
  date: PartialDate;
  /** The date as the sources state it: a day, or a month for a change known only to the month. */
  stated: PartialDate;
  /** What the timeline has on that day, in time order. */
  events: TimelineEvent[];
  /** The structure changed on that day (see describeChanges for what). */
  structureChanged: boolean;
}

const isDay = (date: PartialDate | null): date is PartialDate =>
  date !== null && date.length === 10;

export function toPresenterSteps(
  events: readonly TimelineEvent[],
  changes: readonly ChangeDate[],
): PresenterStep[] {
  const steps = new Map<PartialDate, PresenterStep>();
  const stepOn = (date: PartialDate, stated: PartialDate) => {
    const found = steps.get(date);
    if (found) return found;
    const step: PresenterStep = { date, stated, events: [], structureChanged: false };
    steps.set(date, step);
    return step;
  };
  for (const change of changes) stepOn(change.date, change.stated).structureChanged = true;
  for (const event of events) {
    if (event.lane === 'correspondence' || !isDay(event.start)) continue;
    const step = stepOn(event.start, event.start);
    // An event stated to the day makes the step's date a day, even where a change was stated to the month.
    step.stated = event.start;
    step.events.push(event);
  }
  return [...steps.values()].sort((a, b) => comparePartialDates(a.date, b.date));
}

/** The step whose date is the as-at date, or -1 (the title slide) when none is. */
export const getStepIndex = (steps: readonly PresenterStep[], asAt: string | null): number =>
  asAt ? steps.findIndex((s) => s.date === asAt) : -1;
