/**
 * The family charts are drawn in: Arimo, self-hosted from the npm registry (@fontsource/arimo),
 * whose metrics chart layout measures with (src/charts/shared/textMetrics.ts), then the fonts with
 * the same metrics (Arial, Liberation Sans, Helvetica) for a renderer or a moment without it.
 */
// Unquoted names: resvg (and so a share of SVG tools) reads a quoted name after an unquoted one
// as no match, and would fall back to its default font at other widths.
/** The chart font's own name (its faces: src/lib/chartFontFace.ts). */
export const CHART_FONT_NAME = 'Arimo';

export const CHART_FONT_FAMILY = `${CHART_FONT_NAME}, Arial, Liberation Sans, Helvetica, sans-serif`;
