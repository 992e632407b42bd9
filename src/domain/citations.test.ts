import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentName, inspectionCitation, orderRefs, sheetRow, sourceRank } from './citations';
import { formatPartialDate } from './dates';
import type { InspectionsFile, SourcesFile } from './types';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8')) as T;
const { inspections } = read<InspectionsFile>('inspections.json');
const { sources: docs } = read<SourcesFile>('sources.json');
const sources = new Map(docs.map((d) => [d.id, d]));
const inspection = (id: string) => {
  const found = inspections.find((i) => i.id === id);
  if (!found) throw new Error(`no inspection ${id} in data/inspections.json`);
  return found;
};

describe('citations name the primary document first (real data)', () => {
  it('names the 2019 inspection by its report and publication date, then the research sheet row', () => {
    const cite = inspectionCitation(inspection('ncc-ilacs-2019'), sources);
    expect(cite.name).toBe('Ofsted inspection report, 29 July 2019');
    // The data holds no copy of the report: it is named from the record, not linked.
    expect(cite.source).toBeNull();
    expect(cite.sheet && sheetRow(cite.sheet)).toBe('research sheet, §1 row 8');
    // The press reports come after, not before.
    expect(cite.others.map((r) => r.source)).not.toContain('research-facts-sheet');
    expect(cite.others.length).toBe(4);
  });

  it("uses the report's own recorded date where the data holds the report", () => {
    const cite = inspectionCitation(inspection('nnc-ilacs-2022'), sources);
    expect(cite.source?.source).toBe('ofsted-ilacs-nnc-2022');
    expect(cite.name).toBe('Ofsted inspection report, 25 November 2022');
  });

  it('keeps a date to the precision recorded, and says when none is recorded', () => {
    expect(inspectionCitation(inspection('ncc-child-protection-2013'), sources).name).toBe(
      'Ofsted inspection report, March 2013',
    );
    expect(inspectionCitation(inspection('ncc-adoption-agency-2012'), sources).name).toBe(
      'Ofsted inspection report, publication date not recorded',
    );
    expect(inspectionCitation(inspection('ncc-focused-visit-2018-10'), sources).name).toBe(
      'Ofsted focused visit letter, 13 November 2018',
    );
  });

  it('never gives a date the record does not hold', () => {
    for (const i of inspections) {
      const cite = inspectionCitation(i, sources);
      const report = cite.source ? sources.get(cite.source.source) : undefined;
      const date = report?.date ?? i.published;
      if (date) expect(cite.name.endsWith(`, ${formatPartialDate(date)}`), i.id).toBe(true);
      else expect(cite.name, i.id).toMatch(/, publication date not recorded$/);
    }
  });

  it('puts every record’s research-sheet row after its official documents and before the press', () => {
    for (const i of inspections) {
      const ranks = orderRefs(i.sources, sources).map((r) => sourceRank(sources.get(r.source)));
      expect(ranks, i.id).toEqual([...ranks].sort((a, b) => a - b));
      const sheet = ranks.indexOf(3);
      if (sheet >= 0)
        expect(
          ranks.slice(sheet + 1).every((r) => r > 3),
          i.id,
        ).toBe(true);
    }
  });

  it('names a document by its kind and recorded date, or its kind alone', () => {
    expect(documentName(sources.get('statutory-direction-2018-11-30')!)).toBe(
      'Statutory direction, 30 November 2018',
    );
    expect(documentName(sources.get('commissioner-letter-2021-11')!)).toBe('Letter, November 2021');
    expect(documentName(sources.get('ncc-unitary-councils-page')!)).toBe('Web page');
  });
});
