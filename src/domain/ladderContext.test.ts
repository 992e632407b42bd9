import { describe, expect, it } from 'vitest';
import type { Milestone } from './types';
import { toInterventionMarks } from './ladderContext';

const milestone = (over: Partial<Milestone> & { id: string }): Milestone => ({
  kind: 'direction',
  lane: 'dfe',
  title: over.id,
  summary: 's',
  date: '2018-11-30',
  end: null,
  endStatus: 'unknown',
  actors: [],
  dateClaims: [],
  sources: [{ source: 's', locator: 'l' }],
  confidence: 'high',
  flags: [],
  ...over,
});

describe('toInterventionMarks', () => {
  it('is empty for no milestones', () => expect(toInterventionMarks([])).toEqual([]));

  it('keeps directions, commissioners in post and reorganisations; groups one date; numbers in date order', () => {
    const marks = toInterventionMarks([
      milestone({ id: 'trust', kind: 'reorganisation', lane: 'structure', date: '2020-11-01' }),
      milestone({ id: 'direction', date: '2018-11-30' }),
      milestone({
        id: 'commissioner',
        kind: 'appointment',
        lane: 'commissioners',
        date: '2018-11-30',
      }),
      milestone({ id: 'letter', kind: 'letter', lane: 'correspondence', date: '2018-11-13' }),
      milestone({ id: 'mhclg-direction', lane: 'mhclg', date: '2018-05-10' }),
    ]);
    expect(marks.map((m) => [m.number, m.date, m.milestoneIds, m.short])).toEqual([
      [1, '2018-11-30', ['direction', 'commissioner'], 'DfE direction + appointment'],
      [2, '2020-11-01', ['trust'], 'reorganisation'],
    ]);
  });

  it('leaves out undated and expected milestones rather than placing them on a guessed date', () => {
    expect(
      toInterventionMarks([
        milestone({ id: 'undated', date: null }),
        milestone({
          id: 'due',
          kind: 'appointment',
          lane: 'commissioners',
          expected: { by: '2021-03-31' },
        }),
      ]),
    ).toEqual([]);
  });

  it('keeps month precision', () => {
    expect(
      toInterventionMarks([
        milestone({ id: 'chair', kind: 'appointment', lane: 'commissioners', date: '2022-01' }),
      ])[0]!.date,
    ).toBe('2022-01');
  });
});
