// Every chart on every surface, drawn from the real data files as the pre-renderer draws them, kept
// as a file per case (tests/gallery/<chart>.<surface>.svg): a change to a chart's layout shows as a
// diff of its SVG in review, as Observable Plot's test/plot-snapshot.js does. `npx vitest run
// tests/unit/gallery.snapshot.test.tsx -u` writes them anew after a deliberate change.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpecView } from '../../src/charts/shared/SpecView';
import { DATA_FILE_NAMES } from '../../src/data/files';
import { parseDataFile } from '../../src/data/parse';
import type { DataFiles } from '../../src/domain/types';
import { CHART_SPECS, GALLERY_CASES } from '../../src/gallery/cases';

const root = resolve(__dirname, '../..');
const data = Object.fromEntries(
  DATA_FILE_NAMES.map((f) => [
    f,
    parseDataFile(f, JSON.parse(readFileSync(resolve(root, 'data', f), 'utf8'))),
  ]),
) as unknown as DataFiles;

/**
 * The chart's drawing: its labelled <svg> (the one named by the frame's title), standalone; or, for
 * the powers table, which is its own chart (on every surface but a slide), the table.
 */
function toPicture(markup: string): { text: string; ext: 'svg' | 'html' } {
  const chart = [...markup.matchAll(/<svg\b[^>]*aria-labelledby[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  if (chart.length === 1)
    return {
      text: `${chart[0]!.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')}\n`,
      ext: 'svg',
    };
  const table = markup.match(/<table[\s\S]*?<\/table>/)?.[0];
  if (chart.length === 0 && table) return { text: `${table}\n`, ext: 'html' };
  throw new Error(`expected one labelled chart, found ${chart.length}`);
}

describe('the chart gallery', () => {
  for (const c of GALLERY_CASES) {
    it(`${c.chart} on the ${c.label.toLowerCase()} surface matches its snapshot`, async () => {
      const spec = await CHART_SPECS[c.chart]();
      const markup = renderToStaticMarkup(
        <SpecView
          spec={spec}
          data={data}
          query={c.query}
          surface={c.surface}
          fallbackWidth={c.width}
        />,
      );
      const picture = toPicture(markup);
      // The powers table is its own chart, except on a slide, where it is drawn as a list.
      expect(picture.ext).toBe(c.chart === 'powers' && c.surface !== 'slide' ? 'html' : 'svg');
      await expect(picture.text).toMatchFileSnapshot(
        resolve(root, 'tests/gallery', `${c.id}.${picture.ext}`),
      );
    });
  }
});
