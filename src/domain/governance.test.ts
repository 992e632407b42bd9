import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../tests/msw/handlers';
import type { GovernanceFile } from './types';
import {
  describeBodyEnd,
  diffGovernance,
  diffOnDay,
  getChangeDates,
  getChangeOnOrBefore,
  governanceAsAt,
} from './governance';
import {
  describeChanges,
  formatItemPeriod,
  formatPeriod,
  formatPresence,
  makeNameLookup,
  summariseGovernance,
} from './governanceText';

const real = readDataFile('governance.json') as GovernanceFile;
const src = [{ source: 's', locator: 'p1' }];
const base = { sources: src, confidence: 'high' as const, flags: [] };
const body = (id: string, start: string | null = null, end: string | null = null, extra = {}) => ({
  id,
  name: `Body ${id}`,
  shortName: id,
  kind: 'council' as const,
  tier: 'local' as const,
  start,
  end,
  holders: [],
  ...base,
  ...extra,
});
const rel = (
  id: string,
  from: string,
  to: string,
  start: string | null,
  end: string | null,
  endStatus: 'known' | 'open' | 'unknown',
) => ({
  id,
  type: 'directs' as const,
  from,
  to,
  start,
  end,
  endStatus,
  label: 'directs the other',
  ...base,
});
const fixture = (parts: Partial<GovernanceFile>): GovernanceFile => ({
  bodies: [],
  relationships: [],
  powers: [],
  ...parts,
});

describe('governanceAsAt', () => {
  it('is empty for an empty file', () => {
    const state = governanceAsAt(fixture({}), '2018-11-30');
    expect(state.bodies).toEqual([]);
    expect(summariseGovernance(state, () => '')).toBe(
      'The data records no bodies or relationships on 30 November 2018.',
    );
  });

  it.each([
    // [case, relationship start, end, endStatus, day, expected status or null for not shown]
    ['known span, inside', '2018-01-01', '2018-12-31', 'known', '2018-06-01', 'yes'],
    ['known span, after the end', '2018-01-01', '2018-12-31', 'known', '2019-01-01', null],
    ['before it starts', '2018-01-01', null, 'open', '2017-12-31', null],
    ['open end', '2018-01-01', null, 'open', '2025-01-01', 'yes'],
    [
      'unknown end, later day: may have ended',
      '2018-01-01',
      null,
      'unknown',
      '2019-01-01',
      'uncertain',
    ],
    ['unknown end, on its first day: in force', '2018-01-01', null, 'unknown', '2018-01-01', 'yes'],
    ['month start, inside that month', '2022-01', null, 'open', '2022-01-15', 'uncertain'],
    ['month start, after that month', '2022-01', null, 'open', '2022-02-01', 'yes'],
    ['year start, inside that year', '2014', null, 'open', '2014-06-01', 'uncertain'],
  ] as const)('%s', (_, start, end, endStatus, day, expected) => {
    const file = fixture({
      bodies: [body('a'), body('b')],
      relationships: [rel('r', 'a', 'b', start, end, endStatus)],
    });
    const state = governanceAsAt(file, day);
    expect(state.relationships[0]?.status ?? null).toBe(expected);
  });

  it('never shows a relationship on a day when a body it names did not exist', () => {
    const file = fixture({
      bodies: [body('a'), body('b', null, '2021-03-31')],
      relationships: [rel('r', 'a', 'b', '2018-11-30', null, 'unknown')],
    });
    expect(governanceAsAt(file, '2021-03-31').relationships).toHaveLength(1);
    expect(governanceAsAt(file, '2021-04-01').relationships).toHaveLength(0);
    expect(governanceAsAt(file, '2021-04-01').bodies.map((b) => b.body.id)).toEqual([]);
  });

  it('marks a relationship with no start as uncertain when a body it names has a recorded start', () => {
    const file = fixture({
      bodies: [body('a', '2018-11-30'), body('b')],
      relationships: [rel('r', 'a', 'b', null, null, 'open')],
    });
    const [r] = governanceAsAt(file, '2019-01-01').relationships;
    expect(r?.status).toBe('uncertain');
    expect(r?.reasons).toContain('start-unknown');
  });

  it('on 30 November 2018 has the DfE direction, the commissioner, Lincolnshire as adviser and the MHCLG commissioners', () => {
    const state = governanceAsAt(real, '2018-11-30');
    const rels = state.relationships.map((r) => r.relationship.id);
    expect(rels).toEqual(
      expect.arrayContaining([
        'sos-education-directs-ncc-2018',
        'csc-directs-ncc',
        'lincolnshire-advises-ncc',
        'sos-housing-appoints-mhclg-commissioners',
      ]),
    );
    const bodies = state.bodies.map((b) => b.body.id);
    expect(bodies).toEqual(
      expect.arrayContaining([
        'childrens-services-commissioner',
        'lincolnshire-county-council',
        'mhclg-commissioners',
        'northamptonshire-county-council',
      ]),
    );
    // The 30 November 2018 direction (section 497A(4B)) is in force; the 2013 one was lifted by
    // July 2017, so it is not shown.
    const dfe = state.relationships.find(
      (r) => r.relationship.id === 'sos-education-directs-ncc-2018',
    );
    expect(dfe?.status).toBe('yes');
    expect(dfe?.relationship.legalBasis).toBe('section 497A(4B) of the Education Act 1996');
    expect(rels).not.toContain('sos-education-directs-ncc-2013');
  });

  // The 2013 direction: the ministers' letter says the intervention ran to 2016, the press that
  // supervision was lifted in July 2017; the revocation date is unknown (issue 18).
  const direction2013 = (day: string) =>
    governanceAsAt(real, day).relationships.find(
      (x) => x.relationship.id === 'sos-education-directs-ncc-2013',
    );

  it.each(['2016-06-01', '2017-01-01', '2017-07-01'])(
    'on %s has the 2013 direction, possibly in force: its end is disputed (2016 or July 2017)',
    (day) => {
      const r = direction2013(day);
      expect(r?.status).toBe('uncertain');
      expect(r?.reasons).toEqual(expect.arrayContaining(['end-unknown', 'end-disputed']));
      expect(r?.endNote).toBe('ended 2016 or July 2017: sources disagree');
      expect(formatPresence(r!.status, r!.reasons, r!.endNote)).toBe(
        'uncertain: end date unknown; ended 2016 or July 2017: sources disagree',
      );
      expect(r?.relationship.flags).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'conflict', field: 'end' })]),
      );
    },
  );

  it('has the 2013 direction firmly in force before 2016, and gone after July 2017, when every source has it ended', () => {
    expect(direction2013('2015-12-31')).toEqual(
      expect.objectContaining({ status: 'yes', reasons: [], endNote: null }),
    );
    expect(direction2013('2017-08-01')).toBeUndefined();
  });

  it('on 1 January 2017 says in words that the 2013 direction ended 2016 or July 2017, the sources disagreeing', () => {
    const state = governanceAsAt(real, '2017-01-01');
    const text = summariseGovernance(state, makeNameLookup(real));
    expect(text).toContain('(2013 direction)): ended 2016 or July 2017: sources disagree.');
    expect(formatItemPeriod(direction2013('2017-01-01')!.relationship)).toBe(
      'From 2 October 2013; ended 2016 or July 2017: sources disagree',
    );
  });

  it('shows a planned end as a plan, never as a known end: the MHCLG commissioners', () => {
    const r = governanceAsAt(real, '2020-01-01').relationships.find(
      (x) => x.relationship.id === 'sos-housing-appoints-mhclg-commissioners',
    );
    expect(r?.status).toBe('uncertain');
    expect(r?.reasons).toContain('end-planned');
    expect(r?.endNote).toBe('due to end 31 March 2021 (planned; actual end not recorded)');
    expect(formatItemPeriod(r!.relationship)).toBe(
      'From 10 May 2018; due to end 31 March 2021 (planned; actual end not recorded)',
    );
    const holders = governanceAsAt(real, '2020-01-01').bodies.find(
      (b) => b.body.id === 'mhclg-commissioners',
    )!.holders;
    expect(holders.map((h) => h.status)).toEqual(['uncertain', 'uncertain']);
  });

  it('shows an inferred end and an inferred start as inferred', () => {
    const csc = governanceAsAt(real, '2021-06-01').relationships.find(
      (x) => x.relationship.id === 'sos-education-appoints-csc',
    );
    expect(csc?.endNote).toBe('end January 2022 inferred (no source states it)');
    const board = governanceAsAt(real, '2021-06-01').bodies.find(
      (b) => b.body.id === 'improvement-board',
    );
    expect(board?.reasons).toEqual(['start-inferred']);
  });

  it('on 1 April 2021 has the two unitary councils and the trust, and no county council', () => {
    const bodies = governanceAsAt(real, '2021-04-01').bodies.map((b) => b.body.id);
    expect(bodies).toEqual(
      expect.arrayContaining([
        'north-northamptonshire-council',
        'west-northamptonshire-council',
        'northamptonshire-childrens-trust',
      ]),
    );
    expect(bodies).not.toContain('northamptonshire-county-council');
    expect(bodies).not.toContain('ncc-leader');
  });

  it('keeps the two improvement boards apart', () => {
    const bodies = governanceAsAt(real, '2022-02-01').bodies.map((b) => b.body.id);
    expect(bodies).toEqual(expect.arrayContaining(['improvement-board-2014', 'improvement-board']));
  });
});

describe('getChangeDates', () => {
  it('lists the days the structure changed, keeping each date’s precision', () => {
    const changes = getChangeDates(real);
    expect(changes.map((c) => c.date)).toEqual(
      expect.arrayContaining([
        '2013-10-02',
        '2018-05-10',
        '2018-11-30',
        '2019-06-10',
        '2019-10-17',
        '2020-11-01',
        '2021-04-01',
        '2022-01-01',
      ]),
    );
    const jan2022 = changes.find((c) => c.date === '2022-01-01');
    expect(jan2022?.stated).toBe('2022-01');
    expect(jan2022?.label).toMatch(/^January 2022: /);
    expect(changes.find((c) => c.stated === '2014')?.label).toMatch(/^2014: /);
  });

  it('is empty for an empty file and skips dates on which nothing is shown to change', () => {
    expect(getChangeDates(fixture({}))).toEqual([]);
    // A body with no relationship is never shown, so its start changes nothing.
    expect(getChangeDates(fixture({ bodies: [body('a', '2020-01-01')] }))).toEqual([]);
  });

  it('finds the last change on or before a day', () => {
    const changes = getChangeDates(real);
    expect(getChangeOnOrBefore(changes, '2020-06-01')?.date).toBe('2019-10-17');
    expect(getChangeOnOrBefore(changes, '2018-11-30')?.date).toBe('2018-11-30');
    expect(getChangeOnOrBefore(changes, '2000-01-01')).toBeUndefined();
  });
});

describe('diffGovernance and describeChanges', () => {
  const name = makeNameLookup(real);

  it('says in words what the trust took on from 1 November 2020', () => {
    const lines = describeChanges(diffOnDay(real, '2020-11-01'), name);
    expect(lines).toContain(
      "From 1 November 2020: Northamptonshire Children's Trust delivers children's services for Northamptonshire County Council",
    );
    expect(lines).toContain(
      "Ended 31 October 2020: Delivery of children's social care for Northamptonshire County Council: held by Northamptonshire County Council",
    );
  });

  it('on 1 April 2021 names the Structural Changes Order, and bounds unknown ends by the council’s abolition', () => {
    const lines = describeChanges(diffOnDay(real, '2021-04-01'), name);
    expect(
      lines.some(
        (l) =>
          l.includes('is replaced by North Northamptonshire Council') &&
          l.includes('Northamptonshire (Structural Changes) Order 2020'),
      ),
    ).toBe(true);
    expect(lines).toContain('Ended 31 March 2021: Northamptonshire County Council');
    expect(
      lines.some(
        (l) =>
          l.startsWith('Ended by 31 March 2021 at the latest') &&
          l.includes('own end date unknown'),
      ),
    ).toBe(true);
  });

  it('keeps a month a month', () => {
    const lines = describeChanges(diffOnDay(real, '2022-01-01'), name);
    expect(lines.every((l) => l.startsWith('From January 2022: '))).toBe(true);
  });

  it('is empty between two identical days', () => {
    const a = governanceAsAt(real, '2020-01-01');
    const d = diffGovernance(a, governanceAsAt(real, '2020-01-02'));
    expect(describeChanges(d, name)).toEqual([]);
  });
});

describe('summariseGovernance', () => {
  const name = makeNameLookup(real);
  // Counted from the file, not from governanceAsAt: relationships begun before the day (or with no
  // recorded start) and with no recorded end, between bodies that both existed on the day.
  const exists = (id: string, day: string) =>
    real.bodies.some((b) => b.id === id && (b.start ?? '') <= day && (b.end ?? '9999') >= day);
  const endUnknownOn = (day: string) =>
    real.relationships.filter(
      (r) =>
        r.endStatus === 'unknown' &&
        // An unknown end that sources date is over once the latest of their dates has passed.
        !(
          (r.dateClaims ?? []).length > 0 &&
          (r.dateClaims ?? []).every((c) => c.date !== null && c.date < day.slice(0, c.date.length))
        ) &&
        (r.start ?? '') < day &&
        exists(r.from, day) &&
        exists(r.to, day),
    ).length;

  it.each([
    [
      '2018-11-30',
      /Directions to Northamptonshire County Council: from [^.]*Secretary of State for Education/,
    ],
    [
      '2021-04-01',
      /No direction is recorded in force\. Children's social care is delivered by Northamptonshire Children's Trust for North Northamptonshire Council and West Northamptonshire Council\./,
    ],
  ])('on %s', (day, expected) => {
    expect(summariseGovernance(governanceAsAt(real, day), name)).toMatch(expected);
  });

  it('on 2020-01-01 says how many relationships are uncertain, and why', () => {
    const n = endUnknownOn('2020-01-01');
    expect(n).toBeGreaterThan(1);
    // Besides those with no recorded end: the commissioners' planned end, the commissioner's inferred one.
    const text = summariseGovernance(governanceAsAt(real, '2020-01-01'), name);
    expect(text).toContain(
      `, ${n + 2} of them uncertain on this date (${n} with no recorded end date), shown dashed`,
    );
    expect(text).toContain(
      'appoints Commissioners for Northamptonshire County Council: due to end 31 March 2021 (planned; actual end not recorded)',
    );
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2018-11-30', null, 'unknown', 'From 30 November 2018; end date unknown'],
    ['2021-04-01', null, 'open', 'From 1 April 2021; still in force when last known'],
    ['2020-11-01', '2021-03-31', 'known', '1 November 2020 to 31 March 2021'],
    [null, '2018-05-09', 'known', 'Until 9 May 2018'],
    ['2022-01', null, 'open', 'From January 2022; still in force when last known'],
  ] as const)('%s to %s (%s)', (start, end, status, expected) => {
    expect(formatPeriod(start, end, status)).toBe(expected);
  });
});

describe('describeBodyEnd: an ended body is never drawn as current (issue 19)', () => {
  const endOn = (day: string) =>
    new Map(
      governanceAsAt(real, day).bodies.map((entry) => [
        entry.body.id,
        describeBodyEnd(governanceAsAt(real, day), entry),
      ]),
    );

  it.each(['2018-05-10', '2018-11-30', '2022-11-25'])(
    'on %s the 2014 improvement board may have ended, with no end date invented',
    (day) => {
      const end = endOn(day).get('improvement-board-2014');
      expect(end).toEqual({
        kind: 'may-have-ended',
        brief: 'end date unknown',
        full: 'may have ended: in the data from 2014, no source records when it ended',
      });
      // The data gives no end for the board: the words name none.
      expect(end!.full).not.toMatch(/\b(19|20)\d\d\b(?<!2014)/);
    },
  );

  it('in 2014 itself the 2014 board is not said to have ended: its year has not passed', () => {
    expect(endOn('2014-06-01').get('improvement-board-2014')).toBeNull();
  });

  it('keeps the 2021 board current: its one role on 1 April 2021 has an inferred end, not an unknown one', () => {
    expect(endOn('2021-04-01').get('improvement-board')).toBeNull();
    expect(endOn('2022-11-25').get('improvement-board')).toBeNull();
  });

  it('keeps the MHCLG commissioners current up to their planned end: a plan yet to fall due is not an end', () => {
    // Appointed 10 May 2018, due to end 31 March 2021 (planned; the actual end is not recorded).
    for (const day of ['2018-11-30', '2020-11-01', '2021-03-31'])
      expect(endOn(day).get('mhclg-commissioners') ?? null, day).toBeNull();
  });

  it('never says a standing office may have ended, however uncertain its roles', () => {
    // On 1 April 2021 every role of the DfE and the children’s minister is uncertain.
    const ends = endOn('2021-04-01');
    for (const id of ['dfe', 'childrens-minister', 'secretary-of-state-for-education', 'ofsted'])
      expect(ends.get(id) ?? null, id).toBeNull();
  });

  it('draws a firm body as current: the Children’s Services Commissioner on the day of appointment', () => {
    expect(endOn('2018-11-30').get('childrens-services-commissioner')).toBeNull();
    expect(endOn('2018-11-30').get('lincolnshire-county-council')).toBeNull();
  });
});
