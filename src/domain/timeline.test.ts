import { describe, expect, it } from 'vitest';
import { makeSyntheticTimeline } from './syntheticTimeline';
import {
  compareEvents,
  fromInspection,
  fromMilestone,
  getEventDayRange,
  toTimelineEvents,
} from './timeline';
import { makeInspection, makeMilestone } from '../../tests/fixtures/timeline';
import { summariseTimeline } from './timelineSummary';

const ALL = ['ofsted', 'dfe', 'mhclg', 'commissioners', 'structure', 'correspondence'] as const;

describe('toTimelineEvents', () => {
  it('returns nothing for no records', () => {
    expect(toTimelineEvents([], [])).toEqual([]);
  });

  it.each([
    [
      'a fieldwork span',
      makeInspection(),
      'span',
      '2016-02-08',
      '2016-03-10',
      'Fieldwork 8 February to 10 March 2016; published April 2016',
    ],
    [
      'a start only',
      makeInspection({ fieldwork: { start: '2019-06-17', end: null } }),
      'point',
      '2019-06-17',
      null,
      'Fieldwork from 17 June 2019; published April 2016',
    ],
    [
      'a month',
      makeInspection({ fieldwork: { start: '2021-02', end: null }, published: null }),
      'point',
      '2021-02',
      null,
      'Fieldwork from February 2021; publication date unknown',
    ],
  ] as const)('places an inspection with %s', (_name, record, shape, start, end, dateLabel) => {
    const e = fromInspection(record);
    expect(e).toMatchObject({ lane: 'ofsted', shape, start, end, dateLabel });
  });

  it.each([
    ['planned', 'From 10 May 2018, due to end 31 March 2021 (planned; actual end not recorded)'],
    ['inferred', 'From 10 May 2018, end 31 March 2021 inferred (no source states it)'],
  ] as const)(
    'draws a %s end as an unknown one (dashed tail) reaching that date, never as a known end',
    (endStatus, dateLabel) => {
      const e = fromMilestone(makeMilestone({ date: '2018-05-10', end: '2021-03-31', endStatus }));
      expect(e).toMatchObject({ shape: 'span', end: null, endStatus: 'unknown', dateLabel });
      expect(e.altEnds.map((a) => a.date)).toEqual(['2021-03-31']);
    },
  );

  it('says a disputed unknown end with each date the sources give', () => {
    const claim = (date: string) => ({
      field: 'end' as const,
      date,
      sources: [{ source: 's', locator: 'p' }],
    });
    const e = fromMilestone(
      makeMilestone({
        date: '2013-10-02',
        endStatus: 'unknown',
        dateClaims: [claim('2017-07'), claim('2016')],
      }),
    );
    expect(e.dateLabel).toBe('From 2 October 2013, ended 2016 or July 2017: sources disagree');
  });

  it('places an inspection with impossible fieldwork dates by its publication date, and says so', () => {
    const e = fromInspection(
      makeInspection({
        fieldwork: { start: null, end: null, stated: '25 to 29 February 2013' },
        published: '2013-03-20',
      }),
    );
    expect(e.start).toBe('2013-03-20');
    expect(e.placement).toMatch(/publication date, 20 March 2013/);
    expect(e.placement).toContain('25 to 29 February 2013');
    expect(e.dateLabel).toContain('not a real date');
  });

  it('keeps an inspection with no date at all, undated, and says why', () => {
    const e = fromInspection(
      makeInspection({ fieldwork: { start: null, end: null }, published: null }),
    );
    expect(e.start).toBeNull();
    expect(e.placement).toMatch(/No date is known/);
    expect(getEventDayRange(e)).toBeNull();
  });

  it('marks ungraded visits as not grades, and unknown grades as unknown', () => {
    const visit = fromInspection(
      makeInspection({ graded: false, overall: null, type: 'ilacs-monitoring-visit' }),
    );
    expect(visit).toMatchObject({ graded: false, grade: null });
    expect(visit.gradeLabel).toMatch(/Not graded/);
    expect(visit.label).toMatch(/not graded/);
    const unknown = fromInspection(makeInspection({ overall: null }));
    expect(unknown.gradeLabel).toMatch(/not known/);
  });

  it('joins the other dates sources give for a milestone (9 or 10 May 2018)', () => {
    const e = fromMilestone(
      makeMilestone({
        date: '2018-05-10',
        endStatus: 'unknown',
        kind: 'direction',
        dateClaims: [
          { field: 'date', date: '2018-05-09', sources: [{ source: 'a', locator: 'p1' }] },
          { field: 'date', date: '2018-05-10', sources: [{ source: 'b', locator: 'p2' }] },
        ],
      }),
    );
    expect(e.altStarts.map((a) => a.date)).toEqual(['2018-05-09']);
    expect(e.altEnds).toEqual([]);
    expect(e).toMatchObject({ shape: 'span', endStatus: 'unknown', end: null });
    expect(e.dateLabel).toBe('From 10 May 2018, end date unknown');
  });

  it('keeps disputed ends apart from the start, and never invents an end', () => {
    const e = fromMilestone(
      makeMilestone({
        date: '2013-10-02',
        endStatus: 'unknown',
        dateClaims: [
          { field: 'end', date: '2016', sources: [{ source: 'a', locator: 'p1' }] },
          { field: 'end', date: '2017-07', sources: [{ source: 'b', locator: 'p2' }] },
        ],
      }),
    );
    expect(e.altStarts).toEqual([]);
    expect(e.altEnds.map((a) => a.date)).toEqual(['2016', '2017-07']);
    expect(e.end).toBeNull();
  });

  it('draws a disputed publication date only when the mark stands at the publication date', () => {
    const claims = [
      { field: 'published' as const, date: '2019-06', sources: [{ source: 'a', locator: 'p' }] },
    ];
    expect(fromInspection(makeInspection({ dateClaims: claims })).altStarts).toEqual([]);
    const byPublished = fromInspection(
      makeInspection({
        fieldwork: { start: null, end: null },
        published: '2019-07-29',
        dateClaims: claims,
      }),
    );
    expect(byPublished.altStarts.map((a) => a.date)).toEqual(['2019-06']);
  });

  it('carries an expected event with its due date', () => {
    const e = fromMilestone(
      makeMilestone({
        kind: 'expected',
        date: '2018-11-30',
        expected: { by: '2019-02', outcome: 'Late.' },
      }),
    );
    expect(e.expected).toEqual({ by: '2019-02', outcome: 'Late.', outcomeRef: null });
    expect(e.dateLabel).toBe('Expected by February 2019 (expectation set 30 November 2018)');
    expect(getEventDayRange(e)).toEqual({
      first: Date.UTC(2018, 10, 30),
      last: Date.UTC(2019, 1, 28),
    });
  });

  it('orders by date (a year before its months, undated last)', () => {
    const events = toTimelineEvents(
      [makeInspection({ id: 'undated', fieldwork: { start: null, end: null }, published: null })],
      [
        makeMilestone({ id: 'b', date: '2013-05' }),
        makeMilestone({ id: 'a', date: '2013' }),
        makeMilestone({ id: 'c', date: '2013-05-01' }),
      ],
    );
    expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'undated']);
  });
});

describe('summariseTimeline', () => {
  const events = toTimelineEvents(
    [
      makeInspection({
        id: 'i1',
        fieldwork: { start: '2013-03-22', end: null },
        overall: 'inadequate',
      }),
      makeInspection({
        id: 'i2',
        fieldwork: { start: '2013-07-15', end: null },
        overall: 'inadequate',
      }),
      makeInspection({
        id: 'i3',
        fieldwork: { start: '2016-02-08', end: '2016-03-10' },
        overall: 'requires-improvement',
      }),
      makeInspection({
        id: 'v1',
        fieldwork: { start: '2018-10-17', end: null },
        graded: false,
        overall: null,
      }),
    ],
    [
      makeMilestone({
        id: 'd1',
        kind: 'direction',
        lane: 'dfe',
        date: '2013-10-02',
        endStatus: 'unknown',
      }),
    ],
  );

  it.each([
    [
      'the whole period',
      { from: '2013-01-01', to: '2021-12-31', lanes: ALL, asAt: null },
      [
        /Between 1 January 2013 and 31 December 2021, the timeline shows five events in all six lanes\./,
        /judged inadequate twice, then requires improvement once and Ofsted made one visit that gave no grade\./,
        /A direction was issued on 2 October 2013 \(DfE\)\./,
      ],
    ],
    [
      'an as-at date that fades later events',
      { from: '2013-01-01', to: '2021-12-31', lanes: ALL, asAt: '2014-01-01' },
      [
        /Two events come after the as-at date, 1 January 2014, and are faded/,
        /judged inadequate twice\./,
      ],
    ],
    [
      'a zoomed range',
      { from: '2016-01-01', to: '2016-12-31', lanes: ALL, asAt: null },
      [/shows one event/, /requires improvement once/],
    ],
    [
      'hidden lanes',
      { from: '2013-01-01', to: '2021-12-31', lanes: ['dfe'] as const, asAt: null },
      [/one event in one lane/, /Five lanes are hidden\./],
    ],
    [
      'no lanes',
      { from: '2013-01-01', to: '2013-12-31', lanes: [] as const, asAt: null },
      [/no lanes are shown/],
    ],
  ])('describes %s', (_name, options, patterns) => {
    const text = summariseTimeline(events, options);
    for (const p of patterns) expect(text).toMatch(p);
  });

  it('says when nothing from Ofsted falls in the range', () => {
    expect(
      summariseTimeline([], { from: '2013-01-01', to: '2013-12-31', lanes: ALL, asAt: null }),
    ).toMatch(
      /shows no events in all six lanes\. No Ofsted inspection or visit falls in this period\./,
    );
  });
});

describe('makeSyntheticTimeline', () => {
  it('is seeded, labelled synthetic and in time order', () => {
    const a = makeSyntheticTimeline(1000, 7);
    expect(a).toHaveLength(1000);
    expect(makeSyntheticTimeline(1000, 7).map((e) => e.id)).toEqual(a.map((e) => e.id));
    expect(a.every((e) => e.title.includes('not real data') && e.record === 'synthetic')).toBe(
      true,
    );
    expect([...a].sort(compareEvents)).toEqual(a);
    expect(a.some((e) => e.start === null)).toBe(true);
    expect(a.some((e) => e.start?.length === 7)).toBe(true);
  });
});
