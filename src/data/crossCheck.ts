/**
 * Checks across data files that a schema for one file cannot make: every cited source exists,
 * every body named exists, grades fit their framework's scale, and periods fit the lives of the
 * bodies they join. Pure: takes parsed files, returns problems in file and record order.
 */
import { getDateProblem, toDayRange, type PartialDate } from '../lib/partialDate';
import type { DataProblem } from './problems';
import type {
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
}

const DAY = 86_400_000;

/** A date that is present and real, as a day range; otherwise null (the schema reports bad dates). */
function range(value: PartialDate | null | undefined) {
  if (!value || getDateProblem(value)) return null;
  return toDayRange(value);
}

export function crossCheck(files: CrossCheckFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const sourceIds = files.sources ? new Set(files.sources.sources.map((s) => s.id)) : null;
  const bodies = files.governance ? new Map(files.governance.bodies.map((b) => [b.id, b])) : null;
  const outcomeIds = new Set([
    ...(files.milestones?.milestones ?? []).map((m) => m.id),
    ...(files.inspections?.inspections ?? []).map((i) => i.id),
  ]);

  const add = (file: string, path: string, recordId: string, message: string) =>
    problems.push({ file, path, recordId, message });

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
  (files.inspections?.inspections ?? []).forEach((r, i) => {
    const at = `inspections[${i}]`;
    checkRefs(IN, r.id, `${at}.sources`, r.sources);
    checkFlags(IN, r.id, `${at}.flags`, r.flags);
    r.dateClaims.forEach((c, j) => checkRefs(IN, r.id, `${at}.dateClaims[${j}].sources`, c.sources));
    r.judgements.forEach((j, k) => checkRefs(IN, r.id, `${at}.judgements[${k}].sources`, j.sources));
    checkBody(IN, r.id, `${at}.subject`, r.subject, 'subject');

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
  });

  // ------------------------------------------------------------------- milestones
  const MS = 'milestones.json';
  (files.milestones?.milestones ?? []).forEach((r, i) => {
    const at = `milestones[${i}]`;
    checkRefs(MS, r.id, `${at}.sources`, r.sources);
    checkFlags(MS, r.id, `${at}.flags`, r.flags);
    r.dateClaims.forEach((c, j) => checkRefs(MS, r.id, `${at}.dateClaims[${j}].sources`, c.sources));
    r.actors.forEach((a, j) => checkBody(MS, r.id, `${at}.actors[${j}]`, a, 'actor'));
    const ref = r.expected?.outcomeRef;
    // Without inspections.json an outcome may be an inspection we cannot see: not judged.
    if (ref !== undefined && files.inspections && !outcomeIds.has(ref))
      add(MS, `${at}.expected.outcomeRef`, r.id, `outcome "${ref}" is not a milestone or inspection id`);
  });

  // ------------------------------------------------------------------- governance
  const GV = 'governance.json';
  const gov = files.governance;
  if (!gov) return problems;

  gov.bodies.forEach((b, i) => {
    const at = `bodies[${i}]`;
    checkRefs(GV, b.id, `${at}.sources`, b.sources);
    checkFlags(GV, b.id, `${at}.flags`, b.flags);
    checkBody(GV, b.id, `${at}.partOf`, b.partOf, 'partOf');
    b.holders.forEach((h, j) => {
      checkRefs(GV, b.id, `${at}.holders[${j}].sources`, h.sources);
      checkFlags(GV, b.id, `${at}.holders[${j}].flags`, h.flags);
    });
  });

  gov.relationships.forEach((r, i) => {
    const at = `relationships[${i}]`;
    checkRefs(GV, r.id, `${at}.sources`, r.sources);
    checkFlags(GV, r.id, `${at}.flags`, r.flags);
    checkBody(GV, r.id, `${at}.from`, r.from, 'from');
    checkBody(GV, r.id, `${at}.to`, r.to, 'to');

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
  });

  gov.powers.forEach((p, i) => {
    const at = `powers[${i}]`;
    checkRefs(GV, p.id, `${at}.sources`, p.sources);
    checkFlags(GV, p.id, `${at}.flags`, p.flags);
    checkBody(GV, p.id, `${at}.holder`, p.holder, 'holder');
    checkBody(GV, p.id, `${at}.over`, p.over, 'over');
  });

  return problems;
}
