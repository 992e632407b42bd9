/**
 * Checks across data files that a schema for one file cannot make: every cited source exists,
 * every body named exists, grades fit their framework's scale, periods fit the lives of the
 * bodies they join, no id is used by two records in different files, a record marked high
 * confidence meets the README's rule (an official or primary source, or two secondary sources
 * from different publishers), and no end is marked known when every source cited for it gives
 * only a plan or an inference. Pure: takes parsed files, returns problems in file and record order.
 */
import { getDateProblem, toDayRange, type PartialDate } from '../lib/partialDate';
import type { DataProblem } from './problems';
import type {
  Confidence,
  EnglandFile,
  Flag,
  GovernanceFile,
  InspectionsFile,
  MilestonesFile,
  SourceRef,
  SourcesFile,
} from './schemas';

export interface CrossCheckFiles {
  sources?: SourcesFile;
  inspections?: InspectionsFile;
  milestones?: MilestonesFile;
  governance?: GovernanceFile;
  england?: EnglandFile;
}

/** The README's confidence rule, on a record's citations; null when they meet it. */
export function getConfidenceProblem(
  confidence: Confidence | undefined,
  refs: readonly SourceRef[],
  sources: ReadonlyMap<string, SourcesFile['sources'][number]>,
): string | null {
  if (confidence !== 'high') return null;
  // A citation of a source that does not exist is reported on its own; the rule waits for it.
  if (refs.some((r) => !sources.has(r.source))) return null;
  const cited = refs.flatMap((r) => {
    const doc = sources.get(r.source);
    return doc ? [doc] : [];
  });
  if (cited.some((d) => d.standing === 'official')) return null;
  const secondary = cited.filter((d) => d.standing === 'secondary');
  const publishers = new Set(secondary.map((d) => d.publisher ?? d.id));
  if (publishers.size >= 2) return null;
  const named = secondary.map((d) => `"${d.id}"`).join(', ');
  return `marked high, but cites no official or primary source and ${
    publishers.size === 0 ? 'no secondary source' : `only one secondary source (${named})`
  }: high needs an official or primary document, or two independent reliable reports that agree`;
}

/** An end marked known whose every citation for it gives only a plan or an inference; else null. */
export function getPlannedEndProblem(
  endStatus: string | undefined,
  end: string | null,
  refs: readonly SourceRef[],
): string | null {
  if (endStatus !== 'known' || end === null) return null;
  const forEnd = refs.filter((r) => r.field === 'end');
  if (forEnd.length === 0 || !forEnd.every((r) => r.gives === 'plan' || r.gives === 'inference'))
    return null;
  const what = forEnd.every((r) => r.gives === 'plan') ? 'a plan' : 'a plan or an inference';
  return `end ${end} is marked known, but every source cited for it gives only ${what}: mark the end "${
    what === 'a plan' ? 'planned' : 'inferred'
  }"`;
}

const DAY = 86_400_000;

/** A date that is present and real, as a day range; otherwise null (the schema reports bad dates). */
function range(value: PartialDate | null | undefined) {
  if (!value || getDateProblem(value)) return null;
  return toDayRange(value);
}

export function crossCheck(files: CrossCheckFiles): DataProblem[] {
  const steps = crossCheckSteps(files);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How many records crossCheckSteps checks between two pauses. */
export const RECORDS_PER_STEP = 1000;

/**
 * crossCheck as steps: it pauses (yields) after each RECORDS_PER_STEP records it has looked at,
 * so that a view can check 50,000 records in slices instead of one long task (issue 24).
 */
export function* crossCheckSteps(files: CrossCheckFiles): Generator<void, DataProblem[], void> {
  let seen = 0;
  /** Counts a record; true after each RECORDS_PER_STEP, when it is time to pause. */
  const pause = () => ++seen % RECORDS_PER_STEP === 0;
  const problems: DataProblem[] = [];
  const sourceIds = files.sources ? new Set(files.sources.sources.map((s) => s.id)) : null;
  const bodies = files.governance ? new Map(files.governance.bodies.map((b) => [b.id, b])) : null;
  const outcomeIds = new Set([
    ...(files.milestones?.milestones ?? []).map((m) => m.id),
    ...(files.inspections?.inspections ?? []).map((i) => i.id),
  ]);

  const add = (file: string, path: string, recordId: string, message: string) =>
    problems.push({ file, path, recordId, message });

  /** The confidence rule, where sources.json is there to say each source's standing. */
  const sourceDocs = files.sources ? new Map(files.sources.sources.map((s) => [s.id, s])) : null;
  const checkConfidence = (
    file: string,
    recordId: string,
    path: string,
    confidence: Confidence | undefined,
    refs: readonly SourceRef[] | undefined,
  ) => {
    if (!sourceDocs || !refs) return;
    const problem = getConfidenceProblem(confidence, refs, sourceDocs);
    if (problem) add(file, path, recordId, problem);
  };
  const checkEnd = (
    file: string,
    recordId: string,
    path: string,
    item: { endStatus?: string; end: string | null; sources: readonly SourceRef[] },
  ) => {
    // A body's or holder's end with no status is known.
    const problem = getPlannedEndProblem(item.endStatus ?? 'known', item.end, item.sources);
    if (problem) add(file, path, recordId, problem);
  };

  // ------------------------------------------------------- ids unique across files
  // Each file already refuses a duplicate within a list; an id must also name one record across
  // the record files, so that a link or a URL naming it cannot mean two things.
  const owners = new Map<string, string>();
  const claimId = (file: string, path: string, id: string) => {
    const first = owners.get(id);
    if (first === undefined) owners.set(id, `${file}: ${path}`);
    else if (!first.startsWith(`${file}: ${path.split('[')[0]}[`))
      add(file, `${path}.id`, id, `duplicate id "${id}": ${first} already uses it`);
  };
  const idLists: [string, string, readonly { id: string }[] | undefined][] = [
    ['inspections.json', 'inspections', files.inspections?.inspections],
    ['milestones.json', 'milestones', files.milestones?.milestones],
    ['governance.json', 'bodies', files.governance?.bodies],
    ['governance.json', 'relationships', files.governance?.relationships],
    ['governance.json', 'powers', files.governance?.powers],
    ['england.json', 'figures', files.england?.figures],
  ];
  for (const [file, key, list] of idLists) {
    for (const [i, r] of (list ?? []).entries()) {
      claimId(file, `${key}[${i}]`, r.id);
      if (pause()) yield;
    }
  }

  /** Every citation in a list names a source in sources.json. */
  const checkRefs = (file: string, recordId: string, path: string, refs: readonly SourceRef[] | undefined) => {
    if (!sourceIds || !refs) return;
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref.source))
        add(file, `${path}[${i}].source`, recordId, `cites unknown source "${ref.source}": no such id in sources.json`);
    });
  };
  const checkFlags = (file: string, recordId: string, path: string, flags: readonly Flag[]) =>
    flags.forEach((f, i) => checkRefs(file, recordId, `${path}[${i}].sources`, f.sources));

  /** A body id names a body in governance.json. */
  const checkBody = (file: string, recordId: string, path: string, id: string | undefined, role: string) => {
    if (!bodies || id === undefined) return;
    if (!bodies.has(id)) add(file, path, recordId, `${role} "${id}" is not a body in governance.json`);
  };

  // ------------------------------------------------------------------ inspections
  const IN = 'inspections.json';
  for (const [i, r] of (files.inspections?.inspections ?? []).entries()) {
    if (pause()) yield;
    const at = `inspections[${i}]`;
    checkRefs(IN, r.id, `${at}.sources`, r.sources);
    checkFlags(IN, r.id, `${at}.flags`, r.flags);
    r.dateClaims.forEach((c, j) => checkRefs(IN, r.id, `${at}.dateClaims[${j}].sources`, c.sources));
    r.judgements.forEach((j, k) => checkRefs(IN, r.id, `${at}.judgements[${k}].sources`, j.sources));
    checkBody(IN, r.id, `${at}.subject`, r.subject, 'subject');
    checkConfidence(IN, r.id, `${at}.confidence`, r.confidence, r.sources);
    r.judgements.forEach((j, k) =>
      checkConfidence(IN, r.id, `${at}.judgements[${k}].confidence`, j.confidence, j.sources ?? r.sources),
    );
    r.dateClaims.forEach((c, j) => checkConfidence(IN, r.id, `${at}.dateClaims[${j}].confidence`, c.confidence, c.sources));
    if (r.overallStatus === 'not-given' && r.overall !== null)
      add(IN, `${at}.overall`, r.id, `the framework gives no overall grade ("not-given"), but the record has "${r.overall}"`);

    const gradeProblem = (grade: string | null) => {
      if (grade === 'adequate' && r.framework !== 'pre-sif')
        return `grade "adequate" exists only on the pre-SIF scale, not on "${r.framework}"`;
      if (grade === 'requires-improvement' && r.framework === 'pre-sif')
        return 'grade "requires-improvement" does not exist on the pre-SIF scale (its middle grade was "adequate")';
      return null;
    };
    const overallProblem = gradeProblem(r.overall);
    if (overallProblem) add(IN, `${at}.overall`, r.id, overallProblem);
    r.judgements.forEach((j, k) => {
      const p = gradeProblem(j.grade);
      if (p) add(IN, `${at}.judgements[${k}].grade`, r.id, p);
    });
    if (!r.graded && r.overall !== null)
      add(IN, `${at}.overall`, r.id, `an ungraded visit must have no overall grade, but has "${r.overall}"`);
  }

  // ------------------------------------------------------------------- milestones
  const MS = 'milestones.json';
  for (const [i, r] of (files.milestones?.milestones ?? []).entries()) {
    if (pause()) yield;
    const at = `milestones[${i}]`;
    checkRefs(MS, r.id, `${at}.sources`, r.sources);
    checkFlags(MS, r.id, `${at}.flags`, r.flags);
    r.dateClaims.forEach((c, j) => checkRefs(MS, r.id, `${at}.dateClaims[${j}].sources`, c.sources));
    r.actors.forEach((a, j) => checkBody(MS, r.id, `${at}.actors[${j}]`, a, 'actor'));
    checkConfidence(MS, r.id, `${at}.confidence`, r.confidence, r.sources);
    r.dateClaims.forEach((c, j) => checkConfidence(MS, r.id, `${at}.dateClaims[${j}].confidence`, c.confidence, c.sources));
    checkEnd(MS, r.id, `${at}.endStatus`, r);
    const ref = r.expected?.outcomeRef;
    // Without inspections.json an outcome may be an inspection we cannot see: not judged.
    if (ref !== undefined && files.inspections && !outcomeIds.has(ref))
      add(MS, `${at}.expected.outcomeRef`, r.id, `outcome "${ref}" is not a milestone or inspection id`);
  }

  // ------------------------------------------------------------------- governance
  const GV = 'governance.json';
  const gov = files.governance;
  if (!gov) return problems;

  for (const [i, b] of gov.bodies.entries()) {
    if (pause()) yield;
    const at = `bodies[${i}]`;
    checkRefs(GV, b.id, `${at}.sources`, b.sources);
    checkFlags(GV, b.id, `${at}.flags`, b.flags);
    checkBody(GV, b.id, `${at}.partOf`, b.partOf, 'partOf');
    checkConfidence(GV, b.id, `${at}.confidence`, b.confidence, b.sources);
    checkEnd(GV, b.id, `${at}.endStatus`, b);
    b.holders.forEach((h, j) => {
      checkRefs(GV, b.id, `${at}.holders[${j}].sources`, h.sources);
      checkFlags(GV, b.id, `${at}.holders[${j}].flags`, h.flags);
      checkConfidence(GV, b.id, `${at}.holders[${j}].confidence`, h.confidence, h.sources);
      checkEnd(GV, b.id, `${at}.holders[${j}].endStatus`, h);
    });
  }

  for (const [i, r] of gov.relationships.entries()) {
    if (pause()) yield;
    const at = `relationships[${i}]`;
    checkRefs(GV, r.id, `${at}.sources`, r.sources);
    checkFlags(GV, r.id, `${at}.flags`, r.flags);
    checkBody(GV, r.id, `${at}.from`, r.from, 'from');
    checkBody(GV, r.id, `${at}.to`, r.to, 'to');
    (r.dateClaims ?? []).forEach((c, j) => checkRefs(GV, r.id, `${at}.dateClaims[${j}].sources`, c.sources));
    checkConfidence(GV, r.id, `${at}.confidence`, r.confidence, r.sources);
    checkEnd(GV, r.id, `${at}.endStatus`, r);

    const start = range(r.start);
    const end = range(r.end);
    for (const side of ['from', 'to'] as const) {
      const b = bodies?.get(r[side]);
      if (!b) continue;
      const bStart = range(b.start);
      const bEnd = range(b.end);
      // A body is replaced the day after it ends: its successor relationship may start then.
      const grace = r.type === 'replaced-by' && side === 'from' ? DAY : 0;
      if (start && bStart && start.last < bStart.first)
        add(GV, `${at}.start`, r.id, `starts (${r.start}) before "${b.id}" exists (from ${b.start})`);
      if (start && bEnd && start.first > bEnd.last + grace)
        add(GV, `${at}.start`, r.id, `starts (${r.start}) after "${b.id}" ended (${b.end})`);
      if (end && bEnd && end.first > bEnd.last)
        add(GV, `${at}.end`, r.id, `ends (${r.end}) after "${b.id}" ended (${b.end})`);
      if (end && bStart && end.last < bStart.first)
        add(GV, `${at}.end`, r.id, `ends (${r.end}) before "${b.id}" exists (from ${b.start})`);
    }
  }

  for (const [i, p] of gov.powers.entries()) {
    if (pause()) yield;
    const at = `powers[${i}]`;
    checkRefs(GV, p.id, `${at}.sources`, p.sources);
    checkFlags(GV, p.id, `${at}.flags`, p.flags);
    checkBody(GV, p.id, `${at}.holder`, p.holder, 'holder');
    checkBody(GV, p.id, `${at}.over`, p.over, 'over');
    checkConfidence(GV, p.id, `${at}.confidence`, p.confidence, p.sources);
    checkEnd(GV, p.id, `${at}.endStatus`, p);
  }

  return problems;
}
