// Every embeddable chart (EMBED_CHARTS, through the registry) reads its parameters from any address
// without throwing, and whatever it reads still draws: readParams on thousands of generated query
// strings, then the whole pipeline (model, layout, text, table) on a smaller share of them. The
// parameters each chart reads are learnt by watching it read (RecordingParams), not listed here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../src/charts/registry';
import { specDataFiles, type AnyChartSpec } from '../../src/charts/shared/spec';
import { computeChart } from '../../src/charts/shared/useChart';
import { parseDataFile, type DataFileName } from '../../src/data/parse';
import { EMBED_CHARTS } from '../../src/lib/embedCode';
import { DATE_PARAMS } from '../../src/lib/droppedParams';
import { queryFor, RecordingParams } from '../fuzz/query';
import { recordReliability } from '../reliability/record';

const READ_RUNS = 400;
const DRAW_RUNS = 15;
const COMMON = ['theme', 'v', 'chart', ...DATE_PARAMS];

const dataFor = (spec: AnyChartSpec) =>
  Object.fromEntries(
    specDataFiles(spec).map((file) => [
      file,
      parseDataFile(
        file as DataFileName,
        JSON.parse(readFileSync(join(__dirname, '../../data', file), 'utf8')),
      ),
    ]),
  ) as Parameters<AnyChartSpec['readParams']>[1];

/** The names a spec reads from an empty query and from a few busy ones. */
function namesRead(spec: AnyChartSpec, data: Parameters<AnyChartSpec['readParams']>[1]) {
  const names = new Set<string>();
  for (const query of ['', ...fc.sample(queryFor(COMMON), { numRuns: 20, seed: 1 })]) {
    const recording = new RecordingParams(query);
    spec.readParams(recording, data);
    for (const name of recording.read) names.add(name);
  }
  return [...names];
}

describe.each(EMBED_CHARTS)('%s: parameters from any address', (name) => {
  it('readParams never throws, and what it reads always draws', async () => {
    const spec = await CHART_SPECS[name]();
    const data = dataFor(spec);
    const names = namesRead(spec, data);
    const known = [...new Set([...names, ...COMMON])];
    fc.assert(
      fc.property(queryFor(known, 8), (query) => {
        const recording = new RecordingParams(query);
        expect(() => spec.readParams(recording, data)).not.toThrow();
        for (const read of recording.read) if (!names.includes(read)) names.push(read);
      }),
      { numRuns: READ_RUNS },
    );
    fc.assert(
      fc.property(
        queryFor(known, 8),
        fc.constantFrom('page', 'embed', 'slide', 'print') as fc.Arbitrary<
          'page' | 'embed' | 'slide' | 'print'
        >,
        fc.integer({ min: 1, max: 2_000 }),
        (query, surface, width) => {
          const chart = computeChart(
            spec as Parameters<typeof computeChart>[0],
            data,
            query,
            surface,
            width,
          );
          expect(chart.text.title.length).toBeGreaterThan(0);
          expect(() => chart.getTable()).not.toThrow();
        },
      ),
      { numRuns: DRAW_RUNS },
    );
    recordReliability('fuzz', {
      layer: 'readParams',
      target: `chart ${name}`,
      params: names.length,
      runs: READ_RUNS + DRAW_RUNS,
      failures: 0,
    });
  }, 120_000);
});
