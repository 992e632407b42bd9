// oEmbed (https://oembed.com): `/oembed?url=<a chart page or embed on this site>&maxwidth=&maxheight=`
// answers with the JSON a CMS (WordPress, Ghost, Notion…) needs to embed that chart: type "rich",
// an iframe to /embed/<chart>/ carrying the address's view parameters, a size within maxwidth and
// maxheight, and the chart's preview picture as its thumbnail.
//
// The build writes what this needs to dist/.server/oembed.json (scripts/link-previews.mjs): each
// chart's title and iframe size, and which charts each app page shows (its first is the page's
// own). Pure functions here; server/serve.mjs only sends what oembedAnswer returns.
//
// A static host has no /oembed: see README, "Embedding a chart" (the build also writes
// /oembed/<chart>.json for each chart's default view when it knows the site's address).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The width of the iframe when the consumer sets no maxwidth (the embed reflows to any width). */
export const DEFAULT_WIDTH = 720;
/** The preview picture of each chart (scripts/link-previews.mjs), its thumbnail. */
export const PREVIEW_SIZE = Object.freeze({ width: 1200, height: 630 });
export const previewPath = (chart) => `/previews/${chart}.png`;
/** Longer addresses are refused: no chart view needs more. */
export const MAX_URL_LENGTH = 2000;
/** Parameters that never go from an app page into an embed's address (src/lib/embedCode.ts). */
const NOT_CARRIED_FROM_PAGE = new Set(['chart', 'v', 'theme']);

/**
 * The manifest the build wrote, or null (a build without it, e.g. an old dist/).
 * @returns {null | OembedManifest}
 */
export function loadOembedManifest(root) {
  const file = join(root, '.server', 'oembed.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/**
 * @typedef {{
 *   provider: { name: string, origin: string | null },
 *   charts: Record<string, { title: string, height: number }>,
 *   pages: Record<string, string[]>,
 * }} OembedManifest
 */

const escapeAttribute = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/**
 * Which chart an address shows and the view parameters its embed carries, or null if it is not a
 * chart on this site. `origins` are the site's own (the request's, and the configured one).
 * @param {string} raw the `url` parameter
 * @param {string[]} origins
 * @param {OembedManifest} manifest
 * @returns {null | { origin: string, chart: string, params: URLSearchParams }}
 */
export function chartForUrl(raw, origins, manifest) {
  let url;
  try {
    // A path alone ("/timeline/") is read against the site's own address, as a browser would.
    url = new URL(raw, origins[0]);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  // Ours whether asked for over http or https: a proxy in front may end TLS.
  if (!origins.some((origin) => new URL(origin).host === url.host)) return null;
  const isChart = (name) => typeof name === 'string' && Object.hasOwn(manifest.charts, name);
  const params = new URLSearchParams();
  const embed = /^\/embed\/([a-z-]+)\/?$/.exec(url.pathname);
  if (embed || url.pathname === '/embed.html' || url.pathname === '/embed') {
    const chart = embed ? embed[1] : url.searchParams.get('chart');
    if (!isChart(chart)) return null;
    for (const [key, value] of url.searchParams) if (key !== 'chart') params.append(key, value);
    return { origin: url.origin, chart, params };
  }
  const path = url.pathname.replace(/\/index\.html$/, '/').replace(/(.)\/+$/, '$1');
  const charts = Object.hasOwn(manifest.pages, path) ? manifest.pages[path] : undefined;
  if (!charts || charts.length === 0) return null;
  const asked = url.searchParams.get('chart');
  const chart = asked !== null && charts.includes(asked) ? asked : charts[0];
  for (const [key, value] of url.searchParams)
    if (!NOT_CARRIED_FROM_PAGE.has(key) && value !== '') params.append(key, value);
  return { origin: url.origin, chart, params };
}

/** A positive whole number of pixels, or undefined if absent; throws a message if malformed. */
function readSize(params, name) {
  const value = params.get(name);
  if (value === null || value === '') return undefined;
  if (!/^[1-9]\d{0,4}$/.test(value))
    throw new Error(
      `${name} must be a whole number of pixels between 1 and 99999, e.g. ${name}=600; "${value.slice(0, 40)}" is not`,
    );
  return Number(value);
}

/**
 * The oEmbed response for a chart at a size (also the static /oembed/<chart>.json).
 * @param {{ origin: string, chart: string, params?: URLSearchParams, maxwidth?: number, maxheight?: number }} request
 * @param {OembedManifest} manifest
 */
export function oembedJson({ origin, chart, params, maxwidth, maxheight }, manifest) {
  const { title, height: naturalHeight } = manifest.charts[chart];
  const query = params?.toString() ?? '';
  const src = `${origin}/embed/${chart}/${query ? `?${query}` : ''}`;
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? Infinity);
  const height = Math.min(naturalHeight, maxheight ?? Infinity);
  const provider = manifest.provider.origin ?? origin;
  return {
    version: '1.0',
    type: 'rich',
    provider_name: manifest.provider.name,
    provider_url: `${provider}/`,
    title,
    html: `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width}" height="${height}" style="width:100%;max-width:${width}px;height:${height}px;border:0" loading="lazy" data-northants-csc-embed></iframe>`,
    width,
    height,
    thumbnail_url: `${origin}${previewPath(chart)}`,
    thumbnail_width: PREVIEW_SIZE.width,
    thumbnail_height: PREVIEW_SIZE.height,
  };
}

/**
 * The answer to one /oembed request: a status and a JSON body (200) or a plain-text message.
 * @param {string} search the request's query string, without "?"
 * @param {{ origins: string[], manifest: OembedManifest }} site
 * @returns {{ status: number, json?: object, message?: string }}
 */
export function oembedAnswer(search, { origins, manifest }) {
  const params = new URLSearchParams(search);
  const format = params.get('format');
  if (format !== null && format !== 'json')
    return {
      status: 501,
      message: `Only format=json is offered; format=${format.slice(0, 40)} is not.`,
    };
  const url = params.get('url');
  if (url === null || url === '')
    return {
      status: 400,
      message: 'Give the address of a chart on this site: /oembed?url=<address>.',
    };
  if (url.length > MAX_URL_LENGTH)
    return { status: 400, message: `url is longer than ${MAX_URL_LENGTH} characters.` };
  let maxwidth;
  let maxheight;
  try {
    maxwidth = readSize(params, 'maxwidth');
    maxheight = readSize(params, 'maxheight');
  } catch (error) {
    return { status: 400, message: `${error.message}.` };
  }
  const found = chartForUrl(url, origins, manifest);
  if (!found) return { status: 404, message: 'That address is not a chart on this site.' };
  return { status: 200, json: oembedJson({ ...found, maxwidth, maxheight }, manifest) };
}
