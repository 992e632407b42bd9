import { memo, Suspense } from 'react';
import { formatPartialDate } from '../domain/dates';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { SERVICE_NAME } from '../lib/site';
import type { EmbedChartName } from '../lib/embedCode';
import { EMBED_REGISTRY } from './registry';
import { useReportHeight } from './reportHeight';
import { useDataVersion, useEmbedMeta } from './useEmbedData';
import { useEmbedSearch } from './useEmbedSearch';

/** Parameters of the embed itself, not of the view: left off the link to the full view. */
const EMBED_ONLY = new Set(['chart', 'v', 'theme']);

function toFullViewHref(path: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of EMBED_ONLY) params.delete(key);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** The data version in words: pinned or latest, and when it was last checked. */
function DataVersion() {
  const pinned = useDataVersion();
  const meta = useEmbedMeta();
  if (!meta.data) return <>Data version {pinned ?? (meta.isError ? 'not available' : 'loading')}.</>;
  return (
    <>
      Data version {meta.data.version} ({pinned ? 'pinned: this chart will not change' : 'latest'}), checked{' '}
      {formatPartialDate(meta.data.checked)}.
    </>
  );
}

/**
 * The chart, behind its boundaries. Memoised, so that when the shell re-renders while the page
 * hydrates (the address is read only after hydration), nothing reaches a boundary React has not
 * hydrated yet: React 18 would throw away its pre-rendered HTML and draw it again (error #421).
 */
const ChartSlot = memo(function ChartSlot({ chart }: { chart: EmbedChartName }) {
  const { Component } = EMBED_REGISTRY[chart];
  return (
    <ErrorBoundary what="this chart">
      <Suspense fallback={<p className="govuk-body app-loading" role="status">Loading the chart…</p>}>
        <Component />
      </Suspense>
    </ErrorBoundary>
  );
});

/** One chart alone: no header, navigation or footer; its source, data version and a link to the full view. */
export function EmbedShell({ chart }: { chart: EmbedChartName }) {
  const entry = EMBED_REGISTRY[chart];
  const search = useEmbedSearch();
  useReportHeight();
  return (
    <main className="app-embed" id="main-content">
      <ChartSlot chart={chart} />
      <p className="govuk-body-s app-embed__source">
        Source: {entry.source}. <DataVersion />{' '}
        <a className="govuk-link" href={toFullViewHref(entry.fullView, search)} target="_blank" rel="noopener noreferrer">
          See the full view on {SERVICE_NAME}
          <span className="govuk-visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </main>
  );
}
