// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  PRESETS,
  PRESET_NAMES,
  chooseOrientation,
  fitChart,
  layoutPresetPage,
  toDatingLine,
  toPresetFrame,
  toPresetSvg,
  type PresetWords,
} from './presets';

const WORDS: PresetWords = {
  title: 'Northamptonshire children’s services: inspections, interventions and ratings, 2013–2021',
  source: 'Ofsted inspection reports; DfE statutory directions',
  asAt: '1 August 2019',
  version: '1.1.0',
  checked: '6 December 2026',
  address: 'https://example.gov.uk/timeline?asAt=2019-08-01',
};

describe('preset sizes', () => {
  it.each([
    ['slide', undefined, 1920, 1080, 144, 'slide'],
    ['social', undefined, 1200, 675, 96, 'social'],
    ['a4', 'portrait', 2480, 3508, 300, 'a4-portrait'],
    ['a4', 'landscape', 3508, 2480, 300, 'a4-landscape'],
  ] as const)('%s %s is %i × %i pixels at %i dpi', (name, orientation, w, h, dpi, label) => {
    const frame = toPresetFrame(PRESETS[name], orientation);
    expect([frame.pixelWidth, frame.pixelHeight]).toEqual([w, h]);
    expect(frame.preset.dpi).toBe(dpi);
    expect(frame.fileLabel).toBe(label);
    // The page in CSS pixels, drawn at the preset's scale, is exactly the image's size.
    expect(Math.round(frame.width * frame.preset.scale)).toBe(w);
    expect(Math.round(frame.height * frame.preset.scale)).toBe(h);
  });

  it('makes A4 at 300 dpi exactly 210 × 297 mm', () => {
    const frame = toPresetFrame(PRESETS.a4, 'portrait');
    const mm = (pixels: number) => (pixels / frame.preset.dpi) * 25.4;
    expect(mm(frame.pixelWidth)).toBeCloseTo(210, 0);
    expect(mm(frame.pixelHeight)).toBeCloseTo(297, 0);
  });

  it('makes the slide fill PowerPoint’s 13.333 × 7.5 inch 16:9 slide', () => {
    const frame = toPresetFrame(PRESETS.slide);
    expect(frame.pixelWidth / frame.preset.dpi).toBeCloseTo(13.333, 2);
    expect(frame.pixelHeight / frame.preset.dpi).toBeCloseTo(7.5, 2);
  });

  it('lays each preset out for its surface, with text no smaller than the surface allows', () => {
    expect(PRESET_NAMES.map((n) => PRESETS[n].surface)).toEqual(['slide', 'export', 'print']);
    expect(PRESETS.slide.textSize).toBeGreaterThanOrEqual(24);
    expect(PRESETS.social.textSize).toBeGreaterThanOrEqual(12);
    // 7 pt is 9.33 CSS pixels.
    expect(PRESETS.a4.textSize).toBeGreaterThanOrEqual((7 * 96) / 72);
  });
});

describe('layoutPresetPage', () => {
  it.each(PRESET_NAMES)(
    '%s: title above the chart box, the dated lines below, all inside',
    (name) => {
      const frame = toPresetFrame(PRESETS[name]);
      const page = layoutPresetPage(frame, WORDS);
      const { margin, titleSize, textSize } = frame.preset;
      expect(page.title.length).toBeGreaterThan(0);
      expect(page.title.at(-1)!.y).toBeLessThanOrEqual(page.box.y);
      expect(page.box.y + page.box.height).toBeLessThanOrEqual(page.footer[0]!.y - textSize);
      expect(page.footer.at(-1)!.y).toBeLessThanOrEqual(frame.height - margin);
      expect(page.title[0]!.y - titleSize).toBeGreaterThanOrEqual(margin - 0.001);
      expect(page.box.height).toBeGreaterThan(frame.height / 2);
      const footer = page.footer.map((l) => l.text).join(' ');
      expect(footer).toContain('Source: Ofsted inspection reports');
      expect(footer).toContain('As at 1 August 2019.');
      expect(footer).toContain('Data version 1.1.0, checked 6 December 2026.');
      expect(footer).toContain(WORDS.address);
    },
  );

  it('wraps a long title to the width between the margins', () => {
    const frame = toPresetFrame(PRESETS.a4, 'portrait');
    const page = layoutPresetPage(frame, WORDS);
    expect(page.title.length).toBeGreaterThan(1);
    const perLine = (frame.width - 2 * frame.preset.margin) / (frame.preset.titleSize * 0.55);
    for (const line of page.title) expect(line.text.length).toBeLessThanOrEqual(perLine);
  });
});

describe('toDatingLine', () => {
  it.each([
    [WORDS, 'As at 1 August 2019. Data version 1.1.0, checked 6 December 2026.'],
    [{ ...WORDS, asAt: null }, 'Data version 1.1.0, checked 6 December 2026.'],
    [{ asAt: '2019', version: '1.1.0', checked: null }, 'As at 2019. Data version 1.1.0.'],
    [{ asAt: null, version: null, checked: null }, ''],
  ])('%o', (words, expected) => expect(toDatingLine(words)).toBe(expected));
});

describe('fitChart', () => {
  const box = { x: 10, y: 20, width: 400, height: 200 };
  it.each([
    // Smaller than the box: drawn as laid out, centred.
    [
      { width: 400, height: 100 },
      { scale: 1, x: 10, y: 70, width: 400, height: 100 },
    ],
    // Too tall: shrunk to the box's height, centred across.
    [
      { width: 400, height: 400 },
      { scale: 0.5, x: 110, y: 20, width: 200, height: 200 },
    ],
    // Too wide (never laid out so, but whole all the same).
    [
      { width: 800, height: 100 },
      { scale: 0.5, x: 10, y: 95, width: 400, height: 50 },
    ],
  ])('%o', (chart, expected) => expect(fitChart(box, chart)).toEqual(expected));

  it('refuses a chart with no size', () => {
    expect(() => fitChart(box, { width: 0, height: 100 })).toThrow(/no size/);
  });
});

describe('chooseOrientation', () => {
  const fit = (width: number, height: number) => ({ scale: 1, x: 0, y: 0, width, height });
  it('picks the orientation in which the chart is drawn larger', () => {
    expect(chooseOrientation({ portrait: fit(700, 300), landscape: fit(1000, 500) })).toBe(
      'landscape',
    );
    expect(chooseOrientation({ portrait: fit(700, 1000), landscape: fit(400, 600) })).toBe(
      'portrait',
    );
  });
  it('picks landscape when they are equal', () => {
    expect(chooseOrientation({ portrait: fit(500, 500), landscape: fit(500, 500) })).toBe(
      'landscape',
    );
  });
});

describe('toPresetSvg', () => {
  it('draws the title, the chart where it was fitted and the lines under it, escaped', () => {
    const frame = toPresetFrame(PRESETS.social);
    const page = layoutPresetPage(frame, { ...WORDS, title: 'Ratings <&> "moves"' });
    const fit = fitChart(page.box, { width: 1136, height: 800 });
    const svg = toPresetSvg({
      page,
      fit,
      chartMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="1136" height="800"></svg>',
      title: 'Ratings <&> "moves"',
      font: 'system-ui, "Segoe UI", sans-serif',
      background: '#ffffff',
      text: '#0b0c0c',
    });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(svg).toContain('width="1200" height="675" viewBox="0 0 1200 675"');
    expect(svg).toContain('<title>Ratings &lt;&amp;&gt; &quot;moves&quot;</title>');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"');
    expect(svg).toContain(
      `<g transform="translate(${Math.round(fit.x * 100) / 100} ${Math.round(fit.y * 100) / 100}) scale(${fit.scale})"><svg`,
    );
    expect(fit.scale).toBeLessThan(1);
    expect(svg).toContain(
      '>As at 1 August 2019. Data version 1.1.0, checked 6 December 2026.</text>',
    );
    expect(
      new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror'),
    ).toBeNull();
  });
});
