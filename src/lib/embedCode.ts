/**
 * The embed codes a presenter copies: the embed page's address for a chart, a plain iframe, and
 * the optional resize script. Pure strings, so the Embed dialog and the tests share them.
 */

/** Every chart that can be embedded, by the name used in `/embed/<name>/` and `?chart=<name>`. */
export const EMBED_CHARTS = [
  'timeline',
  'rating-ladder',
  'rating-flows',
  'transition-matrix',
  'round-flows',
  'grade-distribution',
  'governance',
  'powers',
  'journey',
  'rating-history',
  'authority-compare',
  'period-transitions',
  'england-line',
] as const;

export type EmbedChartName = (typeof EMBED_CHARTS)[number];

export const isEmbedChart = (value: string | null | undefined): value is EmbedChartName =>
  (EMBED_CHARTS as readonly string[]).includes(value ?? '');

export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', 'light', 'dark'];
export const toEmbedTheme = (value: string | null | undefined): EmbedTheme =>
  value === 'light' || value === 'dark' ? value : 'auto';

/**
 * The embed's layouts: `default` (title, chart, summary, table; its height follows its content)
 * and `slide` (`?layout=slide`): the chart alone filling a 16:9 frame, never scrolling, in type
 * that reads on a projector, under a short source line; the slide carries its own title.
 */
export type EmbedLayout = 'default' | 'slide';
export const EMBED_LAYOUTS: readonly EmbedLayout[] = ['default', 'slide'];

/** An embed's layout from its address: absent → default; a value that is not a layout → null (dropped, and said so). */
export const toEmbedLayout = (value: string | null | undefined): EmbedLayout | null =>
  value === null || value === undefined || value === '' || value === 'default'
    ? 'default'
    : value === 'slide'
      ? 'slide'
      : null;

/** The message an embed posts to its host with its height; the resize script checks its shape. */
export const HEIGHT_MESSAGE = 'northants-csc-embed:height';
/** The message a host sends to ask an embed for its height (the embed may have posted before the host listened). */
export const HEIGHT_REQUEST = 'northants-csc-embed:request-height';
/**
 * The message an embed posts to its host with a navigation key it does not use (an arrow, Page
 * Up/Down, Space, Home/End, Escape), so a slide deck around it still moves on; the resize script
 * re-dispatches it as a keydown on the host document. See README, "Embedding a chart".
 */
export const KEY_MESSAGE = 'northants-csc-embed:key';
/** The keys an embed passes to its host when it is not in its "interacting" state. */
export const HOST_KEYS: readonly string[] = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  ' ',
  'Home',
  'End',
  'Escape',
];
/**
 * The message the resize script sends an embed with the host page's colour scheme
 * ({ type, scheme: 'light' | 'dark' }), when it loads and whenever it changes; an embed with
 * theme=auto (or none) takes it. See README, "Embedding a chart".
 */
export const THEME_MESSAGE = 'northants-csc-embed:theme';
/** Heights outside these bounds are refused by the resize script. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 10_000;

/** Parameters that only make sense inside the app (or are the embed's own) and never go into an embed address. */
const NOT_CARRIED = new Set(['chart', 'v', 'theme', 'layout']);

export interface EmbedAddressOptions {
  /** The app's origin, e.g. "https://example.gov.uk". */
  origin: string;
  chart: EmbedChartName;
  /** The app's query string (the view state to carry): "?asAt=2018-11-30&area=overall". */
  search?: string;
  /** Pin to this data version; absent follows the latest data. */
  version?: string | null;
  theme?: EmbedTheme;
  layout?: EmbedLayout;
}

/** The embed page's address: `/embed/<chart>/` (pre-rendered) with the view's parameters. */
export function toEmbedUrl({
  origin,
  chart,
  search = '',
  version,
  theme = 'auto',
  layout = 'default',
}: EmbedAddressOptions): string {
  const from = new URLSearchParams(search);
  const params = new URLSearchParams();
  for (const [key, value] of from)
    if (!NOT_CARRIED.has(key) && value !== '') params.set(key, value);
  if (version) params.set('v', version);
  if (theme !== 'auto') params.set('theme', theme);
  if (layout !== 'default') params.set('layout', layout);
  const query = params.toString();
  return `${origin.replace(/\/+$/, '')}/embed/${chart}/${query ? `?${query}` : ''}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A plain iframe: a title, the full width, a fixed height that fits the chart, loaded lazily. A
 * slide's iframe (`height: 'slide'`) keeps a 16:9 shape at any width instead of a fixed height.
 */
export function toIframeSnippet({
  src,
  title,
  height,
}: {
  src: string;
  title: string;
  height: number | 'slide';
}): string {
  const size = height === 'slide' ? 'aspect-ratio:16/9' : `height:${Math.round(height)}px`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" style="width:100%;${size};border:0" loading="lazy" data-northants-csc-embed></iframe>`;
}

/** The optional script that lets the host page resize the iframe to the chart's height. */
export const toResizeScriptSnippet = (origin: string): string =>
  `<script src="${escapeAttribute(origin.replace(/\/+$/, ''))}/embed-resize.js" defer></script>`;

/** The sensible fixed height of each chart's iframe, before any resizing. */
export const EMBED_HEIGHTS: Record<EmbedChartName, number> = {
  timeline: 720,
  'rating-ladder': 900,
  'rating-flows': 640,
  'transition-matrix': 720,
  'round-flows': 760,
  'grade-distribution': 620,
  governance: 900,
  powers: 900,
  journey: 420,
  'rating-history': 2400,
  'authority-compare': 720,
  'period-transitions': 760,
  'england-line': 620,
};
