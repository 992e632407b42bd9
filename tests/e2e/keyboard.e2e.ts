// A scripted keyboard walk of every route and embed: Tab from the top of the page reaches every
// control, in the order of the page, each with a focus indicator a sighted keyboard user can see,
// and never gets stuck. Marks inside charts are one Tab stop per chart (roving focus); stepping
// through them with the arrow keys is walked mark by mark in the per-view tests (timeline,
// transitions, governance, england). Also: at 200% zoom (a 1280 px screen is 640 CSS px wide)
// nothing scrolls sideways and every control stays on the screen.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { recordReliability } from '../reliability/record';
import { expectClean, openPage, setupBrowser } from './browser';

setupBrowser();

const distDir = inject('distDir');
const EMBEDS = existsSync(join(distDir, 'embed'))
  ? readdirSync(join(distDir, 'embed'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/embed/${entry.name}/`)
  : [];
const PATHS = [...ROUTES.map((route) => route.path), ...EMBEDS];

declare global {
  interface Window {
    __kw?: { stops: Element[]; before: string[]; fingerprint: (el: Element) => string };
  }
}

/**
 * In the page: list the Tab stops (one per radio group, none inside closed <details> or hidden),
 * and fingerprint how each looks unfocused. The fingerprint covers the element, its descendants
 * (an SVG mark draws its ring on a child), its next sibling (GOV.UK checkboxes draw theirs on the
 * label) and their ::before and ::after.
 */
function listStops(): { count: number; positive: number } {
  const selector =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const seenRadio = new Set<string>();
  const stops = [...document.querySelectorAll<HTMLElement | SVGElement>(selector)].filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
    if (el.closest('[inert], [aria-hidden="true"]')) return false;
    // Opacity is not checked: GOV.UK draws checkboxes and radios over a transparent real input.
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const input = el as HTMLInputElement;
    if (input.type === 'radio' && input.name) {
      const group = `${input.form?.id ?? ''}/${input.name}`;
      if (seenRadio.has(group)) return false;
      seenRadio.add(group);
    }
    return true;
  });
  const fingerprint = (el: Element): string => {
    const parts: Element[] = [el, ...[...el.querySelectorAll('*')].slice(0, 30)];
    if (el.nextElementSibling) parts.push(el.nextElementSibling);
    return parts
      .flatMap((node) =>
        [null, '::before', '::after'].map((pseudo) => {
          const s = getComputedStyle(node, pseudo);
          return [
            s.outlineStyle,
            s.outlineWidth,
            s.outlineColor,
            s.boxShadow,
            s.backgroundColor,
            s.color,
            s.borderColor,
            s.textDecorationLine,
            s.textDecorationThickness,
            s.stroke,
            s.strokeWidth,
            s.opacity,
          ].join('|');
        }),
      )
      .join(';');
  };
  (document.activeElement as HTMLElement | null)?.blur();
  window.__kw = { stops, before: stops.map(fingerprint), fingerprint };
  return { count: stops.length, positive: stops.filter((el) => el.tabIndex > 0).length };
}

/** In the page: where focus is now, and whether it looks different from unfocused. */
function focusNow(): { index: number; onBody: boolean; changed: boolean; name: string } {
  const kw = window.__kw!;
  const el = document.activeElement;
  const index = el ? kw.stops.indexOf(el) : -1;
  const name = el
    ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`
    : '(none)';
  if (!el || index < 0)
    return { index, onBody: el === document.body || el === null, changed: false, name };
  const now = kw.fingerprint(el);
  return { index, onBody: false, changed: now !== kw.before[index], name };
}

async function tabWalk(page: Page, path: string) {
  const { count, positive } = await page.evaluate(listStops);
  expect(positive, `${path}: no positive tabindex (it breaks the reading order)`).toBe(0);
  const visited: number[] = [];
  const invisible: string[] = [];
  const outside: string[] = [];
  let previous = -2;
  for (let step = 0; step < count + 5; step += 1) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(focusNow);
    if (now.onBody || (visited.length > 0 && now.index === visited[0])) break;
    expect(
      now.index,
      `${path}: Tab reached ${now.name}, which is not a listed control`,
    ).toBeGreaterThanOrEqual(0);
    expect(now.index, `${path}: focus stuck on ${now.name} (keyboard trap)`).not.toBe(previous);
    if (!now.changed) invisible.push(now.name);
    if (visited.includes(now.index)) outside.push(now.name);
    visited.push(now.index);
    previous = now.index;
  }
  expect(invisible, `${path}: controls with no visible focus indicator`).toEqual([]);
  expect(outside, `${path}: controls reached twice`).toEqual([]);
  const missed = await page.evaluate(
    (seen) =>
      window
        .__kw!.stops.map((el, i) => ({ el, i }))
        .filter(({ i }) => !seen.includes(i))
        .map(
          ({ el }) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.getAttribute('class') ?? ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    visited,
  );
  expect(missed, `${path}: controls Tab never reached`).toEqual([]);
  // Every control, once each, in the order of the page.
  expect(visited, `${path}: Tab order`).toEqual([...Array(count).keys()]);
  return count;
}

describe.each(PATHS)('%s', (path) => {
  it('Tab reaches every control in page order, each with a visible focus indicator, and no trap', async () => {
    const page = await openPage(path);
    const count = await tabWalk(page, path);
    expect(count, `${path} has controls`).toBeGreaterThan(0);
    recordReliability('keyboard', { path, controls: count, reached: count });
    await expectClean(page);
  });

  it('at 200% zoom (640 CSS px): no sideways scroll and every control on the screen', async () => {
    const page = await openPage(path, { viewport: { width: 640, height: 400 } });
    const result = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary',
        ),
      ].filter((el) => el.checkVisibility({ opacityProperty: false, visibilityProperty: true }));
      // A control is off the screen if it lies past the edge and no scrolling panel holds it.
      const offScreen = controls
        .filter((el) => {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || (box.left >= -1 && box.right <= width + 1)) return false;
          for (let p = el.parentElement; p; p = p.parentElement) {
            const overflow = getComputedStyle(p).overflowX;
            if (overflow === 'auto' || overflow === 'scroll') return false;
          }
          return true;
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      return { width, scrollWidth, controls: controls.length, offScreen };
    });
    expect(result.scrollWidth, `${path} at 640 px: page width`).toBeLessThanOrEqual(result.width);
    expect(result.offScreen, `${path} at 640 px: controls off the screen`).toEqual([]);
    if (!path.startsWith('/embed/')) {
      // The navigation still works at this size.
      const nav = page.getByRole('navigation', { name: 'Views' });
      const target = path === '/sources' ? 'Data' : 'Sources';
      await nav.getByRole('link', { name: target, exact: true }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe(target);
    }
    recordReliability('zoom', { path, zoom: '200%', width: 640, controls: result.controls });
    await expectClean(page);
  });
});
