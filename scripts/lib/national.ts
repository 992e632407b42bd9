/**
 * Pure functions that turn the national Ofsted comparator CSVs (from the ofsted-ilacs-scrape-tool
 * project; see /work/shared/data/national/README.md) into `data/national.json`.
 *
 * This feeds a briefing tool: nothing is ever guessed. A value the source does not give, or gives
 * in a form we cannot read with certainty, becomes `null` or `'unknown'`, and every such case that
 * is not an expected blank is reported as a warning.
 */
import { parse } from 'csv-parse/sync';
import { getDateProblem } from '../../src/domain/dates';
import type {
  NationalAuthority,
  NationalFile,
  NationalGrade,
  NationalInspection,
} from '../../src/data/schemas';

export const HISTORY_FILE = 'ofsted_csc_ilacs_history.csv';
export const OVERVIEW_FILE = 'ofsted_csc_ilacs_overview.csv';

/** The sentence the national README asks every user of the data to print. */
export const ATTRIBUTION =
  'Contains public sector information licensed under the Open Government Licence v3.0. Source: Ofsted inspection reports, compiled by the ofsted-ilacs-scrape-tool project.';

export const REPOSITORY =
  'JT-39/ofsted-ilacs-scrape-tool (fork of data-to-insight/ofsted-ilacs-scrape-tool)';

export const CONVERTED_BY = 'scripts/convert-national.ts';

/** As stated in the national README when this converter was written. */
export const README_COMMIT = '54af59bf7856a26530b1eeb45c1c1c146f34cb8a';
export const README_HISTORY_SHA256 =
  'fd3431e1c6a22480c59567459ad02fb02d5c26b011f81fce02fb484d429e0639';

export const HISTORY_COLUMNS = [
  'urn',
  'local_authority',
  'inspection_link',
  'publication_date',
  'inspection_framework',
  'inspection_start_date',
  'inspection_end_date',
  'overall_effectiveness_grade',
  'impact_of_leaders_grade',
  'help_and_protection_grade',
  'in_care_grade',
  'care_leavers_grade',
] as const;

export const OVERVIEW_COLUMNS = [
  'urn',
  'la_code',
  'region_code',
  'la_code_new',
  'stat_neighbours',
  'local_authority',
] as const;

export type CsvRow = Record<string, string | undefined>;

/** The grade columns of the history file, keyed by their name in national.json. */
export const GRADE_COLUMNS = {
  overall: 'overall_effectiveness_grade',
  leaders: 'impact_of_leaders_grade',
  helpAndProtection: 'help_and_protection_grade',
  inCare: 'in_care_grade',
  careLeavers: 'care_leavers_grade',
} as const satisfies Record<string, (typeof HISTORY_COLUMNS)[number]>;

export type GradeField = keyof typeof GRADE_COLUMNS;

/**
 * The standard English regions, under every letter code we know for each. A code not listed here
 * is kept as its own name and warned about.
 */
export const KNOWN_REGIONS: Readonly<Record<string, string>> = {
  NE: 'North East',
  NW: 'North West',
  YH: 'Yorkshire and The Humber',
  EM: 'East Midlands',
  WM: 'West Midlands',
  E: 'East of England',
  EE: 'East of England',
  EOE: 'East of England',
  L: 'London',
  LO: 'London',
  GL: 'London',
  SE: 'South East',
  SW: 'South West',
};

// ------------------------------------------------------------------------ cells

/** Parse CSV text (with a header row) into rows keyed by column name. Quoted fields may hold commas. */
export function parseCsv(text: string): CsvRow[] {
  return parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: false,
  }) as CsvRow[];
}

/**
 * A cell's text, trimmed; `null` when empty or when it holds pandas' marker for a missing value
 * ("nan"), which the overview file carries where the scraper had no value.
 */
export function cellText(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  if (value === '' || value.toLowerCase() === 'nan') return null;
  return value;
}

/** Lower case, trimmed, inner runs of whitespace made one space. */
const normalise = (raw: string): string => raw.trim().replace(/\s+/g, ' ').toLowerCase();

// ----------------------------------------------------------------------- grades

const GRADE_WORDS: Readonly<Record<string, NationalGrade>> = {
  outstanding: 'outstanding',
  good: 'good',
  'requires improvement': 'requires-improvement',
  inadequate: 'inadequate',
  inspection_pre_dates_judgement: 'not-applicable',
  not_reported_post_reform: 'not-reported',
};

/** A grade as the source writes it, read without guessing: anything not recognised is unknown. */
export function readGrade(raw: string | null | undefined): {
  grade: NationalGrade;
  /** True when the cell held something other than blank or `data_unreadable` that we could not read. */
  unrecognised: boolean;
} {
  const value = raw === null || raw === undefined ? '' : normalise(raw);
  const grade = GRADE_WORDS[value];
  if (grade) return { grade, unrecognised: false };
  return { grade: 'unknown', unrecognised: value !== '' && value !== 'data_unreadable' };
}

export const toNationalGrade = (raw: string | null | undefined): NationalGrade =>
  readGrade(raw).grade;

// ------------------------------------------------------------------------ dates

const CSV_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/**
 * A dd/mm/yy or dd/mm/yyyy date as an ISO day ("2022-11-25"). A two-digit year is 20yy (the
 * source's reports are all published 2012–2026). Blank gives `null` with no problem; anything
 * unreadable or not in the calendar gives `null` and says why.
 */
export function parseCsvDate(raw: string | null | undefined): {
  value: string | null;
  problem: string | null;
} {
  const text = raw === null || raw === undefined ? '' : raw.trim();
  if (text === '') return { value: null, problem: null };
  const match = CSV_DATE.exec(text);
  if (!match)
    return { value: null, problem: `"${text}" is not a date in the form dd/mm/yy or dd/mm/yyyy` };
  const [, d, m, y] = match as unknown as [string, string, string, string];
  const year = y.length === 2 ? `20${y}` : y;
  const iso = `${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const problem = getDateProblem(iso);
  if (problem) return { value: null, problem: `"${text}": ${problem}` };
  return { value: iso, problem: null };
}

// ------------------------------------------------------------------------ names

/** Words kept lower case unless they begin the name (or a comma-separated part of it). */
const SMALL_WORDS = new Set(['and', 'of', 'upon', 'on', 'the', 'with']);

const capitalise = (word: string): string =>
  word === '' ? word : word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The source's lower-case authority name as a display name: "bournemouth, christchurch & poole"
 * → "Bournemouth, Christchurch & Poole", "kingston upon hull, city of" → "Kingston upon Hull,
 * City of", "stoke-on-trent" → "Stoke-on-Trent", "blackburn with darwen" → "Blackburn with Darwen".
 */
export function toDisplayName(raw: string): string {
  const parts = normalise(raw)
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s*&\s*/g, ' & ')
    .split(', ');
  return parts
    .map((part) => {
      let first = true;
      return part
        .split(' ')
        .map((word) =>
          word
            .split('-')
            .map((piece) => {
              if (piece === '' || piece === '&') return piece;
              const small = !first && SMALL_WORDS.has(piece);
              first = false;
              return small ? piece : capitalise(piece);
            })
            .join('-'),
        )
        .join(' ');
    })
    .join(', ');
}

/** The overview's quoted list "372, 384, 357" as ["372", "384", "357"]; blank or "nan" gives []. */
export function parseStatNeighbours(raw: string | null | undefined): string[] {
  const text = cellText(raw);
  if (text === null) return [];
  return text
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((code) => code.trim().replace(/^['"]|['"]$/g, ''))
    .filter((code) => code !== '' && code.toLowerCase() !== 'nan');
}

/** A link is kept only if it is a full https address (the schema accepts nothing else). */
export function toHttpsLink(raw: string | null | undefined): string | null {
  const text = cellText(raw);
  if (text === null) return null;
  try {
    return new URL(text).protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

// ----------------------------------------------------------------------- sorting

const NUMERIC = /^\d+$/;

/** URNs compare as numbers where both are numbers, so the order reads naturally. */
export function compareUrns(a: string, b: string): number {
  if (NUMERIC.test(a) && NUMERIC.test(b)) {
    const byNumber = Number(a) - Number(b);
    if (byNumber !== 0) return byNumber;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-point order, so output does not depend on the machine's locale. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Nulls last. ISO day strings sort correctly as text. */
const compareNullable = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : compareText(a, b);

// ------------------------------------------------------------------- conversion

export interface ConversionMeta {
  /** The source repository commit, as the national README states it. */
  commit: string;
  /** sha256 of the history CSV, computed when converting. */
  historySha256: string;
}

export interface ConversionResult {
  file: NationalFile;
  warnings: string[];
}

function checkColumns(rows: CsvRow[], columns: readonly string[], label: string) {
  const first = rows[0];
  if (!first) throw new Error(`${label} has no rows`);
  const missing = columns.filter((column) => !(column in first));
  if (missing.length > 0)
    throw new Error(`${label} lacks column(s) ${missing.join(', ')}; cannot convert`);
}

/**
 * Convert the parsed history and overview rows into the national.json structure. Throws only if a
 * file lacks a column it needs; every other problem becomes a warning and a null/unknown value.
 */
export function convertNational(
  historyRows: CsvRow[],
  overviewRows: CsvRow[],
  meta: ConversionMeta,
): ConversionResult {
  checkColumns(historyRows, HISTORY_COLUMNS, HISTORY_FILE);
  checkColumns(overviewRows, OVERVIEW_COLUMNS, OVERVIEW_FILE);
  const warnings: string[] = [];

  // Authorities, one per urn of the overview file.
  const authorities = new Map<string, NationalAuthority>();
  const sourceNames = new Map<string, string>();
  const regionCodes = new Set<string>();
  overviewRows.forEach((row, index) => {
    const line = index + 2;
    const urn = cellText(row.urn);
    if (urn === null) {
      warnings.push(`${OVERVIEW_FILE} line ${line}: no urn; row skipped`);
      return;
    }
    if (authorities.has(urn)) {
      warnings.push(
        `${OVERVIEW_FILE} line ${line}: urn ${urn} appears again; the first row is kept`,
      );
      return;
    }
    const rawName = cellText(row.local_authority);
    if (rawName === null) {
      warnings.push(`${OVERVIEW_FILE} line ${line}: urn ${urn} has no name; row skipped`);
      return;
    }
    const region = cellText(row.region_code);
    if (region === null)
      warnings.push(
        `${OVERVIEW_FILE} line ${line}: ${toDisplayName(rawName)} (urn ${urn}) has no region (source: "${row.region_code ?? ''}"); region left null`,
      );
    else regionCodes.add(region);
    const laCode = cellText(row.la_code);
    const onsCode = cellText(row.la_code_new);
    if (laCode === null) warnings.push(`${OVERVIEW_FILE} line ${line}: urn ${urn} has no la_code`);
    if (onsCode === null)
      warnings.push(`${OVERVIEW_FILE} line ${line}: urn ${urn} has no la_code_new`);
    sourceNames.set(urn, normalise(rawName));
    authorities.set(urn, {
      urn,
      name: toDisplayName(rawName),
      laCode,
      onsCode,
      region,
      statNeighbours: parseStatNeighbours(row.stat_neighbours),
    });
  });

  // Statistical neighbours should name authorities we have.
  const laCodes = new Set([...authorities.values()].map((a) => a.laCode).filter((c) => c !== null));
  for (const authority of authorities.values()) {
    const unknown = authority.statNeighbours.filter((code) => !laCodes.has(code));
    if (unknown.length > 0)
      warnings.push(
        `${authority.name} (urn ${authority.urn}): statistical neighbour code(s) ${unknown.join(', ')} match no authority's la_code`,
      );
  }

  // Inspections, one per history row.
  const inspections: NationalInspection[] = [];
  const inspectedUrns = new Set<string>();
  historyRows.forEach((row, index) => {
    const line = index + 2;
    const urn = cellText(row.urn);
    if (urn === null) {
      warnings.push(`${HISTORY_FILE} line ${line}: no urn; row skipped`);
      return;
    }
    inspectedUrns.add(urn);
    const rawName = cellText(row.local_authority);
    const where = `${HISTORY_FILE} line ${line} (urn ${urn}${rawName ? `, ${rawName}` : ''})`;

    if (!authorities.has(urn)) {
      // Keep the report, and give it an authority that says only what the history file says.
      warnings.push(
        `${where}: urn is not in ${OVERVIEW_FILE}; authority added from the history file with no codes or region`,
      );
      authorities.set(urn, {
        urn,
        name: rawName ? toDisplayName(rawName) : `URN ${urn}`,
        laCode: null,
        onsCode: null,
        region: null,
        statNeighbours: [],
      });
      if (rawName) sourceNames.set(urn, normalise(rawName));
    } else if (rawName && sourceNames.get(urn) !== normalise(rawName)) {
      warnings.push(
        `${where}: name differs from ${OVERVIEW_FILE} ("${sourceNames.get(urn)}"); the overview's is used`,
      );
    }

    const date = (column: string) => {
      const { value, problem } = parseCsvDate(row[column]);
      if (problem) warnings.push(`${where}: ${column} ${problem}; left null`);
      return value;
    };
    const published = date('publication_date');
    const start = date('inspection_start_date');
    const end = date('inspection_end_date');
    if (cellText(row.publication_date) === null) warnings.push(`${where}: no publication_date`);
    if (published && (published < '2012' || published >= '2027'))
      warnings.push(`${where}: published ${published}, outside the README's 2012–2026`);
    if (start && end && end < start)
      warnings.push(`${where}: ends (${end}) before it starts (${start})`);
    if (end && published && published < end)
      warnings.push(`${where}: published (${published}) before fieldwork ended (${end})`);

    const frameworkText = cellText(row.inspection_framework);
    const frameworkValue = frameworkText === null ? '' : normalise(frameworkText);
    let framework: NationalInspection['framework'] = 'unknown';
    if (frameworkValue === 'standard' || frameworkValue === 'short') framework = frameworkValue;
    else if (frameworkValue !== '')
      warnings.push(
        `${where}: inspection_framework "${frameworkText}" not recognised; set to unknown`,
      );

    const link = toHttpsLink(row.inspection_link);
    if (link === null && cellText(row.inspection_link) !== null)
      warnings.push(`${where}: inspection_link "${row.inspection_link}" is not https; left null`);

    const grades = {} as Record<GradeField, NationalGrade>;
    for (const [field, column] of Object.entries(GRADE_COLUMNS) as [GradeField, string][]) {
      const { grade, unrecognised } = readGrade(row[column]);
      if (unrecognised)
        warnings.push(`${where}: ${column} "${row[column]}" not recognised; set to unknown`);
      grades[field] = grade;
    }

    inspections.push({
      urn,
      published,
      start,
      end,
      framework,
      link,
      overall: grades.overall,
      leaders: grades.leaders,
      helpAndProtection: grades.helpAndProtection,
      inCare: grades.inCare,
      careLeavers: grades.careLeavers,
    });
  });

  for (const authority of authorities.values())
    if (!inspectedUrns.has(authority.urn))
      warnings.push(
        `${authority.name} (urn ${authority.urn}) has no inspection in ${HISTORY_FILE}`,
      );

  const seen = new Set<string>();
  for (const inspection of inspections) {
    const key = `${inspection.urn} ${inspection.published}`;
    if (seen.has(key))
      warnings.push(
        `urn ${inspection.urn} has more than one report published ${inspection.published ?? 'on an unknown date'}`,
      );
    seen.add(key);
  }

  const regions: Record<string, string> = {};
  for (const code of [...regionCodes].sort(compareText)) {
    const name = KNOWN_REGIONS[code.toUpperCase()];
    if (name) regions[code] = name;
    else {
      regions[code] = code;
      warnings.push(
        `region code "${code}" is not one we can name with certainty; its name is the code itself`,
      );
    }
  }

  const file: NationalFile = {
    // The JSON Schema an editor validates the file against (docs/schema, npm run data:schema).
    $schema: '../docs/schema/national.schema.json',
    attribution: ATTRIBUTION,
    provenance: {
      repository: REPOSITORY,
      commit: meta.commit,
      files: [HISTORY_FILE, OVERVIEW_FILE],
      convertedBy: CONVERTED_BY,
      historySha256: meta.historySha256,
    },
    regions,
    authorities: [...authorities.values()].sort(
      (a, b) =>
        compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareUrns(a.urn, b.urn),
    ),
    inspections: inspections.sort(
      (a, b) =>
        compareUrns(a.urn, b.urn) ||
        compareNullable(a.published, b.published) ||
        compareNullable(a.start, b.start) ||
        compareNullable(a.link, b.link),
    ),
  };
  return { file, warnings };
}

// ---------------------------------------------------------------------- summary

/** How many of each grade each column holds. */
export function countGrades(
  inspections: readonly NationalInspection[],
): Record<GradeField, Partial<Record<NationalGrade, number>>> {
  const counts = {} as Record<GradeField, Partial<Record<NationalGrade, number>>>;
  for (const field of Object.keys(GRADE_COLUMNS) as GradeField[]) {
    const byGrade: Partial<Record<NationalGrade, number>> = {};
    for (const inspection of inspections)
      byGrade[inspection[field]] = (byGrade[inspection[field]] ?? 0) + 1;
    counts[field] = byGrade;
  }
  return counts;
}

/** Read the commit and history sha256 the national README states, where it states them. */
export function readReadmeFacts(readme: string): {
  commit: string | null;
  historySha256: string | null;
} {
  const commit = /commit\s+([0-9a-f]{40})\b/i.exec(readme)?.[1] ?? null;
  const historySha256 = /sha256 of the history file:\s*([0-9a-f]{64})\b/i.exec(readme)?.[1] ?? null;
  return { commit, historySha256 };
}
