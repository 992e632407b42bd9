// The production server: serves the built, pre-rendered site in dist/ as a static host would, with
// the security headers of server/headers.mjs on every response (404s, errors and Node's own 400,
// 408 and 431 included), cache headers, and the brotli/gzip files the build wrote.
//
//   node server/serve.mjs [--port N] [--dir dist] [--host 127.0.0.1]
//
// There is no single-page fallback: every route is pre-rendered to <route>/index.html, so an unknown
// path is a real 404 (the body of dist/404.html when the build wrote one).
//
// No request may take the process down: files are answered from memory (server/static-files.mjs
// says why), the handler catches what it throws, and slow or oversized requests are cut by Node's
// limits, set tighter below.
import { existsSync } from 'node:fs';
import { createServer, STATUS_CODES } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadAsAtPages } from './as-at-pages.mjs';
import { cacheControlFor, headersFor, HOST_FILES } from './headers.mjs';
import { loadOembedManifest, oembedAnswer } from './oembed.mjs';
import {
  chooseCoding,
  loadSite,
  noneMatch,
  normalisePath,
  parseRange,
  rangeStillValid,
} from './static-files.mjs';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * Connection limits. A client that has not sent its headers after HEADERS_TIMEOUT_MS gets 408
 * (Node's default is 60 s, checked every 30 s, so a few hundred slow clients could hold the
 * process's sockets for a minute). MAX_CONNECTIONS caps open sockets; more are closed on accept.
 */
export const LIMITS = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 1_000,
});

/** Pages in dist/ for development only: the benchmark page (npm run bench serves it itself). */
const DEV_PAGES = new Set(['bench.html']);

/** A file of dist/ that a request may not get: host configuration, build metadata, the 404 body. */
function isHidden(file, { devPages }) {
  if (HOST_FILES.has(file) || file === '404.html') return true;
  if (file.split('/').some((part) => part.startsWith('.'))) return true;
  return !devPages && DEV_PAGES.has(file);
}

/** The security headers of a response that has no request path to go by (Node's 400, 431). */
function rawErrorResponse(status) {
  const text = `${STATUS_CODES[status] ?? 'Error'}\n`;
  const headers = {
    ...headersFor('/'),
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${text}`;
}

/**
 * Start the server.
 * @param {{ port?: number, dir?: string, host?: string, devPages?: boolean, maxConnections?: number }} [options]
 *   port 0 picks a free port; devPages also serves bench.html (for npm run bench only); asAtPages
 *   false serves only the pre-rendered pages, as a static host would (server/as-at-pages.mjs)
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({
  port = DEFAULT_PORT,
  dir = 'dist',
  host = DEFAULT_HOST,
  devPages = false,
  maxConnections = LIMITS.maxConnections,
  asAtPages: renderAsAt = true,
} = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html does not exist: run npm run build first.`);
  }
  // A shared link's `asAt` is rendered on the server, so its date is on the first paint.
  const asAtPages = renderAsAt ? await loadAsAtPages(root) : null;
  const site = loadSite(root, { exclude: (file) => isHidden(file, { devPages }) });
  // oEmbed needs the build's manifest; the server's own address is known once it listens.
  const oembed = loadOembedManifest(root);
  let selfUrl;
  const notFoundPage = existsSync(join(root, '404.html'))
    ? site.read('404.html')
    : {
        type: 'text/html; charset=utf-8',
        identity: {
          data: Buffer.from(
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>' +
              '<body><main><h1>Page not found</h1><p>There is no page at this address.</p></main></body></html>\n',
          ),
        },
        encoded: {},
      };

  /** Sends one of a resource's bodies, or only its headers for HEAD. */
  const send = (req, res, status, resource, coding) => {
    const chosen = coding ? resource.encoded[coding] : resource.identity;
    res.statusCode = status;
    res.setHeader('Content-Type', resource.type);
    if (Object.keys(resource.encoded).length) res.setHeader('Vary', 'Accept-Encoding');
    if (coding) res.setHeader('Content-Encoding', coding);
    res.setHeader('Content-Length', chosen.data.length);
    res.end(req.method === 'HEAD' ? undefined : chosen.data);
  };

  const notFound = (req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    send(req, res, 404, notFoundPage, chooseCoding(notFoundPage, req.headers['accept-encoding']));
  };

  // The headers each URL's 200 always carries, worked out once: the common request (GET, no
  // Range, no validator) then costs one writeHead, not a dozen setHeader calls and a CSP string.
  const fixedHeaders = new Map();
  for (const [pathname, resource] of site.resources) {
    const headers = {
      ...headersFor(pathname),
      'Cache-Control': cacheControlFor(pathname),
      'Content-Type': resource.type,
      'Last-Modified': resource.lastModified,
      'Accept-Ranges': 'bytes',
      ...(Object.keys(resource.encoded).length && { Vary: 'Accept-Encoding' }),
    };
    fixedHeaders.set(pathname, Object.entries(headers).flat());
  }

  /** A page rendered for the request's `asAt` (server/as-at-pages.mjs); falls back to the file. */
  const handleAsAt = (req, res, pathname) => {
    const query = req.url.slice(req.url.indexOf('?') + 1).split('#')[0];
    asAtPages
      .page(pathname, query)
      .catch((error) => {
        console.error(
          `serve: rendering ${JSON.stringify(req.url)} failed; serving the default page:`,
          error,
        );
        return null;
      })
      .then((page) => {
        if (!page) return handleFile(req, res, pathname);
        const coding = chooseCoding(
          { encoded: { br: true, gzip: true } },
          req.headers['accept-encoding'],
        );
        const data = coding === 'br' ? page.br : coding === 'gzip' ? page.gzip : page.identity;
        const etag = `"${page.etag}${coding ? `-${coding}` : ''}"`;
        for (const [name, value] of Object.entries(headersFor(pathname)))
          res.setHeader(name, value);
        res.setHeader('Cache-Control', cacheControlFor(pathname));
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('ETag', etag);
        const ifNoneMatch = req.headers['if-none-match'];
        if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch, etag)) {
          res.statusCode = 304;
          res.end();
          return;
        }
        if (coding) res.setHeader('Content-Encoding', coding);
        res.setHeader('Content-Length', data.length);
        res.statusCode = 200;
        res.end(req.method === 'HEAD' ? undefined : data);
      })
      .catch((error) => {
        console.error(`serve: ${req.method} ${JSON.stringify(req.url)} failed:`, error);
        if (!res.headersSent) {
          res.statusCode = 500;
          res.setHeader('Cache-Control', 'no-store');
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end('Internal server error\n');
        } else res.destroy();
      });
  };

  /** /oembed (server/oembed.mjs): JSON for a CMS to embed a chart; readable from any site. */
  const handleOembed = (req, res) => {
    for (const [name, value] of Object.entries(headersFor('/oembed'))) res.setHeader(name, value);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Method not allowed\n');
      return;
    }
    const host = req.headers.host;
    const own = [oembed.provider.origin, selfUrl];
    if (
      typeof host === 'string' &&
      /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(host)
    )
      own.unshift(`http://${host}`);
    const origins = own.filter((origin) => typeof origin === 'string');
    const query = req.url.includes('?')
      ? req.url.slice(req.url.indexOf('?') + 1).split('#')[0]
      : '';
    const answer = oembedAnswer(query, { origins, manifest: oembed });
    const body = answer.status === 200 ? `${JSON.stringify(answer.json)}\n` : `${answer.message}\n`;
    res.statusCode = answer.status;
    res.setHeader(
      'Content-Type',
      answer.status === 200 ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
    );
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = (req, res) => {
    const pathname = normalisePath(req.url);
    if (oembed && pathname === '/oembed') return handleOembed(req, res);
    if (
      asAtPages &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      pathname !== undefined &&
      req.url.includes('asAt=') &&
      asAtPages.handles(pathname)
    ) {
      return handleAsAt(req, res, pathname);
    }
    return handleFile(req, res, pathname);
  };

  const handleFile = (req, res, pathname) => {
    const { headers } = req;
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      headers.range === undefined &&
      headers['if-none-match'] === undefined &&
      headers['if-modified-since'] === undefined &&
      fixedHeaders.has(pathname)
    ) {
      const resource = site.resources.get(pathname);
      const coding = chooseCoding(resource, headers['accept-encoding']);
      const chosen = coding ? resource.encoded[coding] : resource.identity;
      const head = [...fixedHeaders.get(pathname), 'ETag', chosen.etag];
      if (coding) head.push('Content-Encoding', coding);
      head.push('Content-Length', String(chosen.data.length));
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : chosen.data);
      return;
    }

    for (const [name, value] of Object.entries(headersFor(pathname ?? '/')))
      res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControlFor(pathname ?? '/'));

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Method not allowed\n');
      return;
    }
    const resource = pathname === undefined ? undefined : site.resources.get(pathname);
    if (!resource) return notFound(req, res);

    res.setHeader('Last-Modified', resource.lastModified);
    res.setHeader('Accept-Ranges', 'bytes');
    const { range: rangeHeader, 'if-range': ifRange, 'if-none-match': ifNoneMatch } = req.headers;
    // Ranges are of the identity body only: a slice of a compressed body under an uncompressed
    // Content-Range is what broke before. Range is defined for GET alone (RFC 9110 §14.2).
    let range = { kind: 'ignore' };
    if (
      rangeHeader !== undefined &&
      req.method === 'GET' &&
      (ifRange === undefined || rangeStillValid(ifRange, resource))
    ) {
      range = parseRange(rangeHeader, resource.identity.data.length);
    }
    const coding =
      range.kind === 'ignore' ? chooseCoding(resource, req.headers['accept-encoding']) : undefined;
    const etag = (coding ? resource.encoded[coding] : resource.identity).etag;
    res.setHeader('ETag', etag);

    const ifModifiedSince = Date.parse(req.headers['if-modified-since'] ?? '');
    const fresh =
      ifNoneMatch !== undefined
        ? noneMatch(ifNoneMatch, etag)
        : Number.isFinite(ifModifiedSince) && resource.mtime <= ifModifiedSince / 1000;
    if (fresh) {
      if (Object.keys(resource.encoded).length) res.setHeader('Vary', 'Accept-Encoding');
      res.statusCode = 304;
      res.end();
      return;
    }
    const size = resource.identity.data.length;
    if (range.kind === 'unsatisfiable') {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Range not satisfiable\n');
      return;
    }
    if (range.kind === 'range') {
      const { start, end } = range;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      return send(req, res, 206, {
        ...resource,
        identity: { data: resource.identity.data.subarray(start, end + 1) },
      });
    }
    send(req, res, 200, resource, coding);
  };

  const server = createServer(
    {
      headersTimeout: LIMITS.headersTimeoutMs,
      requestTimeout: LIMITS.requestTimeoutMs,
      keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
      connectionsCheckingInterval: LIMITS.checkIntervalMs,
    },
    (req, res) => {
      try {
        handle(req, res);
      } catch (error) {
        console.error(`serve: ${req.method} ${JSON.stringify(req.url)} failed:`, error);
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // What the handler had set may be the fault: start again from the security headers.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        for (const [name, value] of Object.entries(headersFor('/'))) res.setHeader(name, value);
        res.statusCode = 500;
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end('Internal server error\n');
      }
    },
  );
  server.maxConnections = maxConnections;
  // Node answers requests it cannot parse itself, without our headers; answer them here instead.
  server.on('clientError', (error, socket) => {
    // Node's own handler writes only when no response is under way on the socket; so do we.
    const busy = socket._httpMessage && socket._httpMessage.headersSent;
    if (error.code === 'ECONNRESET' || !socket.writable || busy) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400;
    socket.end(rawErrorResponse(status));
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  selfUrl = `http://${urlHost}:${actualPort}`;
  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

/** Parse `--port N --dir D --host H` (PORT env as the default port). */
export function parseServeArgs(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      dir: { type: 'string', default: 'dist' },
      host: { type: 'string', default: DEFAULT_HOST },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Not a port number: ${values.port ?? env.PORT}`);
  }
  return { port, dir: values.dir, host: values.host };
}

/** Serve until SIGINT/SIGTERM; used by this file when run directly and by scripts/start.mjs. */
export async function serveFromCommandLine(argv = process.argv.slice(2)) {
  const { url, close } = await startServer(parseServeArgs(argv));
  console.log(`Serving ${url}/  (Ctrl+C to stop)`);
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  serveFromCommandLine().catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
