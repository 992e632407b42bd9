/**
 * A standalone SVG drawn onto a canvas at 2× pixel density and saved as PNG. A blank result is an
 * error, never a file: an export that comes out empty is worse than none (OWID #4332, #4536).
 */
import type { StandaloneSvg } from './standaloneSvg';

export const PNG_SCALE = 2;

/** True when every pixel is the same colour: nothing was drawn. */
export function isBlank(pixels: Uint8ClampedArray): boolean {
  if (pixels.length < 4) return true;
  const [r, g, b, a] = [pixels[0], pixels[1], pixels[2], pixels[3]];
  for (let i = 4; i < pixels.length; i += 4) {
    if (pixels[i] !== r || pixels[i + 1] !== g || pixels[i + 2] !== b || pixels[i + 3] !== a)
      return false;
  }
  return true;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 a PNG chunk ends with (over its type and data). */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CSS pixels per inch: a PNG at `scale` times the chart's CSS size has 96 × scale dots per inch. */
export const CSS_DPI = 96;

/**
 * The PNG with a pHYs chunk saying its resolution, right after IHDR (any pHYs already there is
 * replaced), so Word, PowerPoint and print dialogs place it at its intended size rather than
 * guessing 72 or 96 dpi. Canvas PNGs carry none.
 */
export function withResolution(png: Uint8Array, dpi: number): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunkAt = (offset: number) => ({
    length: view.getUint32(offset),
    type: String.fromCharCode(...png.subarray(offset + 4, offset + 8)),
  });
  if (png.length < 33 || chunkAt(8).type !== 'IHDR') throw new Error('Not a PNG file.');
  const afterHeader = 8 + 12 + chunkAt(8).length;
  const parts: Uint8Array[] = [png.subarray(0, afterHeader)];
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(4 + 4 + 9 + 4);
  const out = new DataView(chunk.buffer);
  out.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  out.setUint32(8, perMetre);
  out.setUint32(12, perMetre);
  chunk[16] = 1; // unit: metre
  out.setUint32(17, crc32(chunk.subarray(4, 17)));
  parts.push(chunk);
  for (let offset = afterHeader; offset < png.length;) {
    const { length, type } = chunkAt(offset);
    const end = offset + 12 + length;
    if (type !== 'pHYs') parts.push(png.subarray(offset, end));
    offset = end;
  }
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    result.set(part, at);
    at += part.length;
  }
  return result;
}

export class BlankImageError extends Error {
  override readonly name = 'BlankImageError';
}

/** A part of the image, in the SVG's own units: where the blank check looks. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draw the SVG at `scale` times its size; resolves with a PNG blob that says `dpi` in its pHYs
 * chunk, or rejects if it came out blank (within `region`, where given: a preset page always has
 * its title drawn, so only the chart's box tells whether the chart was).
 */
export async function svgToPng(
  svg: StandaloneSvg,
  scale = PNG_SCALE,
  dpi = CSS_DPI * scale,
  region?: Region,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.width = svg.width;
    image.height = svg.height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.fillStyle = svg.background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const [x, y, w, h] = region
      ? [region.x, region.y, region.width, region.height].map((n) => Math.round(n * scale))
      : [0, 0, canvas.width, canvas.height];
    if (isBlank(context.getImageData(x!, y!, Math.max(1, w!), Math.max(1, h!)).data)) {
      throw new BlankImageError(
        'The image came out blank, so it was not saved. Try the SVG download instead.',
      );
    }
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (made) => (made ? resolve(made) : reject(new Error('The image could not be saved.'))),
        'image/png',
      ),
    );
    const png = withResolution(new Uint8Array(await blob.arrayBuffer()), dpi);
    return new Blob([png.slice().buffer], { type: 'image/png' });
  } finally {
    URL.revokeObjectURL(url);
  }
}
