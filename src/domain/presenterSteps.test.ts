import { describe, expect, it } from 'vitest';
import type { ChangeDate } from './governance';
import { getStepIndex, toPresenterSteps } from './presenterSteps';
import type { TimelineEvent } from './timeline';

const event = (
  id: string,
  start: string | null,
  lane: TimelineEvent['lane'] = 'dfe',
): TimelineEvent => ({ id, lane, start, title: id }) as TimelineEvent;
const change = (date: string, stated = date): ChangeDate => ({
  date,
  stated,
  label: `${date}: 1 change`,
});

describe('toPresenterSteps', () => {
  it('has no steps for no events and no changes', () => {
    expect(toPresenterSteps([], [])).toEqual([]);
  });

  it('makes one step a day, in date order, joining events and a change on the same day', () => {
    const steps = toPresenterSteps(
      [
        event('direction', '2018-11-30'),
        event('commissioner', '2018-11-30', 'commissioners'),
        event('early', '2013-10-02'),
      ],
      [change('2018-11-30'), change('2020-11-01')],
    );
    expect(steps.map((s) => [s.date, s.events.map((e) => e.id), s.structureChanged])).toEqual([
      ['2013-10-02', ['early'], false],
      ['2018-11-30', ['direction', 'commissioner'], true],
      ['2020-11-01', [], true],
    ]);
  });

  it('never makes a step of a date known only to the month or year, or of no date', () => {
    const steps = toPresenterSteps(
      [event('month', '2017-07'), event('year', '2014'), event('undated', null)],
      [],
    );
    expect(steps).toEqual([]);
  });

  it('leaves letters and reports to the timeline', () => {
    expect(toPresenterSteps([event('letter', '2018-11-02', 'correspondence')], [])).toEqual([]);
  });

  it('keeps a structural change stated to the month as a month', () => {
    const [step] = toPresenterSteps([], [change('2022-01-01', '2022-01')]);
    expect(step).toMatchObject({ date: '2022-01-01', stated: '2022-01', structureChanged: true });
  });
});

describe('getStepIndex', () => {
  const steps = toPresenterSteps([event('a', '2018-05-10'), event('b', '2018-11-30')], []);
  it.each([
    [null, -1],
    ['', -1],
    ['2018-11-30', 1],
    ['2018-06-01', -1],
  ])('as at %j is step %i', (asAt, index) => {
    expect(getStepIndex(steps, asAt)).toBe(index);
  });
});
