// server/first-script.mjs: the inline script each app page carries. It loads the app only once the
// pre-rendered page has been parsed and painted, preloading the modules the app needs, and the
// Content-Security-Policy allows exactly its text.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCRIPT, FIRST_SCRIPT_HASH, LOADER } from '../../server/first-script.mjs';
import { headersFor } from '../../server/headers.mjs';

type Loader = (load: (url: string) => void, ms: number) => void;
// The loader's own text, made a function here as the page makes it one.
const loader = new Function(`return ${LOADER}`)() as Loader;

const CODE = ['/assets/boot-1.js', '/assets/app-2.js', '/assets/react-3.js'];

/** Stands in for the browser's PerformanceObserver: `paint()` reports a first contentful paint. */
class FakeObserver {
  static supportedEntryTypes = ['paint'];
  static instances: FakeObserver[] = [];
  disconnected = false;
  constructor(
    private readonly callback: (list: { getEntriesByName(name: string): unknown[] }) => void,
  ) {
    FakeObserver.instances.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  report(name: string) {
    this.callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
  }
}

let readyState: DocumentReadyState = 'complete';
Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState });

function page({
  prerendered = true,
  code = CODE,
}: { prerendered?: boolean; code?: string[] } = {}) {
  document.head.innerHTML = code.length ? `<meta name="app-code" content="${code.join(' ')}">` : '';
  document.body.innerHTML = `<div id="root">${prerendered ? '<p>Facts</p>' : ''}</div>`;
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => [
    link.getAttribute('href'),
    link.crossOrigin,
  ]);

describe('the first script (server/first-script.mjs)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeObserver.instances = [];
    vi.stubGlobal('PerformanceObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    readyState = 'complete';
  });

  it('loads nothing until the page has painted, then the entry, preloading the rest', () => {
    page();
    const load = vi.fn();
    loader(load, 1500);
    expect(load).not.toHaveBeenCalled();
    expect(preloads()).toEqual([]);

    FakeObserver.instances[0]!.report('first-paint');
    expect(load).not.toHaveBeenCalled();
    FakeObserver.instances[0]!.report('first-contentful-paint');
    expect(load.mock.calls).toEqual([['/assets/boot-1.js']]);
    expect(preloads()).toEqual([
      ['/assets/app-2.js', ''],
      ['/assets/react-3.js', ''],
    ]);
    expect(FakeObserver.instances[0]!.disconnected).toBe(true);

    vi.advanceTimersByTime(5000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits for the rest of the page while it is still being parsed', () => {
    readyState = 'loading';
    page();
    const load = vi.fn();
    loader(load, 1500);
    expect(FakeObserver.instances).toHaveLength(0);

    readyState = 'interactive';
    document.dispatchEvent(new Event('DOMContentLoaded'));
    FakeObserver.instances[0]!.report('first-contentful-paint');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the app after a while if the browser never reports a paint (a hidden tab)', () => {
    page();
    const load = vi.fn();
    loader(load, 1500);
    vi.advanceTimersByTime(1499);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(load).toHaveBeenCalledTimes(1);
    FakeObserver.instances[0]!.report('first-contentful-paint');
    expect(load).toHaveBeenCalledTimes(1);
    expect(preloads()).toHaveLength(2);
  });

  it('loads the app at once on a page with nothing pre-rendered', () => {
    page({ prerendered: false });
    const load = vi.fn();
    loader(load, 1500);
    expect(load.mock.calls).toEqual([['/assets/boot-1.js']]);
  });

  it('waits a frame where the browser cannot report paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    page();
    const load = vi.fn();
    loader(load, 1500);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a page that lists no code', () => {
    page({ code: [] });
    const load = vi.fn();
    loader(load, 1500);
    FakeObserver.instances[0]?.report('first-contentful-paint');
    vi.advanceTimersByTime(5000);
    expect(load).not.toHaveBeenCalled();
  });

  it('is allowed by its hash in every page’s Content-Security-Policy, and no other inline script is', () => {
    expect(FIRST_SCRIPT.startsWith(`(${LOADER})(`)).toBe(true);
    const hash = `'sha256-${createHash('sha256').update(FIRST_SCRIPT).digest('base64')}'`;
    expect(FIRST_SCRIPT_HASH).toBe(hash);
    for (const path of ['/', '/timeline/', '/embed/timeline/']) {
      const scriptSrc =
        headersFor(path)['Content-Security-Policy']!.match(/script-src ([^;]+)/)![1];
      expect(scriptSrc).toBe(`'self' ${hash}`);
    }
  });
});
