import { afterAll, afterEach, beforeAll } from 'vitest';
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

/**
 * Serve the fixture data to the calling test file. Called by the files that fetch, not by a
 * setup file: starting msw in every file cost each pure test its import. An unhandled request is
 * a test bug.
 */
export function serveFixtureData(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
