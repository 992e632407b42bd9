import '@testing-library/jest-dom/vitest';
import '../reliability/fastCheckRuns';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../msw/node';

// Screens render the real dataset; on two busy cores the first render can take seconds.
configure({ asyncUtilTimeout: 10_000 });

// msw serves the fixture data to every component test; an unhandled request is a test bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());
