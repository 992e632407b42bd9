import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nationalFile, type NationalGrade } from '../../src/data/schemas';
import {
  ATTRIBUTION,
  GRADE_COLUMNS,
  HISTORY_FILE,
  OVERVIEW_FILE,
  README_COMMIT,
  README_HISTORY_SHA256,
  convertNational,
  parseCsv,
  parseCsvDate,
  parseStatNeighbours,
  readReadmeFacts,
  toDisplayName,
  toHttpsLink,
  toNationalGrade,
  type CsvRow,
} from './national';

const meta = { commit: README_COMMIT, historySha256: 'test' };

describe('toNationalGrade', () => {
  it.each([
    ['outstanding', 'outstanding'],
    ['good', 'good'],
    ['requires improvement', 'requires-improvement'],
    ['inadequate', 'inadequate'],
    // case and whitespace variants
    ['Outstanding', 'outstanding'],
    ['  GOOD ', 'good'],
    ['Requires Improvement', 'requires-improvement'],
    ['requires   improvement', 'requires-improvement'],
    ['\trequires improvement\n', 'requires-improvement'],
    ['INADEQUATE', 'inadequate'],
    // never guessed
    ['', 'unknown'],
    ['   ', 'unknown'],
    ['data_unreadable', 'unknown'],
    ['DATA_UNREADABLE ', 'unknown'],
    ['to requires improvement', 'unknown'],
    ['adequate', 'unknown'],
    ['requires-improvement', 'unknown'],
    ['nan', 'unknown'],
    // judgements that did not exist, or are not given
    ['inspection_pre_dates_judgement', 'not-applicable'],
    [' Inspection_Pre_Dates_Judgement', 'not-applicable'],
    ['not_reported_post_reform', 'not-reported'],
    ['NOT_REPORTED_POST_REFORM  ', 'not-reported'],
  ] satisfies [string, NationalGrade][])('%j → %s', (raw, expected) => {
    expect(toNationalGrade(raw)).toBe(expected);
  });

  it('treats a missing cell as unknown', () => {
    expect(toNationalGrade(undefined)).toBe('unknown');
    expect(toNationalGrade(null)).toBe('unknown');
  });
});

describe('parseCsvDate', () => {
  it.each([
    ['25/11/22', '2022-11-25'],
    ['07/07/26', '2026-07-07'],
    ['01/01/12', '2012-01-01'],
    ['29/02/24', '2024-02-29'],
    ['03/10/2022', '2022-10-03'],
    ['14/10/2022', '2022-10-14'],
    ['3/5/2019', '2019-05-03'],
    [' 25/11/22 ', '2022-11-25'],
  ])('%j → %s', (raw, expected) => {
    expect(parseCsvDate(raw)).toEqual({ value: expected, problem: null });
  });

  it.each(['', '   ', undefined, null])('blank %j → null with no problem', (raw) => {
    expect(parseCsvDate(raw)).toEqual({ value: null, problem: null });
  });

  it.each([
    ['31/02/2022', /February 2022 has 28 days/],
    ['29/02/23', /February 2023 has 28 days/],
    ['31/04/21', /April 2021 has 30 days/],
    ['00/05/2021', /May 2021 has 31 days/],
    ['12/13/2021', /no month 13/],
    ['2022-11-25', /not a date in the form/],
    ['25/11/022', /not a date in the form/],
    ['25-11-22', /not a date in the form/],
    ['nan', /not a date in the form/],
    ['November 2022', /not a date in the form/],
  ])('odd or impossible %j → null, with the problem', (raw, problem) => {
    const result = parseCsvDate(raw);
    expect(result.value).toBeNull();
    expect(result.problem).toMatch(problem);
  });
});

describe('toDisplayName', () => {
  it.each([
    ['north northamptonshire', 'North Northamptonshire'],
    ['west northamptonshire', 'West Northamptonshire'],
    ['bournemouth, christchurch & poole', 'Bournemouth, Christchurch & Poole'],
    ['kingston upon hull, city of', 'Kingston upon Hull, City of'],
    ['kingston upon hull', 'Kingston upon Hull'],
    ['kingston upon thames', 'Kingston upon Thames'],
    ['richmond upon thames', 'Richmond upon Thames'],
    ['newcastle upon tyne', 'Newcastle upon Tyne'],
    ['bath and north east somerset', 'Bath and North East Somerset'],
    ['east riding of yorkshire', 'East Riding of Yorkshire'],
    ['isles of scilly', 'Isles of Scilly'],
    ['isle of wight', 'Isle of Wight'],
    ['windsor & maidenhead', 'Windsor & Maidenhead'],
    ['telford & wrekin', 'Telford & Wrekin'],
    ['southend-on-sea', 'Southend-on-Sea'],
    ['stockton-on-tees', 'Stockton-on-Tees'],
    ['stoke-on-trent', 'Stoke-on-Trent'],
    ['blackburn with darwen', 'Blackburn with Darwen'],
    ['st helens', 'St Helens'],
    ['london corporation', 'London Corporation'],
    ['westmorland and furness', 'Westmorland and Furness'],
    // small words are capitalised when they begin the name
    ['the wrekin', 'The Wrekin'],
    ['of-the-moon', 'Of-the-Moon'],
    // case, spacing and punctuation tidied
    ['  NORTH   Northamptonshire ', 'North Northamptonshire'],
    ['windsor&maidenhead', 'Windsor & Maidenhead'],
    ['bristol ,city of', 'Bristol, City of'],
  ])('%j → %j', (raw, expected) => {
    expect(toDisplayName(raw)).toBe(expected);
  });
});

describe('parseStatNeighbours', () => {
  it.each([
    ['372, 384, 357, 371', ['372', '384', '357', '371']],
    ['940', ['940']],
    [' 866 ,941,  935 ', ['866', '941', '935']],
    ['866, , 941,', ['866', '941']],
    ["['866', '941']", ['866', '941']],
    ['', []],
    ['nan', []],
  ])('%j → %j', (raw, expected) => {
    expect(parseStatNeighbours(raw)).toEqual(expected);
  });
});

describe('toHttpsLink', () => {
  it.each([
    [
      'https://files.ofsted.gov.uk/v1/file/50200024',
      'https://files.ofsted.gov.uk/v1/file/50200024',
    ],
    ['http://files.ofsted.gov.uk/v1/file/50200024', null],
    ['javascript:alert(1)', null],
    ['files.ofsted.gov.uk/v1/file/1', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(toHttpsLink(raw)).toBe(expected);
  });
});

describe('readReadmeFacts', () => {
  it('finds the commit and the history hash', () => {
    const readme = `commit ${README_COMMIT} of 2026-08-22.\n- sha256 of the history file: ${README_HISTORY_SHA256}\n`;
    expect(readReadmeFacts(readme)).toEqual({
      commit: README_COMMIT,
      historySha256: README_HISTORY_SHA256,
    });
    expect(readReadmeFacts('nothing here')).toEqual({ commit: null, historySha256: null });
  });
});

describe('convertNational on small inputs', () => {
  const overview: CsvRow[] = [
    {
      urn: '2',
      la_code: '941',
      region_code: 'EM',
      la_code_new: 'E06000062',
      stat_neighbours: '940, 999',
      local_authority: 'west northamptonshire',
    },
    {
      urn: '1',
      la_code: '940',
      region_code: 'ZZ',
      la_code_new: 'E06000061',
      stat_neighbours: '941',
      local_authority: 'north northamptonshire',
    },
    {
      urn: '3',
      la_code: '887',
      region_code: 'nan',
      la_code_new: 'E06000035',
      stat_neighbours: '',
      local_authority: 'medway',
    },
  ];
  const row = (over: Partial<CsvRow>): CsvRow => ({
    urn: '1',
    local_authority: 'north northamptonshire',
    inspection_link: 'https://files.ofsted.gov.uk/v1/file/1',
    publication_date: '25/11/22',
    inspection_framework: 'standard',
    inspection_start_date: '03/10/2022',
    inspection_end_date: '14/10/2022',
    overall_effectiveness_grade: 'requires improvement',
    impact_of_leaders_grade: 'good',
    help_and_protection_grade: 'data_unreadable',
    in_care_grade: '',
    care_leavers_grade: 'inspection_pre_dates_judgement',
    ...over,
  });
  const history = [
    row({ publication_date: '07/07/26', overall_effectiveness_grade: 'not_reported_post_reform' }),
    row({}),
    row({
      urn: '2',
      local_authority: 'west northamptonshire',
      inspection_start_date: '31/02/2022',
      inspection_framework: '',
      inspection_link: 'http://example.org',
    }),
    row({
      urn: '9',
      local_authority: 'nowhere',
      inspection_framework: 'longer',
      care_leavers_grade: 'to good',
    }),
  ];
  const { file, warnings } = convertNational(history, overview, meta);

  it('produces a file the schema accepts', () => {
    expect(nationalFile.safeParse(file).success).toBe(true);
    expect(file.attribution).toBe(ATTRIBUTION);
  });

  it('maps each field without guessing', () => {
    expect(file.inspections[0]).toEqual({
      urn: '1',
      published: '2022-11-25',
      start: '2022-10-03',
      end: '2022-10-14',
      framework: 'standard',
      link: 'https://files.ofsted.gov.uk/v1/file/1',
      overall: 'requires-improvement',
      leaders: 'good',
      helpAndProtection: 'unknown',
      inCare: 'unknown',
      careLeavers: 'not-applicable',
    });
    const west = file.inspections.find((i) => i.urn === '2')!;
    expect(west).toMatchObject({ start: null, framework: 'unknown', link: null });
  });

  it('sorts inspections by urn then publication date, and authorities by name', () => {
    expect(file.inspections.map((i) => [i.urn, i.published])).toEqual([
      ['1', '2022-11-25'],
      ['1', '2026-07-07'],
      ['2', '2022-11-25'],
      ['9', '2022-11-25'],
    ]);
    expect(file.authorities.map((a) => a.name)).toEqual([
      'Medway',
      'North Northamptonshire',
      'Nowhere',
      'West Northamptonshire',
    ]);
  });

  it('keeps an unknown region code as itself, leaves a missing one null, and warns', () => {
    expect(file.regions).toEqual({ EM: 'East Midlands', ZZ: 'ZZ' });
    expect(file.authorities.find((a) => a.urn === '3')!.region).toBeNull();
    expect(warnings.some((w) => w.includes('"ZZ"'))).toBe(true);
    expect(warnings.some((w) => w.includes('Medway') && w.includes('no region'))).toBe(true);
  });

  it('warns about everything it could not read', () => {
    const expected = [
      /inspection_start_date "31\/02\/2022".*February 2022 has 28 days/,
      /inspection_link "http:\/\/example.org" is not https/,
      /urn 9.*not in ofsted_csc_ilacs_overview.csv/,
      /inspection_framework "longer" not recognised/,
      /care_leavers_grade "to good" not recognised/,
      /statistical neighbour code\(s\) 999/,
    ];
    for (const pattern of expected)
      expect(
        warnings.some((w) => pattern.test(w)),
        String(pattern),
      ).toBe(true);
    // blanks and data_unreadable are expected, not warned about
    expect(warnings.some((w) => /data_unreadable|in_care_grade/.test(w))).toBe(false);
  });

  it('gives a urn missing from the overview an authority with no codes', () => {
    expect(file.authorities.find((a) => a.urn === '9')).toEqual({
      urn: '9',
      name: 'Nowhere',
      laCode: null,
      onsCode: null,
      region: null,
      statNeighbours: [],
    });
  });

  it('refuses files that lack a column', () => {
    const broken = history.map(({ overall_effectiveness_grade: _, ...rest }) => rest);
    expect(() => convertNational(broken, overview, meta)).toThrow(/overall_effectiveness_grade/);
  });
});

describe('convertNational on the real national CSVs', () => {
  const dir = path.resolve(__dirname, '../../../shared/data/national');

  function load() {
    for (const name of [HISTORY_FILE, OVERVIEW_FILE])
      if (!existsSync(path.join(dir, name)))
        throw new Error(
          `The national comparator data is missing: expected ${path.join(dir, name)} (the shared folder /work/shared/data/national beside the repo). This test needs it and does not skip.`,
        );
    const historyText = readFileSync(path.join(dir, HISTORY_FILE));
    const history = parseCsv(historyText.toString('utf8'));
    const overview = parseCsv(readFileSync(path.join(dir, OVERVIEW_FILE), 'utf8'));
    const historySha256 = createHash('sha256').update(historyText).digest('hex');
    return {
      history,
      overview,
      historySha256,
      ...convertNational(history, overview, { commit: README_COMMIT, historySha256 }),
    };
  }

  it('converts every authority and report into a valid file', () => {
    const { file, historySha256 } = load();
    const checked = nationalFile.safeParse(file);
    expect(checked.error?.issues ?? []).toEqual([]);
    expect(file.authorities).toHaveLength(153);
    expect(file.inspections).toHaveLength(497);
    expect(new Set(file.authorities.map((a) => a.urn)).size).toBe(153);
    expect(historySha256).toBe(README_HISTORY_SHA256);
    const urns = new Set(file.authorities.map((a) => a.urn));
    expect(file.inspections.filter((i) => !urns.has(i.urn))).toEqual([]);
  });

  it.each(['North Northamptonshire', 'West Northamptonshire'])(
    'has %s with its 2022 and 2026 inspections',
    (name) => {
      const { file } = load();
      const authority = file.authorities.find((a) => a.name === name);
      expect(authority).toBeDefined();
      expect(authority!.region).toBe('EM');
      const inspections = file.inspections.filter((i) => i.urn === authority!.urn);
      expect(inspections.find((i) => i.published === '2022-11-25')).toMatchObject({
        start: '2022-10-03',
        end: '2022-10-14',
        overall: 'requires-improvement',
      });
      const reform = inspections.filter((i) => i.published?.startsWith('2026'));
      expect(reform).toHaveLength(1);
      expect(reform[0]!.overall).toBe('not-reported');
    },
  );

  it('counts each grade as a direct count over the raw CSV column does', () => {
    const { file, history } = load();
    const known: Record<string, NationalGrade> = {
      outstanding: 'outstanding',
      good: 'good',
      'requires improvement': 'requires-improvement',
      inadequate: 'inadequate',
      inspection_pre_dates_judgement: 'not-applicable',
      not_reported_post_reform: 'not-reported',
    };
    for (const [field, column] of Object.entries(GRADE_COLUMNS)) {
      const raw = history.map((r) => r[column] ?? '');
      const expected: Record<string, number> = {};
      for (const value of raw) {
        const grade = known[value] ?? 'unknown';
        expected[grade] = (expected[grade] ?? 0) + 1;
      }
      const actual: Record<string, number> = {};
      for (const inspection of file.inspections) {
        const grade = inspection[field as keyof typeof GRADE_COLUMNS];
        actual[grade] = (actual[grade] ?? 0) + 1;
      }
      expect(actual, column).toEqual(expected);
    }
    // and, spelled out for the headline column
    const overall = history.map((r) => r.overall_effectiveness_grade);
    const count = (g: NationalGrade) => file.inspections.filter((i) => i.overall === g).length;
    expect(count('outstanding')).toBe(overall.filter((v) => v === 'outstanding').length);
    expect(count('good')).toBe(overall.filter((v) => v === 'good').length);
    expect(count('requires-improvement')).toBe(
      overall.filter((v) => v === 'requires improvement').length,
    );
    expect(count('inadequate')).toBe(overall.filter((v) => v === 'inadequate').length);
    expect(count('not-reported')).toBe(
      overall.filter((v) => v === 'not_reported_post_reform').length,
    );
    expect(count('unknown')).toBe(
      overall.filter((v) => v === '' || v === 'data_unreadable').length,
    );
  });

  it('is deterministic, and data/national.json is up to date', () => {
    const a = JSON.stringify(load().file, null, 2);
    const b = JSON.stringify(load().file, null, 2);
    expect(a).toBe(b);
    const committed = readFileSync(path.resolve(__dirname, '../../data/national.json'), 'utf8');
    expect(committed, 'data/national.json is stale: run npm run data:national').toBe(`${a}\n`);
  });
});
