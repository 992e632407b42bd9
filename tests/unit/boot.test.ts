// src/app/boot.ts, the app's first module: the inline first script imports it once the page has
// painted (server/first-script.mjs), so it asks for the page's data and starts the app at once.
import { afterEach, describe, expect, it, vi } from 'vitest';

const startApp = vi.fn();
vi.mock('../../src/app/main', () => ({ start: startApp }));

/** Runs boot and waits until it has handed over to ./main, which it imports dynamically. */
async function runBoot() {
  vi.resetModules();
  await import('../../src/app/boot');
  await vi.waitFor(() => expect(startApp).toHaveBeenCalledTimes(1));
}

describe('boot', () => {
  afterEach(() => {
    startApp.mockReset();
    document.head.innerHTML = '';
  });

  it('starts the app at once with the data file the page names', async () => {
    const state = { queries: [] };
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(state))));
    vi.stubGlobal('fetch', fetchMock);
    document.head.innerHTML = '<meta name="app-state" content="/assets/state-abc.json">';
    await runBoot();
    expect(fetchMock).toHaveBeenCalledWith('/assets/state-abc.json');
    expect(startApp).toHaveBeenCalledTimes(1);
    await expect(startApp.mock.calls[0]![0]).resolves.toEqual(state);
    vi.unstubAllGlobals();
  });

  it('starts the app with no data when the page names none, or the file cannot be had', async () => {
    await runBoot();
    await expect(startApp.mock.calls[0]![0]).resolves.toBeNull();

    startApp.mockReset();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response('gone', { status: 404 }))),
    );
    document.head.innerHTML = '<meta name="app-state" content="/assets/state-abc.json">';
    await runBoot();
    await expect(startApp.mock.calls[0]![0]).resolves.toBeNull();
    vi.unstubAllGlobals();
  });
});
