// An embed as a CMS puts it: in an iframe on another origin, under WordPress's
// sandbox="allow-scripts" alone (an opaque origin), and in a host page whose colour scheme its
// resize script passes on. What a reader sees is checked in the frame's computed styles: the
// chart drawn at a real size, in the embed's font and colours, and theme=auto following the host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectClean, openPage, setupBrowser } from './browser';

setupBrowser();

let host: Server;
let hostUrl = '';

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 23, 24)';
const LIGHT_TEXT = 'rgb(11, 12, 12)';
const LIGHT_MUTED = 'rgb(72, 73, 73)';

const hostPage = (
  app: string,
  { sandbox = '', script = true, scheme = '', query = '' } = {},
) => `<!doctype html>
<html lang="en"${scheme ? ` style="color-scheme: ${scheme}"` : ''}><head><meta charset="utf-8"><title>Host page</title></head>
<body><main><h1>A blog post</h1>
<iframe id="embed" src="${app}/embed/governance/${query}" title="Governance" style="width:100%;height:600px;border:0"
  ${sandbox ? `sandbox="${sandbox}"` : ''} data-northants-csc-embed></iframe>
${script ? `<script src="${app}/embed-resize.js" defer></script>` : ''}
</main></body></html>`;

beforeAll(async () => {
  host = createServer((req, res) => {
    const app = baseUrl();
    const pages: Record<string, string> = {
      '/wordpress.html': hostPage(app, { sandbox: 'allow-scripts' }),
      '/light.html': hostPage(app, { scheme: 'light' }),
      '/dark.html': hostPage(app, { scheme: 'dark' }),
      '/dark-sandboxed.html': hostPage(app, { scheme: 'dark', sandbox: 'allow-scripts' }),
      '/dark-forced-light.html': hostPage(app, { scheme: 'dark', query: '?theme=light' }),
      '/no-script.html': hostPage(app, { script: false }),
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

async function embedFrame(page: Page): Promise<Frame> {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes('/embed/governance/')))
    .toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/embed/governance/'))!;
  await frame.waitForLoadState('load');
  return frame;
}

const background = (frame: Frame) =>
  frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeOf = (frame: Frame) => frame.evaluate(() => document.documentElement.dataset.theme);

describe('under sandbox="allow-scripts" alone (WordPress), on another origin', () => {
  it('shows its chart styled: drawn at size, in the embed’s font and colours, and hydrated', async () => {
    const page = await openPage(`${hostUrl}/wordpress.html`);
    const frame = await embedFrame(page);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    const chart = frame.getByRole('group', { name: /Governance/ });
    await expect.poll(() => chart.count()).toBe(1);
    const style = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const text = svg.querySelector('text')!;
      // The chart's title: GOV.UK Frontend's heading class, in the embed's font stack.
      const title = document.querySelector('h1, h2, h3')!;
      const body = getComputedStyle(document.body);
      return {
        titleFont: getComputedStyle(title).fontFamily,
        titleWeight: getComputedStyle(title).fontWeight,
        width: box.width,
        height: box.height,
        svgFont: getComputedStyle(svg).fontFamily,
        bodyColor: body.color,
        textFill: getComputedStyle(text).fill,
        textSize: parseFloat(getComputedStyle(text).fontSize),
      };
    });
    expect(style.width).toBeGreaterThan(300);
    expect(style.height).toBeGreaterThan(200);
    // The stylesheet's fonts, not the browser's default serif: the chart font for the chart.
    expect(style.svgFont).toMatch(/^Arimo,/);
    expect(style.titleFont).toMatch(/^system-ui/);
    expect(Number(style.titleWeight)).toBeGreaterThanOrEqual(700);
    expect(style.bodyColor).toBe(LIGHT_TEXT);
    // The theme's text or muted colour (an unstyled SVG's text is black, rgb(0, 0, 0)).
    expect([LIGHT_TEXT, LIGHT_MUTED]).toContain(style.textFill);
    expect(style.textSize).toBeGreaterThanOrEqual(11);
    expect(await background(frame)).toBe(LIGHT_BG);
    // Scripts ran: the embed is interactive (the Table tab switches).
    await frame.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => frame.getByRole('table').first().isVisible()).toBe(true);
    await expectClean(page);
  });
});

describe('theme=auto follows the host page when its resize script says', () => {
  it('a dark host (color-scheme: dark) makes the embed dark on a light system', async () => {
    const page = await openPage(`${hostUrl}/dark.html`, { colorScheme: 'light' });
    const frame = await embedFrame(page);
    await expect.poll(() => themeOf(frame)).toBe('dark');
    await expect.poll(() => background(frame)).toBe(DARK_BG);
    await expectClean(page);
  });

  it('switches when the host switches, both ways', async () => {
    const page = await openPage(`${hostUrl}/light.html`, { colorScheme: 'dark' });
    const frame = await embedFrame(page);
    await expect.poll(() => themeOf(frame)).toBe('light');
    await expect.poll(() => background(frame)).toBe(LIGHT_BG);
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'dark'));
    await expect.poll(() => background(frame)).toBe(DARK_BG);
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light'));
    await expect.poll(() => background(frame)).toBe(LIGHT_BG);
  });

  it('follows a host that declares nothing to the reader’s system setting as it changes', async () => {
    const page = await openPage(`${hostUrl}/no-script.html`, { colorScheme: 'dark' });
    const frame = await embedFrame(page);
    // No script: the embed's own prefers-color-scheme.
    expect(await themeOf(frame)).toBe('auto');
    await expect.poll(() => background(frame)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => background(frame)).toBe(LIGHT_BG);
  });

  it('reaches a sandboxed (opaque) embed too', async () => {
    const page = await openPage(`${hostUrl}/dark-sandboxed.html`, { colorScheme: 'light' });
    const frame = await embedFrame(page);
    await expect.poll(() => background(frame)).toBe(DARK_BG);
  });

  it('leaves theme=light as it is in a dark host', async () => {
    const page = await openPage(`${hostUrl}/dark-forced-light.html`, { colorScheme: 'dark' });
    const frame = await embedFrame(page);
    // The host has told it by now: its height came back through the same script.
    await expect
      .poll(() => page.locator('#embed').evaluate((el) => (el as HTMLIFrameElement).style.height))
      .not.toBe('600px');
    expect(await themeOf(frame)).toBe('light');
    expect(await background(frame)).toBe(LIGHT_BG);
  });
});
