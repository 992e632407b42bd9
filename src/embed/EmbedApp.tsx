import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { EmbedChartName } from '../lib/embedCode';
import { EmbedShell } from './EmbedShell';

export interface EmbedAppProps {
  client: QueryClient;
  chart: EmbedChartName;
}

/** No router: an embed has one page, and reads its address through useEmbedSearch. */
export function EmbedApp({ client, chart }: EmbedAppProps) {
  return (
    <QueryClientProvider client={client}>
      <EmbedShell chart={chart} />
    </QueryClientProvider>
  );
}
