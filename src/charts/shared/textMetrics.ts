/**
 * Text sizes without a DOM, so layout is pure and the same on the server and in the browser.
 *
 * Charts draw their text in Arimo, self-hosted from the npm registry (@fontsource/arimo), and
 * measure it with that font's own advance widths (fontMetrics.generated.ts, read from the same
 * files the page loads). Arimo is metrically compatible with Arial and Liberation Sans, so an
 * exported SVG drawn by a renderer that has only those fonts keeps the same widths. Kerning is
 * left out: it only ever narrows Arimo's Latin text, so a measure without it never undercounts.
 */
import { FONT_METRICS } from './fontMetrics.generated';

export type FontWeight = 400 | 700;

/** A character the font lacks is drawn by another font: allow it a full em. */
const MISSING_EM = 1;

const tables = new Map<FontWeight, Map<number, number>>(
  ([400, 700] as const).map((weight) => {
    const { unitsPerEm, chars, advances } = FONT_METRICS;
    const table = new Map<number, number>();
    let i = 0;
    for (const char of chars)
      table.set(char.codePointAt(0) ?? 0, (advances[weight][i++] ?? 0) / unitsPerEm);
    return [weight, table];
  }),
);

/** The width of a text in the chart font, in the units of its font size (px in, px out). */
export function measureText(text: string, fontSize: number, weight: FontWeight = 400): number {
  const table = tables.get(weight) ?? tables.get(400)!;
  let em = 0;
  for (const char of text) em += table.get(char.codePointAt(0) ?? 0) ?? MISSING_EM;
  return em * fontSize;
}

/** Whole pixels, rounded up: what layout reserves for a text. */
export const estimateTextWidth = (text: string, fontSize: number, weight?: FontWeight): number =>
  Math.ceil(measureText(text, fontSize, weight));

/** Greedy word wrap to a width; a word longer than a line is broken with a hyphen. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  weight?: FontWeight,
): string[] {
  const fits = (s: string) => measureText(s, fontSize, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (!fits(word)) {
      if (line) {
        lines.push(line);
        line = '';
      }
      // The longest head of the word that fits with its hyphen (at least four characters, so a
      // very narrow box still shows readable pieces rather than one letter a line).
      const chars = [...word];
      let n = chars.length - 1;
      while (n > 4 && !fits(`${chars.slice(0, n).join('')}-`)) n -= 1;
      if (n < 1) break;
      lines.push(`${chars.slice(0, n).join('')}-`);
      word = chars.slice(n).join('');
    }
    const next = line ? `${line} ${word}` : word;
    if (line && !fits(next)) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
