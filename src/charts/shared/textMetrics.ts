/**
 * Text sizes without a DOM, so layout is pure and the same on the server and in the browser.
 * The average advance of system-ui sans-serif is about 0.55 em; 0.6 leaves room for wide glyphs.
 */
export const CHAR_WIDTH_EM = 0.6;

export const estimateTextWidth = (text: string, fontSize: number): number =>
  Math.ceil(text.length * fontSize * CHAR_WIDTH_EM);

/** Greedy word wrap to a width; a word longer than a line is broken with a hyphen. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const max = Math.max(4, Math.floor(width / (fontSize * CHAR_WIDTH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > max) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(`${word.slice(0, max - 1)}-`);
      word = word.slice(max - 1);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
