/**
 * The one definition of the data format. Every file in `data/` is parsed with these schemas,
 * in the app (the loaders) and in `npm run validate-data`; `docs/schema/*.json` is generated
 * from them for analysts who edit the data by hand.
 */
import { z } from 'zod';
import {
  getDateProblem,
  MAX_YEAR,
  MIN_YEAR,
  PARTIAL_DATE_PATTERN,
  toDayRange,
} from '../lib/partialDate';

// zod compiles object parsers with `new Function` unless told not to; the Content-Security-Policy
// (script-src 'self', no 'unsafe-eval') forbids that, so parse without it.
z.config({ jitless: true });

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. "sif-2016"');

/**
 * An ISO date at year, month or day precision that exists in the calendar, in the years
 * MIN_YEAR–MAX_YEAR (why that range: src/lib/partialDate.ts). The pattern and description are
 * for docs/schema only; getDateProblem makes the check and writes the message.
 */
export const partialDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = getDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({
    pattern: PARTIAL_DATE_PATTERN,
    // A full date must also be a real one ("2013-02-30" is not): JSON Schema's "date" format,
    // which validators such as ajv with ajv-formats check against the calendar.
    if: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    then: { format: 'date' },
    description: `A date as YYYY, YYYY-MM or YYYY-MM-DD, in the years ${MIN_YEAR} to ${MAX_YEAR}; a full date must exist in the calendar`,
  });


/**
 * A data file's first line, `"$schema": "../docs/schema/<file>.schema.json"`: the JSON Schema an
 * editor validates the file against as it is typed (published copies point at the copy served
 * beside them). Allowed, not required, and ignored by the app.
 */
const schemaLine = {
  $schema: z
    .string()
    .optional()
    .meta({ description: 'The JSON Schema this file follows, for editors; ignored by the app.' }),
};

// ------------------------------------------------------- checks across records

type Ctx = z.RefinementCtx;

/** Every record's id is unique within its list. */
function checkUniqueIds(list: readonly { id: string }[], key: string, ctx: Ctx) {
  const seen = new Map<string, number>();
  list.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: [key, index, 'id'],
        message: `duplicate id "${record.id}": ${key}[${first}] already uses it`,
      });
  });
}

/** A period never ends before it starts. */
function checkOrdered(
  start: string | null | undefined,
  end: string | null | undefined,
  path: (string | number)[],
  ctx: Ctx,
) {
  if (!start || !end || getDateProblem(start) || getDateProblem(end)) return;
  if (toDayRange(end).last < toDayRange(start).first)
    ctx.addIssue({ code: 'custom', path, message: `ends (${end}) before it starts (${start})` });
}

/**
 * Length limits: nothing in the data is longer than about 600 characters (a note) or 240 (a title),
 * and a 10,000-character name made pages hundreds of thousands of pixels wide. Names, titles and
 * labels are shown in headings, lists, table cells and chart labels, so they are held to 300
 * characters; any other text to 2,000.
 */
export const MAX_TEXT = 2000;
export const MAX_NAME = 300;
const tooLong = (max: number) => (issue: { input?: unknown }) =>
  `is ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en-GB') : 'too many'} characters long; at most ${max.toLocaleString('en-GB')} are allowed`;

const limitedText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, { error: tooLong(max) })
    // The JSON Schema's word for "not only spaces" (the loaders trim, then require a character).
    .meta({ pattern: '\\S' });
const text = limitedText(MAX_TEXT);
/** A name, title or label: shown in headings, lists and chart labels. */
const name = limitedText(MAX_NAME);

/** Only https links are ever made from data (javascript: and http: are refused). */
export const httpsUrl = z
  .string()
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be a full https:// address')
  .meta({ format: 'uri', pattern: '^https://' });

/**
 * How sure we are, as in the research sheet: high = an official or primary document, or two or
 * more independent reliable reports that agree; medium = one reliable secondary source (press or
 * council); low = indirect or inferred.
 */
export const confidence = z.enum(['high', 'medium', 'low']);

/**
 * What a citation gives the record, where that is less than a fact: a plan or expectation held
 * at the time (commissioners "due to stay until 31 March 2021"), or the ground for an inference.
 * validate-data refuses a known end whose only citations for the end give a plan or an inference.
 */
export const gives = z.enum(['fact', 'plan', 'inference']);

/**
 * How a record's start or end is known: "known" (a source states it), "planned" (the date a
 * source gives is a plan or expectation held at the time; what happened is not recorded), or
 * "inferred" (worked out by the project, no source states it). Planned and inferred dates are
 * drawn like uncertain ones (dashed) and never said as fact.
 */
export const dateStatus = z.enum(['known', 'planned', 'inferred']);

/** A citation: which document, and where in it. */
export const sourceRef = z.strictObject({
  source: id,
  /** Where in the document: paragraph, section, page, table row. */
  locator: text,
  /** What this source says where it differs from the record (a date as printed, say). */
  says: text.optional(),
  /** Which of the record's fields this citation is for ("end", "published"), where not all. */
  field: text.optional(),
  /** What the citation gives for that field: a fact (the default), a plan, or an inference. */
  gives: gives.optional(),
});

/** A problem worth a reader's attention: sources that disagree, or a source that is wrong. */
export const flag = z.strictObject({
  kind: z.enum(['conflict', 'source-error', 'uncertain']),
  /** The field the flag is about, e.g. "date" or "fieldwork.start". */
  field: text,
  /** In our own words: what is wrong or disputed, and what we did about it. */
  message: text,
  sources: z.array(sourceRef).min(1),
});

/** Another date a source gives for the same event. */
export const dateClaim = z.strictObject({
  /** Which of the record's dates the claim is about. */
  field: z.enum(['date', 'end', 'fieldwork', 'fieldwork.start', 'fieldwork.end', 'published']),
  date: partialDate.nullable(),
  /** The date as the source prints it, kept when it is not a real date. */
  stated: text.optional(),
  sources: z.array(sourceRef).min(1),
  /** How sure we are of this claim, where it differs from the record's own confidence. */
  confidence: confidence.optional(),
});

const provenance = {
  sources: z.array(sourceRef).min(1, 'every record must cite at least one source'),
  confidence,
  flags: z.array(flag).default([]),
  notes: text.optional(),
};

// ---------------------------------------------------------------- sources.json

export const sourceKind = z.enum([
  'letter',
  'direction',
  'news-story',
  'report',
  'inspection-report',
  'statutory-instrument',
  'press-report',
  'council-release',
  'parliamentary-record',
  'dataset',
  'web-page',
  'research-note',
]);

/**
 * A source's standing under the README's confidence rule: "official" (an official or primary
 * document: a government letter, direction, statement, statutory instrument, inspection report,
 * or a faithful copy of one), "secondary" (a press report, a council release or web page, a
 * compiled dataset), or "finder" (the project's research sheet: where a fact was found, which is
 * not itself evidence for it). A record marked high must cite an official source, or two
 * secondary sources from different publishers.
 */
export const sourceStanding = z.enum(['official', 'secondary', 'finder']);

export const sourceDoc = z.strictObject({
  id,
  title: name,
  kind: sourceKind,
  standing: sourceStanding,
  date: partialDate.nullable(),
  /** Why the date is as it is (e.g. "inferred: the text carries no date"). */
  dateNote: text.optional(),
  author: text.optional(),
  recipient: text.optional(),
  publisher: text.optional(),
  /** The public address, only where one is known. Never a guess. */
  url: httpsUrl.nullable(),
  urlNote: text.optional(),
  /** The copy in the project's shared source folder, where there is one. */
  file: text.optional(),
  /** The code the research sheet uses for this source (S002, P12, G1 …). */
  researchCode: text.optional(),
  summary: text.optional(),
});

export const sourcesFile = z
  .strictObject({ ...schemaLine, sources: z.array(sourceDoc) })
  .superRefine((file, ctx) => checkUniqueIds(file.sources, 'sources', ctx));

// ------------------------------------------------------------ inspections.json

/**
 * Grades on each framework's own scale. The 2012–13 frameworks' middle grade was "adequate";
 * SIF (from November 2013) and ILACS (from 2018) use "requires improvement (to be good)".
 * "adequate" is never mapped to "requires improvement".
 */
export const grade = z.enum(['outstanding', 'good', 'adequate', 'requires-improvement', 'inadequate']);

export const framework = z.enum([
  /** 2012–13 inspections of child protection, looked-after children, adoption agencies. */
  'pre-sif',
  'sif',
  'ilacs',
  /** ILACS as reformed from April 2026: no overall-effectiveness grade. */
  'ilacs-2026',
  /** Inspections of fostering and adoption agencies (the trust's). */
  'agency',
  'joint-pilot',
]);

export const inspectionType = z.enum([
  'child-protection',
  'looked-after-children',
  'adoption-agency',
  'fostering-agency',
  'sif',
  'ilacs-standard',
  'ilacs-focused-visit',
  'ilacs-monitoring-visit',
  'joint-pilot',
]);

/** The service areas judgements are grouped by, across frameworks. */
export const judgementArea = z.enum([
  'overall',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'leadership',
  'adoption',
  'fostering',
]);

export const judgement = z.strictObject({
  area: judgementArea,
  /** The judgement's name as the framework gives it. */
  label: name,
  grade: grade.nullable(),
  /** Set where this judgement comes from a different source or confidence than its inspection. */
  sources: z.array(sourceRef).optional(),
  confidence: confidence.optional(),
});

export const inspection = z.strictObject({
  id,
  /** The body inspected: an id in governance.json. */
  subject: id,
  type: inspectionType,
  framework,
  title: name,
  /** False for focused and monitoring visits, which give no grade. */
  graded: z.boolean(),
  fieldwork: z.strictObject({
    start: partialDate.nullable(),
    end: partialDate.nullable(),
    /** The dates as the preferred source prints them, where they are odd or impossible. */
    stated: text.optional(),
  }),
  published: partialDate.nullable(),
  /** The headline judgement, on the framework's scale; null for ungraded visits or unknown. */
  overall: grade.nullable(),
  /**
   * Why `overall` is what it is: "given" (a grade, or null for an ungraded visit), "unknown" (a
   * grade was given but the sources do not say it), or "not-given" (the framework in force gives
   * no overall grade, as Ofsted's reformed framework from 2026). Absent means "given".
   */
  overallStatus: z.enum(['given', 'unknown', 'not-given']).optional(),
  /** The area the headline judgement is about (a 2013 adoption inspection judged adoption). */
  area: judgementArea,
  judgements: z.array(judgement).default([]),
  findings: text.optional(),
  priorityActions: z.array(text).default([]),
  /** Inspectors named in the sources. */
  inspectors: z.array(text).default([]),
  dateClaims: z.array(dateClaim).default([]),
  ...provenance,
});

export const inspectionsFile = z
  .strictObject({ ...schemaLine, inspections: z.array(inspection) })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.inspections, 'inspections', ctx);
    file.inspections.forEach((r, i) => {
      checkOrdered(r.fieldwork.start, r.fieldwork.end, ['inspections', i, 'fieldwork', 'end'], ctx);
      checkOrdered(r.fieldwork.start, r.published, ['inspections', i, 'published'], ctx);
    });
  });

// ------------------------------------------------------------- milestones.json

export const milestoneKind = z.enum([
  'direction',
  'appointment',
  'departure',
  'letter',
  'report',
  'announcement',
  'order',
  'reorganisation',
  'notice',
  'consultation',
  'programme',
  'expected',
]);

/** Timeline lanes; inspections have a lane of their own. */
export const lane = z.enum(['ofsted', 'dfe', 'mhclg', 'commissioners', 'structure', 'correspondence']);

export const milestone = z.strictObject({
  id,
  kind: milestoneKind,
  lane: lane.exclude(['ofsted']),
  title: name,
  /** What happened, in plain words. */
  summary: text,
  date: partialDate.nullable(),
  /** For spans (a direction in force, an appointment): the last day, null if open or unknown. */
  end: partialDate.nullable().default(null),
  /**
   * "open": still in force when last known; "unknown": ended, but when is not known; "planned":
   * the end is a date a source gave as a plan or expectation at the time; "inferred": the end is
   * worked out by the project. Planned and inferred ends are drawn as uncertain (dashed).
   */
  endStatus: z.enum(['none', 'known', 'open', 'unknown', 'planned', 'inferred']).default('none'),
  /** Bodies in governance.json that acted or were acted on. */
  actors: z.array(id).default([]),
  legalBasis: text.optional(),
  /** For events expected at the time (a report due by February 2019). */
  expected: z
    .strictObject({
      by: partialDate,
      /** What came of it, where known. */
      outcome: text.optional(),
      outcomeRef: id.optional(),
    })
    .optional(),
  dateClaims: z.array(dateClaim).default([]),
  ...provenance,
});

export const milestonesFile = z
  .strictObject({ ...schemaLine, milestones: z.array(milestone) })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.milestones, 'milestones', ctx);
    file.milestones.forEach((r, i) => checkOrdered(r.date, r.end, ['milestones', i, 'end'], ctx));
  });

// ------------------------------------------------------------- governance.json

export const tier = z.enum(['national', 'oversight', 'local', 'delivery', 'inspection']);

export const bodyKind = z.enum([
  'department',
  'secretary-of-state',
  'minister',
  'commissioner',
  'adviser',
  'council',
  'post',
  'company',
  'inspectorate',
  'board',
]);

export const postHolder = z.strictObject({
  name: name,
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  /** How the start and end are known; absent means "known". */
  startStatus: dateStatus.optional(),
  endStatus: dateStatus.optional(),
  ...provenance,
});

export const body = z.strictObject({
  id,
  name: name,
  shortName: name,
  kind: bodyKind,
  tier,
  /** A post within a body (a council's leader) names the body. */
  partOf: id.optional(),
  /** When the body existed, where that matters (the county council ended 31 March 2021). */
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  /** How the start and end are known; absent means "known". */
  startStatus: dateStatus.optional(),
  endStatus: dateStatus.optional(),
  holders: z.array(postHolder).default([]),
  ...provenance,
});

/** How a relationship's or power's end is known (see the milestone's endStatus). */
export const spanEndStatus = z.enum(['known', 'open', 'unknown', 'planned', 'inferred']);

export const relationshipType = z.enum([
  'directs',
  'appoints',
  'advises',
  'inspects',
  'delivers-for',
  'reports-to',
  'chairs',
  'replaced-by',
  'owns',
]);

export const relationship = z.strictObject({
  id,
  type: relationshipType,
  from: id,
  to: id,
  /** First day in force; null if unknown. */
  start: partialDate.nullable(),
  /** Last day in force (inclusive); null if still in force or unknown (see endStatus). */
  end: partialDate.nullable(),
  endStatus: spanEndStatus,
  legalBasis: text.optional(),
  /** A short plain-English description: "directs the council on children's social care". */
  label: name,
  /** Other dates sources give, e.g. the ends claimed for a direction whose end is unknown. */
  dateClaims: z.array(dateClaim).optional(),
  ...provenance,
});

export const powerFunction = z.enum([
  'governance-and-scrutiny',
  'statutory-officers',
  'financial-management',
  'csc-instructions',
  'csc-delivery',
  'inspection',
]);

export const power = z.strictObject({
  id,
  function: powerFunction,
  /** The body that holds the power. */
  holder: id,
  /** Whose function it is (the council whose powers a commissioner exercises). */
  over: id.optional(),
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  endStatus: spanEndStatus,
  authority: text,
  ...provenance,
});

export const governanceFile = z
  .strictObject({
    ...schemaLine,
    bodies: z.array(body),
    relationships: z.array(relationship),
    powers: z.array(power),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.bodies, 'bodies', ctx);
    checkUniqueIds(file.relationships, 'relationships', ctx);
    checkUniqueIds(file.powers, 'powers', ctx);
    file.bodies.forEach((r, i) => {
      checkOrdered(r.start, r.end, ['bodies', i, 'end'], ctx);
      r.holders.forEach((h, j) =>
        checkOrdered(h.start, h.end, ['bodies', i, 'holders', j, 'end'], ctx),
      );
    });
    file.relationships.forEach((r, i) => checkOrdered(r.start, r.end, ['relationships', i, 'end'], ctx));
    file.powers.forEach((r, i) => checkOrdered(r.start, r.end, ['powers', i, 'end'], ctx));
    // Within the file, so the app's loader names a relationship to an unknown body too (the same
    // words as crossCheck, which validate-data runs only on files that pass their schema).
    const bodyIds = new Set(file.bodies.map((b) => b.id));
    const checkBody = (id: string | undefined, role: string, path: (string | number)[]) => {
      if (id !== undefined && !bodyIds.has(id))
        ctx.addIssue({ code: 'custom', path, message: `${role} "${id}" is not a body in governance.json` });
    };
    file.bodies.forEach((b, i) => checkBody(b.partOf, 'partOf', ['bodies', i, 'partOf']));
    file.relationships.forEach((r, i) => {
      checkBody(r.from, 'from', ['relationships', i, 'from']);
      checkBody(r.to, 'to', ['relationships', i, 'to']);
    });
    file.powers.forEach((p, i) => {
      checkBody(p.holder, 'holder', ['powers', i, 'holder']);
      checkBody(p.over, 'over', ['powers', i, 'over']);
    });
  });

// --------------------------------------------------------------- national.json

/** A grade as read from the national file; anything unreadable stays unknown. */
export const nationalGrade = z.enum([
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  /** Blank or unreadable in the source: never guessed. */
  'unknown',
  /** The judgement did not exist yet (care leavers before 2023). */
  'not-applicable',
  /** The 2026 reformed framework gives no overall grade. */
  'not-reported',
]);

export const nationalAuthority = z.strictObject({
  urn: text,
  name: name,
  /** DfE local authority code (e.g. 940). */
  laCode: text.nullable(),
  onsCode: text.nullable(),
  region: text.nullable(),
  statNeighbours: z.array(text).default([]),
});

export const nationalInspection = z.strictObject({
  urn: text,
  published: partialDate.nullable(),
  start: partialDate.nullable(),
  end: partialDate.nullable(),
  framework: z.enum(['standard', 'short', 'unknown']),
  link: httpsUrl.nullable(),
  overall: nationalGrade,
  leaders: nationalGrade,
  helpAndProtection: nationalGrade,
  inCare: nationalGrade,
  careLeavers: nationalGrade,
});

export const nationalFile = z.strictObject({
  ...schemaLine,
  attribution: text,
  provenance: z.strictObject({
    repository: text,
    commit: text,
    files: z.array(text),
    convertedBy: text,
    historySha256: text,
  }),
  regions: z.record(z.string(), text),
  authorities: z.array(nationalAuthority),
  inspections: z.array(nationalInspection),
});

// ---------------------------------------------------------------- england.json

/** A share of English local authorities as a page states it: a percentage, a count, or both. */
export const englandShare = z.strictObject({
  /** The percentage as stated (whole numbers on most pages); null where only a count is stated. */
  percent: z.number().min(0).max(100).nullable(),
  /** The number of authorities as stated; null where only a percentage is stated. */
  count: z.number().int().min(0).nullable(),
  /** Only where this figure rests on a different page or confidence than its record. */
  url: httpsUrl.optional(),
  confidence: confidence.optional(),
  note: text.optional(),
});

/**
 * One point in the national picture: how English authorities' children's services stood on a
 * date, as an Ofsted official-statistics page states it. Figures are never derived or estimated:
 * a split the page does not state stays null.
 */
export const englandFigure = z.strictObject({
  id,
  /** The last day the figures cover. */
  asAt: partialDate,
  /** What the figures cover, in words (which inspections, published by when). */
  covers: text,
  /** The release's publication date where the page shows it; null where it does not. */
  published: partialDate.nullable(),
  publishedNote: text.optional(),
  title: name,
  /** Which judgement each authority is counted on (first SIF, most recent, first ILACS …). */
  basis: text,
  /** How many authorities the figures count, where the page says; null where it does not. */
  authorities: z.number().int().min(1).nullable(),
  authoritiesNote: text.optional(),
  /** Good or outstanding overall (the pages give them combined). */
  goodOrOutstanding: englandShare.nullable(),
  /** Inadequate overall, where stated. */
  inadequate: englandShare.nullable(),
  /** The page the figures are stated on. */
  url: httpsUrl,
  /** Where on the page. */
  locator: text,
  /** The standing of the page: official (GOV.UK) or secondary (a mirror, the press). */
  standing: sourceStanding.exclude(['finder']),
  /** The row of the research sheet (../shared/research/england-context.md) it came from. */
  researchRow: text,
  confidence,
  /** Disputes and weak points, in our own words (the page is the figure's only source). */
  flags: z.array(flag.omit({ sources: true })).default([]),
  notes: text.optional(),
});

export const englandFile = z
  .strictObject({
    ...schemaLine,
    about: text,
    /** Where the figures were found: the research sheet, cited as a finder. */
    foundIn: text,
    figures: z.array(englandFigure),
  })
  .superRefine((file, ctx) => {
    checkUniqueIds(file.figures, 'figures', ctx);
    file.figures.forEach((f, i) => {
      const shareConfidence = (share: z.infer<typeof englandShare> | null) =>
        share?.confidence ?? f.confidence;
      (['goodOrOutstanding', 'inadequate'] as const).forEach((key) => {
        const share = f[key];
        if (share && share.percent === null && share.count === null)
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, key],
            message: 'a share must state a percentage or a count (use null for a share not stated)',
          });
        // The confidence rule: high only on an official page. A share read on another page (a
        // mirror) says its own confidence, and it is never high.
        if (share?.url && (share.confidence === undefined || share.confidence === 'high'))
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, key, 'confidence'],
            message: 'a share read on another page than the figure\'s must give its own confidence, and it cannot be high',
          });
        else if (share && !share.url && shareConfidence(share) === 'high' && f.standing !== 'official')
          ctx.addIssue({
            code: 'custom',
            path: ['figures', i, 'confidence'],
            message: 'marked high, but the page is not an official source',
          });
      });
      if (f.goodOrOutstanding === null && f.inadequate === null)
        ctx.addIssue({ code: 'custom', path: ['figures', i], message: 'states no figure' });
    });
  });

// ------------------------------------------------------------------- meta.json

export const metaFile = z.strictObject({
  ...schemaLine,
  title: name,
  /** Bumped whenever a fact changes; embeds can pin to it. */
  version: text,
  /** The day the data was last checked against its sources. */
  checked: partialDate,
  /** The as-at date views open on: the latest date in the data's story. */
  defaultAsAt: partialDate,
  licence: text,
  coverage: z.strictObject({ from: partialDate, to: partialDate }),
});

export type Confidence = z.infer<typeof confidence>;
export type SourceRef = z.infer<typeof sourceRef>;
export type Flag = z.infer<typeof flag>;
export type DateClaim = z.infer<typeof dateClaim>;
export type SourceDoc = z.infer<typeof sourceDoc>;
export type SourcesFile = z.infer<typeof sourcesFile>;
export type Grade = z.infer<typeof grade>;
export type Framework = z.infer<typeof framework>;
export type JudgementArea = z.infer<typeof judgementArea>;
export type Judgement = z.infer<typeof judgement>;
export type Inspection = z.infer<typeof inspection>;
export type InspectionsFile = z.infer<typeof inspectionsFile>;
export type Milestone = z.infer<typeof milestone>;
export type MilestonesFile = z.infer<typeof milestonesFile>;
export type Lane = z.infer<typeof lane>;
export type Body = z.infer<typeof body>;
export type Relationship = z.infer<typeof relationship>;
export type RelationshipType = z.infer<typeof relationshipType>;
export type Power = z.infer<typeof power>;
export type PowerFunction = z.infer<typeof powerFunction>;
export type GovernanceFile = z.infer<typeof governanceFile>;
export type NationalGrade = z.infer<typeof nationalGrade>;
export type NationalAuthority = z.infer<typeof nationalAuthority>;
export type NationalInspection = z.infer<typeof nationalInspection>;
export type NationalFile = z.infer<typeof nationalFile>;
export type MetaFile = z.infer<typeof metaFile>;
export type EnglandShare = z.infer<typeof englandShare>;
export type EnglandFigure = z.infer<typeof englandFigure>;
export type EnglandFile = z.infer<typeof englandFile>;
export type SourceStanding = z.infer<typeof sourceStanding>;
export type DateStatus = z.infer<typeof dateStatus>;
export type SpanEndStatus = z.infer<typeof spanEndStatus>;
