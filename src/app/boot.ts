/**
 * The page's first script. Every page is pre-rendered, so its facts and charts are on screen
 * before any JavaScript runs: the app (React and the views) is fetched only once the browser has
 * painted that content, so it never competes with the HTML and CSS for the first paint (issue 8:
 * LCP). The stylesheet is imported here so that it stays a <link> in the page's head.
 *
 * index.html loads this script `async`, and the build gives it a low priority (vite.config.ts).
 * At low priority the browser fetches the stylesheet first; `async` runs the script in a task of
 * its own as soon as it arrives, where a deferred module runs inside the task that lays the page
 * out for its first paint, and delays that paint.
 */
import './styles.scss';

/**
 * The data the page was drawn from, named by a tag in its head (scripts/prerender.mjs), asked for
 * beside the app's code; null when the page names none or it cannot be had.
 */
function loadState(): Promise<unknown> {
  const url = document.querySelector<HTMLMetaElement>('meta[name="app-state"]')?.content;
  if (!url) return Promise.resolve(null);
  return fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
    .catch(() => null);
}

const start = () => {
  const state = loadState();
  void import('./main').then(({ start: startApp }) => startApp(state));
};

/** Resolves at the first contentful paint, or after `ms` if the browser never reports one (a hidden tab). */
function afterFirstPaint(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    const done = () => {
      window.clearTimeout(timer);
      resolve();
    };
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      window.requestAnimationFrame(() => window.setTimeout(done, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      done();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/** Resolves once the whole page is parsed: this script is async (index.html), so it may run before. */
function afterParsing(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

void afterParsing().then(() => {
  // A page with nothing pre-rendered (a route the build does not know) has nothing to paint first.
  if (document.getElementById('root')?.firstElementChild) void afterFirstPaint(1500).then(start);
  else start();
});
