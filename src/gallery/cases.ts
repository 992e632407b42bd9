/**
 * The gallery's cases: every chart on every surface, at the width that surface gives it, on a
 * date of the story where the chart has most to say. The SVG snapshot test and the gallery page
 * (gallery.html) both draw exactly these.
 */
import { CHART_SPECS } from '../charts/registry';
import type { Surface } from '../charts/shared/spec';
import { EMBED_CHARTS, type EmbedChartName } from '../lib/embedCode';

export interface GalleryCase {
  chart: EmbedChartName;
  surface: Surface;
  /** The width the surface gives the chart, in CSS px. */
  width: number;
  /** The address's query string the chart reads its parameters from. */
  query: string;
  /** File-name-safe id: "governance.page-phone". */
  id: string;
  label: string;
}

/** Each surface at its width: a 1280 px page's column and a 375 px phone's; A4; a 1920 × 1080 slide. */
export const SURFACE_WIDTHS: readonly {
  surface: Surface;
  width: number;
  name: string;
  label: string;
}[] = [
  { surface: 'page', width: 960, name: 'page', label: 'Page at 1280 px' },
  { surface: 'page', width: 343, name: 'page-phone', label: 'Page at 375 px' },
  { surface: 'compact', width: 382, name: 'compact', label: 'Briefing (compact)' },
  { surface: 'print', width: 680, name: 'print', label: 'Printed on A4' },
  // A 16:9 slide 1920 px wide: laid out in the slide's logical frame (720 × 405) and scaled up.
  { surface: 'slide', width: 1920, name: 'slide', label: 'Slide, 1920 × 1080' },
  { surface: 'embed', width: 640, name: 'embed', label: 'Embedded at 640 px' },
  { surface: 'export', width: 960, name: 'export', label: 'Exported SVG or PNG' },
];

/** The date each chart is shown on: 30 November 2018, when the most bodies held powers at once. */
const QUERIES: Partial<Record<EmbedChartName, string>> = {
  governance: 'asAt=2018-11-30',
  powers: 'asAt=2018-11-30',
  timeline: 'asAt=2018-11-30',
  'grade-distribution': 'asAt=2019-08-01',
};

export const GALLERY_CASES: readonly GalleryCase[] = EMBED_CHARTS.flatMap((chart) =>
  SURFACE_WIDTHS.map((s) => ({
    chart,
    surface: s.surface,
    width: s.width,
    query: QUERIES[chart] ?? '',
    id: `${chart}.${s.name}`,
    label: s.label,
  })),
);

export { CHART_SPECS };
