// Embeds in a real reveal.js deck, served from another port (another origin) than the app, as a
// presenter would use them: in slide layout (?layout=slide) each fits its 1280 × 720 slide under
// the slide's own title without scrolling, its text at least 18 px; after a click inside a chart,
// the clicker's →, Page Down and Space still move the deck on (the embed posts the keys it does
// not use; the resize script re-dispatches them on the deck's document).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectClean, openPage, setupBrowser } from './browser';
import { describeProblems, findTextProblems, SLIDE_SMALL } from './lib/chartText';

setupBrowser();

const REVEAL_DIST = resolve('node_modules/reveal.js/dist');
const SLIDE = { width: 1280, height: 720 } as const;
/** The slide's title above takes the rest (reveal's margin is 0, so a slide px is a screen px). */
const FRAME_HEIGHT = 560;

let deck: Server;
let deckUrl: string;

const deckPage = (app: string, sandbox = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A deck with two embeds</title>
<link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css">
</head><body><div class="reveal"><div class="slides">
<section><h2>Ratings over time</h2>
<iframe id="ladder" ${sandbox} src="${app}/embed/rating-ladder/?layout=slide" title="Ratings over time" style="width:100%;height:${FRAME_HEIGHT}px;border:0" data-northants-csc-embed></iframe></section>
<section><h2>Who ran the service</h2>
<iframe id="governance" src="${app}/embed/governance/?asAt=2020-11-01&amp;layout=slide" title="Governance on 1 November 2020" style="width:100%;height:${FRAME_HEIGHT}px;border:0" data-northants-csc-embed></iframe></section>
<section><h2>Questions</h2></section>
</div></div>
<script src="/reveal/reveal.js"></script>
<script>Reveal.initialize({ hash: false, transition: 'none', width: ${SLIDE.width}, height: ${SLIDE.height}, margin: 0 });</script>
<script src="${app}/embed-resize.js" defer></script>
</body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

beforeAll(async () => {
  deck = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/' || url === '/sandboxed') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      // As WordPress embeds an iframe: scripts only, an opaque origin.
      res.end(deckPage(baseUrl(), url === '/sandboxed' ? 'sandbox="allow-scripts"' : ''));
      return;
    }
    const file = url.startsWith('/reveal/')
      ? resolve(REVEAL_DIST, `.${url.slice('/reveal'.length)}`)
      : null;
    if (!file || !file.startsWith(REVEAL_DIST)) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => deck.listen(0, '127.0.0.1', done));
  deckUrl = `http://127.0.0.1:${(deck.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => deck.close(() => done())));

const slideIndex = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { Reveal: { getIndices: () => { h: number } } }).Reveal.getIndices().h,
  );
const frameOf = (page: Page, chart: string): Frame =>
  page.frames().find((f) => f.url().includes(`/embed/${chart}/`))!;

/** Opens the deck and waits for reveal.js to be ready. */
async function openDeck(path = '') {
  const page = await openPage(`${deckUrl}${path}`, { viewport: SLIDE });
  await page.waitForFunction(() =>
    (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady(),
  );
  return page;
}

/** Shows the embed's slide, waits for its chart to be laid out for its frame, and checks it. */
async function expectFitsSlide(page: Page, chart: 'rating-ladder' | 'governance', index: number) {
  await page.evaluate(
    (h) => (window as unknown as { Reveal: { slide: (h: number) => void } }).Reveal.slide(h),
    index,
  );
  await expect
    .poll(() => frameOf(page, chart)?.locator('.app-slide-figure[data-fitted]').count() ?? 0, {
      timeout: 15_000,
    })
    .toBe(1);
  const frame = frameOf(page, chart);
  // Inside the frame: no scrolling, and every chart text whole, apart and at least 18 px.
  const inside = await frame.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollHeight: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
  }));
  expect(inside.scrollHeight).toBeLessThanOrEqual(inside.innerHeight);
  expect(inside.scrollWidth).toBeLessThanOrEqual(inside.innerWidth);
  const problems = await findTextProblems(frame, SLIDE_SMALL);
  expect(problems, describeProblems(problems)).toEqual([]);
  // The frame keeps its height (the resize script is told the slide's own, not a page's) and
  // lies inside the 1280 × 720 slide.
  const box = await page.locator(`iframe[src*="/embed/${chart}/"]`).boundingBox();
  expect(box?.height).toBe(FRAME_HEIGHT);
  expect(box!.y + box!.height).toBeLessThanOrEqual(SLIDE.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(SLIDE.width);
}

/** Clicks in the middle of the embed's chart, as a presenter would, putting the focus inside the iframe. */
async function clickInsideChart(page: Page, chart: string) {
  await expect
    .poll(() => frameOf(page, chart)?.locator('.app-embed svg[aria-labelledby]').count() ?? 0, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  const frame = frameOf(page, chart);
  await frame
    .locator('.app-embed svg[aria-labelledby]')
    .first()
    .click({ position: { x: 40, y: 40 } });
  expect(await frame.evaluate(() => document.hasFocus())).toBe(true);
}

describe('embeds in a reveal.js deck on another origin', () => {
  it('the ladder in slide layout fits its 1280 × 720 slide without scrolling, its text at least 18 px', async () => {
    const page = await openDeck();
    await expectFitsSlide(page, 'rating-ladder', 0);
    await expectClean(page);
  });

  it('the governance diagram in slide layout fits its slide, its text at least 18 px', async () => {
    const page = await openDeck();
    await expectFitsSlide(page, 'governance', 1);
  });

  it('→, Page Down and Space pressed after a click inside a chart move the deck on; Tab into a chart keeps its arrows', async () => {
    const page = await openPage(deckUrl, { viewport: SLIDE });
    await page.waitForFunction(() =>
      (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady(),
    );
    expect(await slideIndex(page)).toBe(0);
    // Every key message the deck receives, in order: messages from one frame arrive in order.
    await page.evaluate(() => {
      const w = window as unknown as { keys: string[] };
      w.keys = [];
      window.addEventListener('message', (e: MessageEvent<{ type?: string; key?: string }>) => {
        if (e.data?.type === 'northants-csc-embed:key') w.keys.push(e.data.key ?? '');
      });
    });

    // Tab is the keyboard way into a chart: then its arrows are its own and the deck stays.
    await clickInsideChart(page, 'rating-ladder');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await slideIndex(page)).toBe(0);
    // A click ends interacting: the next → is the deck's.
    await clickInsideChart(page, 'rating-ladder');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(page)).toBe(1);

    await clickInsideChart(page, 'governance');
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideIndex(page)).toBe(0);
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideIndex(page)).toBe(1);
    await clickInsideChart(page, 'governance');
    await page.keyboard.press(' ');
    await expect.poll(() => slideIndex(page)).toBe(2);
    // Exactly the keys pressed after a click: not the → pressed while interacting.
    expect(await page.evaluate(() => (window as unknown as { keys: string[] }).keys)).toEqual([
      'ArrowRight',
      'PageUp',
      'PageDown',
      ' ',
    ]);
    await expectClean(page);
  });

  it('in sandbox="allow-scripts" alone (an opaque origin), → after a click inside the chart still moves the deck on', async () => {
    const page = await openPage(`${deckUrl}sandboxed`, { viewport: SLIDE });
    await page.waitForFunction(() =>
      (window as unknown as { Reveal?: { isReady: () => boolean } }).Reveal?.isReady(),
    );
    expect(await slideIndex(page)).toBe(0);
    await clickInsideChart(page, 'rating-ladder');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideIndex(page)).toBe(1);
    await expectClean(page);
  });
});
