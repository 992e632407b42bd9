// The production server when its own code throws: a fault injected into the header code for one
// path must give that request a 500 with the security headers, be logged, and leave the server
// serving. (No request from outside reaches such a fault today; this is the net under the rest.)
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type * as Headers from '../../server/headers.mjs';
import { contentSecurityPolicy } from '../../server/headers.mjs';
import { startServer } from '../../server/serve.mjs';

vi.mock('../../server/headers.mjs', async (importOriginal) => {
  const actual = await importOriginal<typeof Headers>();
  return {
    ...actual,
    cacheControlFor: (pathname: string) => {
      if (pathname === '/injected-fault') throw new Error('injected fault');
      return actual.cacheControlFor(pathname);
    },
  };
});

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ port: 0, dir: inject('distDir') });
});
afterAll(() => server.close());

function get(
  path: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('production server: an error in its own handler', () => {
  it('answers 500 with the security headers, logs the error, and keeps serving', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await get('/injected-fault');
    expect(res.status).toBe(500);
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy());
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('/injected-fault'),
      expect.objectContaining({ message: 'injected fault' }),
    );
    expect((await get('/')).status).toBe(200);
  });
});
