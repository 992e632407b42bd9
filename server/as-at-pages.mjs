// A shared link's date from the first paint: `/?asAt=2019-08-01` is rendered on the server for that
// day, so the page says "1 August 2019" before and without JavaScript (issue 20).
//
// Why render per request rather than pick one of a set of pre-rendered pages: the state does change
// only on the data's change dates, but the page does not. It names the requested day, draws the
// as-at marker at that day and counts time to it ("for 2 years"). A page pre-rendered for the last
// change date with its date text rewritten would put a marker on a day the reader did not ask for,
// and a blind rewrite of "29 July 2019" would also change the event of that day. Rendering the
// requested day is the only page that is true in every part; it costs one render (tens of ms) per
// new (route, day), and a small cache keeps the ones asked for again.
//
// A bad `asAt` (malformed, not a real date, out of the record's years) is rendered with the default
// date and the notice the browser shows (src/ui/AsAtNotice.tsx); the notice never echoes the input,
// so one page per kind of problem is enough, rendered for a stand-in value of that kind.
//
// Without dist/.server/as-at.json or its server bundle (a static host, or a copied dist/), nothing
// here runs and the pre-rendered default page is served; the browser then moves to the link's date.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Rendered pages kept in memory (each about 100 KiB with its compressed copies). */
export const CACHE_SIZE = 200;

/** A value of each kind of problem, rendered instead of the reader's own (see above). */
const STAND_INS = { malformed: 'x', 'not-a-real-date': '2019-02-30', 'out-of-range': '1000-01-01' };

const escapeAttribute = (s) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Load the per-request renderer for the site in `root`, or null when the build left none.
 * @returns {Promise<null | { handles: (pathname: string) => boolean, page: (pathname: string, search: string) => Promise<null | { identity: Buffer, gzip: Buffer, br: Buffer, etag: string }> }>}
 */
export async function loadAsAtPages(root, { log = console } = {}) {
  const manifestFile = join(root, '.server', 'as-at.json');
  if (!existsSync(manifestFile)) return null;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const entry = resolve(root, manifest.entry);
  if (!existsSync(entry)) {
    log.warn(`serve: ${entry} is missing; shared links' dates are shown once JavaScript runs.`);
    return null;
  }
  // React picks its build by NODE_ENV when first loaded: unset, it is the development build, which
  // checks every property of every element and renders a page several times slower (issue 20: a
  // first request for a new date took 0.4-1.8 s under load). The production server renders with
  // the production build unless told otherwise.
  process.env.NODE_ENV ??= 'production';
  const ssr = await import(pathToFileURL(entry).href);
  const readData = (file) => JSON.parse(readFileSync(join(root, 'data', file), 'utf8'));
  const meta = readData('meta.json');
  const routes = new Map();
  for (const [path, { shell, data }] of Object.entries(manifest.routes)) {
    const files = Object.fromEntries(data.map((file) => [file, readData(file)]));
    const html = readFileSync(join(root, '.server', shell), 'utf8');
    if (!html.includes('<!--app-html-->')) throw new Error(`${shell} has no <!--app-html--> slot`);
    routes.set(path, { files, shell: html });
  }
  for (const [problem, value] of Object.entries(STAND_INS)) {
    const checked = ssr.checkAsAt(value, meta.coverage);
    if (checked.kind !== 'problem' || checked.problem !== problem)
      throw new Error(`stand-in ${value} is not ${problem}`);
  }

  /** The route a request path names: `/timeline/`, `/timeline` and `/timeline/index.html` alike. */
  const routeOf = (pathname) => {
    const path = pathname.replace(/\/index\.html$/, '/').replace(/(.)\/+$/, '$1');
    return routes.has(path) ? path : undefined;
  };

  const cache = new Map();
  const render = async (path, search) => {
    const { files, shell } = routes.get(path);
    const { html } = await ssr.renderRoute(path, files, search);
    const page = shell
      .replace('<!--app-html-->', html)
      .replace(
        '</head>',
        `<meta name="app-search" content="${escapeAttribute(search)}" />\n  </head>`,
      );
    const identity = Buffer.from(page);
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    return {
      identity,
      gzip: gzipSync(identity, { level: 9 }),
      br: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      etag: hash,
    };
  };

  const pages = {
    handles: (pathname) => routeOf(pathname) !== undefined,
    /**
     * The page for `pathname` and the request's query string, or null when the pre-rendered page
     * is the right one (no `asAt`, or the default date).
     */
    async page(pathname, search) {
      const path = routeOf(pathname);
      if (!path) return null;
      const raw = new URLSearchParams(search).get('asAt');
      const checked = ssr.checkAsAt(raw, meta.coverage);
      if (checked.kind === 'absent') return null;
      if (checked.kind === 'date' && checked.date === meta.defaultAsAt) return null;
      const value = checked.kind === 'date' ? checked.date : STAND_INS[checked.problem];
      const key = `${path} ${value}`;
      let pending = cache.get(key);
      if (pending) {
        cache.delete(key); // most recently used goes last
      } else {
        pending = render(path, new URLSearchParams({ asAt: value }).toString());
        pending.catch(() => cache.delete(key));
      }
      cache.set(key, pending);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
      return pending;
    },
  };

  // A route's first render also loads its views' code and warms the JavaScript engine (about a
  // second on a loaded machine, against tens of ms after). Done once per route, one at a time,
  // after the server starts, for the page a malformed `asAt` gets, which is then cached.
  warm = (async () => {
    for (const path of routes.keys()) {
      try {
        await pages.page(path, `asAt=${STAND_INS.malformed}`);
      } catch (error) {
        log.warn(`serve: rendering ${path} ahead failed: ${error?.message ?? error}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return pages;
}

/** Settles when the routes' first renders after loading are done (see loadAsAtPages). */
let warm = Promise.resolve();
export const warmedUp = () => warm;
