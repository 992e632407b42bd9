// @vitest-environment node
// The published JSON Schemas (docs/schema, served as /data/schema/) as other tools read them: ajv
// with ajv-formats, which checks a full date against the calendar. Every data file must pass as it
// is, $schema line included; a copy with an impossible date, a word for a date or an unknown enum
// value must not. And datapackage.json names every file with its schema, licence and version.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDataFile, type DataFileName } from '../src/data/parse';
import { DATA_RESOURCES, dataPackage, publishedDataFile } from './datapackage.mjs';
import { SCHEMAS, toSchemaDocument } from './write-json-schema';

const root = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readJson = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;
const NAMES = DATA_RESOURCES.map(([name]) => name);

function validatorFor(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(readJson(`docs/schema/${name}.schema.json`));
}

describe('data files against their published JSON Schemas (ajv + ajv-formats)', () => {
  it.each(NAMES)('data/%s.json validates, and its $schema line names its schema', (name) => {
    const data = readJson(`data/${name}.json`);
    expect(data.$schema).toBe(`../docs/schema/${name}.schema.json`);
    const validate = validatorFor(name);
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(NAMES)("the app's loader accepts data/%s.json with its $schema line", (name) => {
    expect(() =>
      parseDataFile(`${name}.json` as DataFileName, readJson(`data/${name}.json`)),
    ).not.toThrow();
  });

  it('the published copy points at the schema served beside it, and changes nothing else', () => {
    const text = read('data/inspections.json');
    const published = publishedDataFile(text);
    expect(JSON.parse(published).$schema).toBe('schema/inspections.schema.json');
    expect(published.replace('"schema/', '"../docs/schema/')).toBe(text);
  });

  const inspections = () =>
    readJson('data/inspections.json') as { inspections: Record<string, unknown>[] };
  const errorsFor = (data: unknown) => {
    const validate = validatorFor('inspections');
    return validate(data) ? [] : (validate.errors ?? []);
  };

  it.each([
    ['2013-02-30', 'a day that is not in the calendar'],
    ['2019-02-29', 'the 29th of February in a year that is not a leap year'],
    ['yesterday', 'a word, not a date'],
    ['2013-2-3', 'a date without its leading zeros'],
  ])('rejects published "%s" (%s)', (date) => {
    const data = inspections();
    data.inspections[0] = { ...data.inspections[0], published: date };
    const errors = errorsFor(data);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.instancePath === '/inspections/0/published')).toBe(true);
  });

  it('accepts a real leap day and dates at month and year precision', () => {
    for (const date of ['2016-02-29', '2013-02', '2013']) {
      const data = inspections();
      data.inspections[0] = { ...data.inspections[0], published: date };
      expect(errorsFor(data)).toEqual([]);
    }
  });

  it('rejects an unknown enum value, an unknown field and a blank title', () => {
    const unknownEnum = inspections();
    unknownEnum.inspections[0] = { ...unknownEnum.inspections[0], framework: 'sif-2030' };
    expect(errorsFor(unknownEnum).map((e) => e.instancePath)).toContain('/inspections/0/framework');
    const extra = inspections();
    extra.inspections[0] = { ...extra.inspections[0], grade: 'good' };
    expect(errorsFor(extra).some((e) => e.keyword === 'additionalProperties')).toBe(true);
    const sources = readJson('data/sources.json') as { sources: Record<string, unknown>[] };
    sources.sources[0] = { ...sources.sources[0], title: '   ' };
    const validate = validatorFor('sources');
    expect(validate(sources)).toBe(false);
  });

  it('rejects a source address that is not https', () => {
    const sources = readJson('data/sources.json') as { sources: Record<string, unknown>[] };
    sources.sources[0] = { ...sources.sources[0], url: 'javascript:alert(1)' };
    const validate = validatorFor('sources');
    expect(validate(sources)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain('/sources/0/url');
  });

  it('docs/schema is what the zod schemas generate (run npm run data:schema after a change)', () => {
    for (const [name, schema] of Object.entries(SCHEMAS))
      expect(readJson(`docs/schema/${name}.schema.json`)).toEqual(
        JSON.parse(JSON.stringify(toSchemaDocument(name, schema))),
      );
  });
});

describe('datapackage.json', () => {
  const meta = readJson('data/meta.json') as Parameters<typeof dataPackage>[0];
  const national = readJson('data/national.json') as Parameters<typeof dataPackage>[1];
  const descriptor = dataPackage(meta, national);

  it('is what docs/datapackage.json holds (run npm run data:schema after changing meta.json)', () => {
    expect(readJson('docs/datapackage.json')).toEqual(JSON.parse(JSON.stringify(descriptor)));
  });

  // No maintained npm package carries the Frictionless profile for offline use (the "datapackage"
  // package was last released in 2019, for v1), so the profile's required fields are checked here.
  it("has the Frictionless profile's required fields and the package's own", () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.version).toBe(meta.version);
    expect(descriptor.licenses).toEqual([
      expect.objectContaining({ name: 'OGL-UK-3.0', path: expect.stringMatching(/^https:\/\//) }),
    ]);
    expect(descriptor.sources.length).toBeGreaterThan(0);
    for (const source of descriptor.sources) expect(source.title).toBeTruthy();
    const names = descriptor.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of descriptor.resources) expect(r.name).toMatch(/^[a-z0-9._-]+$/);
  });

  it('describes every data file, each with its schema, and nothing that is not there', () => {
    const files = descriptor.resources.map((r) => r.path).sort();
    const present = readdirSync(path.join(root, 'data'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(present);
    for (const r of descriptor.resources) {
      expect(() => read(`data/${r.path}`)).not.toThrow();
      expect(r.jsonSchema).toBe(`schema/${r.name}.schema.json`);
      expect(() => read(`docs/schema/${r.name}.schema.json`)).not.toThrow();
      // Relative, inside the package's folder, as the standard requires.
      expect(r.path).not.toMatch(/^\/|\.\./);
    }
  });
});
