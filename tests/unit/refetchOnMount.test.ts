// A copy of a data file that the pre-rendered page carries is never asked for again when a part of
// the page mounts, however old the page: the files change only with a deploy. (A five-minute
// freshness made every visit more than five minutes after the build fetch and validate every file
// again just after hydrating.) A file that failed in the browser for a transient reason is asked
// for again by the next part that mounts, since the network may have come back.
import { QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeQueryClient, metaQuery } from '../../src/data/queries';
import { dataUrl, readDataFile } from '../msw/handlers';
import { server } from '../msw/node';

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
  if (embedded) client.setQueryData(metaQuery().queryKey, readDataFile('meta.json') as never, { updatedAt: 0 });
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
  const unsubscribe = second.subscribe(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 50));
  await expect.poll(() => second.getCurrentResult().fetchStatus).toBe('idle');
  unsubscribe();
  return { afterFirst, total: requests, data: second.getCurrentResult().data };
}

describe('refreshing a file when another part of the page mounts', () => {
  it('never asks again for the copy the pre-rendered page carries, however old', async () => {
    const { total, data } = await mountTwice(() => HttpResponse.json({ title: 'x' }), { embedded: true });
    expect(total).toBe(0);
    expect(data).toMatchObject({ version: expect.any(String) });
  });

  it('asks again after a 503 (four requests each time: the first and three retries)', async () => {
    const { afterFirst, total } = await mountTwice(() => new HttpResponse('busy', { status: 503 }));
    expect(afterFirst).toBe(4);
    expect(total).toBe(8);
  });
});
