// The jsdom project only: matchers and clean-up for Testing Library. msw is started by the test
// files that fetch (serveFixtureData in tests/msw/node.ts).
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens render the real dataset; on two busy cores the first render can take seconds.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
