import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inspection, Milestone } from './types';
import { filterRows, sortRows } from './recordFilters';
import {
  compareRowsByDate,
  ROWS_PER_STEP,
  sortRowsByDate,
  toCitationsBySource,
  toRecordRows,
  toRecordRowsSteps,
  type RecordRow,
} from './records';

const ref = (source: string, locator = 'p1') => ({ source, locator });

const inspection = (over: Partial<Inspection> = {}): Inspection => ({
  id: 'i1',
  subject: 'ncc',
  type: 'sif',
  framework: 'sif',
  title: 'SIF inspection',
  graded: true,
  fieldwork: { start: '2016-02-08', end: '2016-03-10' },
  published: '2016-04',
  overall: 'requires-improvement',
  area: 'overall',
  judgements: [],
  priorityActions: [],
  inspectors: [],
  dateClaims: [],
  sources: [ref('s002', 'para 3.b.i')],
  confidence: 'high',
  flags: [],
  ...over,
});

const milestone = (over: Partial<Milestone> = {}): Milestone => ({
  id: 'm1',
  kind: 'direction',
  lane: 'dfe',
  title: 'Direction',
  summary: 'The Secretary of State directs the council.',
  date: '2013-10-02',
  end: null,
  endStatus: 'unknown',
  actors: [],
  dateClaims: [],
  sources: [ref('s002', 'para 3.b.v')],
  confidence: 'high',
  flags: [],
  ...over,
});

describe('toRecordRows', () => {
  it('is empty for no files', () => {
    expect(toRecordRows({})).toEqual([]);
  });

  it('describes an inspection with its fieldwork, publication and grades at their precision', () => {
    const [row] = toRecordRows({ inspections: { inspections: [inspection()] } });
    expect(row).toMatchObject({
      kind: 'inspection',
      dateLabel: 'Fieldwork 8 February to 10 March 2016; published April 2016',
      detail: 'Overall: Requires improvement',
    });
  });

  it('keeps an impossible date as the source states it, without inventing one', () => {
    const [row] = toRecordRows({
      inspections: {
        inspections: [
          inspection({
            fieldwork: { start: null, end: null, stated: '25 to 29 February 2013' },
            published: '2013-03-20',
          }),
        ],
      },
    });
    expect(row!.dateLabel).toBe(
      'Fieldwork as stated: 25 to 29 February 2013; published 20 March 2013',
    );
    expect(row!.sortDate).toBe('2013-03-20');
  });

  it('says an ungraded visit is not graded', () => {
    const [row] = toRecordRows({
      inspections: { inspections: [inspection({ graded: false, overall: null })] },
    });
    expect(row!.detail).toMatch(/^Not graded/);
  });

  it('says when a span has no known end', () => {
    const [row] = toRecordRows({ milestones: { milestones: [milestone()] } });
    expect(row!.dateLabel).toBe('2 October 2013, end date unknown');
  });

  it('collects citations from flags and date claims without repeats', () => {
    const m = milestone({
      flags: [
        {
          kind: 'conflict',
          field: 'date',
          message: 'x',
          sources: [ref('s001'), ref('s002', 'para 3.b.v')],
        },
      ],
      dateClaims: [{ field: 'date', date: '2018-05-09', sources: [ref('s001')] }],
    });
    const [row] = toRecordRows({ milestones: { milestones: [m] } });
    expect(row!.sources).toEqual([ref('s002', 'para 3.b.v'), ref('s001')]);
    expect(toCitationsBySource([row!]).get('s001')).toEqual([{ row, locators: ['p1'] }]);
  });

  it('orders by date with undated records last', () => {
    const rows = toRecordRows({
      milestones: {
        milestones: [
          milestone({ id: 'late', date: '2020' }),
          milestone({ id: 'none', date: null }),
          milestone({ id: 'early', date: '2013-03' }),
        ],
      },
    });
    expect(rows.map((r) => r.id)).toEqual(['early', 'late', 'none']);
    expect(sortRows(rows, 'date', 'descending').map((r) => r.id)).toEqual([
      'late',
      'early',
      'none',
    ]);
  });
});

describe('filterRows', () => {
  const rows = toRecordRows({
    inspections: { inspections: [inspection({ id: 'a', confidence: 'medium' })] },
    milestones: {
      milestones: [
        milestone({
          id: 'b',
          flags: [
            {
              kind: 'conflict',
              field: 'end',
              message: 'Sources disagree on the end',
              sources: [ref('p22')],
            },
          ],
        }),
      ],
    },
  });
  it.each([
    [{}, ['b', 'a']],
    [{ kind: 'inspection' as const }, ['a']],
    [{ confidence: 'medium' as const }, ['a']],
    [{ flaggedOnly: true }, ['b']],
    [{ text: 'DISAGREE end' }, ['b']],
    [{ text: 'p22' }, ['b']],
    [{ text: 'nothing like this' }, []],
  ])('%j keeps %j', (filter, ids) => {
    expect(filterRows(rows, filter).map((r) => r.id)).toEqual(ids);
  });
});

describe('sortRowsByDate', () => {
  // The keyed sort must give exactly the order of the comparator it replaces.
  it('orders rows as compareRowsByDate does, for any dates and ids', () => {
    const date = fc.oneof(
      fc.constant(null),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc
        .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc
        .tuple(
          fc.integer({ min: 1990, max: 2030 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const row = fc.record({ id: fc.string({ maxLength: 4 }), sortDate: date });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (partial) => {
        const rows = partial.map((r) => ({ ...r }) as unknown as RecordRow);
        expect(sortRowsByDate(rows)).toEqual([...rows].sort(compareRowsByDate));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toRecordRowsSteps', () => {
  it('pauses every ROWS_PER_STEP records and ends with every row in date order', () => {
    const count = 2 * ROWS_PER_STEP + 300;
    // Ids and dates in an order that is not the date order, so the sort at the end shows.
    const milestones = Array.from({ length: count }, (_, i) =>
      milestone({ id: `m${i}`, date: `${2000 + (i % 20)}-01-01` }),
    );
    const steps = toRecordRowsSteps({ milestones: { milestones } });
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Deriving the rows, then reading their dates: two pauses each.
    expect(pauses).toBe(4);
    expect(next.value).toHaveLength(count);
    expect(next.value.map((r) => r.sortDate)).toEqual(
      milestones.map((m) => m.date).sort((a, b) => a!.localeCompare(b!)),
    );
    expect(next.value).toEqual(sortRows(next.value, 'date', 'ascending'));
  });
});
