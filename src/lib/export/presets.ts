/**
 * PNG size presets: a 16:9 slide, a social-media card and an A4 page at 300 dpi. Each is a page of
 * its own, drawn in CSS pixels and saved at `scale` image pixels per CSS pixel: the chart is laid
 * out for the preset's surface at the width of its box (never the page's SVG scaled), with the
 * title above it and the source, as-at date and data version below it, in the image.
 *
 * Pure: the sizes, where things go, and the SVG that puts them together. The browser draws it.
 */
import { wrapWords } from './standaloneSvg';

export type PresetName = 'slide' | 'social' | 'a4';
export type Orientation = 'portrait' | 'landscape';

/** The chart surface a preset lays the chart out for (see Surface in src/charts/shared/spec.ts). */
export type PresetSurface = 'slide' | 'export' | 'print';

export interface ExportPreset {
  name: PresetName;
  /** What the person choosing sees. */
  label: string;
  surface: PresetSurface;
  /** The image's size in pixels, portrait for A4 (landscape swaps them). */
  pixels: { width: number; height: number };
  /** Image pixels per CSS pixel: the chart's type sizes are in CSS pixels for its surface. */
  scale: number;
  /** The resolution written in the PNG's pHYs chunk. */
  dpi: number;
  /** Margin, title size and size of the lines under the chart, in CSS pixels. */
  margin: number;
  titleSize: number;
  textSize: number;
}

export const PRESETS: Readonly<Record<PresetName, ExportPreset>> = {
  // 1920 px over PowerPoint's 13.333-inch 16:9 slide is 144 dpi: placed in a deck, it fills the
  // slide. The slide surface's type sizes are for 1920 × 1080 (24 px and up), so no scaling.
  slide: {
    name: 'slide',
    label: 'Slide, 1920 × 1080',
    surface: 'slide',
    pixels: { width: 1920, height: 1080 },
    scale: 1,
    dpi: 144,
    margin: 64,
    titleSize: 48,
    textSize: 24,
  },
  // A link preview or post: the export surface's type sizes (as the page's), at 96 dpi.
  social: {
    name: 'social',
    label: 'Social, 1200 × 675',
    surface: 'export',
    pixels: { width: 1200, height: 675 },
    scale: 1,
    dpi: 96,
    margin: 32,
    titleSize: 28,
    textSize: 14,
  },
  // A4 is 210 × 297 mm: 2480 × 3508 pixels at 300 dpi, 793.6 × 1122.6 CSS pixels (96 to the inch)
  // at 3.125 image pixels each. The print surface's type (7 pt and up) is in those CSS pixels.
  // 12.7 mm margins; title 14 pt, lines under the chart 8 pt.
  a4: {
    name: 'a4',
    label: 'A4, 300 dpi',
    surface: 'print',
    pixels: { width: 2480, height: 3508 },
    scale: 300 / 96,
    dpi: 300,
    margin: 48,
    titleSize: (14 * 96) / 72,
    textSize: (8 * 96) / 72,
  },
};

export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export const isPresetName = (value: string): value is PresetName =>
  (PRESET_NAMES as string[]).includes(value);

/** A preset in one orientation: its image size and its page size in CSS pixels. */
export interface PresetFrame {
  preset: ExportPreset;
  orientation: Orientation;
  /** The name in the file name: "slide", "social", "a4-portrait", "a4-landscape". */
  fileLabel: string;
  pixelWidth: number;
  pixelHeight: number;
  /** The page in CSS pixels: pixels ÷ scale. */
  width: number;
  height: number;
}

export function toPresetFrame(preset: ExportPreset, orientation?: Orientation): PresetFrame {
  const { width, height } = preset.pixels;
  const natural: Orientation = width >= height ? 'landscape' : 'portrait';
  const turned = orientation !== undefined && orientation !== natural;
  const pixelWidth = turned ? height : width;
  const pixelHeight = turned ? width : height;
  const actual = orientation ?? natural;
  return {
    preset,
    orientation: actual,
    fileLabel: preset.name === 'a4' ? `a4-${actual}` : preset.name,
    pixelWidth,
    pixelHeight,
    width: pixelWidth / preset.scale,
    height: pixelHeight / preset.scale,
  };
}

/** The lines under the chart: its source, its as-at date and data version, and where it came from. */
export interface PresetWords {
  title: string;
  source: string;
  /** The as-at date in words ("1 August 2019"), where the chart has one. */
  asAt: string | null;
  /** "1.1.0", or null before the data has loaded. */
  version: string | null;
  /** The day the data was last checked, in words. */
  checked: string | null;
  /** The address of the view. */
  address: string;
}

/** The line that says when and which data: "As at 1 August 2019. Data version 1.1.0, checked …". */
export function toDatingLine({
  asAt,
  version,
  checked,
}: Pick<PresetWords, 'asAt' | 'version' | 'checked'>): string {
  const parts: string[] = [];
  if (asAt) parts.push(`As at ${asAt}.`);
  if (version) parts.push(`Data version ${version}${checked ? `, checked ${checked}` : ''}.`);
  return parts.join(' ');
}

export const TITLE_LINE_HEIGHT = 1.2;
export const TEXT_LINE_HEIGHT = 1.35;

interface PlacedLine {
  text: string;
  /** Baseline. */
  y: number;
}

/** Where the title, the chart's box and the lines under it go on the page. */
export interface PresetPage {
  frame: PresetFrame;
  title: PlacedLine[];
  footer: PlacedLine[];
  box: { x: number; y: number; width: number; height: number };
}

// wrapWords guesses 0.55 em a character; 0.9 of the width keeps a wide title inside the margins.
const WRAP_SLACK = 0.9;

export function layoutPresetPage(frame: PresetFrame, words: PresetWords): PresetPage {
  const { margin, titleSize, textSize } = frame.preset;
  const inner = frame.width - 2 * margin;
  const titleLines = wrapWords(words.title, inner * WRAP_SLACK, titleSize);
  const footerLines = [
    ...wrapWords(`Source: ${words.source}.`, inner * WRAP_SLACK, textSize),
    ...wrapWords(toDatingLine(words), inner * WRAP_SLACK, textSize),
    ...wrapWords(words.address, inner * WRAP_SLACK, textSize),
  ];
  const titleStep = titleSize * TITLE_LINE_HEIGHT;
  const textStep = textSize * TEXT_LINE_HEIGHT;
  const title = titleLines.map((text, i) => ({ text, y: margin + titleSize + i * titleStep }));
  const boxTop = margin + titleLines.length * titleStep + titleSize * 0.5;
  const footerHeight = footerLines.length * textStep;
  const footerTop = frame.height - margin - footerHeight;
  const footer = footerLines.map((text, i) => ({ text, y: footerTop + textSize + i * textStep }));
  const boxBottom = footerTop - textSize;
  return {
    frame,
    title,
    footer,
    box: { x: margin, y: boxTop, width: inner, height: Math.max(0, boxBottom - boxTop) },
  };
}

/** The chart's size and place in the box: never larger than laid out, centred, whole. */
export interface ChartFit {
  scale: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function fitChart(
  box: PresetPage['box'],
  chart: { width: number; height: number },
): ChartFit {
  if (!(chart.width > 0) || !(chart.height > 0))
    throw new Error('The chart has no size to export.');
  const scale = Math.min(1, box.width / chart.width, box.height / chart.height);
  const width = chart.width * scale;
  const height = chart.height * scale;
  return {
    scale,
    width,
    height,
    x: box.x + (box.width - width) / 2,
    y: box.y + (box.height - height) / 2,
  };
}

/**
 * Portrait or landscape A4: the one in which the chart, laid out at that page's width, is drawn
 * largest (wide charts such as the timeline go landscape, tall ones such as the rating history
 * portrait); landscape when they are equal, as most charts are wider than tall.
 */
export function chooseOrientation(fits: Record<Orientation, ChartFit>): Orientation {
  const area = (fit: ChartFit) => fit.width * fit.height;
  return area(fits.portrait) > area(fits.landscape) ? 'portrait' : 'landscape';
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PresetSvgInput {
  page: PresetPage;
  fit: ChartFit;
  /** The chart as a standalone <svg> element's markup (no XML declaration), at its laid-out size. */
  chartMarkup: string;
  title: string;
  font: string;
  background: string;
  text: string;
}

/** The whole preset page as one SVG document, at the page's CSS size. */
export function toPresetSvg({
  page,
  fit,
  chartMarkup,
  title,
  font,
  background,
  text,
}: PresetSvgInput): string {
  const { frame } = page;
  const { margin, titleSize, textSize } = frame.preset;
  const size = (n: number) => String(Math.round(n * 100) / 100);
  const line = (l: PlacedLine, fontSize: number, weight: number) =>
    `<text x="${size(margin)}" y="${size(l.y)}" font-size="${size(fontSize)}" font-weight="${weight}" fill="${escapeXml(text)}">${escapeXml(l.text)}</text>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size(frame.width)}" height="${size(frame.height)}" viewBox="0 0 ${size(frame.width)} ${size(frame.height)}" font-family="${escapeXml(font)}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${size(frame.width)}" height="${size(frame.height)}" fill="${escapeXml(background)}"/>`,
    ...page.title.map((l) => line(l, titleSize, 700)),
    `<g transform="translate(${size(fit.x)} ${size(fit.y)}) scale(${fit.scale})">${chartMarkup}</g>`,
    ...page.footer.map((l) => line(l, textSize, 400)),
    '</svg>',
    '',
  ].join('\n');
}
