import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import type { EmbedChartName } from '../lib/embedCode';
import { EmbedShell } from './EmbedShell';

export interface EmbedAppProps {
  client: QueryClient;
  chart: EmbedChartName;
  /** Server rendering only: the path being rendered. */
  ssrPath?: string;
}

export function EmbedApp({ client, chart, ssrPath }: EmbedAppProps) {
  return (
    <QueryClientProvider client={client}>
      {/* ssrSearch="" makes hydration render the pre-rendered (default) state first, as the app does. */}
      <Router ssrPath={ssrPath} ssrSearch="">
        <EmbedShell chart={chart} />
      </Router>
    </QueryClientProvider>
  );
}
