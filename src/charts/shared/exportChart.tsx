/**
 * A chart laid out and drawn for an export through its spec, off screen: the size presets and the
 * .pptx slide lay the chart out for their own surface and width (never the page's SVG scaled),
 * then take the drawn <svg> with its styles written onto it. Browser-only.
 *
 * Exports are drawn in the light theme whatever the reader's scheme: they go onto slides, paper
 * and other sites (the stage carries the light colours, src/app/_theme.scss).
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DataFileKey } from '../../domain/types';
import {
  PRESETS,
  chooseOrientation,
  fitChart,
  layoutPresetPage,
  toPresetFrame,
  toPresetSvg,
  type ChartFit,
  type Orientation,
  type PresetFrame,
  type PresetName,
  type PresetPage,
  type PresetWords,
} from '../../lib/export/presets';
import { EXPORT_FONT, toInlinedChart } from '../../lib/export/standaloneSvg';
import type { ChartSpec, ChartText, SpecData, Surface } from './spec';
import { computeChart } from './useChart';

/** The colours of an export: the light theme's page and text. */
export const EXPORT_BACKGROUND = '#ffffff';
export const EXPORT_TEXT = '#0b0c0c';

export interface DrawnChart {
  /** The chart's <svg>, styles written on, at its laid-out size. */
  markup: string;
  width: number;
  height: number;
  /** The chart's words for the surface it was laid out for. */
  text: ChartText;
}

const noop = () => {};
let drawn = 0;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Lay the chart out for a surface and width through its spec, draw it off screen and take it. */
export async function drawChartForExport<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  query: string,
  surface: Surface,
  width: number,
): Promise<DrawnChart> {
  const chart = computeChart(spec, data, query, surface, Math.floor(width));
  drawn += 1;
  const titleId = `app-export-${drawn}-title`;
  const descriptionId = `app-export-${drawn}-desc`;
  const stage = document.createElement('div');
  stage.className = 'app-export-stage';
  stage.setAttribute('aria-hidden', 'true');
  stage.inert = true;
  stage.style.width = `${Math.ceil(width)}px`;
  document.body.append(stage);
  const root = createRoot(stage);
  try {
    flushSync(() =>
      root.render(
        <div className={`app-spec app-spec--${surface}`} data-chart={spec.name}>
          <p id={titleId}>{chart.text.title}</p>
          <p id={descriptionId}>{chart.text.description}</p>
          <spec.Chart
            model={chart.model}
            layout={chart.layout}
            params={chart.params}
            surface={surface}
            interactive={false}
            selected={null}
            onSelect={noop}
            onParamsChange={noop}
            titleId={titleId}
            descriptionId={descriptionId}
          />
        </div>,
      ),
    );
    // Effects that finish a drawing (measured text) run before the next frame.
    await nextFrame();
    const svg = stage.querySelector<SVGSVGElement>('svg[aria-labelledby]');
    if (!svg) throw new Error('The chart could not be drawn for the download.');
    return { ...toInlinedChart(svg), text: chart.text };
  } finally {
    root.unmount();
    stage.remove();
  }
}

/** A preset image, ready to draw: its page, the chart's place on it and the whole as SVG. */
export interface PresetImage {
  frame: PresetFrame;
  page: PresetPage;
  fit: ChartFit;
  /** The whole page as an SVG document, in the page's CSS pixels. */
  markup: string;
  text: ChartText;
}

/**
 * The preset page for a chart: laid out for the preset's surface at its box's width. A4 is tried
 * both ways round and drawn in the orientation in which the chart comes out largest.
 */
export async function makePresetImage<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  query: string,
  presetName: PresetName,
  words: Omit<PresetWords, 'title'>,
): Promise<PresetImage> {
  const preset = PRESETS[presetName];
  const orientations: (Orientation | undefined)[] =
    presetName === 'a4' ? ['landscape', 'portrait'] : [undefined];
  // The title is the spec's for the surface; its length decides how much room the chart has.
  const params = spec.readParams(new URLSearchParams(query), data);
  const title = spec.toText(spec.toModel(data, params), params, data, preset.surface).title;
  const tried = [];
  for (const orientation of orientations) {
    const frame = toPresetFrame(preset, orientation);
    const page = layoutPresetPage(frame, { ...words, title });
    const chart = await drawChartForExport(spec, data, query, preset.surface, page.box.width);
    tried.push({ frame, page, chart, fit: fitChart(page.box, chart) });
  }
  const chosen =
    tried.length === 2
      ? tried[
          chooseOrientation({ landscape: tried[0]!.fit, portrait: tried[1]!.fit }) === 'landscape'
            ? 0
            : 1
        ]!
      : tried[0]!;
  const { frame, page, chart, fit } = chosen;
  return {
    frame,
    page,
    fit,
    text: chart.text,
    markup: toPresetSvg({
      page,
      fit,
      chartMarkup: chart.markup,
      title: chart.text.title,
      font: EXPORT_FONT,
      background: EXPORT_BACKGROUND,
      text: EXPORT_TEXT,
    }),
  };
}
