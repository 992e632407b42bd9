import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  COUNTY_ID,
  filterRows,
  HISTORY_SORTS,
  indexRows,
  LATEST_FILTERS,
  monthsBetween,
  movedInadequateToGood,
  neighbourIds,
  reportInForce,
  sortRows,
  toEra,
  toHistoryRows,
  toRowFacts,
  wasInadequateIn,
  type HistoryReport,
  type HistoryRow,
} from './calendarHistory';
import type { InspectionsFile, NationalFile } from './types';

const report = (
  day: string,
  grade: HistoryReport['grade'],
  era: HistoryReport['era'] = 'ilacs',
): HistoryReport => ({
  published: day,
  day,
  lastDay: day,
  grade,
  areas: {
    overall: grade,
    helpAndProtection: grade,
    inCare: grade,
    careLeavers: 'not-applicable',
    leaders: grade,
  },
  era,
  kind: 'test',
  link: null,
});
const row = (
  id: string,
  reports: HistoryReport[],
  extra: Partial<HistoryRow> = {},
): HistoryRow => ({
  id,
  name: id,
  region: 'EM',
  laCode: id,
  statNeighbours: [],
  lineage: false,
  ownRecords: false,
  reports,
  ...extra,
});

describe('grades on a calendar axis', () => {
  it('places reports with no framework by date: before SIF, SIF, not stated from 2018', () => {
    expect(toEra('unknown', '2013-10-31')).toBe('pre-sif');
    expect(toEra('unknown', '2013-11-01')).toBe('sif');
    expect(toEra('unknown', '2017-12-31')).toBe('sif');
    expect(toEra('unknown', '2018-02-01')).toBe('not-stated');
    expect(toEra('short', '2016-01-01')).toBe('ilacs');
  });

  it('counts an inadequate grade in a year while it is in force, not after the next report', () => {
    const a = row('a', [report('2018-06-01', 'inadequate'), report('2020-02-01', 'good')]);
    expect(wasInadequateIn(a, 2017)).toBe(false);
    expect(wasInadequateIn(a, 2018)).toBe(true);
    expect(wasInadequateIn(a, 2019)).toBe(true);
    expect(wasInadequateIn(a, 2020)).toBe(true); // in force in January 2020
    expect(wasInadequateIn(a, 2021)).toBe(false);
    // The last report stays in force.
    expect(wasInadequateIn(row('b', [report('2015-01-01', 'inadequate')]), 2024)).toBe(true);
    // Unknown is never read as inadequate.
    expect(wasInadequateIn(row('c', [report('2015-01-01', 'unknown')]), 2015)).toBe(false);
  });

  it('finds a move from inadequate to good or better only in that order', () => {
    expect(
      movedInadequateToGood(
        row('a', [
          report('2015-01-01', 'inadequate'),
          report('2016-01-01', 'requires-improvement'),
          report('2019-01-01', 'outstanding'),
        ]),
      ),
    ).toBe(true);
    expect(
      movedInadequateToGood(
        row('b', [report('2015-01-01', 'good'), report('2016-01-01', 'inadequate')]),
      ),
    ).toBe(false);
    expect(
      movedInadequateToGood(
        row('c', [report('2015-01-01', 'inadequate'), report('2016-01-01', 'unknown')]),
      ),
    ).toBe(false);
  });

  it('takes the report in force on a day; a month-precise date counts from the end of its month', () => {
    const r = row('a', [
      {
        ...report('2016-04-01', 'requires-improvement'),
        published: '2016-04',
        lastDay: '2016-04-30',
      },
    ]);
    expect(reportInForce(r, '2016-04-15')).toBeNull();
    expect(reportInForce(r, '2016-04-30')?.grade).toBe('requires-improvement');
  });

  it('keeps the line of succession together, county council first, wherever the sort puts its first member', () => {
    const rows = [
      row('Zed', [report('2019-01-01', 'inadequate')]),
      row('West', [report('2022-01-01', 'good')], { lineage: true }),
      row('County', [report('2019-01-01', 'inadequate')], { lineage: true, ownRecords: true }),
      row('Abe', [report('2019-01-01', 'outstanding')]),
    ];
    expect(sortRows(rows, 'name', {}).map((r) => r.id)).toEqual(['Abe', 'County', 'West', 'Zed']);
    expect(sortRows(rows, 'latest', {}).map((r) => r.id)).toEqual(['County', 'West', 'Zed', 'Abe']);
  });

  it('whole months between days', () => {
    expect(monthsBetween('2019-07-29', '2022-11-25')).toBe(39);
    expect(monthsBetween('2016-04-01', '2016-05-01')).toBe(1);
    expect(monthsBetween('2016-04-02', '2016-05-01')).toBe(0);
  });
});

describe('the rows from the data files', () => {
  const national = JSON.parse(readFileSync('data/national.json', 'utf8')) as NationalFile;
  const inspections = JSON.parse(readFileSync('data/inspections.json', 'utf8')) as InspectionsFile;
  const rows = toHistoryRows(national, inspections.inspections);

  it('holds every authority of the national file and the county council, every dated report once', () => {
    expect(rows).toHaveLength(national.authorities.length + 1);
    const dated = national.inspections.filter((i) => i.published !== null).length;
    expect(rows.filter((r) => !r.ownRecords).reduce((s, r) => s + r.reports.length, 0)).toBe(dated);
  });

  it('gives the county council its 2013, 2016 and 2019 judgements from our records', () => {
    const county = rows.find((r) => r.id === COUNTY_ID)!;
    expect(county.lineage).toBe(true);
    expect(county.reports.map((r) => [r.published, r.grade])).toEqual([
      ['2013-03', 'inadequate'],
      ['2013-08', 'inadequate'],
      ['2016-04', 'requires-improvement'],
      ['2019-07-29', 'inadequate'],
    ]);
    expect(
      rows
        .filter((r) => r.lineage)
        .map((r) => r.name)
        .sort(),
    ).toEqual([
      'North Northamptonshire',
      'Northamptonshire County Council',
      'West Northamptonshire',
    ]);
  });

  it('filters to an authority and its statistical neighbours; the county council takes its successors’', () => {
    const nn = rows.find((r) => r.name === 'North Northamptonshire')!;
    const near = neighbourIds(rows, nn.id);
    expect(near.has(nn.id)).toBe(true);
    expect(near.size).toBe(
      1 + rows.filter((r) => r.laCode !== null && nn.statNeighbours.includes(r.laCode)).length,
    );
    expect(filterRows(rows, { neighboursOf: nn.id })).toHaveLength(near.size);
    expect(neighbourIds(rows, COUNTY_ID).size).toBeGreaterThan(1);
  });

  it('gives the same rows and order from the index as from the reports, for every filter, year and judgement', () => {
    const judgements = [
      'overall',
      'helpAndProtection',
      'inCare',
      'careLeavers',
      'leaders',
    ] as const;
    for (const judgement of judgements) {
      const index = indexRows(rows, judgement);
      expect(indexRows(rows, judgement)).toBe(index);
      for (let year = 2010; year <= 2027; year++) {
        const f = { judgement, inadequateIn: year };
        const direct = filterRows(rows, f);
        expect(filterRows(rows, f, index), `${judgement} ${year}`).toEqual(direct);
      }
      for (const latest of LATEST_FILTERS)
        expect(filterRows(rows, { judgement, latest }, index)).toEqual(
          filterRows(rows, { judgement, latest }),
        );
      expect(filterRows(rows, { judgement, improved: true }, index)).toEqual(
        filterRows(rows, { judgement, improved: true }),
      );
      for (const sort of HISTORY_SORTS)
        expect(sortRows(rows, sort, {}, judgement, index)).toEqual(
          sortRows(rows, sort, {}, judgement),
        );
    }
    // Not empty answers that agree by accident: 2019 has inadequate authorities, the county among them.
    const in2019 = filterRows(rows, { inadequateIn: 2019 }, indexRows(rows));
    expect(in2019.length).toBeGreaterThan(10);
    expect(in2019.map((r) => r.id)).toContain(COUNTY_ID);
  });

  it('counts a grade in force until the day before the next report, a report on 1 January ending it the year before', () => {
    const r = row('x', [
      report('2015-06-01', 'inadequate'),
      report('2018-01-01', 'good'),
      report('2020-03-01', 'inadequate'),
    ]);
    expect([...toRowFacts(r).inadequateYears].filter((y) => y <= 2022)).toEqual([
      2015, 2016, 2017, 2020, 2021, 2022,
    ]);
    for (let year = 2012; year <= 2030; year++)
      expect(toRowFacts(r).inadequateYears.has(year), String(year)).toBe(wasInadequateIn(r, year));
  });
});
