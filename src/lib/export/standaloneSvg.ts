/**
 * A chart's <svg> as a file that stands on its own: every style the page's CSS gave it written
 * onto its elements as presentation attributes (vector editors and image viewers never see the page's stylesheet or its
 * custom properties), the chart font named with its metric-compatible system fallbacks and never
 * fetched, no reference outside the file, and the chart's title
 * and source line drawn in. Browser-only: it reads computed styles.
 */
import { CHART_FONT_FAMILY } from '../chartFont';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The styles that change how SVG draws; each is copied from the computed style. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * Styles copied only where they differ from their initial value, so the file does not repeat
 * them on every element: without them a gradient's stops fall back to black (the timeline's
 * fading tails drawn as solid black bars) and a halo's stroke is painted over its text (white on
 * white labels).
 */
const UNLESS_INITIAL: Readonly<Record<string, readonly string[]>> = {
  'paint-order': ['normal'],
  'stroke-dashoffset': ['0', '0px'],
  'stroke-miterlimit': ['4'],
  'fill-rule': ['nonzero'],
  'clip-rule': ['nonzero'],
  'letter-spacing': ['normal', '0px'],
  'text-decoration-line': ['none'],
};

/** Styles that only mean something on some elements: a gradient's <stop>s. */
const ON_ELEMENT: Readonly<Record<string, readonly string[]>> = {
  stop: ['stop-color', 'stop-opacity'],
};

/**
 * The chart font, then the fonts every system has with its metrics (Arial, Liberation Sans), so a
 * renderer without Arimo draws each text at the width its layout measured. No web font is fetched.
 */
export const EXPORT_FONT = CHART_FONT_FAMILY;

/** Elements that are interaction chrome (focus and selection rings) or could reach outside the file. */
const DROP = '.app-svg__focus, script, foreignObject, image, use[href]:not([href^="#"])';
const DROP_ATTRIBUTES = new Set([
  'class',
  'style',
  'tabindex',
  'aria-labelledby',
  'aria-describedby',
  'aria-pressed',
  'aria-current',
]);

export interface SvgExportOptions {
  /** The chart's title, drawn above it and given as the file's <title>. */
  title: string;
  /** The source line drawn under it: where the data comes from, and its version. */
  source: string;
}

export interface StandaloneSvg {
  markup: string;
  width: number;
  height: number;
  /** The background painted behind the chart (the page's), for PNG export and blank checks. */
  background: string;
}

const isTransparent = (colour: string) =>
  colour === '' ||
  colour === 'transparent' ||
  /^rgba\(.*,\s*0\)$/.test(colour.replace(/\s+/g, ' '));

/** The size the chart is drawn at: its width/height attributes, else its viewBox. */
export function getSvgSize(svg: SVGSVGElement): { width: number; height: number } {
  const attr = (name: string) => Number.parseFloat(svg.getAttribute(name) ?? '');
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number.isFinite(attr('width')) ? attr('width') : (box[2] ?? 0);
  const height = Number.isFinite(attr('height')) ? attr('height') : (box[3] ?? 0);
  if (!(width > 0) || !(height > 0)) throw new Error('The chart has no size to export.');
  return { width, height };
}

/** Greedy word wrap for drawn text, at an average character width of 0.55 em. */
export function wrapWords(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(12, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A computed paint such as `url("http://host/timeline#tail")` (Chromium resolves the reference
 * against the page) as the file-local `url(#tail)`; a reference to another document is left as it
 * is, to be dropped. Without this the gradients and hatching patterns drew black in the file.
 */
export function toLocalUrl(value: string, pageUrl: string): string {
  const page = pageUrl.split('#')[0];
  return value.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (whole, _quote, ref: string) => {
    const hash = ref.indexOf('#');
    if (hash < 0) return whole;
    const base = ref.slice(0, hash);
    return base === '' || base === page ? `url(${ref.slice(hash)})` : whole;
  });
}

const isExternalUrl = (value: string) => /url\((?!\s*['"]?#)/.test(value);

/** Copy computed styles onto the clone, and strip what only made sense on the page. */
function inlineStyles(original: SVGSVGElement, clone: SVGSVGElement) {
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((element, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = getComputedStyle(element);
    if (computed.display === 'none' || element.matches(DROP)) {
      hidden.push(copy);
      return;
    }
    // Presentation attributes, not a style attribute: they mean the same in a file with no
    // stylesheet, and setting style attributes would break the page's CSP (style-src 'self').
    const presentation: [string, string][] = [];
    const copyable = (value: string) =>
      value !== '' && !value.includes('var(') && !isExternalUrl(value);
    const local = (value: string) => toLocalUrl(value, element.ownerDocument.URL);
    for (const property of [...PROPERTIES, ...(ON_ELEMENT[element.localName] ?? [])]) {
      const value = local(computed.getPropertyValue(property).trim());
      if (copyable(value)) presentation.push([property, value]);
    }
    for (const [property, initial] of Object.entries(UNLESS_INITIAL)) {
      const value = local(computed.getPropertyValue(property).trim());
      if (copyable(value) && !initial.includes(value))
        presentation.push([
          property === 'text-decoration-line' ? 'text-decoration' : property,
          value,
        ]);
    }
    for (const attribute of [...copy.attributes]) {
      const { name, value } = attribute;
      if (DROP_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('on'))
        copy.removeAttribute(name);
      else if (value.includes('var(')) {
        // A presentation attribute such as fill="var(--app-bg)": its resolved value instead.
        const resolved = computed.getPropertyValue(name).trim();
        if (resolved && !resolved.includes('var(')) copy.setAttribute(name, resolved);
        else copy.removeAttribute(name);
      } else if (
        /url\((?!\s*['"]?#)/.test(value) ||
        ((name === 'href' || name === 'xlink:href') && !value.startsWith('#'))
      ) {
        copy.removeAttribute(name);
      }
    }
    for (const [name, value] of presentation) copy.setAttribute(name, value);
  });
  hidden.forEach((element) => element.remove());
}

/**
 * The chart alone, its styles written onto it (as in toStandaloneSvg), at its laid-out size: for a
 * preset page or a slide picture that draws its own title and source line around it.
 */
export function toInlinedChart(svg: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const size = getSvgSize(svg);
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('width', String(size.width));
  chart.setAttribute('height', String(size.height));
  if (!chart.getAttribute('viewBox'))
    chart.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  chart.setAttribute('font-family', EXPORT_FONT);
  return { markup: new XMLSerializer().serializeToString(chart), ...size };
}

function makeText(doc: Document, text: string, attributes: Record<string, string | number>) {
  const element = doc.createElementNS(SVG_NS, 'text');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.textContent = text;
  return element;
}

/** The chart with its title and source line, as a self-contained SVG document. */
export function toStandaloneSvg(
  svg: SVGSVGElement,
  { title, source }: SvgExportOptions,
): StandaloneSvg {
  const doc = svg.ownerDocument;
  const size = getSvgSize(svg);
  const width = Math.max(300, Math.ceil(size.width));
  const pad = 16;
  const rootStyle = getComputedStyle(svg);
  const pageBackground = getComputedStyle(doc.body).backgroundColor;
  const background = isTransparent(pageBackground) ? '#ffffff' : pageBackground;
  const text = isTransparent(rootStyle.color) ? '#0b0c0c' : rootStyle.color;

  const titleLines = wrapWords(title, width - 2 * pad, 18);
  const sourceLines = wrapWords(source, width - 2 * pad, 12);
  const top = pad + titleLines.length * 24 + 8;
  const bottom = 12 + sourceLines.length * 16 + pad;
  const height = Math.ceil(top + size.height + bottom);

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', EXPORT_FONT);
  root.setAttribute('role', 'img');
  const titleElement = doc.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  root.append(titleElement);
  const backdrop = doc.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ width, height, fill: background }))
    backdrop.setAttribute(name, String(value));
  root.append(backdrop);
  titleLines.forEach((line, i) =>
    root.append(
      makeText(doc, line, {
        x: pad,
        y: pad + 18 + i * 24,
        'font-size': 18,
        'font-weight': 700,
        fill: text,
      }),
    ),
  );

  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  chart.setAttribute('x', String((width - size.width) / 2));
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(size.width));
  chart.setAttribute('height', String(size.height));
  if (!chart.getAttribute('viewBox'))
    chart.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  root.append(chart);

  sourceLines.forEach((line, i) =>
    root.append(
      makeText(doc, line, {
        x: pad,
        y: top + size.height + 12 + 12 + i * 16,
        'font-size': 12,
        fill: text,
      }),
    ),
  );
  const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { markup, width, height, background };
}
