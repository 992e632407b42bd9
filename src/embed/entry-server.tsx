/**
 * Server rendering of the embeds for the pre-renderer (scripts/prerender-embeds.mjs): each chart
 * at its default state, with the data it needs validated, to HTML and the query state the
 * client hydrates from, so an embedded chart is on screen before, and without, JavaScript.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { isDataLoadError, type DataFileName } from '../data/load';
import { parseDataFile } from '../data/parse';
import { dataQueryKey, makeQueryClient } from '../data/queries';
import { EMBED_CHARTS, type EmbedChartName } from '../lib/embedCode';
import { SERVICE_NAME } from '../lib/site';
import { EmbedApp } from './EmbedApp';
import { EMBED_REGISTRY } from './registry';

export { EMBED_CHARTS };

/** The data files a chart's page carries (meta.json always). */
export const embedDataFiles = (chart: EmbedChartName): DataFileName[] => ['meta.json', ...EMBED_REGISTRY[chart].data];

export const embedTitle = (chart: EmbedChartName): string => `${EMBED_REGISTRY[chart].label} – ${SERVICE_NAME}`;

export function renderEmbed(
  chart: EmbedChartName,
  files: Partial<Record<DataFileName, unknown>>,
): { html: string; state: string; warnings: string[] } {
  const client = makeQueryClient();
  const warnings: string[] = [];
  for (const [file, json] of Object.entries(files) as [DataFileName, unknown][]) {
    try {
      client.setQueryData(dataQueryKey(file), parseDataFile(file, json));
    } catch (error) {
      if (!isDataLoadError(error)) throw error;
      warnings.push(error.message);
    }
  }
  const html = renderToString(
    <StrictMode>
      <EmbedApp client={client} chart={chart} ssrPath={`/embed/${chart}/`} />
    </StrictMode>,
  );
  if (html.includes('<script')) throw new Error(`embed ${chart}: pre-rendered HTML contains a script`);
  const state = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
  return { html, state, warnings };
}
