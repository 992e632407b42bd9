import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectionsFile, SourcesFile } from '../../domain/types';
import { toCitationText } from './chartTable';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../data', file), 'utf8')) as T;
const { inspections } = read<InspectionsFile>('inspections.json');
const { sources: docs } = read<SourcesFile>('sources.json');
const sources = new Map(docs.map((d) => [d.id, d]));
const inspection = (id: string) => {
  const found = inspections.find((i) => i.id === id);
  if (!found) throw new Error(`no inspection ${id} in data/inspections.json`);
  return found;
};

describe("a table's citation cell names the primary document first (issue 20, real data)", () => {
  it("starts a table's citation cell with the report, then the sheet's row", () => {
    const i = inspection('ncc-ilacs-2019');
    const cell = toCitationText(i.sources, sources, i);
    expect(cell.citations[0]).toEqual({
      title: 'Ofsted inspection report, 29 July 2019',
      href: null,
      locator: '',
    });
    expect(cell.citations[1]?.title).toMatch(/^Research sheet/);
    expect(cell.text.startsWith('Ofsted inspection report, 29 July 2019; Research sheet')).toBe(
      true,
    );
    expect(cell.citations).toHaveLength(i.sources.length + 1);
  });

  it('orders a cell without an inspection primary documents first', () => {
    // The 2013 child protection record cites the 2018 direction after nothing, and the press after it.
    const i = inspection('ncc-child-protection-2013');
    const reversed = [...i.sources].reverse();
    const cell = toCitationText(reversed, sources);
    expect(cell.citations[0]?.title).toBe(sources.get('statutory-direction-2018-11-30')!.title);
    expect(cell.citations[1]?.title).toMatch(/^Research sheet/);
  });
});
