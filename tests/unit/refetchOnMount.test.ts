// A copy of a data file that the pre-rendered page carries is never asked for again when a part of
// the page mounts, however old the page: the files change only with a deploy. (A five-minute
// freshness made every visit more than five minutes after the build fetch and validate every file
// again just after hydrating.) A file that failed in the browser is not asked for again when
// another part mounts, which would be a retry beyond the policy; "Try again" (refetch) asks.
import { QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeQueryClient, metaQuery } from '../../src/data/queries';
import { dataUrl, readDataFile } from '../msw/handlers';
import { server, serveFixtureData } from '../msw/node';

serveFixtureData();

async function mountTwice(reply: () => Response, { embedded = false } = {}) {
  let requests = 0;
  server.use(
    http.get(dataUrl('meta.json'), () => {
      requests += 1;
      return reply();
    }),
  );
  const client = makeQueryClient({ retryDelay: 0 });
  // The copy a pre-rendered page carries, built long ago (1970).
  if (embedded)
    client.setQueryData(metaQuery().queryKey, readDataFile('meta.json') as never, { updatedAt: 0 });
  // Mount an observer and wait until it is not fetching (at once, when it has nothing to fetch).
  const settle = (observer: {
    subscribe: (listener: (result: { fetchStatus: string }) => void) => () => void;
    getCurrentResult: () => { fetchStatus: string };
  }) =>
    new Promise<void>((resolve) => {
      const unsubscribe = observer.subscribe((result) => {
        if (result.fetchStatus === 'idle') {
          unsubscribe();
          resolve();
        }
      });
      if (observer.getCurrentResult().fetchStatus === 'idle') {
        unsubscribe();
        resolve();
      }
    });
  await settle(new QueryObserver(client, metaQuery()));
  const afterFirst = requests;
  const second = new QueryObserver(client, metaQuery());
  // A fetch on mount starts within subscribe (fetchStatus turns 'fetching' at once), so waiting
  // until it is idle again waits for any request mounting made.
  const unsubscribe = second.subscribe(() => undefined);
  await expect.poll(() => second.getCurrentResult().fetchStatus).toBe('idle');
  const afterSecond = requests;
  // "Try again".
  await second.refetch();
  unsubscribe();
  return { afterFirst, afterSecond, afterRetry: requests, data: second.getCurrentResult().data };
}

describe('refreshing a file when another part of the page mounts', () => {
  it('never asks again for the copy the pre-rendered page carries, however old', async () => {
    const { afterSecond, data } = await mountTwice(() => HttpResponse.json({ title: 'x' }), {
      embedded: true,
    });
    expect(afterSecond).toBe(0);
    expect(data).toMatchObject({ version: expect.any(String) });
  });

  it.each([
    ['of the wrong shape', () => HttpResponse.json({ title: 'x' }), 1],
    ['answered 404', () => new HttpResponse('nope', { status: 404 }), 1],
    [
      'answered 503 (the first request and three retries)',
      () => new HttpResponse('busy', { status: 503 }),
      4,
    ],
  ])(
    'asks for a file %s as the policy says, not again on mount, and again on "Try again"',
    async (_what, reply, policy) => {
      const { afterFirst, afterSecond, afterRetry } = await mountTwice(reply);
      expect(afterFirst).toBe(policy);
      expect(afterSecond).toBe(policy);
      expect(afterRetry).toBe(2 * policy);
    },
  );
});
