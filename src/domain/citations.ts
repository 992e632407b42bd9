/**
 * Citations that name the primary document first (issue 20): "Ofsted inspection report, 29 July
 * 2019", then the research sheet's row, then the reports that repeat it. The research sheet says
 * where a fact was found; the document it points to is the evidence, so it comes first.
 *
 * Dates are the record's own, at the precision it gives them ("March 2013"): a document is named
 * with its recorded date, an inspection's report with the inspection's recorded publication date,
 * and where neither is recorded the words say so rather than guess.
 */
import { formatPartialDate, type PartialDate } from './dates';
import type { Inspection, SourceDoc, SourceRef } from './types';

/** A document's kind in words, as a citation starts: "Statutory direction, 30 November 2018". */
export const DOCUMENT_KINDS: Record<SourceDoc['kind'], string> = {
  'inspection-report': 'Ofsted inspection report',
  direction: 'Statutory direction',
  'statutory-instrument': 'Statutory instrument',
  letter: 'Letter',
  'parliamentary-record': 'Parliamentary record',
  'news-story': 'GOV.UK news story',
  report: 'Report',
  dataset: 'Dataset',
  'web-page': 'Web page',
  'council-release': 'Council news release',
  'press-report': 'Press report',
  'research-note': 'Research sheet',
};

/** "Statutory direction, 30 November 2018"; the kind alone where the record gives no date. */
export const documentName = (doc: Pick<SourceDoc, 'kind' | 'date'>): string =>
  doc.date
    ? `${DOCUMENT_KINDS[doc.kind]}, ${formatPartialDate(doc.date)}`
    : DOCUMENT_KINDS[doc.kind];

/**
 * How near a source is to the event: the inspectorate's own report, then the other official
 * documents (directions, orders, letters, statements), then official pages and data, then the
 * research sheet's row, then what councils and the press reported. Unknown ids go last.
 */
export function sourceRank(doc: Pick<SourceDoc, 'kind' | 'standing'> | undefined): number {
  if (!doc) return 6;
  if (doc.kind === 'inspection-report') return 0;
  if (doc.standing === 'finder') return 3;
  if (doc.standing === 'official') return doc.kind === 'web-page' || doc.kind === 'dataset' ? 2 : 1;
  return doc.kind === 'dataset' ? 2 : 4;
}

/** A record's references, primary documents first; the record's own order otherwise. */
export function orderRefs(
  refs: readonly SourceRef[],
  sources: ReadonlyMap<string, SourceDoc>,
): SourceRef[] {
  return refs
    .map((ref, i) => ({ ref, i, rank: sourceRank(sources.get(ref.source)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((r) => r.ref);
}

/** The document an inspection's findings were published in, by the kind of inspection. */
export function reportKind(inspection: Pick<Inspection, 'type' | 'graded'>): string {
  switch (inspection.type) {
    case 'ilacs-focused-visit':
      return 'Ofsted focused visit letter';
    case 'ilacs-monitoring-visit':
      return 'Ofsted monitoring visit letter';
    case 'joint-pilot':
      return 'Joint inspection report';
    default:
      return inspection.graded ? 'Ofsted inspection report' : 'Ofsted visit report';
  }
}

/** A citation of an inspection's report: the words, and the source it links to where there is one. */
export interface ReportCitation {
  /** "Ofsted inspection report, 29 July 2019". */
  name: string;
  /** The report among the sources, where the data holds it; else null (named from the record). */
  source: SourceRef | null;
  /** The research sheet's row for the inspection, if it has one. */
  sheet: SourceRef | null;
  /** Every other reference, primary documents first. */
  others: SourceRef[];
}

/**
 * An inspection's citation, primary document first. The report is the source of kind
 * "inspection-report" the record cites, named with that source's date; where the data holds no
 * copy, it is named from the inspection's recorded publication date ("publication date not
 * recorded" where there is none).
 */
export function inspectionCitation(
  inspection: Pick<Inspection, 'type' | 'graded' | 'published' | 'sources'>,
  sources: ReadonlyMap<string, SourceDoc>,
): ReportCitation {
  const refs = orderRefs(inspection.sources, sources);
  const report = refs.find((r) => sources.get(r.source)?.kind === 'inspection-report') ?? null;
  const sheet = refs.find((r) => sources.get(r.source)?.standing === 'finder') ?? null;
  const date: PartialDate | null =
    (report && sources.get(report.source)?.date) || inspection.published;
  return {
    name: `${reportKind(inspection)}, ${date ? formatPartialDate(date) : 'publication date not recorded'}`,
    source: report,
    sheet,
    others: refs.filter((r) => r !== report && r !== sheet),
  };
}

/** "research sheet, §1 row 8": a row of the research sheet, as a citation after the document. */
export const sheetRow = (ref: SourceRef) => `research sheet, ${ref.locator}`;
