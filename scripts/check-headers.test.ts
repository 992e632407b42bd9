// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  contentSecurityPolicy,
  headersFor,
  IMMUTABLE,
  isEmbedPath,
  staticHeadersFile,
  writeStaticHeaders,
} from '../server/headers.mjs';
import { FIRST_SCRIPT_HASH } from '../server/first-script.mjs';

const DIRECTIVES: Record<string, string> = {
  'default-src': "'none'",
  'script-src': `'self' ${FIRST_SCRIPT_HASH}`,
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self'",
  'font-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
};

function parseCsp(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

/** Parses a `_headers` file into path → headers. */
function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      expect(rules.has(line), `${line} appears twice in _headers`).toBe(false);
      current = {};
      rules.set(line, current);
      continue;
    }
    const match = /^ {2}([A-Za-z-]+): (.+)$/.exec(line);
    expect(match, `malformed _headers line: ${JSON.stringify(line)}`).not.toBeNull();
    expect(current, 'header line before any path').toBeDefined();
    current![match![1]!] = match![2]!;
  }
  return rules;
}

describe('headersFor', () => {
  it.each([
    '/',
    '/timeline',
    '/timeline/',
    '/data',
    '/data/meta.json',
    '/assets/index-abc.js',
    '/nope',
  ])('gives the app page %s frame-ancestors self, X-Frame-Options and COOP', (path) => {
    const headers = headersFor(path);
    expect(parseCsp(headers['Content-Security-Policy']!)['frame-ancestors']).toBe("'self'");
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headers['Cross-Origin-Opener-Policy']).toBe('same-origin');
  });

  it.each(['/embed.html', '/embed', '/embed/timeline', '/embed/ratings.html'])(
    'lets any site frame the embed page %s',
    (path) => {
      expect(isEmbedPath(path)).toBe(true);
      const headers = headersFor(path);
      expect(parseCsp(headers['Content-Security-Policy']!)['frame-ancestors']).toBe('*');
      expect(headers).not.toHaveProperty('X-Frame-Options');
      expect(headers).not.toHaveProperty('Cross-Origin-Opener-Policy');
    },
  );

  it('does not treat lookalike paths as embeds', () => {
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(isEmbedPath('/timeline/embed.html')).toBe(false);
  });

  it.each([
    ['app', '/'],
    ['embed', '/embed.html'],
  ])('gives the %s page every CSP directive exactly once', (_kind, path) => {
    const policy = headersFor(path)['Content-Security-Policy']!;
    const names = policy.split(';').map((part) => part.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
    const parsed = parseCsp(policy);
    for (const [name, value] of Object.entries(DIRECTIVES)) expect(parsed[name], name).toBe(value);
    expect(Object.keys(parsed).sort()).toEqual(
      [...Object.keys(DIRECTIVES), 'frame-ancestors'].sort(),
    );
  });

  it('sends the same shared headers to app and embed pages', () => {
    for (const path of ['/', '/embed.html']) {
      expect(headersFor(path)).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
      });
    }
  });

  it('builds the exact policy strings', () => {
    expect(contentSecurityPolicy()).toBe(
      `default-src 'none'; script-src 'self' ${FIRST_SCRIPT_HASH}; ` +
        "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
    );
    expect(contentSecurityPolicy({ embed: true })).toMatch(/; frame-ancestors \*$/);
  });
});

describe('cacheControlFor', () => {
  it('caches hashed assets and versioned data for a year and revalidates everything else', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('/data/v/1.0.0/meta.json')).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/',
      '/timeline/',
      '/data/',
      '/data/meta.json',
      '/data/v/',
      '/data/v/1.0.0/',
      '/embed.html',
      '/favicon.svg',
    ]) {
      expect(cacheControlFor(path), path).toBe('no-cache');
    }
  });
});

describe('isCrossOriginPath', () => {
  it('lets other origins read assets and data, not pages', () => {
    for (const path of [
      '/assets/embed-abc.js',
      '/assets/embed-abc.css',
      '/data/meta.json',
      '/data/v/1.0.0/meta.json',
    ]) {
      expect(headersFor(path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    for (const path of [
      '/',
      '/timeline/',
      '/embed.html',
      '/embed/timeline/',
      '/favicon.svg',
      '/assetsx',
    ]) {
      expect(headersFor(path), path).not.toHaveProperty('Access-Control-Allow-Origin');
    }
  });
});

describe('writeStaticHeaders', () => {
  let dist: string | undefined;
  afterEach(() => {
    if (dist) rmSync(dist, { recursive: true, force: true });
    dist = undefined;
  });

  function makeDist(files: string[]): string {
    dist = mkdtempSync(join(tmpdir(), 'headers-dist-'));
    for (const file of files) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), 'x');
    }
    return dist;
  }

  it('writes _headers with the same headers the server sends, in rules that never overlap', () => {
    const dir = makeDist([
      'index.html',
      'timeline/index.html',
      'data/index.html',
      'data/meta.json',
      'data/meta.json.br',
      'data/v/1.0.0/meta.json',
      '404.html',
      '404.html.gz',
      'embed.html',
      'assets/index-abc123.js',
      'assets/index-abc123.js.br',
      'favicon.svg',
    ]);
    const file = writeStaticHeaders(dir);
    expect(file).toBe(join(dir, '_headers'));
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(staticHeadersFile(dir));
    const rules = parseHeadersFile(text);

    // Shared headers once, for everything.
    expect(rules.get('/*')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    });
    // Only /* may carry those; only one rule per URL may carry the rest (hosts join duplicates).
    for (const [path, headers] of rules) {
      if (path === '/*') continue;
      expect(Object.keys(headers), path).not.toContain('X-Content-Type-Options');
      expect(Object.keys(headers), path).not.toContain('Referrer-Policy');
      expect(Object.keys(headers), path).not.toContain('Permissions-Policy');
    }

    for (const path of [
      '/',
      '/index.html',
      '/timeline',
      '/timeline/',
      '/data',
      '/data/',
      '/data/meta.json',
      '/404.html',
      '/favicon.svg',
    ]) {
      expect(rules.get(path), path).toEqual({
        'Content-Security-Policy': contentSecurityPolicy(),
        'Cross-Origin-Opener-Policy': 'same-origin',
        'X-Frame-Options': 'SAMEORIGIN',
        'Cache-Control': 'no-cache',
      });
    }
    for (const path of ['/embed.html', '/embed', '/embed/*']) {
      expect(rules.get(path), path).toEqual({
        'Content-Security-Policy': contentSecurityPolicy({ embed: true }),
        'Cache-Control': 'no-cache',
      });
    }
    expect(rules.get('/assets/*')).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': IMMUTABLE,
      'Access-Control-Allow-Origin': '*',
    });
    // /data/* alone carries CORS for everything under /data/; /data/v/* is cached for good.
    expect(rules.get('/data/*')).toEqual({ 'Access-Control-Allow-Origin': '*' });
    expect(rules.get('/data/v/*')).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'SAMEORIGIN',
      'Cache-Control': IMMUTABLE,
    });
    for (const [path, headers] of rules) {
      if (path === '/data/*' || path === '/assets/*') continue;
      expect(Object.keys(headers), path).not.toContain('Access-Control-Allow-Origin');
    }
    // Hashed assets and versioned data are covered by their globs, not listed one by one; the
    // build's .br and .gz copies are no addresses of their own.
    for (const path of [
      '/assets/index-abc123.js',
      '/data/v/1.0.0/meta.json',
      '/data/meta.json.br',
      '/404.html.gz',
      '/assets/index-abc123.js.br',
    ]) {
      expect(rules.has(path), path).toBe(false);
    }
  });

  it('does not list the _headers file itself, and is stable when run twice', () => {
    const dir = makeDist(['index.html']);
    writeStaticHeaders(dir);
    const first = readFileSync(join(dir, '_headers'), 'utf8');
    writeStaticHeaders(dir);
    expect(readFileSync(join(dir, '_headers'), 'utf8')).toBe(first);
    expect(parseHeadersFile(first).has('/_headers')).toBe(false);
  });
});
