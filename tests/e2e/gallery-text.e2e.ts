// Issue 19: the chart-text rules over every case of the gallery (every chart on every surface,
// src/gallery/cases.ts), in real Chromium with the built app's stylesheet. Each case is its SVG
// snapshot (tests/gallery/<case>.svg, written by tests/unit/gallery.snapshot.test.tsx from the
// chart's spec as the pre-renderer draws it): a page of the production build is opened without
// its scripts (so nothing redraws it), its body is set to the case's SVG at the width the case was
// laid out at, and findTextProblems measures what Chromium draws: page and phone in light and dark,
// print under print media (PRINT rules), a slide in a 1920 × 1080 frame (SLIDE rules).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GALLERY_CASES, type GalleryCase } from '../../src/gallery/cases';
import { EMBED_CHARTS } from '../../src/lib/embedCode';
import { openPage, setupBrowser } from './browser';
import {
  describeProblems,
  findTextProblems,
  PRINT,
  SCREEN,
  SLIDE,
  type TextRules,
} from './lib/chartText';

setupBrowser();

const GALLERY = resolve(__dirname, '../gallery');

/** A small page of the built app: its stylesheet (main-*.css) is the one every chart is drawn with. */
const HOST_PAGE = '/accessibility';

interface Run {
  /** The surface's name in a case id: "page", "page-phone", "print"… */
  surface: string;
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  print: boolean;
  rules: TextRules;
}

const screen = (surface: string, width: number, colorScheme: 'light' | 'dark'): Run => ({
  surface,
  name: `${surface}, ${colorScheme}`,
  viewport: { width, height: 800 },
  colorScheme,
  print: false,
  rules: SCREEN,
});

/** How each surface is looked at: the frame it is drawn in and the rules it must meet. */
const RUNS: readonly Run[] = [
  screen('page', 1280, 'light'),
  screen('page', 1280, 'dark'),
  screen('page-phone', 375, 'light'),
  screen('page-phone', 375, 'dark'),
  // The briefing's column, a 640 px embed, and the file a person saves.
  screen('compact', 1280, 'light'),
  screen('embed', 1280, 'light'),
  screen('export', 1280, 'light'),
  // A4 portrait at 96 px per inch less the print margins, as chart-text.e2e.ts prints.
  {
    surface: 'print',
    name: 'print, print media',
    viewport: { width: 718, height: 1000 },
    colorScheme: 'light',
    print: true,
    rules: PRINT,
  },
  {
    surface: 'slide',
    name: 'slide, 1920 × 1080',
    viewport: { width: 1920, height: 1080 },
    colorScheme: 'light',
    print: false,
    rules: SLIDE,
  },
];
/**
 * Sets the page's body to the case's chart in a frame of the case's width (a slide's: its 16:9
 * frame, the chart filling it as .app-slide-figure makes it on a slide), the chart labelled by a
 * heading naming the case (findTextProblems looks for svg[aria-labelledby] and names the chart by
 * it; the snapshot's own aria-labelledby points at a title outside the SVG).
 */
async function drawCase(page: Page, c: GalleryCase, svg: string): Promise<void> {
  await page.evaluate(
    ({ id, width, slide, svg }) => {
      document.body.className = 'govuk-template__body';
      document.body.style.margin = '0';
      document.body.style.padding = slide ? '0' : '8px 16px';
      const heading = document.createElement('h1');
      heading.id = 'gallery-case-title';
      heading.className = 'govuk-heading-s';
      heading.textContent = id;
      heading.hidden = slide;
      const frame = document.createElement('div');
      frame.style.width = `${width}px`;
      if (slide) {
        // As in a slide embed (.app-embed, a column): the figure grows to the frame's height.
        frame.style.height = `${(width * 9) / 16}px`;
        frame.style.display = 'flex';
        frame.style.flexDirection = 'column';
        frame.innerHTML = `<figure class="app-slide-figure">${svg}</figure>`;
      } else frame.innerHTML = svg;
      document.body.replaceChildren(heading, frame);
      frame.querySelector('svg')!.setAttribute('aria-labelledby', 'gallery-case-title');
    },
    { id: c.id, width: c.width, slide: c.surface === 'slide', svg },
  );
  // The chart font's faces load once text asks for them: ask, so the texts are measured in Arimo.
  await page.evaluate(() =>
    Promise.all([document.fonts.load('400 16px Arimo'), document.fonts.load('700 16px Arimo')]),
  );
}

/** The drawn chart's width, and the width it was laid out at (a slide's: its frame's). */
const drawnWidth = (page: Page) =>
  page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('svg[aria-labelledby]')!;
    const box = svg.getBoundingClientRect();
    return {
      drawn: { width: box.width, height: box.height },
      laidOut: {
        width: Number(svg.getAttribute('width')),
        height: Number(svg.getAttribute('height')),
      },
    };
  });

/**
 * Cases known not to meet the rules yet ("<case id>, <run>", e.g. "timeline.page, dark"): each
 * must still fail, so that the test turns red the day it is fixed and it must leave this list.
 */
const KNOWN_FAILING = new Map<string, string>([]);

/** The powers table is its own chart on every surface but a slide: HTML, with no <text>. */
const isTable = (c: GalleryCase) => !existsSync(resolve(GALLERY, `${c.id}.svg`));

describe('gallery cases with no SVG', () => {
  for (const c of GALLERY_CASES.filter(isTable))
    it.skip(`${c.id}: an HTML table (tests/gallery/${c.id}.html), no chart text to measure`, () => {
      expect(existsSync(resolve(GALLERY, `${c.id}.html`))).toBe(true);
    });
});

// One page per surface and scheme, every chart drawn in it in turn: a fresh page per case would
// take most of a second each (about 100 s for the gallery).
describe('chart texts in every gallery case', () => {
  for (const run of RUNS) {
    const cases = GALLERY_CASES.filter((c) => c.id === `${c.chart}.${run.surface}`);
    it(`every chart, ${run.name}`, async () => {
      const page = await openPage(HOST_PAGE, {
        javaScript: false,
        viewport: run.viewport,
        colorScheme: run.colorScheme,
      });
      if (run.print) await page.emulateMedia({ media: 'print' });
      // Every chart of the gallery is on this surface (a renamed surface would leave none to check).
      expect(cases.length).toBe(EMBED_CHARTS.length);
      const failures: string[] = [];
      for (const c of cases.filter((c) => !isTable(c))) {
        await drawCase(page, c, readFileSync(resolve(GALLERY, `${c.id}.svg`), 'utf8'));
        if (c === cases[0]) {
          // The stylesheet's scheme is the one asked for: a dark page has a dark background.
          const dark = await page.evaluate(() => {
            const [r, g, b] = getComputedStyle(document.body)
              .backgroundColor.match(/\d+/g)!
              .map(Number);
            return r! + g! + b! < 3 * 128;
          });
          expect(dark, 'the page is in the dark scheme').toBe(run.colorScheme === 'dark');
        }
        // Texts to measure: a chart with none would pass every rule.
        expect(await page.locator('svg[aria-labelledby] text').count(), c.id).toBeGreaterThan(0);
        const key = `${c.id}, ${run.name.slice(run.surface.length + 2)}`;
        // Drawn at the width it was laid out at (a slide: filling its frame), not squeezed.
        const { drawn, laidOut } = await drawnWidth(page);
        // (findTextProblems skips a chart with an empty box: one must not pass by being unseen.)
        const slide = c.surface === 'slide';
        expect(drawn.width, key).toBeCloseTo(slide ? c.width : laidOut.width, 0);
        expect(drawn.height, key).toBeCloseTo(slide ? (c.width * 9) / 16 : laidOut.height, 0);
        const problems = await findTextProblems(page, run.rules);
        if (KNOWN_FAILING.has(key)) {
          if (problems.length === 0) failures.push(`${key} passes now: take it off KNOWN_FAILING`);
        } else if (problems.length > 0) failures.push(`${key}:\n${describeProblems(problems)}`);
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  }
});
