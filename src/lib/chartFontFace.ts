// The chart font's faces (Latin, regular and bold: all that chart text uses), self-hosted from the
// npm registry and served from our own origin, as the CSP's font-src 'self' requires.
//
// They are added from script, not declared in the stylesheet. An @font-face in the page's
// stylesheet is fetched as soon as the pre-rendered charts ask for it, at the highest priority,
// beside the stylesheet and before the first paint: on a slow connection that paint then waits for
// 23 KiB of font it does not need (Lighthouse mobile: LCP 1,065 ms with them, 757 ms without;
// issue 20). Until the faces arrive a chart's text is drawn in Arial or Liberation Sans, which have
// Arimo's metrics, so nothing moves when they do. The app's first module imports this file, and
// that module is fetched only after the first paint (server/first-script.mjs).
import regular from '@fontsource/arimo/files/arimo-latin-400-normal.woff2?url';
import regularWoff from '@fontsource/arimo/files/arimo-latin-400-normal.woff?url';
import bold from '@fontsource/arimo/files/arimo-latin-700-normal.woff2?url';
import boldWoff from '@fontsource/arimo/files/arimo-latin-700-normal.woff?url';
import { CHART_FONT_NAME } from './chartFont';

/** Each face: its weight and its files, best format first. */
export const CHART_FONT_FACES = [
  { weight: '400', files: [regular, regularWoff] },
  { weight: '700', files: [bold, boldWoff] },
] as const;

/** The `src` of a face: its files, each with its format, as @font-face writes it. */
export function faceSource(files: readonly string[]): string {
  return files
    .map(
      (file) =>
        `url(${JSON.stringify(file)}) format("${file.endsWith('.woff2') ? 'woff2' : 'woff'}")`,
    )
    .join(', ');
}

/**
 * Adds the chart font's faces to `fonts`; what is drawn in a fallback until one arrives is redrawn
 * in Arimo when it does. Does nothing where the browser has no FontFace
 * (a test's DOM) or the faces are there already.
 */
export function addChartFontFaces(fonts: FontFaceSet | undefined = globalThis.document?.fonts) {
  if (!fonts || typeof FontFace === 'undefined') return;
  const present = new Set(
    [...fonts]
      .filter((face) => face.family.replace(/["']/g, '') === CHART_FONT_NAME)
      .map((face) => face.weight),
  );
  for (const { weight, files } of CHART_FONT_FACES) {
    if (present.has(weight)) continue;
    const face = new FontFace(CHART_FONT_NAME, faceSource(files), {
      weight,
      style: 'normal',
      display: 'swap',
    });
    // Fetched, as an @font-face is, once a text on the page asks for it: a page without a chart
    // fetches none. A face that fails to load leaves the fallback, which has the same metrics.
    fonts.add(face);
  }
}

addChartFontFaces();
