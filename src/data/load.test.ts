import type { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, serveFixtureData } from '../../tests/msw/node';
import { DataLoadError, loadDataFile } from './load';
import { englandQuery, makeQueryClient, metaQuery } from './queries';

serveFixtureData();

const META = {
  title: 'Test data',
  version: '9.9.9',
  checked: '2026-11-23',
  defaultAsAt: '2022-11-25',
  licence: 'Open Government Licence v3.0',
  coverage: { from: '2012', to: '2022' },
};

function countRequests(file: string, reply: () => Response | Promise<Response>) {
  let count = 0;
  server.use(
    http.get(`*/data/${file}`, () => {
      count += 1;
      return reply();
    }),
  );
  return () => count;
}

async function fetchWithPolicy(client: QueryClient) {
  try {
    await client.fetchQuery(metaQuery());
    return null;
  } catch (error) {
    return error as DataLoadError;
  }
}

describe('the England context file', () => {
  it('loads and validates the real england.json, each figure with its as-at date, basis, page and confidence', async () => {
    const file = await loadDataFile('england.json');
    expect(file.figures.length).toBeGreaterThan(5);
    for (const f of file.figures) {
      expect(f.url).toMatch(/^https:\/\//);
      expect(f.basis.length).toBeGreaterThan(0);
      // A share the page does not state stays null: never a derived or estimated figure.
      for (const share of [f.goodOrOutstanding, f.inadequate])
        if (share) expect(share.percent !== null || share.count !== null).toBe(true);
    }
    expect(file.figures.find((f) => f.id === 'england-2024-03-31')).toMatchObject({
      asAt: '2024-03-31',
      authorities: 153,
      goodOrOutstanding: { percent: 60, count: null },
      inadequate: null,
      standing: 'official',
      confidence: 'high',
    });
  });

  it('has a query of its own, keyed by file and version', () => {
    expect(englandQuery().queryKey).toEqual(['data', 'england.json', 'latest']);
    expect(englandQuery('1.1.0').queryKey).toEqual(['data', 'england.json', '1.1.0']);
  });

  it('refuses a mirror figure marked high, and a figure that states nothing', async () => {
    const { englandFile } = await import('./schemas');
    const base = (await loadDataFile('england.json')).figures[0]!;
    const bad = {
      about: 'a',
      foundIn: 'b',
      figures: [
        { ...base, id: 'a', goodOrOutstanding: { percent: 38, count: null, url: 'https://example.org/mirror' } },
        { ...base, id: 'b', goodOrOutstanding: null, inadequate: null },
        { ...base, id: 'c', standing: 'secondary' },
      ],
    };
    const result = englandFile.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual([
      'figures.0.goodOrOutstanding.confidence',
      'figures.1',
      'figures.2.confidence',
      'figures.2.confidence',
    ]);
  });
});

describe('loadDataFile', () => {
  it('returns the parsed file', async () => {
    countRequests('meta.json', () => HttpResponse.json(META));
    await expect(loadDataFile('meta.json')).resolves.toMatchObject({ version: '9.9.9' });
  });

  it.each([
    ['a 404', () => new HttpResponse('nope', { status: 404 }), 'http', /answered 404/],
    ['a 500', () => new HttpResponse('oops', { status: 500 }), 'http', /answered 500/],
    ['a network error', () => HttpResponse.error(), 'network', /network failed/],
    ['malformed JSON', () => new HttpResponse('{"title": ', { status: 200 }), 'malformed', /not valid JSON/],
    ['the wrong shape', () => HttpResponse.json({ title: 'x' }), 'schema', /meta\.json: version: /],
  ])('turns %s into a DataLoadError naming the file', async (_label, reply, kind, message) => {
    countRequests('meta.json', reply);
    const error = await loadDataFile('meta.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ file: 'meta.json', kind });
    expect((error as Error).message).toMatch(message);
  });

  it('says a pinned data version does not exist, not that a file answered 404', async () => {
    server.use(http.get('*/data/v/0.0.1/meta.json', () => new HttpResponse('nope', { status: 404 })));
    const error = (await loadDataFile('meta.json', { version: '0.0.1' }).catch((e: unknown) => e)) as DataLoadError;
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error).toMatchObject({ kind: 'no-version', isTransient: false });
    expect(error.message).toMatch(/^Data version 0\.0\.1 does not exist\./);
    expect(error.message).not.toMatch(/404/);
  });

  it('names the record and field of an impossible date', async () => {
    countRequests('meta.json', () => HttpResponse.json({ ...META, checked: '2013-02-29' }));
    const error = (await loadDataFile('meta.json').catch((e: unknown) => e)) as DataLoadError;
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'meta.json', path: 'checked', message: expect.stringMatching(/February 2013 has 28 days/) }),
    ]);
  });

  it('gives up with a timeout error when no answer comes', async () => {
    countRequests('meta.json', () => new Promise<Response>(() => {}));
    const error = await loadDataFile('meta.json', { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', file: 'meta.json' });
  });
});

describe('the retry policy', () => {
  it.each([
    ['404', () => new HttpResponse(null, { status: 404 }), 1],
    ['a schema failure', () => HttpResponse.json({ wrong: true }), 1],
    ['malformed JSON', () => new HttpResponse('{', { status: 200 }), 1],
    ['503', () => new HttpResponse(null, { status: 503 }), 4],
    ['a network error', () => HttpResponse.error(), 4],
  ])('%s is requested %i time(s)', async (_label, reply, expected) => {
    const requests = countRequests('meta.json', reply);
    const error = await fetchWithPolicy(makeQueryClient({ retryDelay: 0 }));
    expect(error).toBeInstanceOf(DataLoadError);
    expect(requests()).toBe(expected);
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    server.use(
      http.get('*/data/meta.json', () => {
        calls += 1;
        return calls < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(META);
      }),
    );
    const client = makeQueryClient({ retryDelay: 0 });
    await expect(client.fetchQuery(metaQuery())).resolves.toMatchObject({ version: '9.9.9' });
    expect(calls).toBe(3);
  });
});
