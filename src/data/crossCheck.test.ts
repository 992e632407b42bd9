import { describe, expect, it } from 'vitest';
import { crossCheck, crossCheckSteps, RECORDS_PER_STEP, type CrossCheckFiles } from './crossCheck';
import { formatDataProblem } from './problems';
import type { Body, Inspection, Milestone, Power, Relationship } from './schemas';

const cite = (source = 'doc-a') => [{ source, locator: 'para 1' }];
const prov = { sources: cite(), confidence: 'high' as const, flags: [] };

const body = (id: string, extra: Partial<Body> = {}): Body => ({
  id,
  name: id,
  shortName: id,
  kind: 'council',
  tier: 'local',
  start: null,
  end: null,
  holders: [],
  ...prov,
  ...extra,
});

const inspection = (extra: Partial<Inspection> = {}): Inspection => ({
  id: 'insp-1',
  subject: 'council',
  type: 'ilacs-standard',
  framework: 'ilacs',
  title: 'An inspection',
  graded: true,
  fieldwork: { start: '2019-06-17', end: null },
  published: '2019-07-29',
  overall: 'inadequate',
  area: 'overall',
  judgements: [],
  priorityActions: [],
  inspectors: [],
  dateClaims: [],
  ...prov,
  ...extra,
});

const milestone = (extra: Partial<Milestone> = {}): Milestone => ({
  id: 'ms-1',
  kind: 'direction',
  lane: 'dfe',
  title: 'A direction',
  summary: 'Something happened.',
  date: '2018-11-30',
  end: null,
  endStatus: 'none',
  actors: ['council'],
  dateClaims: [],
  ...prov,
  ...extra,
});

const relationship = (extra: Partial<Relationship> = {}): Relationship => ({
  id: 'rel-1',
  type: 'directs',
  from: 'minister',
  to: 'council',
  start: '2018-11-30',
  end: null,
  endStatus: 'open',
  label: 'directs the council',
  ...prov,
  ...extra,
});

const power = (extra: Partial<Power> = {}): Power => ({
  id: 'pow-1',
  function: 'csc-instructions',
  holder: 'minister',
  over: 'council',
  start: '2018-11-30',
  end: null,
  endStatus: 'open',
  authority: 'a direction',
  ...prov,
  ...extra,
});

/** A small, consistent set of files; each case below breaks one thing. */
function clean(): Required<Omit<CrossCheckFiles, 'england'>> {
  return {
    sources: {
      sources: [
        { id: 'doc-a', title: 'Doc A', kind: 'letter', standing: 'official', date: null, url: null },
        { id: 'doc-b', title: 'Doc B', kind: 'report', standing: 'official', date: null, url: null },
        { id: 'press-a', title: 'Press A', kind: 'press-report', standing: 'secondary', publisher: 'Paper A', date: null, url: null },
        { id: 'press-b', title: 'Press B', kind: 'press-report', standing: 'secondary', publisher: 'Paper B', date: null, url: null },
        { id: 'press-a2', title: 'Press A again', kind: 'press-report', standing: 'secondary', publisher: 'Paper A', date: null, url: null },
        { id: 'sheet', title: 'Research sheet', kind: 'research-note', standing: 'finder', date: null, url: null },
      ],
    },
    inspections: {
      inspections: [
        inspection(),
        inspection({
          id: 'insp-2013',
          type: 'adoption-agency',
          framework: 'pre-sif',
          overall: 'inadequate',
          area: 'adoption',
          judgements: [{ area: 'adoption', label: 'Safeguarding', grade: 'adequate', sources: cite('doc-b') }],
        }),
        inspection({ id: 'visit', type: 'ilacs-focused-visit', graded: false, overall: null }),
      ],
    },
    milestones: {
      milestones: [
        milestone(),
        milestone({
          id: 'ms-expected',
          kind: 'expected',
          expected: { by: '2019-02', outcomeRef: 'insp-1' },
          dateClaims: [{ field: 'date', date: '2018-11', sources: cite('doc-b') }],
        }),
      ],
    },
    governance: {
      bodies: [
        body('council', { end: '2021-03-31' }),
        body('successor', { start: '2021-04-01' }),
        body('minister', { kind: 'minister', tier: 'national' }),
        body('leader', {
          kind: 'post',
          partOf: 'council',
          holders: [{ name: 'A Person', start: null, end: null, ...prov }],
        }),
      ],
      relationships: [
        relationship(),
        relationship({
          id: 'rel-replaced',
          type: 'replaced-by',
          from: 'council',
          to: 'successor',
          start: '2021-04-01',
          endStatus: 'open',
        }),
      ],
      powers: [power()],
    },
  };
}

type Files = ReturnType<typeof clean>;

describe('crossCheck', () => {
  it('finds nothing wrong in a consistent set of files', () => {
    expect(crossCheck(clean())).toEqual([]);
  });

  it('checks nothing it has not been given', () => {
    expect(crossCheck({})).toEqual([]);
    const { inspections } = clean();
    // Without sources.json and governance.json, unknown ids cannot be judged.
    inspections.inspections[0]!.subject = 'nowhere';
    inspections.inspections[0]!.sources = cite('nothing');
    expect(crossCheck({ inspections })).toEqual([]);
    // An expected outcome may be an inspection: without inspections.json it is not judged.
    const { milestones } = clean();
    expect(crossCheck({ milestones })).toEqual([]);
  });

  const cases: [string, (f: Files) => void, string][] = [
    [
      'an unknown source in a record',
      (f) => (f.inspections.inspections[0]!.sources = cite('doc-x')),
      'inspections.json: inspections[0].sources[0].source (record "insp-1"): cites unknown source "doc-x": no such id in sources.json',
    ],
    [
      "an unknown source in a flag's sources",
      (f) =>
        (f.milestones.milestones[0]!.flags = [
          { kind: 'conflict', field: 'date', message: 'Two dates.', sources: [...cite(), ...cite('doc-x')] },
        ]),
      'milestones.json: milestones[0].flags[0].sources[1].source (record "ms-1"): cites unknown source "doc-x": no such id in sources.json',
    ],
    [
      "an unknown source in a date claim's sources",
      (f) => (f.milestones.milestones[1]!.dateClaims[0]!.sources = cite('doc-x')),
      'milestones.json: milestones[1].dateClaims[0].sources[0].source (record "ms-expected"): cites unknown source "doc-x": no such id in sources.json',
    ],
    [
      "an unknown source in a judgement's sources",
      (f) => (f.inspections.inspections[1]!.judgements[0]!.sources = cite('doc-x')),
      'inspections.json: inspections[1].judgements[0].sources[0].source (record "insp-2013"): cites unknown source "doc-x": no such id in sources.json',
    ],
    [
      "an unknown source in a post-holder's sources",
      (f) => (f.governance.bodies[3]!.holders[0]!.sources = cite('doc-x')),
      'governance.json: bodies[3].holders[0].sources[0].source (record "leader"): cites unknown source "doc-x": no such id in sources.json',
    ],
    [
      'an unknown inspection subject',
      (f) => (f.inspections.inspections[0]!.subject = 'county-council'),
      'inspections.json: inspections[0].subject (record "insp-1"): subject "county-council" is not a body in governance.json',
    ],
    [
      'an unknown milestone actor',
      (f) => (f.milestones.milestones[0]!.actors = ['council', 'dfe']),
      'milestones.json: milestones[0].actors[1] (record "ms-1"): actor "dfe" is not a body in governance.json',
    ],
    [
      'an unknown relationship end',
      (f) => (f.governance.relationships[0]!.to = 'counsil'),
      'governance.json: relationships[0].to (record "rel-1"): to "counsil" is not a body in governance.json',
    ],
    [
      'an unknown power holder',
      (f) => (f.governance.powers[0]!.holder = 'commissioner'),
      'governance.json: powers[0].holder (record "pow-1"): holder "commissioner" is not a body in governance.json',
    ],
    [
      'an unknown power subject',
      (f) => (f.governance.powers[0]!.over = 'trust'),
      'governance.json: powers[0].over (record "pow-1"): over "trust" is not a body in governance.json',
    ],
    [
      'an unknown parent body',
      (f) => (f.governance.bodies[3]!.partOf = 'county'),
      'governance.json: bodies[3].partOf (record "leader"): partOf "county" is not a body in governance.json',
    ],
    [
      "'adequate' outside the pre-SIF frameworks",
      (f) => (f.inspections.inspections[0]!.overall = 'adequate'),
      'inspections.json: inspections[0].overall (record "insp-1"): grade "adequate" exists only on the pre-SIF scale, not on "ilacs"',
    ],
    [
      "'requires improvement' on the pre-SIF scale",
      (f) => (f.inspections.inspections[1]!.judgements[0]!.grade = 'requires-improvement'),
      'inspections.json: inspections[1].judgements[0].grade (record "insp-2013"): grade "requires-improvement" does not exist on the pre-SIF scale (its middle grade was "adequate")',
    ],
    [
      'a grade on an ungraded visit',
      (f) => (f.inspections.inspections[2]!.overall = 'inadequate'),
      'inspections.json: inspections[2].overall (record "visit"): an ungraded visit must have no overall grade, but has "inadequate"',
    ],
    [
      'an expected outcome that names nothing',
      (f) => (f.milestones.milestones[1]!.expected = { by: '2019-02', outcomeRef: 'report-2019' }),
      'milestones.json: milestones[1].expected.outcomeRef (record "ms-expected"): outcome "report-2019" is not a milestone or inspection id',
    ],
    [
      'a relationship that starts before its body exists',
      (f) => (f.governance.relationships[1]!.start = '2021-03'),
      'governance.json: relationships[1].start (record "rel-replaced"): starts (2021-03) before "successor" exists (from 2021-04-01)',
    ],
    [
      'a relationship that starts after its body ended',
      (f) => (f.governance.relationships[0]!.start = '2021-04-01'),
      'governance.json: relationships[0].start (record "rel-1"): starts (2021-04-01) after "council" ended (2021-03-31)',
    ],
    [
      'a relationship that ends after its body ended',
      (f) => Object.assign(f.governance.relationships[0]!, { end: '2021-04-30', endStatus: 'known' }),
      'governance.json: relationships[0].end (record "rel-1"): ends (2021-04-30) after "council" ended (2021-03-31)',
    ],
    // The README's confidence rule: high needs an official source or two independent reports.
    [
      'a high-confidence record on one secondary source',
      (f) => (f.milestones.milestones[0]!.sources = [...cite('press-a'), ...cite('sheet')]),
      'milestones.json: milestones[0].confidence (record "ms-1"): marked high, but cites no official or primary source and only one secondary source ("press-a"): high needs an official or primary document, or two independent reliable reports that agree',
    ],
    [
      'a high-confidence record on two reports from the same publisher',
      (f) => (f.inspections.inspections[0]!.sources = [...cite('press-a'), ...cite('press-a2')]),
      'inspections.json: inspections[0].confidence (record "insp-1"): marked high, but cites no official or primary source and only one secondary source ("press-a", "press-a2"): high needs an official or primary document, or two independent reliable reports that agree',
    ],
    [
      'a high-confidence post-holder on the research sheet alone',
      (f) => (f.governance.bodies[3]!.holders[0]!.sources = cite('sheet')),
      'governance.json: bodies[3].holders[0].confidence (record "leader"): marked high, but cites no official or primary source and no secondary source: high needs an official or primary document, or two independent reliable reports that agree',
    ],
    [
      'a high-confidence judgement on one secondary source',
      (f) => Object.assign(f.inspections.inspections[1]!.judgements[0]!, { sources: cite('press-b'), confidence: 'high' }),
      'inspections.json: inspections[1].judgements[0].confidence (record "insp-2013"): marked high, but cites no official or primary source and only one secondary source ("press-b"): high needs an official or primary document, or two independent reliable reports that agree',
    ],
    // A plan is not a known end.
    [
      'a known relationship end whose only source gives a plan',
      (f) =>
        Object.assign(f.governance.relationships[0]!, {
          end: '2021-03-31',
          endStatus: 'known',
          sources: [...cite(), { source: 'doc-b', locator: 'para 2', field: 'end', gives: 'plan' }],
        }),
      'governance.json: relationships[0].endStatus (record "rel-1"): end 2021-03-31 is marked known, but every source cited for it gives only a plan: mark the end "planned"',
    ],
    [
      "a body's end (known by default) whose only source gives a plan",
      (f) =>
        Object.assign(f.governance.bodies[0]!, {
          sources: [...cite(), { source: 'doc-b', locator: 'para 2', field: 'end', gives: 'plan' }],
        }),
      'governance.json: bodies[0].endStatus (record "council"): end 2021-03-31 is marked known, but every source cited for it gives only a plan: mark the end "planned"',
    ],
    [
      'a known milestone end resting on a plan and an inference',
      (f) =>
        Object.assign(f.milestones.milestones[0]!, {
          end: '2019-02',
          endStatus: 'known',
          sources: [
            ...cite(),
            { source: 'doc-b', locator: 'annex', field: 'end', gives: 'plan' },
            { source: 'doc-a', locator: 'para 3', field: 'end', gives: 'inference' },
          ],
        }),
      'milestones.json: milestones[0].endStatus (record "ms-1"): end 2019-02 is marked known, but every source cited for it gives only a plan or an inference: mark the end "inferred"',
    ],
    // One id, one record, across files.
    [
      'an id used in two files',
      (f) => (f.governance.relationships[1]!.id = 'ms-expected'),
      'governance.json: relationships[1].id (record "ms-expected"): duplicate id "ms-expected": milestones.json: milestones[1] already uses it',
    ],
    [
      'an overall grade where the framework gives none',
      (f) => (f.inspections.inspections[0]!.overallStatus = 'not-given'),
      'inspections.json: inspections[0].overall (record "insp-1"): the framework gives no overall grade ("not-given"), but the record has "inadequate"',
    ],
  ];

  it.each(cases)('reports %s', (_name, breakIt, expected) => {
    const files = clean();
    breakIt(files);
    expect(crossCheck(files).map(formatDataProblem)).toEqual([expected]);
  });

  it('lets a replaced body hand over the day after it ends, but no later', () => {
    const files = clean();
    expect(crossCheck(files)).toEqual([]);
    files.governance.relationships[1]!.start = '2021-04-02';
    expect(crossCheck(files).map((p) => p.path)).toEqual(['relationships[1].start']);
  });

  it('takes a planned end, or a known end with a source that states it, as it is', () => {
    const files = clean();
    const planned = { source: 'doc-b', locator: 'para 2', field: 'end', gives: 'plan' as const };
    Object.assign(files.governance.relationships[0]!, { end: '2021-03-31', endStatus: 'planned', sources: [...cite(), planned] });
    expect(crossCheck(files)).toEqual([]);
    Object.assign(files.governance.relationships[0]!, {
      endStatus: 'known',
      sources: [...cite(), planned, { source: 'doc-a', locator: 'para 4', field: 'end' }],
    });
    expect(crossCheck(files)).toEqual([]);
  });

  it('takes two reports from different publishers, or one official source, as high', () => {
    const files = clean();
    files.milestones.milestones[0]!.sources = [...cite('press-a'), ...cite('press-b')];
    files.inspections.inspections[0]!.sources = [...cite('press-a'), ...cite('doc-b')];
    expect(crossCheck(files)).toEqual([]);
    files.milestones.milestones[0]!.sources = cite('press-a');
    files.milestones.milestones[0]!.confidence = 'medium';
    expect(crossCheck(files)).toEqual([]);
  });

  it('does not judge periods whose precision leaves room either way', () => {
    const files = clean();
    // March 2021 may mean 31 March, which the council lived to see.
    files.governance.relationships[0]!.start = '2021-03';
    files.governance.relationships[0]!.end = '2021';
    files.governance.relationships[0]!.endStatus = 'known';
    expect(crossCheck(files)).toEqual([]);
  });
});

describe('crossCheckSteps', () => {
  it('pauses every RECORDS_PER_STEP records, and still names the file, record and field', () => {
    const files = clean();
    const many = Array.from({ length: 2 * RECORDS_PER_STEP + 500 }, (_, i) => milestone({ id: `ms-${i}` }));
    many[2 * RECORDS_PER_STEP + 100]!.sources = cite('no-such-doc');
    files.milestones.milestones = many;
    const steps = crossCheckSteps(files);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // Each milestone is looked at twice (its id, then its fields): 5,000 looks, 5 pauses at least.
    expect(pauses).toBeGreaterThanOrEqual(5);
    const i = 2 * RECORDS_PER_STEP + 100;
    expect(next.value.map(formatDataProblem)).toEqual([
      `milestones.json: milestones[${i}].sources[0].source (record "ms-${i}"): cites unknown source "no-such-doc": no such id in sources.json`,
    ]);
    expect(crossCheck(files)).toEqual(next.value);
  });
});
