import { describe, expect, it } from 'vitest';
import { toExportFileName } from './fileName';

describe('toExportFileName', () => {
  it.each([
    [
      {
        chart: 'timeline',
        asAt: '2019-08-01',
        version: '1.1.0',
        preset: 'slide',
        extension: 'png',
      },
      'northamptonshire-timeline-as-at-2019-08-01-slide.png',
    ],
    // The as-at date wins over the version: one date says what the file shows.
    [
      { chart: 'governance', asAt: '2020-11-01', version: '1.1.0', extension: 'svg' },
      'northamptonshire-governance-as-at-2020-11-01.svg',
    ],
    // A date keeps its precision.
    [
      { chart: 'journey', asAt: '2019-08', extension: 'csv' },
      'northamptonshire-journey-as-at-2019-08.csv',
    ],
    [
      { chart: 'journey', asAt: '2019', extension: 'pptx' },
      'northamptonshire-journey-as-at-2019.pptx',
    ],
    // No as-at date: the data version names the file.
    [
      { chart: 'rating-flows', asAt: null, version: '1.1.0', preset: 'social', extension: 'png' },
      'northamptonshire-rating-flows-data-v1.1.0-social.png',
    ],
    [
      { chart: 'rating-flows', version: 'v2.0.0', extension: 'metadata.json' },
      'northamptonshire-rating-flows-data-v2.0.0.metadata.json',
    ],
    // Neither known (the data has not loaded): the chart's name alone, never "undefined".
    [{ chart: 'england-line', extension: 'svg' }, 'northamptonshire-england-line.svg'],
    [
      { chart: 'timeline', preset: 'a4-landscape', extension: 'png' },
      'northamptonshire-timeline-a4-landscape.png',
    ],
    // Nothing from outside can put a path, a space or an odd character in the name.
    [
      { chart: 'timeline', asAt: '../../etc', version: 'Beta 2/3', extension: '.png' },
      'northamptonshire-timeline-data-vbeta-2-3.png',
    ],
    [
      { chart: 'Rating Flows!', asAt: '2019-08-01T00:00', preset: 'A4 Portrait', extension: 'png' },
      'northamptonshire-rating-flows-a4-portrait.png',
    ],
  ])('%o → %s', (input, expected) => {
    expect(toExportFileName(input)).toBe(expected);
  });

  it('gives each preset of one chart and date its own name', () => {
    const names = ['slide', 'social', 'a4-portrait', 'a4-landscape', null].map((preset) =>
      toExportFileName({ chart: 'timeline', asAt: '2019-08-01', preset, extension: 'png' }),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});
