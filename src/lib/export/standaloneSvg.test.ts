import { afterEach, describe, expect, it } from 'vitest';
import { getSvgSize, toLocalUrl, toStandaloneSvg, wrapWords } from './standaloneSvg';
import { isBlank } from './svgToPng';

const CHART = `
  <svg class="app-svg" role="group" aria-labelledby="t" width="400" height="200" viewBox="0 0 400 200" tabindex="0">
    <rect class="bar" x="10" y="10" width="100" height="20" fill="var(--bar)" />
    <text class="label" x="10" y="50" data-id="x">Inadequate: 3 authorities</text>
    <rect class="app-svg__focus" x="0" y="0" width="400" height="200" />
    <g style="display:none"><text>hidden words</text></g>
    <use href="https://evil.example/sprite.svg#x" />
    <a href="https://example.com"><text x="1" y="1">linked</text></a>
    <path d="M0 0L10 10" marker-end="url(#m)" filter="url(https://evil.example/f.svg#f)" />
  </svg>`;

function mount() {
  document.head.innerHTML = `<style>
    body { background-color: rgb(22, 23, 24); }
    .app-svg { color: rgb(243, 242, 241); --bar: rgb(18, 67, 109); }
    .bar { stroke: rgb(1, 2, 3); }
    .label { font-size: 14px; font-weight: 700; fill: rgb(243, 242, 241); }
  </style>`;
  document.body.innerHTML = CHART;
  return document.querySelector('svg') as SVGSVGElement;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml');

describe('toStandaloneSvg', () => {
  it('parses as SVG and carries the title, the chart text and the source line', () => {
    const out = toStandaloneSvg(mount(), {
      title: 'Grades on 30 November 2018',
      source: 'Source: Ofsted. Data version 1.0.0',
    });
    const doc = parse(out.markup);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.querySelector('title')?.textContent).toBe('Grades on 30 November 2018');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('Grades on 30 November 2018');
    expect(texts).toContain('Inadequate: 3 authorities');
    expect(texts).toContain('Source: Ofsted. Data version 1.0.0');
  });

  it('writes the computed styles onto the elements and keeps no class, custom property or page reference', () => {
    const out = toStandaloneSvg(mount(), { title: 'T', source: 'S' });
    const doc = parse(out.markup);
    const label = [...doc.querySelectorAll('text')].find(
      (t) => t.textContent === 'Inadequate: 3 authorities',
    );
    expect(label?.getAttribute('font-size')).toBe('14px');
    expect(label?.getAttribute('font-weight')).toBe('700');
    expect(label?.getAttribute('fill')).toBe('rgb(243, 242, 241)');
    expect(label?.hasAttribute('style')).toBe(false);
    expect(label?.hasAttribute('data-id')).toBe(false);
    expect(out.markup).not.toContain('var(');
    expect(out.markup).not.toContain('class=');
    expect(out.markup).not.toMatch(/\sstyle=/);
    expect(out.markup).not.toContain('aria-labelledby');
    expect(out.markup).not.toContain('tabindex');
    expect(out.markup).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(out.markup).not.toContain('@import');
    // An internal reference (a marker defined in the file) is kept.
    expect(out.markup).toContain('url(#m)');
  });

  it("writes a gradient stop's colour and a halo's paint order, which draw black or over the text without them", () => {
    document.head.innerHTML = `<style>
      .stop { stop-color: rgb(212, 53, 28); stop-opacity: 0.9; }
      .halo { paint-order: stroke; stroke: rgb(255, 255, 255); stroke-width: 3px; }
    </style>`;
    document.body.innerHTML = `<svg class="app-svg" width="100" height="40" viewBox="0 0 100 40">
      <defs><linearGradient id="g"><stop class="stop" offset="0" /><stop class="stop" offset="1" /></linearGradient></defs>
      <rect x="0" y="0" width="100" height="10" fill="url(#g)" />
      <text class="halo" x="0" y="30">Label</text><text x="50" y="30">Plain</text>
    </svg>`;
    const doc = parse(
      toStandaloneSvg(document.querySelector('svg') as SVGSVGElement, { title: 'T', source: 'S' })
        .markup,
    );
    const stops = [...doc.querySelectorAll('stop')];
    expect(stops.map((s) => s.getAttribute('stop-color'))).toEqual([
      'rgb(212, 53, 28)',
      'rgb(212, 53, 28)',
    ]);
    expect(stops.map((s) => s.getAttribute('stop-opacity'))).toEqual(['0.9', '0.9']);
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.find((t) => t.textContent === 'Label')?.getAttribute('paint-order')).toBe(
      'stroke',
    );
    // Initial values are not repeated on every element.
    expect(texts.find((t) => t.textContent === 'Plain')?.hasAttribute('paint-order')).toBe(false);
    expect(doc.querySelectorAll('[stop-color]')).toHaveLength(2);
  });

  it('leaves out focus rings and hidden elements', () => {
    const out = toStandaloneSvg(mount(), { title: 'T', source: 'S' });
    expect(out.markup).not.toContain('hidden words');
    expect(parse(out.markup).querySelectorAll('rect')).toHaveLength(2); // backdrop + bar
  });

  it('paints the page background behind the chart and sizes the file to hold title and source', () => {
    const out = toStandaloneSvg(mount(), { title: 'T', source: 'S' });
    expect(out.background).toBe('rgb(22, 23, 24)');
    expect(out.width).toBe(400);
    expect(out.height).toBeGreaterThan(200);
    const root = parse(out.markup).documentElement;
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe(String(out.height));
  });

  it('escapes markup in the title rather than running it', () => {
    const out = toStandaloneSvg(mount(), { title: '<script>alert(1)</script> & "x"', source: 'S' });
    const doc = parse(out.markup);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('<script>alert(1)</script> & "x"');
  });
});

describe('getSvgSize', () => {
  it.each([
    ['<svg width="300" height="150"></svg>', { width: 300, height: 150 }],
    ['<svg viewBox="0 0 640 480"></svg>', { width: 640, height: 480 }],
  ])('reads %s', (markup, size) => {
    document.body.innerHTML = markup;
    expect(getSvgSize(document.querySelector('svg')!)).toEqual(size);
  });

  it('refuses a chart with no size', () => {
    document.body.innerHTML = '<svg></svg>';
    expect(() => getSvgSize(document.querySelector('svg')!)).toThrow(/no size/);
  });
});

describe('wrapWords', () => {
  it.each([
    ['', 300, []],
    ['One line', 300, ['One line']],
    [
      'Governance on 30 November 2018 with every body and post',
      120,
      ['Governance', 'on 30', 'November', '2018 with', 'every body', 'and post'],
    ],
  ])('wraps %j at %i px', (text, width, lines) => {
    expect(wrapWords(text, width, 18)).toEqual(lines);
  });
});

describe('isBlank', () => {
  it('is true for no pixels and for one colour everywhere', () => {
    expect(isBlank(new Uint8ClampedArray())).toBe(true);
    expect(isBlank(new Uint8ClampedArray([255, 255, 255, 255, 255, 255, 255, 255]))).toBe(true);
  });
  it('is false when any pixel differs', () => {
    expect(isBlank(new Uint8ClampedArray([255, 255, 255, 255, 255, 255, 254, 255]))).toBe(false);
    expect(isBlank(new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 1]))).toBe(false);
  });
});

describe('toLocalUrl', () => {
  const page = 'http://127.0.0.1:4173/timeline?asAt=2018-11-30#event-3';
  it.each([
    ['url("http://127.0.0.1:4173/timeline?asAt=2018-11-30#tail-dfe")', 'url(#tail-dfe)'],
    ['url(#hatch)', 'url(#hatch)'],
    ['url("#hatch")', 'url(#hatch)'],
    ['url("https://evil.example/f.svg#f")', 'url("https://evil.example/f.svg#f")'],
    ['rgb(1, 2, 3)', 'rgb(1, 2, 3)'],
  ])('turns %j into %j', (value, expected) => {
    expect(toLocalUrl(value, page)).toBe(expected);
  });
});
