import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { makeQueryClient } from '../../src/data/queries';

/** Render a screen as the app does: a fresh query client (retries without delay), at a URL. */
export function renderScreen(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const client = makeQueryClient({ retryDelay: 0 });
  const result = render(
    <QueryClientProvider client={client}>
      <Router>{ui}</Router>
    </QueryClientProvider>,
  );
  return { ...result, client };
}
