/**
 * A chart spec: everything about one chart in one object, so that the page, the briefing, print,
 * a slide, an embed and an export all draw it the same way. A screen or an embed chooses a spec,
 * its parameters and a surface; it never calls a chart's model or layout function itself.
 *
 * The stages are named as in the house style: validated records (`data`) → view-model
 * (`toModel`) → placed geometry (`layout`, pure, given a surface) → drawn (`Chart`). The table and
 * the text are built from the same view-model, so the table alternative, the CSV download and the
 * summary never disagree with the picture.
 */
import type { ReactNode } from 'react';
import type { DataFileKey, DataFiles } from '../../domain/types';
import type { EmbedChartName } from '../../lib/embedCode';
import type { ChartTable } from '../chart-data/chartTable';

/**
 * Where a chart is drawn. A surface is an input to layout (sizes, type sizes, what to label), not
 * a component of its own: `page` is responsive (320 px and up), `compact` a small picture in the
 * briefing, `print` A4, `slide` 16:9 at 1920×1080, `embed` alone in another site's frame,
 * `export` a standalone SVG or PNG.
 */
export type Surface = 'page' | 'compact' | 'print' | 'slide' | 'embed' | 'export';

export const SURFACES: readonly Surface[] = [
  'page',
  'compact',
  'print',
  'slide',
  'embed',
  'export',
];

/** What a surface gives a layout: the kind of surface and the width to fill, in CSS px. */
export interface SurfaceSize {
  surface: Surface;
  width: number;
  /**
   * The height the chart may use, where the surface has one (a slide). A layout that is given a
   * height fits inside it, choosing fewer labels or another arrangement rather than overflowing.
   */
  height?: number;
}

/**
 * The slide surface's logical frame. A chart on a slide is laid out at about this width, in its
 * usual 11–12 px type, and the frame's SVG viewBox scales it up to fill the slide: ×2.6 on a
 * 1920 × 1080 slide less its margins (12 px → 31 px, 11 px ticks → 28.6 px) and ×1.73 at
 * 1280 × 720 (→ 20.8 and 19.1 px). So no spec keeps a table of slide type sizes: it lays out as
 * for a small page.
 */
export const SLIDE_WIDTH = 720;
/** Below this logical height a wide, short frame scales by its height instead (its text smaller). */
const SLIDE_MIN_HEIGHT = 300;

export interface SlideFrame {
  /** The logical frame the spec lays out in, in px before scaling. */
  width: number;
  height: number;
  /** Logical px to the frame's CSS px. */
  scale: number;
}

/**
 * The logical frame for a slide `width` × `height` CSS px (16:9 when no height is given): its
 * width fills SLIDE_WIDTH, never scaled below 1 (a phone's frame is laid out as it is).
 */
export function toSlideFrame(width: number, height: number = (width * 9) / 16): SlideFrame {
  const scale = Math.max(1, Math.min(width / SLIDE_WIDTH, height / SLIDE_MIN_HEIGHT));
  return { width: Math.floor(width / scale), height: Math.floor(height / scale), scale };
}

/**
 * A paragraph of a footnote: text; text with a `lead` set in bold before it ("Timing is not
 * cause."); or a numbered list (the ladder's numbered interventions).
 */
export type FootnoteParagraph =
  string | { lead: string; text: string } | { list: readonly string[] };

/** A chart's words: all of them come from its spec, on every surface. */
export interface ChartText {
  title: string;
  /** The title of the small copy in the briefing, where the page's heading says the date. */
  shortTitle?: string;
  /** One line: what the chart shows. Also its accessible description. */
  description: string;
  /** What is shown now, in plain words, conclusion first. */
  summary: string;
  footnote: readonly FootnoteParagraph[];
}

/** What a spec's drawing component is given. It only draws: no fetching, no global state. */
export interface ChartDrawProps<Model, Layout, Params> {
  model: Model;
  layout: Layout;
  params: Params;
  surface: Surface;
  /** The ids of the frame's title and description, for the svg's aria-labelledby/-describedby. */
  titleId: string;
  descriptionId: string;
  /** False where the chart is a still picture (the briefing, print, export). */
  interactive: boolean;
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** A change a reader makes inside the chart (zoom, pan) to parameters it reads from the address. */
  onParamsChange: (next: Partial<Params>) => void;
}

/** Loaded data for a spec: the files it named, validated. */
export type SpecData<F extends DataFileKey> = Pick<DataFiles, F>;

/**
 * One chart. Members are methods (not function-valued properties) so that every spec can stand in
 * the one registry as an `AnyChartSpec`.
 */
export interface ChartSpec<F extends DataFileKey, Params, Model, Layout> {
  /** The name in `/embed/<name>/` and `?chart=<name>`. */
  name: EmbedChartName;
  /** A short label, for the page title before the chart's own (date-dependent) title renders. */
  label: string;
  /** The app view with the full chart, its controls and its details. */
  fullView: string;
  /** Where the data comes from, for the source line. */
  source: string;
  /** The data files the chart needs (meta.json is always loaded too). */
  data: readonly F[];
  /** The width to lay out for before the real one is measured (the server, the first paint). */
  fallbackWidth: number;
  /** The chart's view parameters from an address's query string; anything invalid falls back. */
  readParams(query: URLSearchParams, data: SpecData<F | 'meta.json'>): Params;
  /**
   * Which parameters the view-model depends on, as a string (default: all of them). The timeline's
   * zoom is a parameter only its layout reads, so zooming never rebuilds its events.
   */
  modelKey?(params: Params): string;
  toModel(data: SpecData<F | 'meta.json'>, params: Params): Model;
  /**
   * Pure and DOM-free: the geometry for a surface and width. On the slide surface the size is the
   * slide frame's in CSS px (1920 wide, say); `defineChart` turns it into the logical frame
   * (`toSlideFrame`) before the spec's own layout sees it, and the SVG's viewBox scales it back up.
   */
  layout(model: Model, params: Params, size: SurfaceSize): Layout;
  /** The one table: the Table tab, the embed's table and the CSV download. */
  toTable(model: Model, params: Params, data: SpecData<F | 'meta.json'>): ChartTable;
  toText(
    model: Model,
    params: Params,
    data: SpecData<F | 'meta.json'>,
    surface: Surface,
  ): ChartText;
  /** The selected mark in words, added to the summary ("Selected: overall effectiveness, …"). */
  describeSelected?(model: Model, layout: Layout, id: string): string | null;
  Chart(props: ChartDrawProps<Model, Layout, Params>): ReactNode;
}

/** Any spec, as the registry and the one view hold them. */
// Method members are checked bivariantly, so a ChartSpec<'governance.json', GovParams, …> is one of these.
export type AnyChartSpec = ChartSpec<DataFileKey, unknown, unknown, unknown>;

/**
 * Declares a spec with its types inferred (and checked) from its members. On the slide surface its
 * layout is given the logical slide frame (width and height) in place of the frame's CSS size, so
 * every spec reads from the back of the room without a slide type size of its own.
 */
export const defineChart = <F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
): ChartSpec<F, Params, Model, Layout> => {
  const layout = spec.layout.bind(spec);
  return {
    ...spec,
    layout: (model, params, size) => {
      if (size.surface !== 'slide') return layout(model, params, size);
      const frame = toSlideFrame(size.width, size.height);
      return layout(model, params, { surface: 'slide', width: frame.width, height: frame.height });
    },
  };
};

/** The data files a spec's page carries: meta.json always, then its own. */
export const specDataFiles = (spec: Pick<AnyChartSpec, 'data'>): DataFileKey[] => [
  'meta.json',
  ...spec.data.filter((f) => f !== 'meta.json'),
];

/**
 * For a chart whose height grows with its width (a matrix of square cells): on a surface that
 * gives a height (a slide), the widest layout up to `maxWidth` that fits it, narrowing in steps of
 * 8 px down to `minWidth`; elsewhere, the layout at `maxWidth`.
 */
export function fitToHeight<L extends { height: number }>(
  { height }: SurfaceSize,
  maxWidth: number,
  make: (width: number) => L,
  minWidth = 280,
): L {
  let placed = make(maxWidth);
  if (height === undefined) return placed;
  for (let w = maxWidth - 8; w >= minWidth && placed.height > height; w -= 8) placed = make(w);
  return placed;
}
