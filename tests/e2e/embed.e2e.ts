// Embeds, exports and presenter mode in real Chromium against the production build: every embed
// at 320, 600 and 1000 px with no horizontal scroll and axe clean in both themes; an embed in a
// host page on another localhost port resized by the script, with spoofed messages ignored; an
// embed in a sandboxed iframe; SVG, PNG and CSV exports; presenter mode by keyboard alone.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Download, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_CHARTS } from '../../src/lib/embedCode';
import { recordReliability } from '../reliability/record';
import { baseUrl, expectClean, expectNoAxeViolations, openPage, setupBrowser } from './browser';

setupBrowser();

const HEIGHT = 'northants-csc-embed:height';

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('each embed', () => {
  for (const chart of EMBED_CHARTS) {
    it(`${chart}: fits 320, 600 and 1000 px with its title, source, data version and link, axe clean in light and dark`, async () => {
      for (const width of [320, 600, 1000]) {
        const colorScheme = width === 600 ? 'dark' : 'light';
        const page = await openPage(`/embed/${chart}/`, {
          viewport: { width, height: 800 },
          colorScheme,
        });
        await expect
          .poll(() => page.locator('.app-embed svg, .app-embed table').count())
          .toBeGreaterThan(0);
        expect(await horizontalOverflow(page), `${chart} at ${width}px`).toBeLessThanOrEqual(0);
        // No app chrome: no header, no navigation, no footer.
        expect(await page.locator('header, nav[aria-label="Views"], footer').count()).toBe(0);
        await expect
          .poll(() => page.locator('.app-embed__source').textContent())
          .toMatch(/Source: .+ Data version 1\.1\.0 \(latest\)/);
        expect(
          await page.getByRole('link', { name: /See the full view/ }).getAttribute('href'),
        ).toMatch(/^\/(timeline|transitions|england|governance)?$/);
        if (width !== 1000)
          await expectNoAxeViolations(page, `${chart} at ${width}px ${colorScheme}`);
        await expectClean(page);
      }
    });
  }

  it('shows its table and summary one click away, still without horizontal scroll at 320 px', async () => {
    const page = await openPage('/embed/rating-ladder/', { viewport: { width: 320, height: 800 } });
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(10);
    expect(await page.locator('.app-chart__summary').textContent()).toMatch(
      /Overall effectiveness/,
    );
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'ladder table at 320px');
    await expectClean(page);
  });

  it('forces light or dark with theme=, whatever the reader prefers, and stays axe clean', async () => {
    const dark = await openPage('/embed/grade-distribution/?theme=dark', {
      colorScheme: 'light',
      viewport: { width: 600, height: 800 },
    });
    expect(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(22, 23, 24)',
    );
    await expectNoAxeViolations(dark, 'theme=dark on a light system');
    const light = await openPage('/embed/governance/?theme=light', {
      colorScheme: 'dark',
      viewport: { width: 1000, height: 800 },
    });
    expect(await light.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await expectNoAxeViolations(light, 'theme=light on a dark system');
    await expectClean(dark);
    await expectClean(light);
  });

  it('carries the view parameters: a pinned data version loads that version and says so', async () => {
    const page = await openPage('/embed/governance/?asAt=2018-11-30&v=1.1.0');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe('Governance on 30 November 2018');
    await expect
      .poll(() => page.locator('.app-embed__source').textContent())
      .toMatch(/Data version 1\.1\.0 \(pinned: this chart will not change\)/);
    const pinned = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/data/v/1.1.0/')),
    );
    expect(pinned.length).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /See the full view/ }).getAttribute('href')).toBe(
      '/governance?asAt=2018-11-30',
    );
    await expectClean(page);
  });

  it('says so when a pinned version does not exist, and never shows other data instead', async () => {
    const page = await openPage('/embed/powers/?v=0.0.1', {
      expectFailedRequests: ['/data/v/0.0.1/'],
    });
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 })
      .toMatch(/Data version 0\.0\.1 does not exist/);
    expect(await page.getByRole('alert').textContent()).not.toMatch(/404/);
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('in slide layout fills its frame with the chart alone under a short source line, axe clean in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await openPage('/embed/rating-flows/?layout=slide', {
        viewport: { width: 1280, height: 720 },
        colorScheme,
      });
      await page.waitForSelector('.app-slide-figure[data-fitted]');
      // No title, summary or table chrome: the slide has its own title.
      expect(await page.locator('.app-embed h2, .app-embed h3, .app-embed table').count()).toBe(0);
      expect(await page.locator('.app-embed__source').textContent()).toMatch(/^Source: .+\.$/);
      // The chart's box fills the frame between the padding and the source line.
      const figure = (await page.locator('.app-slide-figure').boundingBox())!;
      expect(figure.width).toBeGreaterThan(1280 * 0.95);
      expect(figure.height).toBeGreaterThan(720 * 0.85);
      await expectNoAxeViolations(page, `slide embed, ${colorScheme}`);
      await expectClean(page);
    }
  });

  // Issues 19 and 22: the governance diagram and the powers table have slide arrangements of their
  // own (tiers as columns; who held each function), drawn as SVG with no table on the slide.
  for (const chart of ['governance', 'powers'] as const)
    it(`${chart} in slide layout is its slide arrangement, axe clean in light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await openPage(`/embed/${chart}/?layout=slide&asAt=2021-04-01`, {
          viewport: { width: 1280, height: 720 },
          colorScheme,
        });
        await page.waitForSelector('.app-slide-figure[data-fitted]');
        expect(await page.locator('.app-embed table').count()).toBe(0);
        const svg = page.locator('.app-slide-figure svg[aria-labelledby]');
        expect(await svg.getAttribute('class')).toContain(
          chart === 'governance' ? 'app-gov--slide' : 'app-powers-slide',
        );
        // A line inside the picture says what only the table has.
        expect(await svg.locator('text', { hasText: / in the table$/ }).count()).toBe(1);
        await expectNoAxeViolations(page, `${chart} slide embed, ${colorScheme}`);
        await expectClean(page);
      }
    });

  it('says so politely when the address asks for a layout it does not have, and draws its usual layout', async () => {
    const page = await openPage('/embed/rating-flows/?layout=poster');
    const notice = page.getByTestId('dropped-params');
    await expect.poll(() => notice.textContent()).toContain('The layout “poster” in the address');
    expect(await notice.getAttribute('role')).toBe('status');
    await page.waitForSelector('.app-embed svg[aria-labelledby]');
    expect(await page.locator('.app-slide-figure').count()).toBe(0);
    await expectNoAxeViolations(page, 'embed with a dropped layout');
    await expectClean(page);
  });

  it('renders from embed.html?chart=<name> on the client too', async () => {
    const page = await openPage('/embed.html?chart=rating-flows&theme=dark', {
      viewport: { width: 600, height: 800 },
    });
    await expect
      .poll(() => page.getByRole('group', { name: /rose, fell or stayed/ }).count())
      .toBe(1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectClean(page);
  });
});

// ---------------------------------------------------------------- a host page on another port

let host: Server;
let hostUrl = '';

const hostPage = (app: string, { sandbox = '' } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body><main><h1>A blog post</h1>
<iframe id="embed" src="${app}/embed/rating-flows/" title="Which areas rose, fell or stayed" style="width:100%;height:150px;border:0"
  ${sandbox ? `sandbox="${sandbox}"` : ''} data-northants-csc-embed></iframe>
<iframe id="other" src="/other.html" title="Another frame" style="width:100%;height:60px;border:0"></iframe>
<script src="${app}/embed-resize.js" defer></script>
</main></body></html>`;

beforeAll(async () => {
  host = createServer((req, res) => {
    const app = baseUrl();
    const pages: Record<string, string> = {
      '/': hostPage(app),
      '/sandboxed.html': hostPage(app, { sandbox: 'allow-scripts allow-same-origin' }),
      // Without allow-same-origin the embed's origin is opaque ("null"): its module script and
      // stylesheet (both crossorigin) load only if the server allows any origin.
      '/opaque.html': hostPage(app, { sandbox: 'allow-scripts' }),
      '/other.html':
        '<!doctype html><html lang="en"><head><title>Other</title></head><body><p>Another frame</p></body></html>',
      '/spoof.html': `<!doctype html><html lang="en"><head><title>Spoof</title></head><body><p>Spoof</p><script>parent.postMessage({ type: '${HEIGHT}', height: 345 }, '*');</script></body></html>`,
    };
    const body = pages[req.url ?? '/'];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // "localhost" rather than 127.0.0.1: another origin from the app's, on another port as well.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

const frameHeight = (page: Page) =>
  page.locator('#embed').evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
const embedFrame = (page: Page): Frame =>
  page.frames().find((f) => f.url().includes('/embed/rating-flows/'))!;
const settle = (page: Page) => page.waitForTimeout(400);

describe('an embed in a host page on another localhost port', () => {
  it('is resized by the script to its content, and spoofed messages change nothing', async () => {
    const page = await openPage(`${hostUrl}/`);
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(300);
    const frame = embedFrame(page);
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(Math.abs((await frameHeight(page)) - content)).toBeLessThanOrEqual(1);
    const fitted = await frameHeight(page);

    // From another frame (same origin as the host, not the embed's window).
    const other = page.frames().find((f) => f.url().endsWith('/other.html'))!;
    await other.evaluate((type) => parent.postMessage({ type, height: 345 }, '*'), HEIGHT);
    // From the host page itself.
    await page.evaluate((type) => window.postMessage({ type, height: 345 }, '*'), HEIGHT);
    // From the embed's own window and origin, with heights that are not a bounded number.
    for (const height of ['1e9', '<svg>', 1e9, -5, Number.POSITIVE_INFINITY]) {
      await frame.evaluate(([type, h]) => parent.postMessage({ type, height: h }, '*'), [
        HEIGHT,
        height,
      ] as const);
    }
    await settle(page);
    expect(await frameHeight(page)).toBe(fitted);

    // From the embed's own window, navigated to another origin (the src attribute is unchanged).
    await page.locator('#embed').evaluate((el, url) => {
      (el as HTMLIFrameElement).contentWindow!.location.href = url;
    }, `${hostUrl}/spoof.html`);
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/spoof.html'))).toBe(true);
    await settle(page);
    expect(await frameHeight(page)).toBe(fitted);
    expect(fitted).not.toBe(345);
    // Another frame, the host, five unbounded heights from the embed, a navigated frame.
    recordReliability('embed-message', { case: 'spoofed height messages', tried: 8, changed: 0 });
  });

  it('works inside sandbox="allow-scripts allow-same-origin": it draws, hydrates, switches to its table and resizes', async () => {
    const page = await openPage(`${hostUrl}/sandboxed.html`);
    await expect.poll(() => frameHeight(page), { timeout: 10_000 }).toBeGreaterThan(300);
    const frame = embedFrame(page);
    expect(await frame.getByRole('group', { name: /rose, fell or stayed/ }).count()).toBe(1);
    await frame.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => frame.getByRole('table').getByRole('row').count()).toBeGreaterThan(3);
    await expectClean(page);
    recordReliability('embed-message', {
      case: 'sandbox allow-scripts allow-same-origin',
      tried: 1,
      changed: 0,
    });
  });

  // Not resized: embed-resize.js addresses the frame by the app's origin, which an opaque frame
  // does not have, so the browser drops the handshake (a console warning, not an error).
  it('works inside sandbox="allow-scripts" alone (an opaque origin): its stylesheet and scripts load and it hydrates', async () => {
    const page = await openPage(`${hostUrl}/opaque.html`);
    await expect
      .poll(() => page.frames().some((f) => f.url().includes('/embed/rating-flows/')))
      .toBe(true);
    const frame = embedFrame(page);
    await frame.waitForLoadState('load');
    expect(await frame.getByRole('group', { name: /rose, fell or stayed/ }).count()).toBe(1);
    // The stylesheet applied (.app-embed's padding is in it, nowhere else).
    expect(
      await frame.locator('.app-embed').evaluate((el) => getComputedStyle(el).paddingTop),
    ).toBe('12px');
    await frame.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => frame.getByRole('table').getByRole('row').count()).toBeGreaterThan(3);
    await expectClean(page);
    recordReliability('embed-message', {
      case: 'sandbox allow-scripts (opaque origin)',
      tried: 1,
      changed: 0,
    });
  });
});

// ---------------------------------------------------------------------------------- exports

async function download(page: Page, name: RegExp): Promise<{ file: string; body: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).first().click(),
  ]);
  const path = await file.path();
  return { file: file.suggestedFilename(), body: await readFile(path) };
}

describe('exports', () => {
  it('an SVG that parses, stands alone and carries the chart title and text; a 2× PNG that is not blank', async () => {
    const page = await openPage('/transitions');
    const flows = page
      .locator('section.app-chart')
      .filter({ has: page.getByRole('heading', { name: /rose, fell or stayed/ }) });
    const svgFile = await download(page, /^Download SVG of this chart: Which areas rose/);
    // Named by toExportFileName: the flows chart has no as-at date, so the data version names it.
    const { version } = JSON.parse(await readFile('data/meta.json', 'utf8')) as { version: string };
    expect(svgFile.file).toBe(`northamptonshire-rating-flows-data-v${version}.svg`);
    const markup = svgFile.body.toString('utf8');
    expect(markup).not.toMatch(
      /var\(--|class="|https?:\/\/(?!www\.w3\.org)[^"]*\.(css|woff2?|ttf)/,
    );
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        width: Number(doc.documentElement.getAttribute('width')),
        height: Number(doc.documentElement.getAttribute('height')),
      };
    }, markup);
    expect(parsed.error).toBeNull();
    expect(parsed.texts).toContain('Which areas rose, fell or stayed between full inspections');
    expect(parsed.texts).toContain(`Data version ${version}`);
    const onPage = await flows.locator('svg[aria-labelledby] text').allTextContents();
    for (const text of onPage.filter((t) => t.trim()).slice(0, 6))
      expect(parsed.texts).toContain(text);

    const png = await download(page, /^Download PNG of this chart: Which areas rose/);
    expect(png.file).toBe(`northamptonshire-rating-flows-data-v${version}.png`);
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.body.readUInt32BE(16)).toBe(parsed.width * 2);
    expect(png.body.readUInt32BE(20)).toBe(parsed.height * 2);
    // Its resolution, right after IHDR: 2 × 96 = 192 dpi = 7,559 pixels per metre, both ways.
    expect(png.body.subarray(37, 41).toString('ascii')).toBe('pHYs');
    expect([png.body.readUInt32BE(41), png.body.readUInt32BE(45), png.body[49]]).toEqual([
      7559, 7559, 1,
    ]);
    const colours = await page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < data.length && seen.size < 50; i += 4 * 97)
          seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        return seen.size;
      },
      `data:image/png;base64,${png.body.toString('base64')}`,
    );
    expect(colours).toBeGreaterThan(5);
    await expectClean(page);
  });

  it('a CSV with a byte-order mark whose rows are the rows of the chart’s table, and its metadata file beside it', async () => {
    const page = await openPage('/england?asAt=2019-10-17');
    const files: Download[] = [];
    const both = new Promise<void>((done) =>
      page.on('download', (file) => {
        files.push(file);
        if (files.length === 2) done();
      }),
    );
    await page
      .getByRole('button', {
        name: /^Download CSV of this chart: Overall effectiveness: grades in force/,
      })
      .first()
      .click();
    await both;
    expect(files.map((f) => f.suggestedFilename())).toEqual([
      'northamptonshire-grade-distribution-as-at-2019-10-17.csv',
      'northamptonshire-grade-distribution-as-at-2019-10-17.metadata.json',
    ]);
    const body = await readFile(await files[0]!.path());
    // EF BB BF: the UTF-8 byte-order mark UK Excel and LibreOffice need to read "’" and "§" right.
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body.subarray(3).toString('utf8')) as string[][];
    const metadata = JSON.parse(await readFile(await files[1]!.path(), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(metadata).toMatchObject({
      title: 'Overall effectiveness: grades in force on 17 October 2019',
      asAt: '2019-10-17',
      dataVersion: (JSON.parse(await readFile('data/meta.json', 'utf8')) as { version: string })
        .version,
      csv: {
        file: 'northamptonshire-grade-distribution-as-at-2019-10-17.csv',
        encoding: 'utf-8 with byte-order mark',
      },
    });
    expect(metadata.licence).toMatch(/Open Government Licence v3\.0/);
    expect(metadata.source).toMatch(/Ofsted/);
    expect(metadata.url).toMatch(/\/england\?asAt=2019-10-17$/);
    const section = page
      .locator('section.app-chart')
      .filter({ has: page.getByRole('heading', { name: /grades in force on 17 October 2019/ }) });
    await section.getByRole('tab', { name: 'Table' }).click();
    const table = await section
      .getByRole('table')
      .locator('tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim()),
        ),
      );
    expect(rows).toEqual(table);
    expect(rows.length).toBeGreaterThan(4);
    expect((metadata.csv as { rows: number }).rows).toBe(rows.length - 1);
    await expectClean(page);
  });

  it('the embed dialog gives an iframe for this view that loads, and is axe clean', async () => {
    const page = await openPage('/governance?asAt=2020-11-01');
    await page
      .getByRole('button', { name: /^Embed this chart: Governance on 1 November 2020/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await expectNoAxeViolations(page, 'embed dialog');
    await dialog.getByLabel(/Pin to data version/).check();
    const code = await dialog.getByLabel('Embed code').inputValue();
    expect(code).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/governance\/\?asAt=2020-11-01&amp;v=1\.1\.0" title="Governance on 1 November 2020" style="width:100%;height:\d+px;border:0" loading="lazy" data-northants-csc-embed><\/iframe>$/,
    );
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    await expectClean(page);
  });
});

// --------------------------------------------------------------------------- presenter mode

describe('/present', () => {
  it('steps through the dates with the keys a clicker sends, moving the as-at date, axe clean', async () => {
    const page = await openPage('/present');
    await expectNoAxeViolations(page, 'presenter title slide');
    const asAt = () => new URL(page.url()).searchParams.get('asAt');

    await page.keyboard.press('ArrowRight');
    await expect.poll(asAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const first = asAt();
    await expect
      .poll(() => page.locator('.app-present__count').textContent())
      .toMatch(/^Step 1 of \d+$/);
    await page.keyboard.press('PageDown');
    await expect
      .poll(() => page.locator('.app-present__count').textContent())
      .toMatch(/^Step 2 of/);
    const second = asAt();
    expect(second! > first!).toBe(true);
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.locator('.app-present__count').textContent())
      .toMatch(/^Step 3 of/);
    await page.keyboard.press('Shift+Space');
    await expect.poll(asAt).toBe(second);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft'); // already on the first step: stays there
    await expect.poll(asAt).toBe(first);

    await expectClean(page);
  });

  it('opens on a shared date with what changed highlighted, and End goes to the last step', async () => {
    // 30 November 2018: the DfE direction and the commissioner.
    const page = await openPage('/present?asAt=2018-11-30');
    const asAt = () => new URL(page.url()).searchParams.get('asAt');
    await expect
      .poll(() => page.locator('.app-present__date').textContent())
      .toBe('30 November 2018');
    expect(await page.locator('.app-present__new').count()).toBeGreaterThan(2);
    expect(await page.getByRole('group', { name: 'Governance on 30 November 2018' }).count()).toBe(
      1,
    );
    await expectNoAxeViolations(page, 'presenter on 30 November 2018');
    await page.keyboard.press('ArrowRight');
    await expect.poll(asAt).not.toBe('2018-11-30');
    await page.keyboard.press('End');
    const count = await page.locator('.app-present__count').textContent();
    const total = count!.match(/of (\d+)/)![1];
    await expect
      .poll(() => page.locator('.app-present__count').textContent())
      .toBe(`Step ${total} of ${total}`);
    await expectNoAxeViolations(page, 'presenter last step');
    await expectClean(page);
  });

  it('is a 16:9 stage and keeps its animation off under reduced motion', async () => {
    const page = await openPage('/present?asAt=2020-11-01');
    const box = await page.locator('.app-present__stage').boundingBox();
    expect(box!.width / box!.height).toBeCloseTo(16 / 9, 1);
    // openPage asks for reduced motion.
    expect(
      await page
        .locator('.app-present__new')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');
  });
});
