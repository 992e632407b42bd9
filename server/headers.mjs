// Security and cache headers: the one definition used by the production server (server/serve.mjs)
// and by the `_headers` file written into dist/ for static hosts (Netlify, Cloudflare Pages).
//
// App pages may only be framed by this site; embed pages (/embed.html, /embed/*) may be framed by
// anyone, so they get `frame-ancestors *` and neither X-Frame-Options nor the opener policy.
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FIRST_SCRIPT_HASH } from './first-script.mjs';

/** Content-Security-Policy directives shared by every page; frame-ancestors is added per page. */
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
  if (isEmbedPath(pathname)) {
    return { 'Content-Security-Policy': contentSecurityPolicy({ embed: true }), ...COMMON_HEADERS };
  }
  return {
    'Content-Security-Policy': contentSecurityPolicy({ embed: false }),
    ...COMMON_HEADERS,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

/** Vite's content-hashed build output: safe to cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, /data/*.json, public files): cache but revalidate every time. */
export const REVALIDATE = 'no-cache';

/** The Cache-Control header value for a request path. */
export function cacheControlFor(pathname) {
  return pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

/** Files in dist/ that are host configuration, not content. */
const HOST_FILES = new Set(['_headers', '_redirects']);

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(abs, root);
      return entry.isFile() ? [relative(root, abs).split(sep).join('/')] : [];
    })
    .sort();
}

/** The URL paths under which a static host serves a file of dist/. */
function urlPathsFor(file) {
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
  const perPage = (path) => {
    const own = Object.entries(headersFor(path)).filter(([name]) => !(name in COMMON_HEADERS));
    return { ...Object.fromEntries(own), 'Cache-Control': cacheControlFor(path) };
  };
  const blocks = [
    '# Written by server/headers.mjs (writeStaticHeaders) during the build: do not edit.',
    block('/*', COMMON_HEADERS),
    block('/assets/*', perPage('/assets/x')),
    block('/embed/*', perPage('/embed/x')),
  ];
  const seen = new Set(['/*', '/assets/*', '/embed/*']);
  for (const file of listFiles(distDir)) {
    if (HOST_FILES.has(file) || file.startsWith('assets/') || file.startsWith('embed/')) continue;
    for (const path of urlPathsFor(file)) {
      if (seen.has(path)) continue;
      seen.add(path);
      blocks.push(block(path, perPage(path)));
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
