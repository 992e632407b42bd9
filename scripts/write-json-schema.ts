/**
 * `npm run data:schema`: writes docs/schema/<file>.schema.json from the zod schemas in
 * src/data/schemas.ts, for analysts who edit data/ by hand in an editor that understands JSON
 * Schema. The zod schemas stay the one definition: checks across records (unique ids, real
 * calendar dates, periods that end after they start) cannot be expressed in JSON Schema, so
 * `npm run validate-data` remains the real test of a file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  englandFile,
  governanceFile,
  inspectionsFile,
  metaFile,
  milestonesFile,
  nationalFile,
  sourcesFile,
} from '../src/data/schemas';
import { dataPackage } from './datapackage.mjs';

export const SCHEMAS = {
  meta: metaFile,
  sources: sourcesFile,
  inspections: inspectionsFile,
  milestones: milestonesFile,
  governance: governanceFile,
  national: nationalFile,
  england: englandFile,
} as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'schema');

export function toSchemaDocument(name: string, schema: z.ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...generated,
    title: `data/${name}.json`,
    description: `Generated from src/data/schemas.ts by npm run data:schema; do not edit. Checks across records (unique ids, real calendar dates, ordered periods) are made by npm run validate-data, not by this schema.`,
  };
}

export function writeJsonSchemas(dir: string = outDir): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(SCHEMAS).map(([name, schema]) => {
    const file = path.join(dir, `${name}.schema.json`);
    writeFileSync(file, `${JSON.stringify(toSchemaDocument(name, schema), null, 2)}\n`);
    return file;
  });
}

/** docs/datapackage.json: the descriptor the build publishes as /data/datapackage.json. */
export function writeDataPackage(dataDir: string = path.join(root, 'data')): string {
  const read = (file: string) => JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'));
  const file = path.join(root, 'docs', 'datapackage.json');
  writeFileSync(
    file,
    `${JSON.stringify(dataPackage(read('meta.json'), read('national.json')), null, 2)}\n`,
  );
  return file;
}

// Run as a script (npm run data:schema), not when a test imports it.
const isScript =
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isScript)
  for (const file of [...writeJsonSchemas(), writeDataPackage()])
    console.log(`wrote ${path.relative(root, file)}`);
