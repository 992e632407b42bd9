// @vitest-environment node
// docs/schema/*.json tell an analyst's editor the same range of dates the validator enforces.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { milestonesFile } from '../src/data/schemas';
import { toSchemaDocument } from './write-json-schema';

const find = (node: unknown, key: string): unknown[] => {
  if (!node || typeof node !== 'object') return [];
  const own = key in node ? [(node as Record<string, unknown>)[key]] : [];
  return [...own, ...Object.values(node).flatMap((child) => find(child, key))];
};

describe('the generated JSON Schema', () => {
  const doc = toSchemaDocument('milestones', milestonesFile);
  const patterns = find(doc, 'pattern').filter(
    (p): p is string => typeof p === 'string' && p.includes('2100'),
  );

  it('states the range of years for dates, and the pattern keeps to it', () => {
    expect(JSON.stringify(doc)).toContain('in the years 1900 to 2100');
    expect(patterns.length).toBeGreaterThan(0);
    const re = new RegExp(patterns[0]!);
    for (const ok of ['1900', '2013-05', '2018-11-30', '2100-12-31'])
      expect(re.test(ok)).toBe(true);
    for (const bad of ['0000-01-01', '0099', '1899-12', '2101', '9999-12-31', '2018-13'])
      expect(re.test(bad)).toBe(false);
  });

  it('is what docs/schema holds (run npm run data:schema after changing the schemas)', () => {
    const file = path.resolve(__dirname, '../docs/schema/milestones.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
