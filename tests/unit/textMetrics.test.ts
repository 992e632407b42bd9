// Chart text is measured with the chart font's own metrics (issue 19): the table must be the
// font's, a measure must never undercount what the font draws, and wrapped lines must fit.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '../../src/charts/shared/textMetrics';
// @ts-expect-error: a plain .mjs script with no type declarations
import { render } from '../../scripts/font-metrics.mjs';

const fontFile = (weight: number) =>
  `node_modules/@fontsource/arimo/files/arimo-latin-${weight}-normal.woff2`;

/** Texts charts draw: names, grades, dates and verbs from the data. */
const LABELS = [
  'Looked-after children',
  'Northamptonshire County Council',
  'Northamptonshire Children’s Trust',
  'Requires improvement to be good',
  'Inadequate',
  'Outstanding',
  '30 November 2018',
  'directs · end date unknown',
  'Secretary of State for Education',
  'WWWWW iiiii 0123456789 £€–—…',
];

describe('chart font metrics', () => {
  it('the generated table is the installed font package’s (rerun scripts/font-metrics.mjs)', async () => {
    const committed = readFileSync('src/charts/shared/fontMetrics.generated.ts', 'utf8');
    expect(committed).toBe(await render());
  });

  for (const weight of [400, 700] as const)
    it(`never undercounts, and is within 2% of, what the font lays out (weight ${weight})`, () => {
      const font = fontkit.openSync(fontFile(weight)) as fontkit.Font;
      for (const label of LABELS) {
        const drawn = (font.layout(label).advanceWidth / font.unitsPerEm) * 12;
        const measured = measureText(label, 12, weight);
        expect(measured, label).toBeGreaterThanOrEqual(drawn - 1e-9);
        expect(measured, label).toBeLessThanOrEqual(drawn * 1.02);
      }
    });

  it('bold is wider than regular, and width scales with size', () => {
    expect(measureText('Inadequate', 12, 700)).toBeGreaterThan(measureText('Inadequate', 12));
    expect(measureText('Inadequate', 24)).toBeCloseTo(2 * measureText('Inadequate', 12), 9);
  });

  it('allows a full em for a character the font lacks', () => {
    expect(measureText('→', 10)).toBe(10);
  });
});

describe('wrapText', () => {
  const words = fc.array(fc.stringMatching(/^[A-Za-z’'()-]{1,24}$/), {
    minLength: 1,
    maxLength: 12,
  });

  it('keeps every word, in order, and every line within the width when words fit', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 60, max: 400 }), (ws, width) => {
        const text = ws.join(' ');
        const lines = wrapText(text, width, 12);
        for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(width);
        // Every character but spaces and hyphens survives, in order (hyphens mark the breaks).
        const letters = (s: string) => s.replace(/[-\s]/g, '');
        expect(letters(lines.join(''))).toBe(letters(text));
      }),
    );
  });

  it('ends, with readable pieces, in a box narrower than a letter', () => {
    const lines = wrapText('Commissioner', 3, 12);
    expect(lines.join('').replace(/-/g, '')).toBe('Commissioner');
    expect(lines.every((l) => l.replace(/-$/, '').length >= 1)).toBe(true);
  });

  it('breaks a name in real type where it overflows, not at a character count', () => {
    // 'Northamptonshire' is about 101 px at 12 px; at 80 px it must break, at 110 it must not.
    expect(wrapText('Northamptonshire', 110, 12)).toEqual(['Northamptonshire']);
    expect(wrapText('Northamptonshire', 80, 12).length).toBe(2);
  });
});
