import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toHistoryRows } from './calendarHistory';
import { getCell } from './nationalMatrix';
import { makePeriodMatrix } from './periodTransitions';
import type { InspectionsFile, NationalFile } from './types';

const national = JSON.parse(readFileSync('data/national.json', 'utf8')) as NationalFile;
const inspections = JSON.parse(readFileSync('data/inspections.json', 'utf8')) as InspectionsFile;
const rows = toHistoryRows(national, inspections.inspections);
const ilacs = (urn: string) =>
  national.inspections
    .filter((i) => i.urn === urn && i.framework !== 'unknown' && i.published)
    .sort((a, b) => (a.published! < b.published! ? -1 : 1));

describe('transitions by framework and period', () => {
  it('first ILACS → latest ILACS: a direct count over the file for each cell, everyone else counted apart', () => {
    const m = makePeriodMatrix(rows, national, { mode: 'ilacs', judgement: 'overall' });
    let inadToGood = 0;
    let fewer = 0;
    for (const a of national.authorities) {
      const list = ilacs(a.urn);
      if (list.length < 2) fewer += 1;
      else if (list[0]!.overall === 'inadequate' && list[list.length - 1]!.overall === 'good')
        inadToGood += 1;
    }
    expect(getCell(m, 'inadequate', 'good')?.authorities.length).toBe(inadToGood);
    expect(
      m.missing.find((x) => x.reason === 'fewer than two ILACS reports')?.authorities.length,
    ).toBe(fewer);
    expect(m.total + fewer).toBe(national.authorities.length);
  });

  it('last SIF → first ILACS keeps unreadable SIF grades unknown, and counts the county council’s from our records', () => {
    const m = makePeriodMatrix(rows, national, { mode: 'sif-ilacs', judgement: 'overall' });
    const county = getCell(m, 'requires-improvement', 'inadequate')!.authorities.find(
      (a) => a.urn === 'ncc',
    );
    expect(county?.name).toMatch(/County Council \(our records\)/);
    const knownSif = m.cells
      .filter((c) => c.from !== 'unknown')
      .reduce((s, c) => s + c.authorities.length, 0);
    expect(knownSif).toBe(1); // the national file reads no SIF grade
    expect(m.categories).toContain('unknown');
  });

  it('grade in force on one day → another: authorities with no report by the first day are left out, and said', () => {
    const m = makePeriodMatrix(rows, national, {
      mode: 'dates',
      judgement: 'overall',
      from: '2019-04-01',
      to: '2024-04-01',
    });
    const latest = (urn: string, day: string) =>
      national.inspections
        .filter((i) => i.urn === urn && i.published! <= day)
        .sort((a, b) => (a.published! < b.published! ? -1 : 1))
        .at(-1);
    let count = 0;
    let none = 0;
    for (const a of national.authorities) {
      const x = latest(a.urn, '2019-04-01');
      const y = latest(a.urn, '2024-04-01');
      if (!x) none += 1;
      else if (
        x.overall === 'inadequate' &&
        y &&
        (y.overall === 'good' || y.overall === 'outstanding')
      )
        count += 1;
    }
    const cells = ['good', 'outstanding'].map(
      (g) => getCell(m, 'inadequate', g as 'good')!.authorities.length,
    );
    expect(cells[0]! + cells[1]!).toBe(count);
    expect(
      m.missing.find((x) => x.reason === 'no report by the earlier date')?.authorities.length ?? 0,
    ).toBe(none);
    expect(m.fromLabel).toBe('1 April 2019');
  });
});
