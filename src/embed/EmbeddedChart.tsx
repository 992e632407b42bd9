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
import { toEmbedLayout } from '../lib/embedCode';
import { SERVICE_NAME } from '../lib/site';
import { EmbedGate } from './EmbedGate';
import { useDataVersion, useEmbedMeta } from './useEmbedData';
import { useEmbedSearch } from './useEmbedSearch';

/** Parameters of the embed itself, not of the view: left off the link to the full view. */
const EMBED_ONLY = new Set(['chart', 'v', 'theme', 'layout']);

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

/** Longest part of a dropped value shown back to the reader; the address may hold anything. */
const SHOWN = 40;

/** A polite word that the address's layout could not be used, as the app says of a dropped date. */
function DroppedLayoutNotice({ value }: { value: string }) {
  return (
    <div className="govuk-inset-text app-dropped-params" role="status" data-testid="dropped-params">
      The layout “{value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value}” in the address was
      not used because it is not one of this chart&apos;s layouts (“slide”, or none). The chart
      shows its usual layout instead.
    </div>
  );
}

export function EmbeddedChart({ spec }: { spec: AnyChartSpec }) {
  const files = useMemo(() => specDataFiles(spec), [spec]);
  const { data, failed } = useDataFiles(files, useDataVersion());
  const search = useEmbedSearch();
  const asked = new URLSearchParams(search).get('layout');
  const layout = toEmbedLayout(asked);
  const slide = layout === 'slide';
  return (
    <>
      {layout === null && asked !== null ? <DroppedLayoutNotice value={asked} /> : null}
      <EmbedGate data={data} failed={failed} what={`the data for “${spec.label.toLowerCase()}”`}>
        {(loaded) => (
          <SpecView
            spec={spec}
            data={loaded as DataFiles}
            query={search}
            surface={slide ? 'slide' : 'embed'}
          />
        )}
      </EmbedGate>
      {slide ? (
        // The slide has its own title; only a short source line stays under the chart.
        <p className="govuk-body-s app-embed__source app-embed__source--slide">
          Source: {spec.source}.
        </p>
      ) : (
        <EmbedSource spec={spec} search={search} />
      )}
    </>
  );
}

function EmbedSource({ spec, search }: { spec: AnyChartSpec; search: string }) {
  return (
    <>
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
