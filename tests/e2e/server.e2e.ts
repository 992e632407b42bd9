// The production server (server/serve.mjs) serving the built dist/: status codes, security
// headers, cache headers and gzip, checked on the wire with node:http (fetch would hide encodings).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { APP_CODE_META, FIRST_SCRIPT } from '../../server/first-script.mjs';
import { contentSecurityPolicy, headersFor, IMMUTABLE } from '../../server/headers.mjs';
import { recordReliability } from '../reliability/record';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  const url = new URL(path, inject('baseUrl'));
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const APP_CSP = contentSecurityPolicy({ embed: false });
const EMBED_CSP = contentSecurityPolicy({ embed: true });

function expectSecurityHeaders(headers: IncomingHttpHeaders, kind: 'app' | 'embed', where: string) {
  expect(headers['content-security-policy']).toBe(kind === 'app' ? APP_CSP : EMBED_CSP);
  expect(headers['content-security-policy']).toContain(
    kind === 'app' ? "frame-ancestors 'self'" : 'frame-ancestors *',
  );
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
  if (kind === 'app') {
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  } else {
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['cross-origin-opener-policy']).toBeUndefined();
  }
  recordReliability('headers', {
    where,
    kind,
    headers: [
      'content-security-policy',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'x-frame-options',
      'cross-origin-opener-policy',
    ],
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

const distDir = inject('distDir');
const hasEmbed = existsSync(join(distDir, 'embed.html'));

describe('production server', () => {
  it.each(ROUTES.map((route) => route.path))(
    'serves %s as HTML with the app security headers',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expectSecurityHeaders(res.headers, 'app', path);
    },
  );

  it.each(ROUTES.filter((route) => route.path !== '/').map((route) => `${route.path}/`))(
    'serves %s (trailing slash) too',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(200);
      expectSecurityHeaders(res.headers, 'app', path);
    },
  );

  if (hasEmbed) {
    it('serves /embed.html framable by any site (frame-ancestors *, no X-Frame-Options)', async () => {
      const res = await get('/embed.html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(res.headers, 'embed', '/embed.html');
    });
  } else {
    it('gives /embed.html frame-ancestors * (dist has no embed.html: checks headersFor and the 404)', async () => {
      const headers = Object.fromEntries(
        Object.entries(headersFor('/embed.html')).map(([name, value]) => [
          name.toLowerCase(),
          value,
        ]),
      );
      expectSecurityHeaders(headers, 'embed', 'headersFor("/embed.html")');
      const res = await get('/embed.html');
      expect(res.status).toBe(404);
      expectSecurityHeaders(res.headers, 'embed', '/embed.html (404)');
    });
  }

  it('serves /data/meta.json as JSON, revalidated, with the security headers', async () => {
    const res = await get('/data/meta.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers, 'app', '/data/meta.json');
    expect(() => JSON.parse(res.body.toString('utf8'))).not.toThrow();
  });

  it('caches hashed /assets/ files for a year', async () => {
    const asset = listFiles(join(distDir, 'assets'))[0];
    expect(asset, 'dist/assets/ has no files').toBeDefined();
    const res = await get(`/assets/${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expectSecurityHeaders(res.headers, 'app', `/assets/${asset}`);
  });

  it('gzips when the client sends Accept-Encoding: gzip, and only then', async () => {
    // The largest script or stylesheet: well over compression's 1 KB threshold.
    const [largest] = listFiles(join(distDir, 'assets'))
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => ({ file, size: statSync(join(distDir, 'assets', file)).size }))
      .sort((a, b) => b.size - a.size);
    expect(largest, 'dist/assets/ has no .js or .css file').toBeDefined();
    expect(largest!.size).toBeGreaterThan(1024);
    const path = `/assets/${largest!.file}`;
    const original = readFileSync(join(distDir, 'assets', largest!.file));

    const gzipped = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(gzipped.body.length).toBeLessThan(original.length);
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
    expectSecurityHeaders(gzipped.headers, 'app', `${path} (gzip)`);

    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it.each(['/no-such-page', '/timeline/nope', '/data/no-such-file.json', '/_headers'])(
    'answers %s with a 404 page carrying the security headers',
    async (path) => {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(res.headers, 'app', path);
      expect(res.body.toString('utf8')).toMatch(/<h1[\s>]/);
    },
  );

  // What the first paint waits for (issue 8: LCP). A new TCP connection delivers about ten
  // segments of 1,460 bytes in its first round trip; a stylesheet any bigger costs another.
  const FIRST_ROUND_TRIP_BYTES = 10 * 1460;
  it.each([...ROUTES.map((route) => route.path), '/no-such-page'])(
    '%s names no script to fetch, only one stylesheet that arrives in one round trip, and lists the app to load after painting',
    async (path) => {
      const html = (await get(path)).body.toString('utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
      expect(html).not.toMatch(/<link[^>]*modulepreload/);
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(inline.map((m) => [m[1], m[2]])).toEqual([[' type="module" async', FIRST_SCRIPT]]);
      // Nothing else is fetched before the first paint: the icon is in the page.
      expect(head).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
      expect([...head.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1])).toEqual([
        expect.stringMatching(/^\/assets\/[^/]+\.css$/),
      ]);
      const stylesheets = [...head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      expect(stylesheets).toHaveLength(1);
      const css = await get(stylesheets[0]!, { 'Accept-Encoding': 'gzip' });
      expect(css.status).toBe(200);
      const headerBytes = Object.entries(css.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 17);
      expect(headerBytes + css.body.length).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      // The app's code, each file there: the entry first, which imports the app.
      const code = head.match(new RegExp(`<meta name="${APP_CODE_META}" content="([^"]+)"`))?.[1]?.split(' ') ?? [];
      expect(code.length).toBeGreaterThan(1);
      for (const url of code) {
        expect(url).toMatch(/^\/assets\/[^/]+\.js$/);
        expect((await get(url)).status).toBe(200);
      }
      expect((await get(code[0]!)).body.toString('utf8')).toContain(code[1]!.slice(1));
    },
  );

  it('refuses methods other than GET and HEAD with 405 and the headers', async () => {
    const res = await get('/', {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
    expectSecurityHeaders(res.headers, 'app', 'POST / (405)');
  });
});
