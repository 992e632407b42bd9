import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NationalFile, NationalGrade, NationalInspection } from './types';
import {
  getCell,
  getDefaultRoundPair,
  getLatestBy,
  getMaxRound,
  makeGradeDistribution,
  makeTransitionMatrix,
  toAuthorityInspections,
  toHighlights,
} from './nationalMatrix';

const report = (
  urn: string,
  published: string | null,
  overall: NationalGrade,
): NationalInspection => ({
  urn,
  published,
  start: null,
  end: null,
  framework: 'standard',
  link: null,
  overall,
  leaders: 'unknown',
  helpAndProtection: 'unknown',
  inCare: 'unknown',
  careLeavers: 'not-applicable',
});

const authority = (
  urn: string,
  name: string,
  laCode: string,
  region: string,
  statNeighbours: string[] = [],
) => ({
  urn,
  name,
  laCode,
  onsCode: null,
  region,
  statNeighbours,
});

/** Four authorities: one created late (one report), one with an unreadable grade, one never inspected. */
const fixture: NationalFile = {
  attribution: 'test',
  provenance: { repository: 'r', commit: 'c', files: [], convertedBy: 'x', historySha256: 'h' },
  regions: { EM: 'East Midlands', GL: 'London' },
  authorities: [
    authority('1', 'North Northamptonshire', '940', 'EM', ['855']),
    authority('2', 'Leicestershire', '855', 'EM'),
    authority('3', 'Camden', '202', 'GL'),
    authority('4', 'Newly Made', '999', 'GL'),
  ],
  inspections: [
    report('2', '2019-01-10', 'good'),
    report('2', '2015-01-10', 'unknown'),
    report('3', '2014-05-01', 'inadequate'),
    report('3', '2018-05-01', 'requires-improvement'),
    report('3', '2022-05-01', 'good'),
    report('1', '2022-11-25', 'requires-improvement'),
  ],
};

describe('toAuthorityInspections', () => {
  it('orders each authority’s reports by publication and keeps authorities with none', () => {
    const byUrn = toAuthorityInspections(fixture);
    expect(byUrn.get('2')!.map((i) => i.published)).toEqual(['2015-01-10', '2019-01-10']);
    expect(byUrn.get('4')).toEqual([]);
    expect(getMaxRound(fixture)).toBe(3);
  });

  it('puts undated reports last rather than dropping them', () => {
    const file = {
      ...fixture,
      inspections: [report('2', null, 'good'), report('2', '2015-01-10', 'good')],
    };
    expect(
      toAuthorityInspections(file)
        .get('2')!
        .map((i) => i.published),
    ).toEqual(['2015-01-10', null]);
  });
});

describe('toHighlights', () => {
  it('finds North Northamptonshire and its statistical neighbours', () => {
    const h = toHighlights(fixture);
    expect([...h.focus]).toEqual(['1']);
    expect([...h.neighbours]).toEqual(['2']);
  });
});

describe('makeTransitionMatrix', () => {
  const m = makeTransitionMatrix(fixture, { fromRound: 1, toRound: 2, judgement: 'overall' });

  it('counts unknown grades in their own row and column, never dropping or grading them', () => {
    expect(m.categories).toEqual([
      'outstanding',
      'good',
      'requires-improvement',
      'inadequate',
      'unknown',
    ]);
    expect(getCell(m, 'unknown', 'good')!.authorities.map((a) => a.name)).toEqual([
      'Leicestershire',
    ]);
    expect(
      getCell(m, 'inadequate', 'requires-improvement')!.authorities.map((a) => a.name),
    ).toEqual(['Camden']);
    expect(m.total).toBe(2);
  });

  it('counts apart the authorities missing from either round (created late, never inspected)', () => {
    expect(m.noToRound.map((a) => a.name)).toEqual(['North Northamptonshire']);
    expect(m.noFromRound.map((a) => a.name)).toEqual(['Newly Made']);
    expect(m.total + m.noToRound.length + m.noFromRound.length).toBe(fixture.authorities.length);
  });

  it('marks the focus authority and its neighbours', () => {
    expect(getCell(m, 'unknown', 'good')!.authorities[0]).toMatchObject({
      neighbour: true,
      focus: false,
    });
  });

  it('has empty cells for an empty file', () => {
    const empty = makeTransitionMatrix(
      { ...fixture, authorities: [], inspections: [] },
      { fromRound: 1, toRound: 2, judgement: 'overall' },
    );
    expect(empty.total).toBe(0);
    expect(empty.cells).toHaveLength(25);
  });
});

describe('makeGradeDistribution', () => {
  it('gives each authority its latest report on the day, and counts the not yet inspected', () => {
    const d = makeGradeDistribution(fixture, '2019-01-10', 'overall');
    const count = (g: NationalGrade) =>
      d.bars.find((b) => b.grade === g)!.authorities.map((a) => a.name);
    expect(count('good')).toEqual(['Leicestershire']);
    expect(count('requires-improvement')).toEqual(['Camden']);
    expect(d.notYetInspected.map((a) => a.name)).toEqual(['Newly Made', 'North Northamptonshire']);
    expect(d.total).toBe(4);
  });

  it('filters by region and by statistical neighbours', () => {
    expect(makeGradeDistribution(fixture, '2023-01-01', 'overall', { region: 'GL' }).total).toBe(2);
    const n = makeGradeDistribution(fixture, '2023-01-01', 'overall', { neighboursOnly: true });
    expect(n.total).toBe(2);
    expect(n.bars.find((b) => b.grade === 'requires-improvement')!.authorities[0]).toMatchObject({
      name: 'North Northamptonshire',
      focus: true,
    });
  });

  it('counts a report from the day it is published, not before', () => {
    expect(getLatestBy([report('1', '2022-11-25', 'good')], '2022-11-24')).toBeNull();
    expect(getLatestBy([report('1', '2022-11-25', 'good')], '2022-11-25')?.overall).toBe('good');
  });
});

describe('the national file', () => {
  const file = JSON.parse(
    readFileSync(resolve(__dirname, '../../data/national.json'), 'utf8'),
  ) as NationalFile;

  /** A direct count, written independently: for each authority, sort its reports and read rounds a and b. */
  function directCount(a: number, b: number) {
    const counts: Record<string, number> = {};
    for (const la of file.authorities) {
      const mine: NationalInspection[] = [];
      for (const i of file.inspections) if (i.urn === la.urn) mine.push(i);
      mine.sort((x, y) => (x.published! < y.published! ? -1 : x.published! > y.published! ? 1 : 0));
      if (mine.length >= b) {
        const key = `${mine[a - 1]!.overall}>${mine[b - 1]!.overall}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
    return counts;
  }

  it.each([
    [1, 2],
    [2, 3],
    [1, 3],
  ])('matches a direct count for rounds %i → %i', (a, b) => {
    const m = makeTransitionMatrix(file, { fromRound: a, toRound: b, judgement: 'overall' });
    const mine: Record<string, number> = {};
    for (const cell of m.cells)
      if (cell.authorities.length) mine[`${cell.from}>${cell.to}`] = cell.authorities.length;
    expect(mine).toEqual(directCount(a, b));
    expect(m.total + m.noFromRound.length + m.noToRound.length).toBe(file.authorities.length);
  });

  it('has an unknown row and column with authorities in them for rounds 1 → 2', () => {
    const m = makeTransitionMatrix(file, { fromRound: 1, toRound: 2, judgement: 'overall' });
    expect(m.categories).toContain('unknown');
    expect(
      m.cells.filter((c) => c.from === 'unknown').reduce((s, c) => s + c.authorities.length, 0),
    ).toBeGreaterThan(0);
  });

  it('highlights North and West Northamptonshire and their neighbours', () => {
    const h = toHighlights(file);
    expect(h.focus.size).toBe(2);
    expect(h.neighbours.size).toBeGreaterThan(10);
  });
});

describe('getDefaultRoundPair', () => {
  it('opens on the successive reports with the most readable grades in both, later pairs winning ties', () => {
    // Leicestershire's report 1 is unreadable; Camden has readable grades in reports 1-2 and 2-3.
    expect(getDefaultRoundPair(fixture, 'overall')).toEqual({ fromRound: 2, toRound: 3 });
    // No readable grades at all: report 1 against report 2.
    expect(getDefaultRoundPair(fixture, 'leaders')).toEqual({ fromRound: 1, toRound: 2 });
  });
});
