// Hydrating the pre-rendered briefing draws it once. Its footer prints the page's address, which
// the server cannot know, so that one line is drawn again once the page is hydrated: React does
// that at once, in one piece, and it must not take the rest of the briefing with it (issue 8: TBT).
import { hydrate } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import { App, preloadRoute } from '../../src/app/App';
import { renderRoute, ROUTES } from '../../src/app/entry-server';
import { makeQueryClient } from '../../src/data/queries';

const drawn = vi.fn();
vi.mock('../../src/features/briefing/CompactCharts', () => ({
  CompactCharts: () => {
    drawn();
    return <div className="app-compact-probe" />;
  },
}));

const readData = (file: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../../data', file), 'utf8')) as unknown;

it('draws the briefing once when hydrating it, and then only the printed address again', async () => {
  const home = ROUTES.find((route) => route.path === '/')!;
  const files = Object.fromEntries(
    ['meta.json', ...home.data].map((file) => [file, readData(file)]),
  );
  // The server's renderer and the browser's run in one process here, which React warns of in
  // development; nothing else it says is silenced.
  const consoleError = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes('multiple renderers concurrently rendering'))
      consoleError(...args);
  });
  const { html, state } = await renderRoute('/', files);
  expect(html).toContain('app-compact-probe');
  expect(html).not.toContain('Printed from');

  window.history.replaceState(null, '', '/');
  const container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = html;
  const client = makeQueryClient();
  hydrate(client, JSON.parse(state));
  await preloadRoute('/');
  drawn.mockClear();
  // Without StrictMode, which draws every component twice in development.
  render(<App client={client} />, { container, hydrate: true });

  await expect.poll(() => container.textContent).toMatch(/Printed from http:\/\/[^ ]+\//);
  expect(drawn).toHaveBeenCalledTimes(1);
});
