/**
 * Server rendering of the embeds for the pre-renderer (scripts/prerender-embeds.mjs): each chart
 * at its default state, with the data it needs validated, to HTML and the query state the
 * client hydrates from, so an embedded chart is on screen before, and without, JavaScript.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
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

export async function renderEmbed(
  chart: EmbedChartName,
  files: Partial<Record<DataFileName, unknown>>,
): Promise<{ html: string; state: string; warnings: string[] }> {
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
  const app = (
    <StrictMode>
      <EmbedApp client={client} chart={chart} />
    </StrictMode>
  );
  // As for the app's pages: the first pass waits for the lazily loaded chart, the second renders
  // it synchronously, so no inline script is needed to swap it in (the CSP forbids one).
  for await (const _chunk of (await prerenderToNodeStream(app)).prelude) void _chunk;
  const html = renderToString(app);
  if (html.includes('<script')) throw new Error(`embed ${chart}: pre-rendered HTML contains a script`);
  const state = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
  return { html, state, warnings };
}
