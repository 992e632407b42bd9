// The production server: serves the built, pre-rendered site in dist/ with gzip, the security
// headers of server/headers.mjs on every response (404s and JSON included) and cache headers.
//
//   node server/serve.mjs [--port N] [--dir dist] [--host 127.0.0.1]
//
// There is no single-page fallback: every route is pre-rendered to <route>/index.html, so an unknown
// path is a real 404 (dist/404.html when the build wrote one).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { cacheControlFor, headersFor } from './headers.mjs';

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

/** Host configuration written into dist/ for static hosts; not content. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

function pathnameOf(url = '/') {
  const raw = url.split('?')[0].split('#')[0] || '/';
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/**
 * Start the server.
 * @param {{ port?: number, dir?: string, host?: string }} [options] port 0 picks a free port
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ port = DEFAULT_PORT, dir = 'dist', host = DEFAULT_HOST } = {}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html does not exist: run npm run build first.`);
  }
  const notFoundFile = join(root, '404.html');
  const notFoundPage = existsSync(notFoundFile)
    ? readFileSync(notFoundFile)
    : Buffer.from(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>' +
          '<body><main><h1>Page not found</h1><p>There is no page at this address.</p></main></body></html>\n',
      );

  const gzip = compression();
  const serveStatic = sirv(root, { extensions: ['html'], etag: true, dev: false, dotfiles: false });

  const notFound = (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(notFoundPage);
  };

  const server = createServer((req, res) => {
    const pathname = pathnameOf(req.url);
    for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControlFor(pathname));

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Method not allowed\n');
      return;
    }
    gzip(req, res, (error) => {
      if (error) {
        res.statusCode = 500;
        res.end();
        return;
      }
      if (HIDDEN.has(pathname)) return notFound(res);
      serveStatic(req, res, () => notFound(res));
    });
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
