import { memo, Suspense } from 'react';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import type { EmbedChartName } from '../lib/embedCode';
import { EMBED_COMPONENTS } from './registry';
import { useForwardKeys } from './forwardKeys';
import { useReportHeight } from './reportHeight';

/**
 * The chart, behind its boundaries. Memoised, so that when the shell re-renders while the page
 * hydrates (the address is read only after hydration), nothing reaches a boundary React has not
 * hydrated yet: React 18 would throw away its pre-rendered HTML and draw it again (error #421).
 */
const ChartSlot = memo(function ChartSlot({ chart }: { chart: EmbedChartName }) {
  const Component = EMBED_COMPONENTS[chart];
  return (
    <ErrorBoundary what="this chart">
      <Suspense
        fallback={
          <p className="govuk-body app-loading" role="status">
            Loading the chart…
          </p>
        }
      >
        <Component />
      </Suspense>
    </ErrorBoundary>
  );
});

/** One chart alone: no header, navigation or footer; its source, data version and a link to the full view. */
export function EmbedShell({ chart }: { chart: EmbedChartName }) {
  useReportHeight();
  useForwardKeys();
  return (
    <main className="app-embed" id="main-content">
      <ChartSlot chart={chart} />
    </main>
  );
}
