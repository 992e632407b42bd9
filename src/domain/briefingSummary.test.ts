import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getBriefingPosition,
  getCurrentHolders,
  getHeadline,
  summariseBriefing,
} from './briefingSummary';
import type { GovernanceFile, InspectionsFile, MilestonesFile } from './types';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8')) as T;
const data = {
  inspections: read<InspectionsFile>('inspections.json').inspections,
  milestones: read<MilestonesFile>('milestones.json').milestones,
  governance: read<GovernanceFile>('governance.json'),
};
const summary = (asAt: string) => summariseBriefing(getBriefingPosition(data, asAt)).join(' ');

describe('the briefing summary, generated from the data for any date', () => {
  it('1 March 2013: no overall judgement yet; adoption inadequate in 2012; no intervention; the council delivers', () => {
    const text = summary('2013-03-01');
    expect(text).toContain("No overall judgement of children's services had been published yet.");
    expect(text).toContain('Adoption was last judged inadequate (2012).');
    expect(text).toContain('No government intervention is recorded in force.');
    expect(text).toContain(
      "Children's social care is delivered by Northamptonshire County Council itself.",
    );
    // The child-protection report of 20 March 2013 was not out yet.
    expect(text).not.toMatch(/March 2013/);
  });

  it('1 September 2026: the July 2026 inspection of both councils, and that its framework gives no overall grade', () => {
    const text = summary('2026-09-01');
    expect(text).toContain(
      'The last overall judgements were of North Northamptonshire Council and West Northamptonshire Council: each requires improvement (25 November 2022).',
    );
    expect(text).toContain(
      "Ofsted's later inspections of North Northamptonshire Council and West Northamptonshire Council (7 July 2026) gave no overall grade: the framework in force does not give one.",
    );
    expect(text).toContain('Help and protection was last judged good (7 July 2026).');
    expect(text).toContain('Children in care was last judged good (7 July 2026).');
    expect(text).toContain('Care leavers was last judged good (7 July 2026).');
    expect(text).toMatch(/was last judged outstanding \(7 July 2026\)\./);
    // The 2023 fostering visit came before the 2026 inspection: not "since then".
    expect(text).not.toContain('Since then');
    // Not before its publication.
    expect(summary('2026-07-06')).not.toContain('2026');
  });

  // Issue 18: what was expected next, on any date in 2019–2020, from the expectations held then.
  it.each([
    ['2019-05-01', [], ['Two unitary councils', "Children's trust"]],
    [
      '2019-06-01',
      ['Expected next: Two unitary councils expected from 1 April 2021.'],
      ["Children's trust"],
    ],
    [
      '2019-12-01',
      [
        'Expected next: Two unitary councils expected from 1 April 2021.',
        "Expected next: Children's trust expected to take over services from July 2020.",
      ],
      [],
    ],
    [
      '2020-05-15',
      ['Expected next: Two unitary councils expected from 1 April 2021.'],
      ["Children's trust expected"],
    ],
    ['2021-04-02', [], ['Two unitary councils expected']],
  ])('%s: expected next', (day, present, absent) => {
    const text = summary(day);
    for (const p of present) expect(text).toContain(p);
    for (const a of absent) expect(text).not.toContain(a);
  });

  it('1 June 2020: the 2019 fostering judgement (known to the year only) is in the briefing', () => {
    const text = summary('2020-06-01');
    expect(text).toContain(
      'The last overall judgement was of Northamptonshire County Council: inadequate (29 July 2019).',
    );
    expect(text).toContain('Fostering was last judged inadequate (2019).');
    // Not before the end of 2019: the year may mean any day of it.
    expect(summary('2019-08-01')).not.toContain('Fostering');
  });

  it('1 June 2016: requires improvement (April 2016), the 2013 direction in force with its disputed end', () => {
    const text = summary('2016-06-01');
    expect(text).toContain(
      'The last overall judgement was of Northamptonshire County Council: requires improvement (April 2016).',
    );
    expect(text).toContain(
      'the Education Secretary directs Northamptonshire County Council (since 2 October 2013; ended 2016 or July 2017: sources disagree)',
    );
    expect(text).not.toContain('Communities Secretary');
  });

  it('30 November 2018: requires improvement (April 2016), the October visit, the direction and commissioner of the day, the MHCLG commissioners since May', () => {
    const text = summary('2018-11-30');
    expect(text).toContain('requires improvement (April 2016)');
    expect(text).toMatch(
      /Since then, Ofsted's focused visit.*\(13 November 2018, not graded\).*deteriorated significantly since 2016\. It set 2 areas for priority action\./,
    );
    expect(text).toContain(
      'On this day: DfE statutory direction appointing a Children’s Services Commissioner',
    );
    expect(text).toContain(
      'the Education Secretary directs Northamptonshire County Council (since 30 November 2018; under section 497A(4B) of the Education Act 1996)',
    );
    expect(text).toContain(
      'the Communities Secretary directs Northamptonshire County Council (since 10 May 2018; under section 15(5) and (6) of the Local Government Act 1999',
    );
    expect(text).toMatch(
      /In post: the MHCLG commissioners \(Tony McArdle.*Brian Roberts.*since 10 May 2018\) and the Children's Services Commissioner \(Malcolm Newsam CBE, since 30 November 2018\)/,
    );
    expect(text).toContain(
      "Expected next: Children's Services Commissioner's report due by the end of February 2019.",
    );
    expect(text).not.toContain('2 October 2013');
  });

  it('1 November 2020: inadequate (29 July 2019), the trust goes live and delivers for the county council, Andrew Christie in post', () => {
    const text = summary('2020-11-01');
    expect(text).toContain(
      'The last overall judgement was of Northamptonshire County Council: inadequate (29 July 2019).',
    );
    expect(text).toContain('On this day: Northamptonshire Children’s Trust goes live.');
    expect(text).toContain(
      "Children's social care is delivered by Northamptonshire Children's Trust for Northamptonshire County Council.",
    );
    expect(text).toContain(
      "the Children's Services Commissioner (Andrew Christie CBE, since 17 October 2019)",
    );
    expect(text).not.toContain('Malcolm Newsam');
  });

  it('30 November 2021: the trust delivers for both new councils; fostering requires improvement; the 2022 inspection expected', () => {
    const text = summary('2021-11-30');
    expect(text).toContain(
      "Children's social care is delivered by Northamptonshire Children's Trust for North Northamptonshire Council and West Northamptonshire Council.",
    );
    expect(text).toContain('Fostering was last judged requires improvement (October 2021).');
    expect(text).toContain(
      'Expected next: full inspection of children’s services expected in 2022.',
    );
    expect(text).not.toMatch(/directs Northamptonshire County Council/);
  });

  it('25 November 2022: both new councils judged requires improvement', () => {
    expect(summary('2022-11-25')).toContain(
      'The last overall judgements were of North Northamptonshire Council and West Northamptonshire Council: each requires improvement (25 November 2022).',
    );
  });
});

describe('getCurrentHolders', () => {
  const holder = (
    name: string,
    start: string | null,
    status: 'yes' | 'uncertain' | 'no' = 'uncertain',
  ) => ({
    holder: { name, start, end: null, sources: [], confidence: 'high' as const, flags: [] },
    status,
  });
  it('keeps the most recently started holders of a post', () => {
    expect(
      getCurrentHolders([holder('A', '2018-11-30'), holder('B', '2019-10-17')]).map(
        (h) => h.holder.name,
      ),
    ).toEqual(['B']);
  });
  it('keeps joint holders who started together', () => {
    expect(getCurrentHolders([holder('A', '2018-05-10'), holder('B', '2018-05-10')])).toHaveLength(
      2,
    );
  });
  it('drops holders ruled out on the day and keeps undated ones when no start is known', () => {
    expect(
      getCurrentHolders([holder('A', null), holder('B', '2018-01-01', 'no')]).map(
        (h) => h.holder.name,
      ),
    ).toEqual(['A']);
  });
});

// Issue 20: the headline a minister reads aloud, then one line of change and one of what is next.
describe('getHeadline', () => {
  const headline = (asAt: string, since: string | null) =>
    getHeadline(data, getBriefingPosition(data, asAt), since);

  it.each([
    [
      '2013-03-01',
      [
        "As at 1 March 2013, no overall rating of children's services had been published yet; Ofsted had judged adoption inadequate (2012)",
        'no government intervention is in force',
      ],
    ],
    // Before the first overall rating the areas' judgements are the story, and the 2013 direction
    // left the council its powers: it is government intervention all the same.
    [
      '2014-01-01',
      [
        'Ofsted had judged help and protection inadequate (March 2013), children in care inadequate (August 2013) and adoption inadequate (May 2013)',
        'Northamptonshire County Council holds its own powers under a statutory direction from the Education Secretary of 2 October 2013.',
      ],
    ],
    // Whether that direction had ended by August 2016 the sources do not agree: both are said.
    [
      '2016-08-01',
      [
        'rated requires improvement since April 2016',
        'under a statutory direction from the Education Secretary of 2 October 2013 (ended 2016 or July 2017: sources disagree)',
      ],
    ],
    [
      '2018-12-15',
      [
        "As at 15 December 2018, Northamptonshire County Council’s children's services have been rated requires improvement since April 2016",
        'the MHCLG commissioners hold governance and scrutiny, appointment of statutory officers and strategic financial management for Northamptonshire County Council',
        "the Children's Services Commissioner and the Education Secretary hold instructions on children's social care",
      ],
    ],
    [
      '2019-08-01',
      ['rated inadequate since 29 July 2019, down from requires improvement in April 2016'],
    ],
    [
      '2021-06-01',
      [
        'a council since abolished',
        "Northamptonshire Children's Trust runs children's social care for North Northamptonshire Council and West Northamptonshire Council",
      ],
    ],
    [
      '2026-07-07',
      [
        "North Northamptonshire Council’s and West Northamptonshire Council’s children's services have each been rated requires improvement since 25 November 2022, up from inadequate on 29 July 2019",
        "Ofsted's inspection published 7 July 2026 gives no overall grade",
      ],
    ],
  ])('%s: the position in one sentence', (asAt, parts) => {
    const { position } = headline(asAt, null);
    for (const part of parts) expect(position).toContain(part);
    expect(position.match(/\. /g), 'one sentence').toBeNull();
    expect(position.endsWith('.')).toBe(true);
  });

  it('no intervention is named where none is in force', () => {
    expect(headline('2013-03-01', null).position).not.toMatch(/commissioner|Secretary|direct/i);
    // After the later of the two dates the sources give for the 2013 direction's end.
    expect(headline('2017-08-01', null).position).toContain(
      'no government intervention is in force: the council holds its own powers',
    );
    expect(headline('2017-08-01', null).position).not.toMatch(/commissioner|Secretary/i);
    expect(headline('2021-06-01', null).position).not.toMatch(/commissioner/i);
  });

  it.each([
    [
      '2019-08-01',
      '2019-06-10',
      "Since 10 June 2019: Ofsted: inspection of local authority children's services (ILACS), 2019 (29 July 2019).",
    ],
    ['2018-12-15', '2018-11-30', 'Nothing is recorded as changing since 30 November 2018.'],
    ['2018-12-15', null, null],
  ])('%s since %s: what changed', (asAt, since, expected) =>
    expect(headline(asAt, since).changed).toBe(expected),
  );

  it('says at most three changes and counts the rest', () => {
    const changed = headline('2021-06-01', '2013-01-01').changed!;
    // The latest three (to the trust and the unitary councils), not the first ones.
    expect(changed).toContain(
      'North and West Northamptonshire councils created; county council abolished (1 April 2021)',
    );
    expect(changed).not.toContain('improvement programme');
    expect(changed).toMatch(/, and \d+ earlier\.$/);
  });

  it.each([
    ['2019-08-01', 'Expected next: Two unitary councils expected from 1 April 2021'],
    [
      '2018-12-15',
      "Expected next: Children's Services Commissioner's report due by the end of February 2019",
    ],
    ['2021-06-01', 'Nothing further is recorded as expected as at this date.'],
  ])('%s: what is expected next', (asAt, expected) =>
    expect(headline(asAt, null).next).toContain(expected),
  );
});
