// Security and cache headers: the one definition used by the production server (server/serve.mjs)
// and by the `_headers` file written into dist/ for static hosts (Netlify, Cloudflare Pages).
//
// App pages may only be framed by this site; embed pages (/embed.html, /embed/*) may be framed by
// anyone, so they get `frame-ancestors *` and neither X-Frame-Options nor the opener policy.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIRST_SCRIPT_HASH } from './first-script.mjs';

/**
 * Content-Security-Policy directives shared by every page; frame-ancestors is added per page.
 *
 * No report-uri / report-to: a static host (the `_headers` file below) has nowhere to receive
 * reports, and an endpoint in server/serve.mjs would be the one URL that takes unauthenticated
 * POST bodies from anyone, to be bounded and stored, on a site that otherwise only reads files.
 * Violations are caught before release instead: every browser test records
 * `securitypolicyviolation` events and fails on any (tests/e2e/browser.ts). A deployment that
 * wants reports should add a collector's URL here, on a host that can receive them.
 */
export const CSP_DIRECTIVES = Object.freeze([
  ['default-src', "'none'"],
  // Scripts from this site, and the one inline script each app page carries (first-script.mjs).
  ['script-src', `'self' ${FIRST_SCRIPT_HASH}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
]);

/** The Content-Security-Policy header value for an app page or an embed page. */
export function contentSecurityPolicy({ embed = false } = {}) {
  const directives = [...CSP_DIRECTIVES, ['frame-ancestors', embed ? '*' : "'self'"]];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** True for the embed pages, which other sites may put in an iframe. */
export function isEmbedPath(pathname) {
  return pathname === '/embed' || pathname === '/embed.html' || pathname.startsWith('/embed/');
}

/**
 * Files other sites may read: the built scripts and styles (an embed in a
 * `sandbox="allow-scripts"` frame has an opaque origin, so its crossorigin module script and
 * stylesheet are cross-origin requests) and the open data. Public, and sent without credentials.
 */
export function isCrossOriginPath(pathname) {
  return pathname.startsWith('/assets/') || pathname.startsWith('/data/');
}

const CROSS_ORIGIN = Object.freeze({ 'Access-Control-Allow-Origin': '*' });

const COMMON_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});

/**
 * The security headers for a request path (no cache headers: see cacheControlFor).
 * @param {string} pathname URL path, e.g. "/timeline/" or "/embed.html"
 * @returns {Record<string, string>}
 */
export function headersFor(pathname) {
  const cors = isCrossOriginPath(pathname) ? CROSS_ORIGIN : {};
  if (isEmbedPath(pathname)) {
    return { 'Content-Security-Policy': contentSecurityPolicy({ embed: true }), ...COMMON_HEADERS };
  }
  return {
    'Content-Security-Policy': contentSecurityPolicy({ embed: false }),
    ...COMMON_HEADERS,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    ...cors,
  };
}

/** Vite's content-hashed build output and versioned data: safe to cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, the latest /data/*.json, public files): cache but revalidate every time. */
export const REVALIDATE = 'no-cache';

/**
 * /data/v/<version>/<file>: the data as published under that version (scripts/prerender.mjs
 * copies it there for embeds to pin); a new version gets a new folder, so a file never changes.
 */
const VERSIONED_DATA = /^\/data\/v\/[^/]+\/[^/]+/;

/** The Cache-Control header value for a request path. */
export function cacheControlFor(pathname) {
  return pathname.startsWith('/assets/') || VERSIONED_DATA.test(pathname) ? IMMUTABLE : REVALIDATE;
}

/** Files in dist/ that are host configuration, not content. */
export const HOST_FILES = new Set(['_headers', '_redirects']);

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(abs, root);
      return entry.isFile() ? [relative(root, abs).split(sep).join('/')] : [];
    })
    .sort();
}

/** The URL paths under which a static host serves a file of dist/ (and so server/serve.mjs). */
export function urlPathsFor(file) {
  if (file === 'index.html') return ['/', '/index.html'];
  if (file.endsWith('/index.html')) {
    const dir = `/${file.slice(0, -'/index.html'.length)}`;
    return [dir, `${dir}/`, `/${file}`];
  }
  if (file.endsWith('.html')) return [`/${file.slice(0, -'.html'.length)}`, `/${file}`];
  return [`/${file}`];
}

function block(path, headers) {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join(
    '\n',
  );
}

/**
 * The text of a Netlify / Cloudflare Pages `_headers` file for a built dist/ folder.
 *
 * Hosts apply every rule whose path matches and join repeated headers with commas, so no two rules
 * may set the same header for one URL. The shared headers go on `/*`; the per-page ones (CSP,
 * X-Frame-Options, COOP, Cache-Control) on exact paths, `/assets/*` and `/embed/*`, which never
 * overlap.
 * @param {string} distDir
 * @returns {string}
 */
export function staticHeadersFile(distDir) {
  // /data/* alone carries the CORS header for everything under /data/, so the rules inside it
  // (/data/v/* and each /data/ file) leave it out.
  const perPage = (path, { cors = true } = {}) => {
    const own = Object.entries(headersFor(path)).filter(
      ([name]) => !(name in COMMON_HEADERS) && (cors || !(name in CROSS_ORIGIN)),
    );
    return { ...Object.fromEntries(own), 'Cache-Control': cacheControlFor(path) };
  };
  const blocks = [
    '# Written by server/headers.mjs (writeStaticHeaders) during the build: do not edit.',
    block('/*', COMMON_HEADERS),
    block('/assets/*', perPage('/assets/x')),
    block('/embed/*', perPage('/embed/x')),
    block('/data/*', CROSS_ORIGIN),
    block('/data/v/*', perPage('/data/v/x/y', { cors: false })),
  ];
  const seen = new Set(['/*', '/assets/*', '/embed/*', '/data/*', '/data/v/*']);
  for (const file of listFiles(distDir)) {
    if (HOST_FILES.has(file) || /^(assets|embed|data\/v)\//.test(file)) continue;
    // The build's brotli and gzip copies (scripts/compress.mjs) are not addresses of their own.
    if (/\.(br|gz)$/.test(file)) continue;
    for (const path of urlPathsFor(file)) {
      if (seen.has(path)) continue;
      seen.add(path);
      blocks.push(block(path, perPage(path, { cors: false })));
    }
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * Write `<distDir>/_headers` so a static host sends the same headers as server/serve.mjs.
 * Call it after everything else has been written to dist/ (it lists dist's files).
 * @param {string} distDir
 * @returns {string} the path of the file written
 */
export function writeStaticHeaders(distDir) {
  const file = join(distDir, '_headers');
  writeFileSync(file, staticHeadersFile(distDir));
  return file;
}
