// The files of the built site, read once when the server starts and answered from memory: ranges,
// conditional requests and the build's brotli/gzip files, as RFC 9110 asks.
//
// Why not sirv (what served dist/ before): it passed a Range header to fs.createReadStream
// unchecked, so `Range: bytes=2-1` threw in the stream and killed the process; it also sent the
// whole file for `bytes=0-0`, the first 101 bytes for `bytes=-100`, a compressed slice with an
// uncompressed Content-Range, and compared If-None-Match as one string. Its fix is unreleased.
// The site is a few megabytes (build output, see README), so holding it in memory costs less than
// a file system call per request, and no request reaches the disk or can make a stream throw.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { urlPathsFor } from './headers.mjs';

/** More than this in dist/ is not a site this server was written for: refuse to start. */
export const MAX_SITE_BYTES = 256 * 1024 * 1024;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
};
export const typeOf = (file) =>
  TYPES[posix.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The build's precompressed files (scripts/compress.mjs), by file suffix and Content-Encoding. */
export const ENCODINGS = Object.freeze([
  { suffix: '.br', coding: 'br' },
  { suffix: '.gz', coding: 'gzip' },
]);

function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(abs, root);
    return entry.isFile() ? [relative(root, abs).split(sep).join('/')] : [];
  });
}

const body = (data, tag) => ({ data, etag: `"${tag}"` });

/**
 * Every URL the site answers with 200, mapped to its bytes, read from `root`.
 * @param {string} root the dist/ folder
 * @param {{ exclude: (file: string) => boolean }} options files (relative, with /) to leave out
 * @returns {{ resources: Map<string, Resource>, bytes: number, read: (file: string) => Resource }}
 *
 * @typedef {{ data: Buffer, etag: string }} Body
 * @typedef {{ type: string, lastModified: string, mtime: number, identity: Body, encoded: Record<string, Body> }} Resource
 */
export function loadSite(root, { exclude }) {
  const files = listFiles(root);
  const present = new Set(files);
  let bytes = 0;
  const read = (file) => {
    const abs = join(root, file);
    const data = readFileSync(abs);
    const mtime = statSync(abs).mtime;
    // A strong validator from the content: the same file gets the same tag after a rebuild.
    const hash = createHash('sha256').update(data).digest('base64url').slice(0, 22);
    const encoded = {};
    bytes += data.length;
    for (const { suffix, coding } of ENCODINGS) {
      if (!present.has(file + suffix)) continue;
      const variant = readFileSync(join(root, file + suffix));
      bytes += variant.length;
      encoded[coding] = body(variant, `${hash}-${coding}`);
    }
    return {
      type: typeOf(file),
      lastModified: mtime.toUTCString(),
      mtime: Math.floor(mtime.getTime() / 1000),
      identity: body(data, hash),
      encoded,
    };
  };
  const resources = new Map();
  for (const file of files) {
    // x.js.br is an encoding of x.js, not a resource of its own.
    if (
      ENCODINGS.some(
        ({ suffix }) => file.endsWith(suffix) && present.has(file.slice(0, -suffix.length)),
      )
    )
      continue;
    if (exclude(file)) continue;
    const resource = read(file);
    for (const path of urlPathsFor(file)) resources.set(path, resource);
  }
  if (bytes > MAX_SITE_BYTES) {
    throw new Error(
      `${root} holds ${bytes} bytes, more than the ${MAX_SITE_BYTES} this server keeps in memory.`,
    );
  }
  return { resources, bytes, read };
}

/**
 * The request's path as a key of the site's map: percent-decoded, dot segments resolved, without
 * query or fragment. The absolute form (`GET http://host/path`), which HTTP/1.1 servers must
 * accept, gives its path. Undefined when the target is no path (`*`, a bad URL) or not
 * decodable: nothing is served for it.
 */
export function normalisePath(url = '/') {
  let target = url;
  if (/^https?:\/\//i.test(target)) {
    try {
      target = new URL(target).pathname;
    } catch {
      return undefined;
    }
  }
  const raw = target.split('?')[0].split('#')[0];
  if (!raw.startsWith('/')) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  // posix.normalize keeps a trailing slash and folds `//`, `/./` and `/../` (never above the root).
  return posix.normalize(decoded);
}

/** Weights of the codings in an Accept-Encoding header (q=0 refuses a coding). */
function acceptedCodings(header = '') {
  const weights = new Map();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    weights.set(name.trim(), q ? Number(q[1]) : 1);
  }
  return weights;
}

/** The coding to send: br, then gzip, whichever the client accepts and the build wrote; else none. */
export function chooseCoding(resource, acceptEncoding) {
  const weights = acceptedCodings(acceptEncoding);
  for (const { coding } of ENCODINGS) {
    if (!resource.encoded[coding]) continue;
    const q = weights.get(coding) ?? weights.get('*') ?? 0;
    if (q > 0) return coding;
  }
  return undefined;
}

/**
 * A Range header against a body of `size` bytes (RFC 9110 §14.2). One range is served; anything
 * else is ignored (the whole body is sent, as the RFC allows for any Range):
 *   { kind: 'ignore' }          not bytes, malformed, or several ranges
 *   { kind: 'unsatisfiable' }   416
 *   { kind: 'range', start, end } inclusive
 */
export function parseRange(header, size) {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'ignore' };
  // Number() of a long digit string is large or Infinity, never negative: compared, it clamps.
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] === '' ? Infinity : Number(match[2]);
  if (last < start || start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', start, end: Math.min(last, size - 1) };
}

const opaque = (tag) => tag.trim().replace(/^W\//, '');

/** If-None-Match (RFC 9110 §13.1.2): `*`, or any listed tag equal to ours (weak comparison). */
export function noneMatch(header, etag) {
  if (header.trim() === '*') return true;
  const ours = opaque(etag);
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === ours);
}

/** If-Range (§13.1.5): a strong tag equal to ours, or exactly our Last-Modified date. */
export function rangeStillValid(header, resource) {
  const value = header.trim();
  if (value.startsWith('"')) return value === resource.identity.etag;
  return value === resource.lastModified;
}
