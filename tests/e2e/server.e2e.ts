// The production server (server/serve.mjs) serving the built dist/: status codes, security
// headers, cache headers and gzip, checked on the wire with node:http (fetch would hide encodings).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROUTES } from '../../src/app/routes';
import { APP_CODE_META, FIRST_SCRIPT } from '../../server/first-script.mjs';
import { contentSecurityPolicy, headersFor, IMMUTABLE } from '../../server/headers.mjs';
import { startServer } from '../../server/serve.mjs';
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
    const asset = listFiles(join(distDir, 'assets')).find((file) => !/\.(br|gz)$/.test(file));
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
      // An oEmbed discovery link (rel="alternate") is read by other sites, never fetched by a browser.
      const fetched = head.replace(
        /<link rel="alternate" type="application\/json\+oembed"[^>]*>/,
        '',
      );
      expect([...fetched.matchAll(/\b(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1])).toEqual([
        expect.stringMatching(/^\/assets\/[^/]+\.css$/),
      ]);
      const stylesheets = [...head.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
        (m) => m[1]!,
      );
      expect(stylesheets).toHaveLength(1);
      const css = await get(stylesheets[0]!, { 'Accept-Encoding': 'gzip' });
      expect(css.status).toBe(200);
      const headerBytes = Object.entries(css.headers).reduce(
        (n, [k, v]) => n + k.length + String(v).length + 4,
        17,
      );
      expect(headerBytes + css.body.length).toBeLessThanOrEqual(FIRST_ROUND_TRIP_BYTES);
      // The app's code, each file there: the entry first, which imports the app.
      const code =
        head
          .match(new RegExp(`<meta name="${APP_CODE_META}" content="([^"]+)"`))?.[1]
          ?.split(' ') ?? [];
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

// ------------------------------------------------------------ hostile and unusual requests
//
// Against its own `node server/serve.mjs` process (the code path of npm start, after the build
// check), so that a request which kills the server shows as a dead process, not a lost test run.

interface ServeProcess {
  child: ChildProcess;
  url: string;
  output: string[];
}

async function spawnServer(): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['server/serve.mjs', '--port', '0', '--dir', distDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const url = await new Promise<string>((resolveUrl, rejectUrl) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /Serving (http:\/\/\S+?)\/? /.exec(seen);
      if (match) resolveUrl(match[1]!);
    });
    child.once('exit', (code) =>
      rejectUrl(new Error(`serve.mjs exited (${code}): ${output.join('')}`)),
    );
  });
  return { child, url, output };
}

let serve: ServeProcess;
beforeAll(async () => {
  serve = await spawnServer();
});
afterAll(async () => {
  if (serve.child.exitCode !== null) return;
  const exited = new Promise((resolveExit) => serve.child.once('exit', resolveExit));
  serve.child.kill('SIGTERM');
  await exited;
});

function hostileGet(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${serve.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    // The path as given, not normalised by URL parsing (`/./_headers` must reach the server).
    req.path = path;
    req.on('error', reject);
    req.end();
  });
}

/** The server process is still running and still answers. */
async function expectAlive(after: string) {
  expect(
    serve.child.exitCode,
    `serve.mjs exited after ${after}: ${serve.output.join('')}`,
  ).toBeNull();
  expect((await hostileGet('/')).status, `GET / after ${after}`).toBe(200);
}

/** Sends raw bytes on a new connection; resolves with everything received once the server closes it. */
function rawExchange(bytes: string, url = serve.url): Promise<{ text: string; ms: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () =>
      resolve({ text: Buffer.concat(chunks).toString('latin1'), ms: performance.now() - started }),
    );
  });
}

const RANGE_FILE = '/data/meta.json';
const rangeFile = () => readFileSync(join(distDir, 'data', 'meta.json'));

describe('production server: Range requests', () => {
  it.each(['bytes=2-1', 'bytes=999999999-', 'bytes=-0'])(
    'answers the unsatisfiable %s with 416 and bytes */size, and keeps running',
    async (range) => {
      const res = await hostileGet(RANGE_FILE, { Range: range });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${rangeFile().length}`);
      expectSecurityHeaders(res.headers, 'app', `Range: ${range}`);
      await expectAlive(`Range: ${range}`);
    },
  );

  it('clamps a last byte past the end (bytes=0-18446744073709551615) to the whole file, and keeps running', async () => {
    const file = rangeFile();
    const res = await hostileGet(RANGE_FILE, { Range: 'bytes=0-18446744073709551615' });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 0-${file.length - 1}/${file.length}`);
    expect(res.body.equals(file)).toBe(true);
    await expectAlive('Range: bytes=0-18446744073709551615');
  });

  it.each([
    ['bytes=0-0', 0, 0],
    ['bytes=5-9', 5, 9],
    ['bytes=-100', -100, -1],
    ['bytes=10-', 10, -1],
  ] as const)('answers %s with exactly those bytes as 206', async (range, first, last) => {
    const file = rangeFile();
    const start = first < 0 ? file.length + first : first;
    const end = last < 0 ? file.length + last : last;
    const res = await hostileGet(RANGE_FILE, { Range: range });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${file.length}`);
    expect(Number(res.headers['content-length'])).toBe(end - start + 1);
    expect(res.body.equals(file.subarray(start, end + 1))).toBe(true);
  });

  it.each(['bytes=abc', 'items=0-5', 'bytes=0-1,4-5', 'bytes=1-2-3', 'bytes= -'])(
    'ignores the malformed or unsupported %s and sends the whole file with 200',
    async (range) => {
      const res = await hostileGet(RANGE_FILE, { Range: range });
      expect(res.status).toBe(200);
      expect(res.headers['content-range']).toBeUndefined();
      expect(res.body.equals(rangeFile())).toBe(true);
      await expectAlive(`Range: ${range}`);
    },
  );

  it.each(['gzip', 'br, gzip'])(
    'never sends a slice of a compressed body: Range with Accept-Encoding: %s gets identity bytes',
    async (encoding) => {
      const asset = listFiles(join(distDir, 'assets')).find((file) => /\.js$/.test(file))!;
      const file = readFileSync(join(distDir, 'assets', asset));
      const res = await hostileGet(`/assets/${asset}`, {
        Range: 'bytes=0-99',
        'Accept-Encoding': encoding,
      });
      expect(res.status).toBe(206);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['content-range']).toBe(`bytes 0-99/${file.length}`);
      expect(res.body.equals(file.subarray(0, 100))).toBe(true);
    },
  );
});

describe('production server: conditional requests', () => {
  it.each([
    ['the ETag itself', (etag: string) => etag],
    ['a list holding it', (etag: string) => `"nope", ${etag}, "other"`],
    ['its weak form', (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`)],
    ['*', () => '*'],
  ] as const)('answers If-None-Match with %s by 304', async (_what, header) => {
    const first = await hostileGet(RANGE_FILE);
    const etag = first.headers.etag!;
    expect(etag).toBeTruthy();
    const res = await hostileGet(RANGE_FILE, { 'If-None-Match': header(etag) });
    expect(res.status).toBe(304);
    expect(res.body.length).toBe(0);
    expect(res.headers.etag).toBe(etag);
    expectSecurityHeaders(res.headers, 'app', '304');
  });

  it('answers an If-None-Match that matches nothing with 200 and the file', async () => {
    const res = await hostileGet(RANGE_FILE, { 'If-None-Match': '"nope", W/"other"' });
    expect(res.status).toBe(200);
    expect(res.body.equals(rangeFile())).toBe(true);
  });
});

describe('production server: what a static host would serve, and no more', () => {
  it.each([
    '/_headers',
    '/_headers/',
    '/%5fheaders',
    '/%5Fheaders/',
    '/./_headers',
    '/assets/../_headers',
    '//_headers',
  ])('hides the host file as %s (404, the 404 page)', async (path) => {
    const res = await hostileGet(path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body.toString('utf8')).not.toContain('Content-Security-Policy:');
    await expectAlive(path);
  });

  it('takes the absolute form of a request target by its path, host files hidden there too', async () => {
    const page = await rawExchange(
      'GET http://127.0.0.1/timeline/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(page.text).toMatch(/^HTTP\/1\.1 200 /);
    for (const target of [
      'http://127.0.0.1/_headers/',
      'http://127.0.0.1/%5fheaders',
      'http://[::1/',
    ]) {
      const res = await rawExchange(
        `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
      );
      expect(res.text, target).toMatch(/^HTTP\/1\.1 404 /);
    }
    await expectAlive('absolute-form request targets');
  });

  it.each(['/bench.html', '/bench', '/.vite/manifest.json'])(
    'does not serve the development file %s',
    async (path) => {
      const res = await hostileGet(path);
      expect(res.status).toBe(404);
    },
  );

  it.each(['/404.html', '/404'])('answers %s with 404 and the 404 page', async (path) => {
    const res = await hostileGet(path);
    expect(res.status).toBe(404);
    expect(res.body.equals(readFileSync(join(distDir, '404.html')))).toBe(true);
  });

  it('caches versioned data under /data/v/<version>/ for good, and the latest data not', async () => {
    const [version] = readdirSync(join(distDir, 'data', 'v'));
    expect(version, 'dist/data/v/ has no version folder').toBeDefined();
    const pinned = await hostileGet(`/data/v/${version}/meta.json`);
    expect(pinned.status).toBe(200);
    expect(pinned.headers['cache-control']).toBe(IMMUTABLE);
    expect((await hostileGet('/data/meta.json')).headers['cache-control']).toBe('no-cache');
  });

  it('lets any origin read /assets/* and /data/* (embeds in sandboxed frames), but not pages', async () => {
    const asset = listFiles(join(distDir, 'assets')).find((file) => /\.css$/.test(file))!;
    for (const path of [`/assets/${asset}`, '/data/meta.json']) {
      const res = await hostileGet(path, { Origin: 'null' });
      expect(res.headers['access-control-allow-origin'], path).toBe('*');
    }
    expect(
      (await hostileGet('/', { Origin: 'null' })).headers['access-control-allow-origin'],
    ).toBeUndefined();
  });

  it('serves br and gzip files written by the build, not compressed per request', async () => {
    const asset = listFiles(join(distDir, 'assets')).find(
      (file) => /\.js$/.test(file) && existsSync(join(distDir, 'assets', `${file}.br`)),
    );
    expect(asset, 'the build wrote no .br file beside any script').toBeDefined();
    const br = await hostileGet(`/assets/${asset}`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.body.equals(readFileSync(join(distDir, 'assets', `${asset}.br`)))).toBe(true);
    const gz = await hostileGet(`/assets/${asset}`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.equals(readFileSync(join(distDir, 'assets', `${asset}.gz`)))).toBe(true);
    // br refused by q=0: gzip instead.
    const refused = await hostileGet(`/assets/${asset}`, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });
});

describe('production server: malformed and slow connections', () => {
  it('answers a malformed request with 400 and the security headers, and keeps running', async () => {
    const { text } = await rawExchange('GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toMatch(/\r\nContent-Security-Policy: default-src 'none'/i);
    expect(text).toMatch(/\r\nX-Content-Type-Options: nosniff/i);
    await expectAlive('a malformed request');
  });

  it('answers headers over the limit with 431 and the security headers, and keeps running', async () => {
    const { text } = await rawExchange(
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(text).toMatch(/^HTTP\/1\.1 431 /);
    expect(text).toMatch(/\r\nContent-Security-Policy: default-src 'none'/i);
    await expectAlive('oversized headers');
  });

  it('cuts a connection whose headers never finish after a short timeout (408)', async () => {
    // Node's own limits (60 s for headers, checked every 30 s) would keep it open well past this.
    const { text, ms } = await rawExchange('GET / HTTP/1.1\r\nHost: x\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeLessThan(15_000);
    await expectAlive('a slow-header connection');
  }, 30_000);

  it('refuses connections over its cap (maxConnections), and serves again when they close', async () => {
    const capped = await startServer({ port: 0, dir: distDir, maxConnections: 2 });
    const { port } = new URL(capped.url);
    const open: Socket[] = [];
    try {
      // Two keep-alive connections, each answered once, so the server has surely counted them.
      for (let i = 0; i < 2; i++) {
        const socket = connect(Number(port), '127.0.0.1');
        open.push(socket);
        await new Promise<void>((resolveAnswer, rejectAnswer) => {
          socket.once('error', rejectAnswer);
          socket.once('data', () => resolveAnswer());
          socket.write('HEAD / HTTP/1.1\r\nHost: x\r\n\r\n');
        });
      }
      const refused = await rawExchange(
        'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
        capped.url,
      );
      expect(refused.text).toBe('');
      await Promise.all(
        open.map(
          (socket) => new Promise<void>((closed) => socket.once('close', () => closed()).end()),
        ),
      );
      await expect
        .poll(async () =>
          (
            await rawExchange('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', capped.url)
          ).text.slice(0, 12),
        )
        .toBe('HTTP/1.1 200');
    } finally {
      for (const socket of open) socket.destroy();
      await capped.close();
    }
  });
});
