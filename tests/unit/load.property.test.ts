import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataLoadError } from '../../src/data/load';
import { DATA_FILES, parseDataFile, type DataFileName } from '../../src/data/parse';
import { crossCheck } from '../../src/data/crossCheck';
// Lives here, not in src/data: the last property follows a file through the domain too, and the
// data layer imports nothing from the domain.
import { toRecordRows } from '../../src/domain/records';

const FILES = Object.keys(DATA_FILES) as DataFileName[];

/** Arbitrary JSON whose keys include the ones that pollute prototypes when merged carelessly. */
const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.dictionary(
      fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'sources', 'date'),
        fc.string(),
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

/** JSON.parse of text, as the loader does: `__proto__` becomes an own key, the dangerous case. */
const parsedText = hostileJson.map((value) => JSON.parse(JSON.stringify(value)) as unknown);

describe('parsing any JSON', () => {
  it('refuses a record that smuggles in a __proto__ key', () => {
    const json = JSON.parse(
      '{"title":"t","version":"1","checked":"2026-11-23","defaultAsAt":"2022-11-25","licence":"OGL","coverage":{"from":"2012","to":"2022"},"__proto__":{"polluted":"yes"}}',
    ) as unknown;
    expect(() => parseDataFile('meta.json', json)).toThrow(DataLoadError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(FILES)('%s: returns data or a DataLoadError, never anything else', (file) => {
    fc.assert(
      fc.property(parsedText, (json) => {
        try {
          parseDataFile(file, json);
        } catch (error) {
          expect(error).toBeInstanceOf(DataLoadError);
          expect((error as DataLoadError).file).toBe(file);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reaches Object.prototype through parse, cross-check and derive', () => {
    const proto = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}',
    ) as unknown;
    fc.assert(
      fc.property(fc.oneof(parsedText, fc.constant(proto)), (json) => {
        const parsed: Record<string, unknown> = {};
        for (const file of FILES) {
          try {
            parsed[file] = parseDataFile(file, json);
          } catch {
            // a typed error is the expected answer to most inputs
          }
        }
        const files = {
          sources: parsed['sources.json'],
          inspections: parsed['inspections.json'],
          milestones: parsed['milestones.json'],
          governance: parsed['governance.json'],
        } as Parameters<typeof crossCheck>[0];
        crossCheck(files);
        toRecordRows(files);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });
});
