/**
 * The app pages that show charts, and which: the first is the page's own chart, the one its link
 * preview pictures and its oEmbed answer embeds (`?chart=<name>` on the page's address picks
 * another of its charts). Read by the build (scripts/link-previews.mjs), which writes the discovery
 * tags and the oEmbed manifest; tests/unit/chartPages.test.ts checks each page does show them.
 */
import type { EmbedChartName } from './embedCode';

export const CHART_PAGES: Readonly<Record<string, readonly EmbedChartName[]>> = {
  '/': ['journey'],
  '/timeline': ['timeline'],
  '/transitions': ['rating-ladder', 'rating-flows'],
  '/governance': ['governance', 'powers'],
  '/england': [
    'england-line',
    'grade-distribution',
    'transition-matrix',
    'period-transitions',
    'round-flows',
    'rating-history',
    'authority-compare',
  ],
};
