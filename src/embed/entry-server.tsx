/**
 * Server rendering of the embeds for the pre-renderer (scripts/prerender-embeds.mjs): each chart
 * at its default state, with the data it needs validated, to HTML and the query state the
 * client hydrates from, so an embedded chart is on screen before, and without, JavaScript.
 */
import { StrictMode } from 'react';
import type { DataFileName } from '../data/load';
import { renderStatic, type StaticPage } from '../app/prerender';
import { EMBED_CHARTS, type EmbedChartName } from '../lib/embedCode';
import { SERVICE_NAME } from '../lib/site';
import { EmbedApp } from './EmbedApp';
import { CHART_SPECS } from '../charts/registry';
import { specDataFiles } from '../charts/shared/spec';

export { EMBED_CHARTS };

/** The data files a chart's page carries (meta.json always). */
export const embedDataFiles = async (chart: EmbedChartName): Promise<DataFileName[]> =>
  specDataFiles(await CHART_SPECS[chart]());

export const embedTitle = async (chart: EmbedChartName): Promise<string> =>
  `${(await CHART_SPECS[chart]()).label} – ${SERVICE_NAME}`;

export function renderEmbed(
  chart: EmbedChartName,
  files: Partial<Record<DataFileName, unknown>>,
): Promise<StaticPage> {
  return renderStatic(`embed ${chart}`, files, (client) => (
    <StrictMode>
      <EmbedApp client={client} chart={chart} />
    </StrictMode>
  ));
}

export { chartCard } from './preview';
export { EMBED_HEIGHTS } from '../lib/embedCode';
export { CHART_PAGES } from '../lib/chartPages';
export { wrapText } from '../charts/shared/textMetrics';
export { SERVICE_NAME };
