import { describe, expect, it } from 'vitest';
import { defineChart, fitToHeight, SLIDE_WIDTH, toSlideFrame, type SurfaceSize } from './spec';
import { toEmbedLayout } from '../../lib/embedCode';

describe('toSlideFrame', () => {
  it('lays a 16:9 slide out at the logical width, so 11 px ticks are at least 24 px at 1920 and 18 px at 1280', () => {
    const big = toSlideFrame(1920, 1080);
    expect(big.width).toBe(SLIDE_WIDTH);
    expect(big.height).toBe(Math.floor(1080 / big.scale));
    expect(11 * big.scale).toBeGreaterThanOrEqual(24);
    const small = toSlideFrame(1280, 720);
    expect(small.width).toBe(SLIDE_WIDTH);
    expect(11 * small.scale).toBeGreaterThanOrEqual(18);
    // 16:9 when no height is given (an export's 1920 px preset).
    expect(toSlideFrame(1920)).toEqual(big);
  });

  it('scales a wide, short frame by its height, and never scales a narrow one down', () => {
    const wide = toSlideFrame(1920, 450);
    expect(wide.scale).toBeCloseTo(1.5);
    expect(wide.height).toBe(300);
    expect(wide.width).toBe(1280);
    expect(toSlideFrame(375, 667)).toEqual({ width: 375, height: 667, scale: 1 });
  });
});

describe('defineChart on the slide surface', () => {
  const seen: SurfaceSize[] = [];
  const spec = defineChart({
    name: 'journey',
    label: 'A probe',
    fullView: '/',
    source: 'none',
    data: [],
    fallbackWidth: 960,
    readParams: () => null,
    toModel: () => null,
    layout: (_model, _params, size) => {
      seen.push(size);
      return size;
    },
    toTable: () => ({ caption: '', header: [], rows: [] }),
    toText: () => ({ title: '', description: '', summary: '', footnote: [] }),
    Chart: () => null,
  });

  it("gives the spec's layout the logical frame on a slide and the size as it is elsewhere", () => {
    const frame = toSlideFrame(1920, 1080);
    expect(spec.layout(null, null, { surface: 'slide', width: 1920, height: 1080 })).toEqual({
      surface: 'slide',
      width: frame.width,
      height: frame.height,
    });
    expect(spec.layout(null, null, { surface: 'page', width: 1920 })).toEqual({
      surface: 'page',
      width: 1920,
    });
    expect(seen).toHaveLength(2);
  });
});

describe('fitToHeight', () => {
  // A square chart: as tall as it is wide.
  const square = (width: number) => ({ width, height: width });

  it('narrows a chart until it fits the height it is given, and leaves it alone without one', () => {
    expect(fitToHeight({ surface: 'slide', width: 720, height: 400 }, 600, square).width).toBe(400);
    expect(fitToHeight({ surface: 'page', width: 720 }, 600, square).width).toBe(600);
    // Never below the smallest width, even if it does not fit.
    expect(fitToHeight({ surface: 'slide', width: 720, height: 100 }, 600, square).width).toBe(280);
  });
});

describe('toEmbedLayout', () => {
  it('reads slide, falls back to the default when absent, and drops anything else', () => {
    expect(toEmbedLayout('slide')).toBe('slide');
    expect(toEmbedLayout(null)).toBe('default');
    expect(toEmbedLayout('')).toBe('default');
    expect(toEmbedLayout('default')).toBe('default');
    expect(toEmbedLayout('Slide')).toBeNull();
    expect(toEmbedLayout('<script>')).toBeNull();
  });
});
