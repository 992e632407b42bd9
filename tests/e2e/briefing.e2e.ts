// The minister's briefing in a real browser: the as-at date carries across every view through the
// URL, axe finds nothing in any state, and the printed briefing is one A4 landscape page.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, inject, it } from 'vitest';
import { printBriefing } from '../../scripts/briefing.mjs';
import { formatPartialDate } from '../../src/domain/dates';
import { expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';
import { findSplitWords } from './lib/splitWords';

setupBrowser();

const meta = JSON.parse(readFileSync('data/meta.json', 'utf8')) as { defaultAsAt: string };

const heading = (page: Awaited<ReturnType<typeof openPage>>) => page.locator('h1').innerText();

describe('the briefing', () => {
  it('is clean and accessible by default, with a date moved, with a second date and in dark mode', async () => {
    const page = await openPage('/');
    // The default is the latest date of the data (meta.json), not a date of the app's choosing.
    expect(await heading(page)).toBe(
      `Briefing: the position on ${formatPartialDate(meta.defaultAsAt)}`,
    );
    await expectNoAxeViolations(page, 'briefing, default');
    await page.getByRole('button', { name: /Previous change/ }).click();
    await expect.poll(() => page.url()).toMatch(/asAt=/);
    await expectNoAxeViolations(page, 'briefing, as-at moved');
    await page.getByLabel('Compare with').selectOption({ index: 0 });
    await expect.poll(() => page.url()).toMatch(/since=/);
    await expectNoAxeViolations(page, 'briefing, compared with a second date');
    await expectClean(page);
    const dark = await openPage('/?asAt=2018-11-30', { colorScheme: 'dark' });
    await expectNoAxeViolations(dark, 'briefing, dark');
  });

  it('carries one as-at date across every view through the URL', async () => {
    const page = await openPage('/timeline');
    await page.getByLabel('Day').first().fill('30');
    await page.getByLabel('Month').first().fill('11');
    await page.getByLabel('Year').first().fill('2018');
    // Exactly "Show": the timeline's zoom has a "Show all" button before it.
    await page.getByRole('button', { name: 'Show', exact: true }).first().click();
    await expect.poll(() => page.url()).toContain('asAt=2018-11-30');

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Governance' })
      .click();
    await expect.poll(() => page.url()).toMatch(/\/governance\?asAt=2018-11-30/);
    await expect
      .poll(() => page.getByText('As at', { exact: false }).first().innerText())
      .toContain('30 November 2018');

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Briefing' })
      .click();
    await expect.poll(() => heading(page)).toBe('Briefing: the position on 30 November 2018');
    await expectClean(page);

    // A shared link restores it.
    const shared = await openPage('/?asAt=2018-11-30');
    expect(await heading(shared)).toBe('Briefing: the position on 30 November 2018');
  });

  it('in print, drops navigation and controls and keeps the date, data version and address', async () => {
    const page = await openPage('/?asAt=2018-11-30');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Show', exact: true }).isVisible()).toBe(false);
    const footer = await page.locator('.app-briefing__footer').innerText();
    expect(footer).toContain('As at 30 November 2018');
    expect(footer).toMatch(/Data version \d/);
    expect(footer).toContain('Printed from http://');
    expect(footer).toContain('asAt=2018-11-30');
  });

  it('in print, shows the headline, the journey chart and the latest judgements, every chart text at least 7 pt, no empty block', async () => {
    // A4 landscape less the page's margins (size and margins in _briefing.scss): 277 mm wide.
    const page = await openPage('/?asAt=2019-08-01', { viewport: { width: 1047, height: 740 } });
    await page.emulateMedia({ media: 'print' });
    for (const selector of [
      '.app-briefing__headline',
      '.app-briefing__journey svg',
      '.app-briefing__table',
    ])
      expect(await page.locator(selector).first().isVisible(), `${selector} is printed`).toBe(true);
    // Each chart text's printed size: its CSS font size times the scale from user units to the
    // page (the chart is scaled with the page and zoomed with the briefing), in points.
    const sizes = await page.locator('.app-briefing').evaluate((briefing) =>
      [...briefing.querySelectorAll<SVGTextElement>('svg text')]
        .filter((t) => (t.textContent ?? '').trim() !== '' && t.getBoundingClientRect().width > 0)
        .map((t) => {
          const box = t.getBBox();
          const scale = t.getBoundingClientRect().height / box.height;
          const size = parseFloat(getComputedStyle(t).fontSize);
          return { text: t.textContent, pt: size * scale * 0.75 };
        }),
    );
    expect(sizes.length, 'chart texts are printed').toBeGreaterThan(5);
    const small = sizes.filter((s) => s.pt < 7);
    expect(small, 'chart texts under 7 pt in print').toEqual([]);
    // No empty block: every printed section, chart and table has something in it.
    const empty = await page
      .locator('.app-briefing')
      .evaluate((briefing) =>
        [...briefing.querySelectorAll<HTMLElement>('section, figure, table, .app-briefing__facts')]
          .filter((el) => el.offsetParent !== null && (el.innerText ?? '').trim() === '')
          .map((el) => el.className || el.tagName),
      );
    expect(empty, 'empty printed blocks').toEqual([]);
    // No grey band under the last line: the paper around the body is the body's colour.
    const backgrounds = await page.evaluate(() =>
      [document.documentElement, document.body].map((el) => getComputedStyle(el).backgroundColor),
    );
    expect(backgrounds[0], 'the page around the body, printed').toBe(backgrounds[1]);
  });

  it('prints on one A4 landscape page', async () => {
    const out = join(tmpdir(), `briefing-${process.pid}.pdf`);
    try {
      await printBriefing({ asAt: '2018-11-30', out, dist: inject('distDir') });
      const pdf = await PDFDocument.load(readFileSync(out));
      expect(pdf.getPageCount()).toBe(1);
      const { width, height } = pdf.getPage(0).getSize();
      // A4 landscape is 842 × 595 points.
      expect(Math.round(width)).toBe(842);
      expect(Math.round(height)).toBe(595);
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('walks the journey chart by keyboard: every mark named, one tab stop, a visible ring, details on Enter', async () => {
    const page = await openPage('/?asAt=2019-08-01');
    await expect.poll(() => heading(page)).toBe('Briefing: the position on 1 August 2019');
    const journey = page.locator('.app-briefing__journey svg');
    const inJourney = () =>
      page.evaluate(() => document.activeElement?.closest('.app-journey') !== null);
    // From the top of the page, by Tab alone.
    let presses = 0;
    while (!(await inJourney()) && presses < 60) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await inJourney(), 'Tab reaches the journey chart').toBe(true);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement!;
        const ring = el.querySelector('.app-svg__focus');
        const style = ring ? getComputedStyle(ring) : null;
        return {
          name: el.getAttribute('aria-label') ?? '',
          role: el.getAttribute('role'),
          ring: style ? { stroke: style.stroke, width: parseFloat(style.strokeWidth) } : null,
        };
      });
    const first = await focused();
    expect(first.role).toBe('button');
    expect(first.name).toMatch(/^Overall rating: /);
    // The ring shows for a mark focused by keyboard, in the text colour, 3 px wide.
    expect(first.ring?.stroke).not.toBe('none');
    expect(first.ring?.width).toBe(3);

    // The arrow keys visit every mark once, in order, each named with its dates.
    const marks = await journey.locator('[role="button"]').count();
    const names = [first.name];
    for (let i = 1; i < marks; i++) {
      await page.keyboard.press('ArrowRight');
      names.push((await focused()).name);
    }
    expect(new Set(names).size).toBe(marks);
    expect(names).toContain('Overall rating: inadequate, from 29 July 2019 to 24 November 2022');
    expect(names.some((n) => /^DfE statutory direction, from 2 October 2013 /.test(n))).toBe(true);
    expect(names.at(-1)).toBe('As at 1 August 2019: the date the page shows');
    for (const n of names) expect(n, 'each name carries a date').toMatch(/\d{4}/);
    await page.keyboard.press('Home');
    expect((await focused()).name).toBe(first.name);

    // Enter selects the focused mark and shows its details under the chart.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).name).toBe(
      'Overall rating: inadequate, from 29 July 2019 to 24 November 2022',
    );
    await page.keyboard.press('Enter');
    const details = page.locator('.app-briefing__journey .app-compact__selected');
    await expect
      .poll(() => details.innerText())
      .toBe('Selected: Overall rating: inadequate, from 29 July 2019 to 24 November 2022.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe(
      'true',
    );
    // One tab stop: Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await inJourney()).toBe(false);
    await expectNoAxeViolations(page, 'briefing, a journey mark selected');
    await expectClean(page);
  });

  it('shows the headline, what changed, what is next and the journey chart above the fold at 1280×800, on every key moment', async () => {
    const page = await openPage('/');
    const moments = await page
      .locator('.app-briefing__moments a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).search));
    expect(moments.length, 'key moments listed').toBeGreaterThan(5);
    const overflow: string[] = [];
    for (const search of ['', ...moments]) {
      await page.goto(`/${search}`, { waitUntil: 'networkidle' });
      const asAt = new URLSearchParams(search).get('asAt');
      if (asAt) await expect.poll(() => heading(page)).toContain(formatPartialDate(asAt));
      const boxes = await page.evaluate(() =>
        [
          '.app-briefing__position',
          '.app-briefing__headline .govuk-body',
          '.app-briefing__journey .app-compact__title',
          '.app-briefing__journey svg',
        ].flatMap((selector) =>
          [...document.querySelectorAll(selector)].map((el) => {
            const r = el.getBoundingClientRect();
            return { selector, top: r.top, bottom: r.bottom, height: r.height };
          }),
        ),
      );
      expect(boxes.length, `${search}: the key facts are drawn`).toBeGreaterThanOrEqual(4);
      for (const b of boxes)
        if (b.height === 0 || b.top < 0 || b.bottom > 800)
          overflow.push(`${search || '/'}: ${b.selector} from ${b.top} to ${b.bottom} px`);
    }
    expect(overflow, 'key facts below the fold at 1280×800').toEqual([]);
  });

  // A minister reads the tables on a laptop: at 1024 px the judgements once ran 43 px into the
  // powers beside them, and at 1280 px "Northamptonshire" broke mid-word in a narrow column.
  it('keeps the tables in their columns and every word whole, at 1280, 1024 and 960 px, on every key moment', async () => {
    const page = await openPage('/');
    const moments = await page
      .locator('.app-briefing__moments a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).search));
    const problems: string[] = [];
    for (const search of ['', ...moments]) {
      await page.goto(`/${search}`, { waitUntil: 'networkidle' });
      for (const width of [1280, 1024, 960]) {
        // A resize lays the page out again at once; each read below forces that layout.
        await page.setViewportSize({ width, height: 800 });
        const found = await page.evaluate(() => {
          const out: string[] = [];
          const tables = [...document.querySelectorAll<HTMLElement>('.app-briefing__table')];
          if (tables.length === 0) out.push('no table drawn');
          for (const table of tables) {
            const box = table.getBoundingClientRect();
            const scroller = table.parentElement!;
            if (scroller.scrollWidth > scroller.clientWidth)
              out.push(
                `a table scrolls across by ${scroller.scrollWidth - scroller.clientWidth} px`,
              );
            // Nothing else on the page may overlap the table.
            for (const other of document.querySelectorAll<HTMLElement>(
              '.app-briefing__grid > * > *, .app-briefing__grid h2',
            )) {
              if (other.contains(table) || table.contains(other)) continue;
              const o = other.getBoundingClientRect();
              if (o.width === 0 || o.height === 0) continue;
              const overlaps =
                o.left < box.right - 0.5 &&
                box.left < o.right - 0.5 &&
                o.top < box.bottom - 0.5 &&
                box.top < o.bottom - 0.5;
              if (overlaps) out.push(`the table overlaps "${other.textContent?.slice(0, 30)}"`);
            }
          }
          return out;
        });
        const split = await findSplitWords(page, '.app-briefing__table :is(th, td)');
        for (const word of split) found.push(`"${word}" is split across lines`);
        for (const problem of found) problems.push(`${search || '/'} at ${width} px: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    await expectClean(page);
  });

  // On a phone the fields, Show and the two step buttons wrap onto lines of their own; with their
  // margins taken away they once touched, Previous and Next reading as one grey block.
  it("keeps the date control's fields and buttons apart on a phone and on a laptop", async () => {
    for (const width of [320, 375, 700, 1280]) {
      const page = await openPage('/?asAt=2019-08-01', { viewport: { width, height: 800 } });
      const boxes = await page
        .locator('.app-briefing__control')
        .locator('input, button, summary')
        .evaluateAll((controls) =>
          controls.map((c) => {
            const r = c.getBoundingClientRect();
            return { name: c.textContent?.trim() || c.getAttribute('name') || c.id, r };
          }),
        );
      expect(boxes.length).toBeGreaterThanOrEqual(6);
      const GAP = 4;
      const touching: string[] = [];
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          if (
            a.r.left < b.r.right + GAP &&
            b.r.left < a.r.right + GAP &&
            a.r.top < b.r.bottom + GAP &&
            b.r.top < a.r.bottom + GAP
          )
            touching.push(`${a.name} and ${b.name}`);
      expect(touching, `controls closer than ${GAP} px at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  // The grade's name is drawn on the grade's colour. Its colour came from the briefing's own
  // stylesheet, which an embed does not load: an embedded slide drew "Inadequate" in dark text on
  // the dark purple.
  it("draws the journey's grade names legibly on their colours: page, embed and slide, light and dark", async () => {
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const low: string[] = [];
    for (const path of ['/', '/embed/journey/', '/embed/journey/?layout=slide'])
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openPage(path, { colorScheme, viewport: { width: 1280, height: 720 } });
        const pairs = await page.evaluate(() => {
          const rgb = (c: string) => {
            const probe = document.createElement('canvas').getContext('2d')!;
            probe.fillStyle = c;
            const hex = probe.fillStyle;
            return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
          };
          return [...document.querySelectorAll<SVGTextElement>('.app-journey text')]
            .filter((t) => t.previousElementSibling?.tagName === 'rect')
            .map((t) => {
              const bar = t.previousElementSibling!;
              return {
                text: t.textContent ?? '',
                fg: rgb(getComputedStyle(t).fill),
                bg: rgb(getComputedStyle(bar).fill),
                filled: getComputedStyle(bar).fill !== 'none',
              };
            })
            .filter((p) => p.filled);
        });
        expect(pairs.length, `${path} (${colorScheme}): grade names drawn`).toBeGreaterThan(0);
        for (const p of pairs) {
          const ratio = contrast(p.fg, p.bg);
          if (ratio < 4.5) low.push(`${path} (${colorScheme}): "${p.text}" ${ratio.toFixed(2)}:1`);
        }
        await page.close();
      }
    expect(low).toEqual([]);
  });
});
