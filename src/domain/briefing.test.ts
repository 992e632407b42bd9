import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getExpectations,
  getKnownFrom,
  getLatestJudgements,
  getLatestVisit,
  isCertainlyBy,
} from './briefing';
import type { InspectionsFile, MilestonesFile } from './types';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8')) as T;
const { inspections } = read<InspectionsFile>('inspections.json');
const { milestones } = read<MilestonesFile>('milestones.json');
const dateOf = (id: string) => {
  const i = inspections.find((x) => x.id === id);
  if (i) return getKnownFrom(i);
  return milestones.find((m) => m.id === id)?.date ?? null;
};

const gradesOn = (asAt: string) =>
  Object.fromEntries(
    [...getLatestJudgements(inspections, asAt)].map(([area, j]) => [
      area,
      `${j.grade} (${j.inspection.id})`,
    ]),
  );

describe('isCertainlyBy', () => {
  it.each([
    ['2016-04', '2016-06-01', true],
    ['2016-04', '2016-04-15', false],
    ['2016-04-30', '2016-04-30', true],
    ['2019', '2019-06-01', false],
    [null, '2020-01-01', false],
  ])('%s is past on %s: %s', (date, asAt, expected) =>
    expect(isCertainlyBy(date, asAt)).toBe(expected),
  );
});

describe('the latest judgements, as the data gives them', () => {
  it('on 1 March 2013 only the 2012 adoption judgement is out (the child-protection report came on 20 March)', () => {
    expect(gradesOn('2013-03-01')).toEqual({ adoption: 'inadequate (ncc-adoption-agency-2012)' });
  });

  it('on 1 June 2016 the April 2016 requires improvement replaces the 2013 judgements in its key areas', () => {
    // The direction: requires improvement overall and in every category (issue 18).
    expect(gradesOn('2016-06-01')).toMatchObject({
      overall: 'requires-improvement (ncc-sif-2016)',
      'help-and-protection': 'requires-improvement (ncc-sif-2016)',
      'children-in-care': 'requires-improvement (ncc-sif-2016)',
      leadership: 'requires-improvement (ncc-sif-2016)',
      adoption: 'inadequate (ncc-adoption-agency-2013)',
    });
  });

  it('on 30 November 2018 the last graded judgement is still April 2016, and the October visit is the latest news', () => {
    expect(gradesOn('2018-11-30').overall).toBe('requires-improvement (ncc-sif-2016)');
    const visit = getLatestVisit(inspections, '2018-11-30');
    expect(visit?.id).toBe('ncc-focused-visit-2018-10');
    expect(visit?.priorityActions.length).toBe(2);
  });

  it('does not count the 2019 ILACS before its publication on 29 July 2019', () => {
    expect(gradesOn('2019-07-28').overall).toBe('requires-improvement (ncc-sif-2016)');
    expect(gradesOn('2019-07-29')).toMatchObject({
      overall: 'inadequate (ncc-ilacs-2019)',
      leadership: 'requires-improvement (ncc-ilacs-2019)',
    });
  });

  it('keeps the 2013 adoption headline rather than its "adequate" safeguarding sub-judgement', () => {
    expect(gradesOn('2014-01-01').adoption).toBe('inadequate (ncc-adoption-agency-2013)');
  });

  it('gives nothing before any inspection', () => {
    expect(gradesOn('2011-01-01')).toEqual({});
    expect(getLatestVisit(inspections, '2011-01-01')).toBeNull();
  });
});

describe('what was expected next', () => {
  it('on 30 November 2018, the commissioner report due by February 2019', () => {
    const next = getExpectations(milestones, '2018-11-30', dateOf);
    expect(next.map((e) => [e.milestone.id, e.overdue])).toContainEqual([
      'commissioner-report-due-2019-02',
      false,
    ]);
  });
  it('in March 2019 the report is overdue; after 14 May 2019 it is no longer expected', () => {
    expect(
      getExpectations(milestones, '2019-03-15', dateOf).find(
        (e) => e.milestone.id === 'commissioner-report-due-2019-02',
      )?.overdue,
    ).toBe(true);
    expect(
      getExpectations(milestones, '2019-05-14', dateOf).map((e) => e.milestone.id),
    ).not.toContain('commissioner-report-due-2019-02');
  });
  it('on 30 November 2021, the full inspection expected in 2022', () => {
    expect(getExpectations(milestones, '2021-11-30', dateOf).map((e) => e.milestone.id)).toContain(
      'full-inspection-expected-2022',
    );
  });
});
