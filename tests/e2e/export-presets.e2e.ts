// PNG size presets and the .pptx slide, as a person gets them: choose each size in a chart's
// "PNG size" select, press "Download PNG", and press "Download slide (.pptx)"; then read the files.
// A PNG must have the preset's size and pHYs resolution, and a drawn chart (not a blank box) between
// its title and its source lines; the .pptx, opened as the zip it is, must be one 16:9 slide with
// the title, source and as-at (or data version) text, the chart as a picture (SVG with its PNG
// fallback) whose alt text is the chart's description, and the summary in the speaker notes.
//
// Every chart with image downloads on a page (11 of the 13 in EMBED_CHARTS): the journey is drawn
// only in the briefing, which has no download actions, and "powers" is a table (no image buttons).
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, setupBrowser } from './browser';

setupBrowser();

const PAGES: { path: string; charts: string[]; asAt: string | null }[] = [
  { path: '/timeline?asAt=2019-08-01', charts: ['timeline'], asAt: '2019-08-01' },
  { path: '/transitions', charts: ['rating-ladder', 'rating-flows'], asAt: null },
  { path: '/governance?asAt=2020-11-01', charts: ['governance'], asAt: '2020-11-01' },
  {
    path: '/england?asAt=2019-10-17',
    charts: [
      'grade-distribution',
      'transition-matrix',
      'round-flows',
      'rating-history',
      'authority-compare',
      'period-transitions',
      'england-line',
    ],
    asAt: null,
  },
];

const PRESETS = [
  { option: 'Slide, 1920 × 1080', label: 'slide', sizes: [[1920, 1080]], dpi: 144 },
  { option: 'Social, 1200 × 675', label: 'social', sizes: [[1200, 675]], dpi: 96 },
  {
    option: 'A4, 300 dpi',
    label: 'a4-(portrait|landscape)',
    sizes: [
      [2480, 3508],
      [3508, 2480],
    ],
    dpi: 300,
  },
] as const;

interface PngFacts {
  width: number;
  height: number;
  /** Pixels per metre, x and y, and the unit (1: metre), from pHYs; null without one. */
  phys: { x: number; y: number; unit: number } | null;
}

/** Reads IHDR and pHYs from the PNG's chunks. */
function readPng(bytes: Buffer): PngFacts {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let phys: PngFacts['phys'] = null;
  let width = 0;
  let height = 0;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
    if (type === 'pHYs')
      phys = { x: data.readUInt32BE(0), y: data.readUInt32BE(4), unit: data.readUInt8(8) };
    at += 12 + length;
  }
  return { width, height, phys };
}

/**
 * The share of pixels that are not the background (white), in three bands: the title's (top 12%),
 * the chart's (25-75%) and the source lines' (bottom 12%). Decoded by Chromium in the page.
 */
function inkShares(page: Page, png: Buffer) {
  return page.evaluate(
    async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const share = (from: number, to: number) => {
        const y = Math.floor(canvas.height * from);
        const h = Math.max(1, Math.floor(canvas.height * (to - from)));
        const pixels = context.getImageData(0, y, canvas.width, h).data;
        let ink = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200) ink += 1;
        return ink / (pixels.length / 4);
      };
      const corner = [...context.getImageData(1, 1, 1, 1).data.slice(0, 3)];
      return { title: share(0, 0.12), chart: share(0.25, 0.75), footer: share(0.88, 1), corner };
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');

/** The text of every <a:t> run, joined: what PowerPoint shows. */
const runsOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join(' ');

/** The actions of each chart on the page that has image downloads, with the chart's words. */
async function chartsOn(page: Page) {
  const sections = page.locator('section.app-chart').filter({
    has: page.getByRole('combobox', { name: /^PNG size of this chart/ }),
  });
  const found: { section: Locator; title: string; description: string; summary: string }[] = [];
  for (let i = 0; i < (await sections.count()); i += 1) {
    const section = sections.nth(i);
    found.push({
      section,
      title: (await section.locator('h2, h3').first().innerText()).trim(),
      description: (await section.locator('.app-chart__description').innerText()).trim(),
      summary: (await section.locator('.app-chart__summary').innerText())
        .replace(/^Summary:\s*/, '')
        .trim(),
    });
  }
  return found;
}

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('PNG size presets and the .pptx slide', () => {
  for (const { path, charts, asAt } of PAGES) {
    it(`${charts.join(', ')} on ${path}`, { timeout: 300_000 }, async () => {
      // Motion allowed and the dark theme: a download is drawn still and light whatever the reader's
      // system says (governance boxes once came out mid-fade).
      const page = await openPage(path, { reducedMotion: 'no-preference', colorScheme: 'dark' });
      const seen = new Set<string>();
      for (const { section, description, summary } of await chartsOn(page)) {
        const select = section.getByRole('combobox', { name: /^PNG size of this chart/ });
        const png = section.getByRole('button', { name: /^Download PNG of this chart/ });
        const slide = section.getByRole('button', {
          name: /^Download slide \(\.pptx\) of this chart/,
        });
        // Keyboard: the size is chosen and the button pressed without a mouse.
        for (const preset of PRESETS) {
          await select.selectOption({ label: preset.option });
          await png.focus();
          const [file] = await Promise.all([
            page.waitForEvent('download'),
            page.keyboard.press('Enter'),
          ]);
          const name = file.suggestedFilename();
          const bytes = await readFile(await file.path());
          const match = new RegExp(
            `^northamptonshire-([a-z-]+?)-(as-at-[\\d-]+|data-v[\\w.]+)-(${preset.label})\\.png$`,
          ).exec(name);
          expect(match, `${name}: the file name`).not.toBeNull();
          const chart = match![1]!;
          seen.add(chart);
          if (asAt) expect(match![2]).toBe(`as-at-${asAt}`);
          const facts = readPng(bytes);
          expect(
            preset.sizes.map(([w, h]) => `${w}×${h}`),
            `${name}: size`,
          ).toContain(`${facts.width}×${facts.height}`);
          expect(facts.phys, `${name}: pHYs`).not.toBeNull();
          expect(facts.phys!.unit).toBe(1);
          expect(Math.round((facts.phys!.x * 0.0254) / 1)).toBe(preset.dpi);
          expect(facts.phys!.y).toBe(facts.phys!.x);
          const ink = await inkShares(page, bytes);
          console.log(
            `${name}: ${facts.width}×${facts.height}, ink title ${(ink.title * 100).toFixed(1)}%, chart ${(ink.chart * 100).toFixed(1)}%, footer ${(ink.footer * 100).toFixed(1)}%`,
          );
          // Light whatever the reader's scheme: a white page.
          expect(ink.corner, `${name}: background`).toEqual([255, 255, 255]);
          expect(ink.title, `${name}: a title drawn at the top`).toBeGreaterThan(0.005);
          expect(ink.chart, `${name}: a chart drawn in the middle`).toBeGreaterThan(0.01);
          expect(ink.footer, `${name}: source lines drawn at the bottom`).toBeGreaterThan(0.005);
        }

        const pptx = await download(page, slide);
        const chart = /^northamptonshire-([a-z-]+?)-(as-at|data)-/.exec(pptx.name)?.[1];
        expect(pptx.name).toMatch(/^northamptonshire-[a-z-]+-(as-at-[\d-]+|data-v[\w.]+)\.pptx$/);
        expect(seen.has(chart!), `${pptx.name}: the same chart as the PNGs`).toBe(true);
        const zip = await JSZip.loadAsync(pptx.bytes);
        const read = (file: string) => {
          const entry = zip.file(file);
          expect(entry, `${pptx.name}: ${file}`).not.toBeNull();
          return entry!.async('string');
        };
        // 16:9: PowerPoint's widescreen slide, 13.333 × 7.5 inches in EMU.
        const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(await read('ppt/presentation.xml'));
        expect(Number(size![1]) / Number(size![2])).toBeCloseTo(16 / 9, 3);
        expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(1);
        const xml = await read('ppt/slides/slide1.xml');
        const text = runsOf(xml);
        // The slide's title is the chart's, as the slide surface words it.
        const pageTitle = (await section.locator('h2, h3').first().innerText()).trim();
        expect(text, `${pptx.name}: title`).toContain(pageTitle);
        expect(text, `${pptx.name}: source`).toMatch(/Source: \S/);
        // A chart with an as-at date says it (and is named by it); one without says none.
        if (/-as-at-/.test(pptx.name)) expect(text).toMatch(/As at \d{1,2} \w+ \d{4}\./);
        else expect(text).not.toMatch(/As at /);
        expect(text, `${pptx.name}: data version`).toMatch(/Data version \d+\.\d+\.\d+/);
        // The picture: an svgBlip (SVG) inside a blip (its PNG fallback), alt text = description.
        const pic = /<p:pic>[\s\S]*?<\/p:pic>/.exec(xml)?.[0] ?? '';
        expect(decodeXml(/descr="([^"]*)"/.exec(pic)?.[1] ?? '')).toBe(description);
        const pngId = /<a:blip r:embed="(rId\d+)"/.exec(pic)?.[1];
        const svgId = /<asvg:svgBlip [^>]*r:embed="(rId\d+)"/.exec(pic)?.[1];
        expect(pngId && svgId, `${pptx.name}: picture with SVG and PNG`).toBeTruthy();
        const rels = await read('ppt/slides/_rels/slide1.xml.rels');
        const target = (id: string) =>
          new RegExp(`Id="${id}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)?.[1] ?? '';
        expect(target(pngId!)).toMatch(/\.png$/);
        expect(target(svgId!)).toMatch(/\.svg$/);
        const svgMarkup = await zip.file(`ppt/media/${target(svgId!)}`)!.async('string');
        expect(svgMarkup).toMatch(/<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        const fallback = await zip.file(`ppt/media/${target(pngId!)}`)!.async('nodebuffer');
        const fallbackInk = await inkShares(page, fallback);
        expect(fallbackInk.chart, `${pptx.name}: the PNG fallback is drawn`).toBeGreaterThan(0.01);
        // The summary in the speaker notes.
        const notes = zip.file(/^ppt\/notesSlides\/notesSlide\d+\.xml$/);
        expect(notes).toHaveLength(1);
        expect(runsOf(await notes[0]!.async('string'))).toContain(summary);
      }
      expect([...seen].sort()).toEqual([...charts].sort());
    });
  }
});
