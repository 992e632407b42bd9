/**
 * The data files, listed once: the loaders, the schemas (parse.ts), validate-data, the Data
 * view's downloads, the gallery and the tests all read this list. Kept apart from parse.ts so
 * that a screen can name the files without pulling in zod and the schemas.
 */
export const DATA_FILE_NAMES = [
  'meta.json',
  'sources.json',
  'inspections.json',
  'milestones.json',
  'governance.json',
  'national.json',
  'england.json',
] as const;

export type DataFileName = (typeof DATA_FILE_NAMES)[number];

export const isDataFileName = (value: string): value is DataFileName => (DATA_FILE_NAMES as readonly string[]).includes(value);
