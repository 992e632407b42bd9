// A data file found bad is asked for once: a part of the page that mounts later (a chart's
// actions, the as-at control) must not ask again, which would be a retry the policy forbids.
// A transient failure is asked for again, since the network may have come back.
import { QueryObserver } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeQueryClient, metaQuery } from '../../src/data/queries';
import { dataUrl, readDataFile } from '../msw/handlers';
import { server } from '../msw/node';

async function mountTwice(reply: () => Response) {
  let requests = 0;
  server.use(
    http.get(dataUrl('meta.json'), () => {
      requests += 1;
      return reply();
    }),
  );
  const client = makeQueryClient({ retryDelay: 0 });
  // The embedded copy of a pre-rendered page, older than the five minutes it stays fresh.
  client.setQueryData(metaQuery().queryKey, readDataFile('meta.json') as never, { updatedAt: 0 });
  const settle = (observer: { subscribe: (listener: (result: { fetchStatus: string }) => void) => () => void }) =>
    new Promise<void>((resolve) => {
      const unsubscribe = observer.subscribe((result) => {
        if (result.fetchStatus === 'idle') {
          unsubscribe();
          resolve();
        }
      });
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
  it('does not ask again for a file of the wrong shape, and keeps the copy it has', async () => {
    const { afterFirst, total, data } = await mountTwice(() => HttpResponse.json({ title: 'x' }));
    expect(afterFirst).toBe(1);
    expect(total).toBe(1);
    expect(data).toMatchObject({ version: expect.any(String) });
  });

  it('does not ask again after a 404', async () => {
    const { total } = await mountTwice(() => new HttpResponse('nope', { status: 404 }));
    expect(total).toBe(1);
  });

  it('asks again after a 503 (four requests each time: the first and three retries)', async () => {
    const { afterFirst, total } = await mountTwice(() => new HttpResponse('busy', { status: 503 }));
    expect(afterFirst).toBe(4);
    expect(total).toBe(8);
  });
});
