/**
 * Any chart spec alone in an embed: its data at the pinned version (or the latest), drawn by the
 * one view on the embed surface, with its source line, data version and a link to the full view.
 */
import { useMemo } from 'react';
import type { AnyChartSpec } from '../charts/shared/spec';
import { specDataFiles } from '../charts/shared/spec';
import { SpecView } from '../charts/shared/SpecView';
import { useDataFiles } from '../data/queries';
import { formatPartialDate } from '../domain/dates';
import type { DataFiles } from '../domain/types';
import { SERVICE_NAME } from '../lib/site';
import { EmbedGate } from './EmbedGate';
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
  if (!meta.data)
    return <>Data version {pinned ?? (meta.isError ? 'not available' : 'loading')}.</>;
  return (
    <>
      Data version {meta.data.version} ({pinned ? 'pinned: this chart will not change' : 'latest'}),
      checked {formatPartialDate(meta.data.checked)}.
    </>
  );
}

export function EmbeddedChart({ spec }: { spec: AnyChartSpec }) {
  const files = useMemo(() => specDataFiles(spec), [spec]);
  const { data, failed } = useDataFiles(files, useDataVersion());
  const search = useEmbedSearch();
  return (
    <>
      <EmbedGate data={data} failed={failed} what={`the data for “${spec.label.toLowerCase()}”`}>
        {(loaded) => (
          <SpecView spec={spec} data={loaded as DataFiles} query={search} surface="embed" />
        )}
      </EmbedGate>
      <p className="govuk-body-s app-embed__source">
        Source: {spec.source}. <DataVersion />{' '}
        <a
          className="govuk-link"
          href={toFullViewHref(spec.fullView, search)}
          target="_blank"
          rel="noopener noreferrer"
        >
          See the full view on {SERVICE_NAME}
          <span className="govuk-visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
    </>
  );
}
