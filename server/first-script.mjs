// The one inline script an app page carries, and the Content-Security-Policy hash that lets it run.
//
// Every page is pre-rendered, so its facts and charts are on screen before any JavaScript runs.
// No script is fetched until the browser has painted them: a page's HTML names none, only this
// inline script, which then imports the app's first module (src/app/boot.ts) and preloads the
// modules that one loads. A script named in the HTML is fetched beside the stylesheet, and the
// first paint shares the connection with it (issue 8: LCP).
//
// scripts/prerender.mjs puts it in each app page (scripts/page-head.mjs); server/headers.mjs allows
// exactly this text by its hash. It is kept as text, not as a function written out with
// toString(): the build and the test runner transform modules (a dynamic import() among them),
// and the hash must be of the very characters the page carries.
import { createHash } from 'node:crypto';

/** The <meta> that lists the app's code: the module to import first, then those it loads. */
export const APP_CODE_META = 'app-code';

/**
 * A function of (load, ms): once the page is parsed and painted (or after `ms` if the browser
 * never reports a paint, as in a hidden tab; at once if nothing was pre-rendered), it preloads
 * every module the app-code tag lists but the first, and loads the first with `load`.
 */
export const LOADER = `function (load, ms) {
  var meta = document.querySelector('meta[name="${APP_CODE_META}"]');
  var urls = meta ? meta.content.split(' ').filter(Boolean) : [];
  var started = false;
  function start() {
    if (started || urls.length === 0) return;
    started = true;
    urls.slice(1).forEach(function (url) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = url;
      document.head.appendChild(link);
    });
    load(urls[0]);
  }
  function afterParsing() {
    var root = document.getElementById('root');
    if (!root || !root.firstElementChild) return start();
    setTimeout(start, ms);
    var P = window.PerformanceObserver;
    if (!P || !P.supportedEntryTypes || P.supportedEntryTypes.indexOf('paint') < 0) {
      return requestAnimationFrame(function () { setTimeout(start, 0); });
    }
    var observer = new P(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterParsing);
  else afterParsing();
}`;

/** The inline script's text, exactly as each app page carries it. */
export const FIRST_SCRIPT = `(${LOADER})(function (url) { return import(url); }, 1500);`;

/** The script-src source that allows FIRST_SCRIPT, and no other inline script. */
export const FIRST_SCRIPT_HASH = `'sha256-${createHash('sha256').update(FIRST_SCRIPT).digest('base64')}'`;
