import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { InspectionsFile, GovernanceFile } from './types';
import { BODIES, makeInspection } from '../../tests/fixtures/inspection';
import {
  getLatestFullInspection,
  linkSuccessive,
  pairSuccessiveInspections,
  toHandovers,
  toLadderAreas,
  toLineage,
  toPlacement,
} from './transitions';

const NCC = 'northamptonshire-county-council';
const NNC = 'north-northamptonshire-council';
const WNC = 'west-northamptonshire-council';
const NCT = 'northamptonshire-childrens-trust';

const area = (list: ReturnType<typeof toLadderAreas>, name: string) =>
  list.find((a) => a.area === name)!;

describe('toPlacement', () => {
  it.each([
    [
      { published: '2016-04', fieldwork: { start: '2016-02-08', end: null } },
      { date: '2016-04', basis: 'published' },
    ],
    [
      { published: null, fieldwork: { start: '2019', end: null } },
      { date: '2019', basis: 'fieldwork' },
    ],
    [
      { published: null, fieldwork: { start: null, end: '2013-02' } },
      { date: '2013-02', basis: 'fieldwork' },
    ],
    [
      { published: null, fieldwork: { start: null, end: null, stated: '25 to 29 February 2013' } },
      { date: null, basis: 'unknown' },
    ],
  ])('%j → %j', (over, expected) =>
    expect(toPlacement(makeInspection({ id: 'x', ...over }))).toEqual(expected),
  );
});

describe('toLineage', () => {
  it.each([
    [NNC, [NNC, NCC]],
    [NCT, [NCT, NCC]],
    [NCC, [NCC]],
    ['unknown-body', ['unknown-body']],
  ])('%s → %j', (subject, lineage) => expect(toLineage(subject)).toEqual(lineage));

  it('stops at a loop instead of running for ever', () => {
    expect(toLineage('a', { a: 'b', b: 'a' })).toEqual(['a', 'b']);
  });
});

describe('toLadderAreas', () => {
  it('gives every area, each empty, for no inspections', () => {
    const areas = toLadderAreas([], BODIES);
    expect(areas).toHaveLength(7);
    expect(
      areas.every((a) => a.points.length === 0 && a.visits.length === 0 && a.links.length === 0),
    ).toBe(true);
  });

  it('places one inspection as one point and joins nothing', () => {
    const areas = toLadderAreas(
      [
        makeInspection({
          id: 'a',
          published: '2016-04',
          overall: 'requires-improvement',
          framework: 'sif',
          type: 'sif',
        }),
      ],
      BODIES,
    );
    expect(area(areas, 'overall').points).toMatchObject([
      {
        id: 'a:0',
        grade: 'requires-improvement',
        rung: 1,
        headline: true,
        date: '2016-04',
        bodyName: 'County council',
        framework: 'sif',
      },
    ]);
    expect(area(areas, 'overall').links).toEqual([]);
  });

  it('keeps "adequate" as adequate on the requires-improvement rung', () => {
    const adoption = makeInspection({
      id: 'adoption-2013',
      framework: 'pre-sif',
      type: 'adoption-agency',
      area: 'adoption',
      overall: 'inadequate',
      published: '2013-05',
      judgements: [
        { area: 'adoption', label: 'Safeguarding children and young people', grade: 'adequate' },
      ],
    });
    const points = area(toLadderAreas([adoption], BODIES), 'adoption').points;
    expect(points.map((p) => [p.label, p.grade, p.rung, p.primary])).toEqual([
      ['Headline judgement', 'inadequate', 0, true],
      ['Safeguarding children and young people', 'adequate', 1, false],
    ]);
  });

  it('turns ungraded visits into markers with findings, never into points', () => {
    const visit = makeInspection({
      id: 'fv',
      graded: false,
      type: 'ilacs-focused-visit',
      area: 'help-and-protection',
      findings: 'Deteriorated.',
      published: '2018-11-13',
    });
    const hp = area(toLadderAreas([visit], BODIES), 'help-and-protection');
    expect(hp.points).toEqual([]);
    expect(hp.visits).toMatchObject([{ id: 'fv', findings: 'Deteriorated.', date: '2018-11-13' }]);
  });

  it('keeps a judgement with an unknown grade as a point with no rung', () => {
    const points = area(
      toLadderAreas([makeInspection({ id: 'u', published: '2019', overall: null })], BODIES),
      'overall',
    ).points;
    expect(points).toMatchObject([{ grade: null, rung: null }]);
  });

  it('joins the county council to each successor across the handover and marks framework breaks', () => {
    const list = [
      makeInspection({
        id: 'sif',
        framework: 'sif',
        type: 'sif',
        published: '2016-04',
        overall: 'requires-improvement',
      }),
      makeInspection({ id: 'ilacs', published: '2019-07-29', overall: 'inadequate' }),
      makeInspection({
        id: 'north',
        subject: NNC,
        published: '2022-11-25',
        overall: 'requires-improvement',
      }),
      makeInspection({
        id: 'west',
        subject: WNC,
        published: '2022-11-25',
        overall: 'requires-improvement',
      }),
    ];
    const links = area(toLadderAreas(list, BODIES), 'overall').links;
    expect(links.map((l) => [l.from, l.to, l.frameworkBreak, l.handover])).toEqual([
      ['sif:0', 'ilacs:0', true, false],
      ['ilacs:0', 'north:0', false, true],
      ['ilacs:0', 'west:0', false, true],
    ]);
  });

  it('does not join an undated judgement, and does not join two that may be the same day', () => {
    const list = [
      makeInspection({ id: 'undated', area: 'adoption', overall: 'inadequate' }),
      makeInspection({
        id: 'month',
        area: 'adoption',
        published: '2013-05',
        overall: 'inadequate',
      }),
      makeInspection({ id: 'day', area: 'adoption', published: '2013-05-20', overall: 'good' }),
    ];
    const adoption = area(toLadderAreas(list, BODIES), 'adoption');
    expect(adoption.points[0]!.date).toBeNull();
    expect(linkSuccessive(adoption.points)).toEqual([]);
  });
});

describe('toHandovers', () => {
  it('lists the successors by their first day, from governance', () => {
    expect(toHandovers(BODIES).map((h) => [h.body, h.date])).toEqual([
      [NCT, '2020-11-01'],
      [NNC, '2021-04-01'],
      [WNC, '2021-04-01'],
    ]);
  });
});

describe('pairSuccessiveInspections', () => {
  it('pairs nothing for one inspection, and keeps undated ones apart', () => {
    const { pairs, undated } = pairSuccessiveInspections([
      makeInspection({ id: 'one', published: '2019-07-29', overall: 'inadequate' }),
      makeInspection({ id: 'nodate', overall: 'good' }),
    ]);
    expect(pairs).toEqual([]);
    expect(undated.map((i) => i.id)).toEqual(['nodate']);
  });

  it('ignores agency inspections and ungraded visits', () => {
    const { pairs } = pairSuccessiveInspections([
      makeInspection({ id: 'a', published: '2016-04', type: 'sif', framework: 'sif' }),
      makeInspection({
        id: 'fv',
        published: '2018-11-13',
        type: 'ilacs-focused-visit',
        graded: false,
      }),
      makeInspection({
        id: 'fostering',
        published: '2019',
        type: 'fostering-agency',
        framework: 'agency',
      }),
      makeInspection({ id: 'b', published: '2019-07-29' }),
    ]);
    expect(pairs.map((p) => p.id)).toEqual(['a--b']);
  });
});

describe('the real dataset', () => {
  const read = (name: string) =>
    JSON.parse(readFileSync(resolve(__dirname, '../../data', name), 'utf8')) as unknown;
  const inspections = (read('inspections.json') as InspectionsFile).inspections;
  const bodies = (read('governance.json') as GovernanceFile).bodies;
  const areas = toLadderAreas(inspections, bodies);
  const grades = (name: string) =>
    area(areas, name)
      .points.filter((p) => p.headline)
      .map((p) => [p.inspectionId, p.grade]);

  it('shows the 2013 inadequate judgements, 2016 requires improvement, 2019 inadequate and 2022 requires improvement', () => {
    expect(grades('help-and-protection')).toContainEqual([
      'ncc-child-protection-2013',
      'inadequate',
    ]);
    expect(grades('children-in-care')).toContainEqual([
      'ncc-looked-after-children-2013',
      'inadequate',
    ]);
    expect(grades('adoption')).toContainEqual(['ncc-adoption-agency-2013', 'inadequate']);
    expect(grades('overall')).toEqual([
      ['ncc-sif-2016', 'requires-improvement'],
      ['ncc-ilacs-2019', 'inadequate'],
      ['nnc-ilacs-2022', 'requires-improvement'],
      ['wnc-ilacs-2022', 'requires-improvement'],
    ]);
  });

  // Issue 18: the direction says the 2016 inspection found requires improvement in every category;
  // its key judgements keep the area ladders from jumping from 2013 to 2019.
  it.each([
    ['help-and-protection', 'ncc-child-protection-2013'],
    ['children-in-care', 'ncc-looked-after-children-2013'],
    ['leadership', null],
  ] as const)(
    'shows the 2016 key judgement in the %s ladder, joined to the judgements either side',
    (name, before) => {
      const ladder = area(areas, name);
      const sif = ladder.points.find((p) => p.inspectionId === 'ncc-sif-2016');
      expect(sif).toMatchObject({
        grade: 'requires-improvement',
        framework: 'sif',
        primary: true,
        confidence: 'high',
      });
      expect(sif?.sources.map((s) => s.source)).toEqual([
        'statutory-direction-2018-11-30',
        'ofsted-sif-framework-2014-12',
      ]);
      const primary = ladder.points.filter((p) => p.primary).map((p) => p.inspectionId);
      expect(primary.slice(0, primary.indexOf('ncc-ilacs-2019') + 1)).toEqual([
        ...(before ? [before] : []),
        'ncc-sif-2016',
        'ncc-ilacs-2019',
      ]);
      const links = ladder.links.map((l) => [
        l.from.split(':')[0],
        l.to.split(':')[0],
        l.frameworkBreak,
      ]);
      if (before) expect(links).toContainEqual([before, 'ncc-sif-2016', true]);
      expect(links).toContainEqual(['ncc-sif-2016', 'ncc-ilacs-2019', true]);
    },
  );

  it('shows the 2013 adoption inspection’s safeguarding judgement as adequate', () => {
    const point = area(areas, 'adoption').points.find((p) => p.label.startsWith('Safeguarding'));
    expect(point).toMatchObject({ grade: 'adequate', rung: 1, framework: 'pre-sif' });
  });

  it('pairs 2016 → 2019, 2019 → each successor in 2022, and each successor 2022 → 2026', () => {
    expect(pairSuccessiveInspections(inspections).pairs.map((p) => p.id)).toEqual([
      'ncc-sif-2016--ncc-ilacs-2019',
      'ncc-ilacs-2019--nnc-ilacs-2022',
      'ncc-ilacs-2019--wnc-ilacs-2022',
      'nnc-ilacs-2022--nnc-ilacs-2026',
      'wnc-ilacs-2022--wnc-ilacs-2026',
    ]);
  });

  it('shows the July 2026 inspection in every area it judged, and no overall point (the framework gives none)', () => {
    expect(grades('overall').map(([id]) => id)).not.toContain('nnc-ilacs-2026');
    for (const [name, grade] of [
      ['help-and-protection', 'good'],
      ['children-in-care', 'good'],
      ['care-leavers', 'good'],
      ['leadership', 'outstanding'],
    ] as const) {
      const points = area(areas, name).points.filter((p) => p.inspectionId.endsWith('-ilacs-2026'));
      expect(points.map((p) => [p.inspectionId, p.grade, p.framework, p.primary])).toEqual([
        ['nnc-ilacs-2026', grade, 'ilacs-2026', true],
        ['wnc-ilacs-2026', grade, 'ilacs-2026', true],
      ]);
    }
  });

  it('finds the county council’s grade in force on a date, uncertain within a month-only publication', () => {
    expect(getLatestFullInspection(inspections, NCC, '2018-11-30')).toMatchObject({
      inspection: { id: 'ncc-sif-2016' },
      certain: true,
    });
    expect(getLatestFullInspection(inspections, NCC, '2016-04-15')).toMatchObject({
      inspection: { id: 'ncc-sif-2016' },
      certain: false,
    });
    expect(getLatestFullInspection(inspections, NCC, '2016-03-31')).toBeNull();
    expect(getLatestFullInspection(inspections, NNC, '2021-06-01')).toMatchObject({
      inspection: { id: 'ncc-ilacs-2019' },
    });
  });
});
