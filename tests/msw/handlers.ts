import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILE_NAMES, type DataFileName } from '../../src/data/files';

/** The real data files, served as the production server serves them. */
export const DATA_FILES = DATA_FILE_NAMES;

export type { DataFileName };

export const readDataFile = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, '../../data', name), 'utf8'));

export const dataUrl = (name: string) => `*/data/${name}`;

export const handlers = DATA_FILES.map((name) =>
  http.get(dataUrl(name), () => HttpResponse.json(readDataFile(name) as Record<string, unknown>)),
);
