// Issue 19: chart layout measures text with the chart font's own metrics. In Chromium, every
// chart text on the main pages is drawn in that font, at the width the layout measured for it.
import { describe, expect, it } from 'vitest';
import { measureText, type FontWeight } from '../../src/charts/shared/textMetrics';
import { openPage, setupBrowser } from './browser';

setupBrowser();

interface DrawnText {
  text: string;
  size: number;
  weight: number;
  family: string;
  width: number;
}

describe('chart font', () => {
  for (const path of ['/', '/timeline', '/transitions', '/governance?asAt=2018-11-30'])
    it(`${path}: each chart text is drawn in Arimo at the width its layout measured`, async () => {
      const page = await openPage(path);
      await page.waitForSelector('svg[aria-labelledby] text');
      const drawn: DrawnText[] = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.querySelectorAll<SVGTextElement>('svg[aria-labelledby] text')]
          .filter((t) => t.querySelector('tspan') === null && (t.textContent ?? '').trim() !== '')
          .filter((t) => t.getBoundingClientRect().width > 0)
          .map((t) => {
            const style = getComputedStyle(t);
            return {
              text: t.textContent ?? '',
              size: parseFloat(style.fontSize),
              weight: Number(style.fontWeight),
              family: style.fontFamily,
              width: t.getComputedTextLength(),
            };
          });
      });
      expect(drawn.length).toBeGreaterThan(5);
      expect(await page.evaluate(() => document.fonts.check('700 12px Arimo'))).toBe(true);
      for (const d of drawn) {
        expect(d.family, d.text).toMatch(/^Arimo,/);
        // Arimo is loaded in two weights; 600 is drawn in the 700 face.
        const weight: FontWeight = d.weight >= 600 ? 700 : 400;
        const measured = measureText(d.text, d.size, weight);
        // Never narrower than drawn (kerning only narrows), and within 2% of it.
        expect(measured, `${d.text} at ${d.size}px/${d.weight}`).toBeGreaterThanOrEqual(
          d.width - 0.5,
        );
        expect(measured, `${d.text} at ${d.size}px/${d.weight}`).toBeLessThanOrEqual(
          d.width * 1.02 + 0.5,
        );
      }
    });
});
