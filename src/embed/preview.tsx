/**
 * A chart's link preview, for the build (scripts/link-previews.mjs): its words for the page's Open
 * Graph and oEmbed tags, and its drawing on the export surface, from the spec, at its default
 * view (the one /embed/<chart>/ shows). The build turns the drawing into the preview PNG.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { CHART_SPECS } from '../charts/registry';
import { SpecView } from '../charts/shared/SpecView';
import { specDataFiles } from '../charts/shared/spec';
import { computeChart } from '../charts/shared/useChart';
import { parseDataFile, type DataFileName } from '../data/parse';
import type { DataFiles } from '../domain/types';
import type { EmbedChartName } from '../lib/embedCode';

export interface ChartCard {
  title: string;
  description: string;
  summary: string;
  /** Where the data comes from: the chart's source line. */
  source: string;
  /** The chart's <svg> as the export surface draws it, or null for a chart that is a table. */
  svg: string | null;
}

/** The width the preview's chart is laid out at, before it is scaled into the picture. */
export const PREVIEW_LAYOUT_WIDTH = 1100;

export async function chartCard(
  chart: EmbedChartName,
  files: Partial<Record<DataFileName, unknown>>,
): Promise<ChartCard> {
  const spec = await CHART_SPECS[chart]();
  const data = Object.fromEntries(
    specDataFiles(spec).map((file) => [file, parseDataFile(file, files[file])]),
  ) as unknown as DataFiles;
  const { text } = computeChart(spec, data, '', 'export', PREVIEW_LAYOUT_WIDTH);
  const markup = renderToStaticMarkup(
    <SpecView
      spec={spec}
      data={data}
      query=""
      surface="export"
      fallbackWidth={PREVIEW_LAYOUT_WIDTH}
    />,
  );
  const drawings = [...markup.matchAll(/<svg\b[^>]*aria-labelledby[\s\S]*?<\/svg>/g)].map(
    (m) => m[0],
  );
  return {
    title: text.title,
    description: text.description,
    summary: text.summary,
    source: spec.source,
    svg: drawings.length === 1 ? drawings[0]! : null,
  };
}
